"""Urlencoded form bodies honour ``encoding`` style/explode (3.x) and ``collectionFormat`` (2.0).

Each generated client posts to a loopback server, which reads the body with
``urllib.parse.parse_qs`` (and keeps the raw text for the delimiter checks).
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from types import ModuleType
from urllib.parse import parse_qs, unquote

import pytest

from .loopback import Loopback, read_body, respond
from .packages import generate_package, imported_package

OPENAPI3 = """
openapi: 3.0.3
info: {title: Forms, version: "1"}
servers: [{url: "https://forms.example.com"}]
paths:
  /tokens:
    post:
      operationId: createToken
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                scopes: {type: array, items: {type: string}}
                audiences: {type: array, items: {type: string}}
                tags: {type: array, items: {type: string}}
                grant: {type: string}
            encoding:
              scopes: {style: form, explode: false}
              tags: {style: spaceDelimited}
      responses:
        "204": {description: Issued.}
"""

SWAGGER2 = """
swagger: "2.0"
info: {title: Forms2, version: "1"}
host: forms.example.com
consumes: [application/x-www-form-urlencoded]
paths:
  /tokens:
    post:
      operationId: createToken
      parameters:
        - {name: scopes, in: formData, type: array, items: {type: string}}
        - {name: audiences, in: formData, type: array, items: {type: string}, collectionFormat: multi}
        - {name: tags, in: formData, type: array, items: {type: string}, collectionFormat: pipes}
      responses:
        "204": {description: Issued.}
"""


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    folder = tmp_path_factory.mktemp("forms")
    generate_package(folder / "3", "forms", OPENAPI3)
    generate_package(folder / "2", "forms2", SWAGGER2)
    with (
        imported_package(folder / "3", "forms") as forms,
        imported_package(folder / "2", "forms2") as forms2,
    ):
        yield {"forms": forms, "forms2": forms2}


def _posted(client_call: object) -> str:
    bodies: list[bytes] = []

    def app(handler: BaseHTTPRequestHandler) -> None:
        bodies.append(read_body(handler))
        respond(handler, b"")

    with Loopback(app) as server:
        client_call(server.url)  # type: ignore[operator]
    (body,) = bodies
    return body.decode("ascii")


def test_encoding_object_styles_each_form_field(packages: dict[str, ModuleType]) -> None:
    forms = packages["forms"]
    body = _posted(
        lambda url: forms.Forms(base_url=url).tokens.create(
            scopes=["read", "write"],
            audiences=["a", "b"],
            tags=["x", "y"],
            grant="client_credentials",
        )
    )
    fields = parse_qs(body)
    assert fields["scopes"] == ["read,write"]  # form, explode false: one value
    assert fields["audiences"] == ["a", "b"]  # no encoding: repeated keys
    assert fields["tags"] == ["x y"]  # spaceDelimited
    assert fields["grant"] == ["client_credentials"]


def test_swagger2_collection_formats_for_form_fields(packages: dict[str, ModuleType]) -> None:
    forms2 = packages["forms2"]
    body = _posted(
        lambda url: forms2.Forms2(base_url=url).tokens.create(
            scopes=["read", "write"], audiences=["a", "b"], tags=["x", "y"]
        )
    )
    fields = parse_qs(body)
    assert fields["scopes"] == ["read,write"]  # csv, the 2.0 default
    assert fields["audiences"] == ["a", "b"]  # multi
    assert fields["tags"] == ["x|y"]  # pipes
    assert "tags=x%7Cy" in body and unquote("tags=x%7Cy") == "tags=x|y"
