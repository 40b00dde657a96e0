"""Closed and open objects: one rule, the one the README states.

Responses keep undeclared fields (forward compatibility), closed models included;
``strict_response_validation=True`` rejects them, except where the schema declares
``additionalProperties`` (then they are part of the contract, typed when it gives a
schema). Request inputs are closed: unknown keyword arguments are refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .loopback import Loopback, read_body, respond
from .packages import generate_package, imported_package

SPEC = """
openapi: 3.1.0
info: {title: Extras, version: "1"}
servers:
  - url: https://extras.example.com
paths:
  /report:
    get:
      operationId: getReport
      responses:
        "200":
          description: A report.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
  /closed:
    post:
      operationId: createClosed
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Closed"}
      responses:
        "200":
          description: Stored.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Closed"}
components:
  schemas:
    Closed:
      type: object
      additionalProperties: false
      properties:
        a: {type: integer}
    Open:
      type: object
      additionalProperties: true
      properties:
        a: {type: integer}
    Score:
      type: object
      required: [value]
      properties:
        value: {type: integer}
    Scores:
      type: object
      properties:
        name: {type: string}
      additionalProperties: {$ref: "#/components/schemas/Score"}
    Report:
      type: object
      properties:
        closed: {$ref: "#/components/schemas/Closed"}
        open: {$ref: "#/components/schemas/Open"}
        scores: {$ref: "#/components/schemas/Scores"}
"""

REPORT: dict[str, Any] = {
    "closed": {"a": 1},
    "open": {"a": 1, "note": "declared as allowed"},
    "scores": {"name": "q3", "alice": {"value": 3}, "bob": {"value": 5}},
}


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extras")
    generate_package(folder, "extras", SPEC)
    return folder / "out"


@pytest.fixture(scope="module")
def extras(package_dir: Path) -> Iterator[ModuleType]:
    with imported_package(package_dir.parent, "extras") as package:
        yield package


def _serving(body: dict[str, Any]) -> Loopback:
    def app(handler: Any) -> None:
        if handler.command == "POST":
            read_body(handler)
        respond(handler, json.dumps(body).encode(), content_type="application/json")

    return Loopback(app)


def test_typed_additional_properties_are_validated_models(extras: ModuleType) -> None:
    with _serving(REPORT) as server:
        report = extras.Extras(base_url=server.url).report.retrieve()
    scores = report.scores
    assert scores.name == "q3"
    assert scores.model_extra == {
        "alice": extras.models.Score(value=3),
        "bob": extras.models.Score(value=5),
    }
    assert scores.to_dict() == REPORT["scores"]
    broken = {**REPORT, "scores": {"name": "q3", "carol": {"value": "many"}}}
    with _serving(broken) as server, pytest.raises(extras.APIResponseValidationError) as caught:
        extras.Extras(base_url=server.url).report.retrieve()
    assert "carol" in str(caught.value)


def test_closed_models_keep_unknown_fields_unless_strict(extras: ModuleType) -> None:
    newer = {**REPORT, "closed": {"a": 1, "added_later": True}}
    with _serving(newer) as server:
        lenient = extras.Extras(base_url=server.url).report.retrieve()
        assert lenient.closed.model_extra == {"added_later": True}
        strict = extras.Extras(base_url=server.url, strict_response_validation=True)
        with pytest.raises(extras.APIResponseValidationError) as caught:
            strict.report.retrieve()
    assert "(body).closed: unknown fields ['added_later']" in str(caught.value)


def test_declared_extras_pass_strict_validation(extras: ModuleType) -> None:
    with _serving(REPORT) as server:
        strict = extras.Extras(base_url=server.url, strict_response_validation=True)
        report = strict.report.retrieve()
    assert report.open.model_extra == {"note": "declared as allowed"}


def test_request_inputs_are_closed(extras: ModuleType) -> None:
    with _serving({"a": 2}) as server:
        client = extras.Extras(base_url=server.url)
        assert client.closed.create(a=2).a == 2
        with pytest.raises(TypeError, match="added_later"):
            client.closed.create(a=2, added_later=True)
    assert len(server.seen) == 1
