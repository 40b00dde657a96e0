"""OpenAPI 3.1 schema features: type arrays, const, $defs, $ref siblings, and the ones
we do not support (prefixItems, unevaluatedProperties with a schema) named clearly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir

from .conftest import FIXTURES, write_spec

SPEC = FIXTURES / "openapi31" / "openapi.yaml"


@pytest.fixture(scope="module")
def parsed() -> tuple[ir.Api, list[str]]:
    api, diagnostics = build_ir(SPEC, default_config("t"), check=False)
    return api, [f"{d.pointer}: {d.message}" for d in diagnostics]


def _fields(api: ir.Api, name: str) -> dict[str, ir.Property]:
    model = api.definition(name)
    assert isinstance(model, ir.ObjectModel)
    return {p.wire_name: p for p in model.properties}


def test_type_arrays_const_defs_and_described_refs(parsed: tuple[ir.Api, list[str]]) -> None:
    api, _ = parsed
    pet = _fields(api, "Pet")
    assert pet["tag"].type == ir.NullableType(ir.PrimitiveType("string"))
    assert pet["count"].type == ir.UnionType(
        (ir.PrimitiveType("integer"), ir.PrimitiveType("string"))
    )
    assert pet["kind"].type == ir.LiteralType("pet")
    assert pet["nested"].type == ir.NamedType("Inner")
    assert pet["described"].type == ir.NamedType("Other")
    assert pet["described"].description == "sibling description"
    inner = api.definition("Inner")
    assert isinstance(inner, ir.ObjectModel) and inner.origin.endswith("/Pet/$defs/Inner")


def test_unevaluated_properties_false_closes_the_model(parsed: tuple[ir.Api, list[str]]) -> None:
    api, messages = parsed
    pet = api.definition("Pet")
    assert isinstance(pet, ir.ObjectModel) and pet.closed
    assert (
        "/components/schemas/Pet/properties/loose: unevaluatedProperties with a schema is"
        " ignored; such fields stay untyped extras" in messages
    )


def test_prefix_items_are_refused_clearly(parsed: tuple[ir.Api, list[str]]) -> None:
    api, messages = parsed
    assert _fields(api, "Pet")["pair"].type == ir.ArrayType(ir.PrimitiveType("any"))
    assert (
        "/components/schemas/Pet/properties/pair: prefixItems (tuples) is not supported;"
        " items are typed as Any" in messages
    )


def test_keywords_beside_ref_apply_in_3_1(parsed: tuple[ir.Api, list[str]]) -> None:
    api, _ = parsed
    merged = _fields(api, "Merged")
    assert merged["extra"].required and merged["name"].required
    assert set(merged) == set(_fields(api, "Pet")) | {"extra"}


def test_keywords_beside_ref_are_ignored_in_3_0(spec_dir: Path) -> None:
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Merged": {
                    "$ref": "#/components/schemas/Pet",
                    "properties": {"extra": {"type": "string"}},
                },
            }
        },
    }
    api, _ = build_ir(write_spec(spec_dir, document), default_config("t"), check=False)
    merged = api.definition("Merged")
    assert isinstance(merged, ir.AliasModel) and merged.target == ir.NamedType("Pet")
