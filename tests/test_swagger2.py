"""Swagger 2.0 input: converted to OpenAPI 3.0, parsed into the same IR, pointers kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir
from clientsmith.swagger2 import PointerMap, convert, convert_schema

from .conftest import FIXTURES, write_spec

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
