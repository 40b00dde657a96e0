"""Swagger 2.0 input: converted to OpenAPI 3.0, parsed into the same IR, pointers kept."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir, generate, write_tree
from clientsmith.swagger2 import PointerMap, convert, convert_schema

from .conftest import FIXTURES, write_spec
from .loopback import Loopback, read_body, respond
from .test_files import NOT_UTF8, parse_multipart

PETSTORE = FIXTURES / "swagger2" / "petstore.yaml"


@pytest.fixture(scope="module")
def api() -> ir.Api:
    built, _ = build_ir(PETSTORE, default_config("petstore"), check=False)
    return built


def _operation(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(op for r in api.resources for op in r.operations if op.operation_id == operation_id)


def test_version_servers_and_security(api: ir.Api) -> None:
    assert api.openapi_version == "2.0"
    assert [s.url for s in api.servers] == [
        "https://petstore.example.com/v2",
        "http://petstore.example.com/v2",
    ]
    kinds = {s.key: (s.kind, s.location, s.wire_name) for s in api.security_schemes}
    assert kinds == {
        "api_key": ("api_key", "header", "api_key"),
        "basicAuth": ("basic", "header", "Authorization"),
        "petstore_auth": ("bearer", "header", "Authorization"),
    }
    assert _operation(api, "login").security == (("basicAuth",), ("petstore_auth",))
    assert _operation(api, "getPet").security == (("api_key",),)


def test_body_parameter_becomes_json_request_body(api: ir.Api) -> None:
    body = _operation(api, "addPet").request_body
    assert (body.media_type, body.type, body.required, body.encoding) == (
        "application/json",
        ir.NamedType("NewPet"),
        True,
        "json",
    )
    assert body.fields is not None and [f.wire_name for f in body.fields] == ["name", "tag"]


def test_form_data_becomes_a_form_or_multipart_body(api: ir.Api) -> None:
    form = _operation(api, "updatePetWithForm")
    assert form.request_body is not None
    assert (form.request_body.encoding, form.request_body.required) == ("form", True)
    model = api.definition("UpdatePetWithFormBody")
    assert isinstance(model, ir.ObjectModel)
    assert {p.wire_name: p.required for p in model.properties} == {"name": False, "status": True}
    assert [p.wire_name for p in form.parameters] == ["petId", "X-Request-Id"]

    upload = _operation(api, "uploadPhoto").request_body
    assert upload is not None
    assert (upload.media_type, upload.encoding) == ("multipart/form-data", "multipart")
    photo = api.definition("UploadPhotoBody")
    assert isinstance(photo, ir.ObjectModel)
    file_field = next(p for p in photo.properties if p.wire_name == "file")
    assert file_field.type == ir.PrimitiveType("string", "binary")


def test_parameters_keep_types_and_collection_formats(api: ir.Api) -> None:
    params = {p.wire_name: p for p in _operation(api, "listPets").parameters}
    assert params["limit"].type == ir.PrimitiveType("integer", "int32")
    assert params["limit"].default == 20
    assert (params["tags"].style, params["tags"].explode) == ("form", True)
    assert (params["fields"].style, params["fields"].explode) == ("form", False)
    path_param = _operation(api, "getPet").parameters[0]
    assert (path_param.wire_name, path_param.type) == (
        "petId",
        ir.PrimitiveType("integer", "int64"),
    )


def test_responses_refs_files_and_schemas(api: ir.Api) -> None:
    listing = _operation(api, "listPets").success
    assert listing is not None and listing.type == ir.ArrayType(ir.NamedType("Pet"))
    errors = {r.status: r.type for r in _operation(api, "getPet").errors}
    assert errors == {"404": ir.NamedType("Error")}
    photo = _operation(api, "downloadPhoto").success
    assert photo is not None
    assert (photo.media_type, photo.decoding) == ("image/png", "binary")


def test_definitions_x_nullable_and_discriminator(api: ir.Api) -> None:
    new_pet = api.definition("NewPet")
    assert isinstance(new_pet, ir.ObjectModel)
    tag = next(p for p in new_pet.properties if p.wire_name == "tag")
    assert tag.type == ir.NullableType(ir.PrimitiveType("string"))
    pet = api.definition("Pet")
    assert isinstance(pet, ir.ObjectModel)
    assert [p.wire_name for p in pet.properties] == ["id", "name", "petType", "tag"]


def test_diagnostics_point_into_the_document_as_written(spec_dir: Path) -> None:
    document: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "parameters": [
                        {"name": "q", "in": "query", "type": "string"},
                        {"name": "odd", "in": "formData", "type": "color"},
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"type": "shape"}}},
                }
            }
        },
    }
    _, diagnostics = build_ir(write_spec(spec_dir, document), default_config("t"), check=False)
    pointers = {d.pointer for d in diagnostics if "unknown schema type" in d.message}
    assert pointers == {
        "/paths/~1things/post/parameters/1",
        "/paths/~1things/post/responses/200/schema",
    }


def test_validation_uses_the_swagger_2_schema(spec_dir: Path) -> None:
    document: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "host": "api.example.com",
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    _, diagnostics = build_ir(write_spec(spec_dir, document), default_config("t"))
    assert diagnostics == []
    document["paths"]["x"] = {}
    _, diagnostics = build_ir(write_spec(spec_dir, document), default_config("t"))
    assert [(d.pointer, "'x'" in d.message) for d in diagnostics] == [("/paths", True)]


def test_pointer_map_maps_longest_prefix() -> None:
    pointers = PointerMap({"/a/b": "/x", "/a": "/y"})
    assert pointers.original("/a/b/c") == "/x/c"
    assert pointers.original("/a/bc") == "/y/bc"
    assert pointers.original("/z") == "/z"


def test_schema_conversion_leaves_values_alone() -> None:
    schema = {
        "type": "object",
        "discriminator": "kind",
        "properties": {
            "discriminator": {"type": "string", "enum": ["file"], "default": "file"},
            "blob": {"type": "file", "x-nullable": True},
            "x-upload": {"type": "file"},
        },
    }
    assert convert_schema(schema) == {
        "type": "object",
        "discriminator": {"propertyName": "kind"},
        "properties": {
            "discriminator": {"type": "string", "enum": ["file"], "default": "file"},
            "blob": {"type": "string", "format": "binary", "x-nullable": True, "nullable": True},
            "x-upload": {"type": "string", "format": "binary"},
        },
    }


def test_path_level_body_and_refs_to_shared_body_parameters() -> None:
    converted, pointers = convert(
        {
            "swagger": "2.0",
            "parameters": {"payload": {"name": "p", "in": "body", "schema": {"type": "string"}}},
            "paths": {
                "/x": {
                    "parameters": [{"$ref": "#/parameters/payload"}],
                    "put": {"responses": {"204": {"description": "done"}}},
                }
            },
        }
    )
    item = converted["paths"]["/x"]
    assert item["parameters"] == []
    assert item["put"]["requestBody"]["content"] == {
        "application/json": {"schema": {"type": "string"}}
    }
    assert pointers.original("/paths/~1x/put/requestBody") == "/parameters/payload"


UPLOAD_SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Uploads", "version": "1"},
    "host": "uploads.example.com",
    "basePath": "/v1",
    "schemes": ["https"],
    "paths": {
        "/files": {
            "post": {
                "operationId": "createFile",
                "tags": ["files"],
                "consumes": ["multipart/form-data"],
                "parameters": [
                    {"name": "file", "in": "formData", "type": "file", "required": True},
                    {"name": "purpose", "in": "formData", "type": "string", "required": True},
                    {
                        "name": "labels",
                        "in": "formData",
                        "type": "array",
                        "items": {"type": "string"},
                        "collectionFormat": "multi",
                    },
                ],
                "responses": {
                    "200": {"description": "stored", "schema": {"$ref": "#/definitions/Stored"}}
                },
            }
        }
    },
    "definitions": {
        "Stored": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
        }
    },
}


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client generated from UPLOAD_SPEC, imported."""
    folder = tmp_path_factory.mktemp("swagger2_uploads")
    spec = write_spec(folder, UPLOAD_SPEC, "uploads.yaml")
    result = generate(spec, default_config("uploads"), "uploads.yaml")
    write_tree(result.files, folder / "out")
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module("uploads")
    finally:
        sys.path.remove(str(folder / "out"))
        for key in [k for k in sys.modules if k == "uploads" or k.startswith("uploads.")]:
            del sys.modules[key]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_form_data_file_goes_out_as_multipart(
    uploads: ModuleType, mode: str, tmp_path: Path
) -> None:
    received: list[tuple[str, str, bytes]] = []

    def app(handler: BaseHTTPRequestHandler) -> None:
        body = read_body(handler)
        received.append((handler.path, handler.headers["Content-Type"], body))
        respond(handler, json.dumps({"id": "f1", "size": len(body)}).encode(), "application/json")

    clip = tmp_path / "clip.raw"
    clip.write_bytes(NOT_UTF8 * 3)
    calls: list[dict[str, Any]] = [
        {
            "file": ("voice sample.wav", NOT_UTF8, "audio/wav"),
            "purpose": "voice_clone",
            "labels": ["calm", "warm"],
        },
        {"file": clip, "purpose": "other"},
    ]
    with Loopback(app) as server:
        if mode == "sync":
            with uploads.Uploads(base_url=server.url + "/v1") as client:
                stored = [client.files.create(**call) for call in calls]
        else:

            async def main() -> list[Any]:
                async with uploads.AsyncUploads(base_url=server.url + "/v1") as client:
                    return [await client.files.create(**call) for call in calls]

            stored = asyncio.run(main())
    assert [type(s).__name__ for s in stored] == ["Stored", "Stored"]
    (path, content_type, body), (_, second_type, second) = received
    assert path == "/v1/files"
    assert content_type.startswith("multipart/form-data; boundary=")
    got = [
        (p["name"], p["filename"], p["content_type"], p["data"])
        for p in parse_multipart(content_type, body)
    ]
    assert got == [
        ("file", "voice sample.wav", "audio/wav", NOT_UTF8),
        ("labels", None, None, b"calm"),
        ("labels", None, None, b"warm"),
        ("purpose", None, None, b"voice_clone"),
    ]
    assert [
        (p["name"], p["filename"], p["data"]) for p in parse_multipart(second_type, second)
    ] == [("file", "clip.raw", NOT_UTF8 * 3), ("purpose", None, b"other")]
