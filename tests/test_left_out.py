"""Nothing is dropped silently: each construct is either emitted or reported as left out.

One spec holds each construct once. For every construct the test names where the
client shows it (generated source, a wire request) or the ``left out:`` warning that
reports it, with its JSON pointer; the package README lists every left-out item.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from clientsmith.diagnostics import Diagnostic

from .loopback import Loopback, read_body, respond
from .packages import generate_package, imported_package

SPEC = """
openapi: 3.1.0
info: {title: Constructs, version: "1"}
servers:
  - url: https://constructs.example.com
  - url: https://{tenant}.example.com
paths:
  /xml:
    post:
      operationId: postXml
      requestBody:
        content:
          application/xml:
            schema: {type: object, properties: {a: {type: string}}}
      responses:
        "200":
          description: ok
          content:
            application/xml:
              schema: {type: object, properties: {a: {type: string}}}
  /proto:
    post:
      operationId: postProto
      requestBody:
        content:
          application/x-protobuf:
            schema: {type: string, format: binary}
      responses:
        "200":
          description: ok
          links:
            again: {operationId: postProto}
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
  /search:
    get:
      operationId: search
      parameters:
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: object, properties: {tag: {type: string}}}
        - {name: trace, in: querystring, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {hits: {type: integer}}}
            text/csv:
              schema: {type: string}
  /notes:
    post:
      operationId: createNote
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
          text/plain:
            schema: {type: string}
      responses:
        "204": {description: ok}
webhooks:
  noteCreated:
    post:
      operationId: noteCreated
      parameters:
        - {name: X-Delivery, in: header, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {id: {type: string}}}
      responses:
        "200":
          description: Received.
          content:
            application/json:
              schema: {type: object, properties: {received: {type: boolean}}}
"""

# construct -> the ``left out`` label and JSON pointer of its warning
REPORTED = {
    "an XML request body schema": (
        "request body application/xml schema",
        "/paths/~1xml/post/requestBody/content/application~1xml",
    ),
    "an XML response schema": (
        "response 200 application/xml schema",
        "/paths/~1xml/post/responses/200/content/application~1xml",
    ),
    "response links": ("response 200 links", "/paths/~1proto/post/responses/200/links"),
    "an unsupported parameter location": (
        "parameter trace",
        "/paths/~1search/get/parameters/1",
    ),
    "a second response media type": (
        "response 200 as text/csv",
        "/paths/~1search/get/responses/200/content/text~1csv",
    ),
    "a second request media type": (
        "request body as text/plain",
        "/paths/~1notes/post/requestBody/content/text~1plain",
    ),
    "a server variable without default": ("server https://{tenant}.example.com", "/servers/1"),
    "webhook parameters": (
        "webhook noteCreated (POST) parameters",
        "/webhooks/noteCreated/post/parameters",
    ),
    "a webhook's answer body": (
        "webhook noteCreated (POST) response 200",
        "/webhooks/noteCreated/post/responses/200",
    ),
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Diagnostic]]:
    folder = tmp_path_factory.mktemp("constructs")
    result = generate_package(folder, "constructs", SPEC)
    return folder / "out", list(result.diagnostics)


@pytest.fixture(scope="module")
def constructs(generated: tuple[Path, list[Diagnostic]]) -> Iterator[ModuleType]:
    with imported_package(generated[0].parent, "constructs") as package:
        yield package


@pytest.mark.parametrize("construct", sorted(REPORTED))
def test_each_construct_left_out_is_reported_with_its_pointer(
    generated: tuple[Path, list[Diagnostic]], construct: str
) -> None:
    label, pointer = REPORTED[construct]
    _, diagnostics = generated
    matches = [d for d in diagnostics if d.omitted == label]
    assert matches, f"{construct}: no 'left out: {label}' among {[d.omitted for d in diagnostics]}"
    assert matches[0].pointer == pointer
    assert f"left out: {label}" in matches[0].format()


def test_the_readme_lists_what_was_left_out(generated: tuple[Path, list[Diagnostic]]) -> None:
    out, _ = generated
    readme = (out / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Left out", 1)[1]
    for label, pointer in REPORTED.values():
        assert f"- {label}: " in section and f"({pointer})" in section


def test_nothing_else_is_reported(generated: tuple[Path, list[Diagnostic]]) -> None:
    """Constructs the client does express are not reported as left out."""
    _, diagnostics = generated
    labels = {d.omitted for d in diagnostics if d.omitted}
    assert labels == {label for label, _ in REPORTED.values()}


def test_emitted_constructs_work_on_the_wire(constructs: ModuleType) -> None:
    """The constructs that are emitted: XML as text, any media type as bytes, content params."""
    got: list[tuple[str, str, dict[str, str], bytes]] = []

    def app(handler: Any) -> None:
        body = read_body(handler) if handler.command == "POST" else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        got.append((handler.command, handler.path, headers, body))
        if handler.path.startswith("/xml"):
            respond(handler, b"<a>ok</a>", content_type="application/xml")
        elif handler.path.startswith("/proto"):
            respond(handler, b"\x08\x96\x01", content_type="application/octet-stream")
        else:
            respond(handler, b'{"hits": 2}', content_type="application/json")

    with Loopback(app) as server:
        client = constructs.Constructs(base_url=server.url)
        assert client.xml.create(body="<a>hi</a>") == "<a>ok</a>"
        with client.proto.create(body=b"\x08\x96\x01") as audio:
            assert audio.read() == b"\x08\x96\x01"
        assert client.search.retrieve(filter={"tag": "x y"}).hits == 2
    xml, proto, search = got
    assert xml[3] == b"<a>hi</a>" and xml[2]["content-type"].startswith("application/xml")
    assert proto[2]["content-type"] == "application/x-protobuf"
    assert json.loads(parse_qs(urlsplit(search[1]).query)["filter"][0]) == {"tag": "x y"}
