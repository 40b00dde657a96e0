"""The parser: small specs in, IR out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir

from .conftest import FIXTURES, minimal_spec, write_spec


def build(folder: Path, document: dict[str, Any]) -> tuple[ir.Api, list[str]]:
    api, diagnostics = build_ir(write_spec(folder, document), default_config("test"), check=False)
    return api, [d.format() for d in diagnostics]


def model(api: ir.Api, name: str) -> Any:
    return api.definition(name)


def test_required_optional_and_nullable_stay_distinct(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Thing={
                "type": "object",
                "required": ["a", "b"],
                "properties": {
                    "a": {"type": "string"},
                    "b": {"type": ["string", "null"]},
                    "c": {"type": "integer"},
                    "d": {"type": "string", "nullable": True},
                },
            }
        ),
    )
    fields = {p.name: p for p in model(api, "Thing").properties}
    assert fields["a"].required and fields["a"].type == ir.PrimitiveType("string")
    assert fields["b"].required and fields["b"].type == ir.NullableType(ir.PrimitiveType("string"))
    assert not fields["c"].required and fields["c"].type == ir.PrimitiveType("integer")
    assert fields["d"].type == ir.NullableType(ir.PrimitiveType("string"))


def test_discriminated_union_maps_tags_to_models(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Shape={
                "oneOf": [
                    {"$ref": "#/components/schemas/Circle"},
                    {"$ref": "#/components/schemas/Square"},
                ],
                "discriminator": {"propertyName": "kind"},
            },
            Circle={
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}},
            },
            Square={
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["square"]}},
            },
        ),
    )
    shape = model(api, "Shape")
    assert isinstance(shape, ir.UnionModel)
    assert shape.discriminator == ir.Discriminator(
        "kind", "kind", (("circle", "Circle"), ("square", "Square"))
    )


def test_all_of_merges_properties_and_required(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Base={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            Child={
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "required": ["name"],
                        "properties": {"name": {"type": "string"}},
                    },
                ]
            },
        ),
    )
    child = model(api, "Child")
    assert isinstance(child, ir.ObjectModel)
    assert [(p.name, p.required) for p in child.properties] == [("id", True), ("name", True)]


def test_recursive_schema_refers_to_itself(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Node={
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                },
            }
        ),
    )
    (children,) = model(api, "Node").properties
    assert children.type == ir.ArrayType(ir.NamedType("Node"))


def test_inline_objects_are_named_by_position(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Deployment={
                "type": "object",
                "properties": {
                    "paused_reason": {
                        "type": "object",
                        "properties": {
                            "error": {"type": "object", "properties": {"x": {"type": "string"}}}
                        },
                    }
                },
            }
        ),
    )
    names = {d.name for d in api.definitions}
    assert {"Deployment", "DeploymentPausedReason", "DeploymentPausedReasonError"} <= names


def test_runtime_names_are_not_shadowed(spec_dir: Path) -> None:
    obj = {"type": "object", "properties": {"x": {"type": "string"}}}
    api, _ = build(spec_dir, minimal_spec(Client=obj, BaseModel=obj, Field=obj))
    names = {d.name for d in api.definitions}
    assert {"ClientModel", "BaseModelModel", "FieldModel"} <= names
    assert not names & {"Client", "BaseModel", "Field"}


def test_wire_names_that_normalise_alike_both_survive(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Vote={
                "type": "object",
                "properties": {
                    "+1": {"type": "integer"},
                    "-1": {"type": "integer"},
                    "fooBar": {"type": "string"},
                    "foo_bar": {"type": "string"},
                    "class": {"type": "string"},
                    "json": {"type": "string"},
                },
            }
        ),
    )
    fields = {p.wire_name: p.name for p in model(api, "Vote").properties}
    assert fields["+1"] == "plus_1" and fields["-1"] == "minus_1"
    assert {fields["fooBar"], fields["foo_bar"]} == {"foo_bar", "foo_bar_2"}
    assert fields["class"] == "class_" and fields["json"] == "json_"


def test_missing_operation_ids_get_stable_names(spec_dir: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/users/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            },
            "/users": {"post": {"responses": {"204": {"description": "none"}}}},
        },
    }
    api, _ = build(spec_dir, document)
    ops = {(op.method, op.path): op.name for r in api.resources for op in r.operations}
    assert ops == {("get", "/users/{id}"): "retrieve", ("post", "/users"): "create"}


def test_relative_refs_and_parameters_in_components() -> None:
    api, _ = build_ir(FIXTURES / "petstore.yaml", default_config("pets"), check=False)
    (pets,) = api.resources
    listing = next(op for op in pets.operations if op.operation_id == "listPets")
    assert [p.wire_name for p in listing.parameters] == ["limit", "tags"]
    tags = listing.parameters[1]
    assert (tags.style, tags.explode) == ("form", False)
    assert listing.success is not None and listing.success.type == ir.NamedType("PetPage")
    assert listing.errors[0].status == "default"
    kind = next(p for p in model(api, "Pet").properties if p.wire_name == "kind")
    assert kind.type == ir.NamedType("PetKind")


def test_required_header_on_every_operation_becomes_client_option(spec_dir: Path) -> None:
    header = {
        "name": "Api-Version",
        "in": "header",
        "required": True,
        "schema": {"type": "string", "enum": ["2024-01-01", "2025-01-01"]},
        "example": "2025-01-01",
    }
    document = minimal_spec(
        A={"type": "object", "properties": {"x": {"type": "string"}}}, B={"type": "string"}
    )
    for item in document["paths"].values():
        item["get"]["parameters"] = [header]
    api, _ = build(spec_dir, document)
    (option,) = api.client_options
    assert (option.name, option.wire_name) == ("api_version", "Api-Version")
    params = [p for r in api.resources for op in r.operations for p in op.parameters]
    assert all(p.client_option == "api_version" and p.default == "2025-01-01" for p in params)


def test_ir_dumps_as_json(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir, minimal_spec(A={"type": "object", "properties": {"x": {"type": "string"}}})
    )
    data = json.loads(ir.to_json(api))
    assert data["kind"] == "Api"
    assert data["definitions"][0]["name"] == "A"


def test_unsupported_constructs_are_reported_not_dropped(spec_dir: Path) -> None:
    document = minimal_spec(T={"type": "array", "prefixItems": [{"type": "string"}]})
    document["paths"]["/t"]["get"]["parameters"] = [
        {"name": "x", "in": "body", "schema": {"type": "string"}}
    ]
    api, problems = build(spec_dir, document)
    assert any("prefixItems" in p for p in problems)
    assert any("unsupported location" in p and "left out: parameter x" in p for p in problems)
    assert "parameter x: " in "\n".join(api.omitted)
