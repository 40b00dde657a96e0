"""Constructs met in real specs (see tools/corpus_sweep.py): each becomes importable,
type-checkable code, or a diagnostic naming what was left out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir, generate, write_tree

from .conftest import minimal_spec, write_spec

BIN = Path(sys.executable).parent
REF = "#/components/schemas/"


def build(folder: Path, document: dict[str, Any]) -> tuple[ir.Api, list[str]]:
    api, diagnostics = build_ir(write_spec(folder, document), default_config("test"), check=False)
    return api, [d.format() for d in diagnostics]


def test_recursive_aliases_close_with_any_and_say_so(spec_dir: Path) -> None:
    api, messages = build(
        spec_dir,
        minimal_spec(
            Json={
                "nullable": True,
                "oneOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"$ref": REF + "Json"}},
                    {"type": "object", "additionalProperties": {"$ref": REF + "Json"}},
                ],
            },
            ListA={"type": "array", "items": {"$ref": REF + "ListB"}},
            ListB={"type": "array", "items": {"$ref": REF + "ListA"}},
            Tree={"type": "object", "properties": {"kids": {"$ref": REF + "ListOfTrees"}}},
            ListOfTrees={"type": "array", "items": {"$ref": REF + "Tree"}},
        ),
    )
    json_union = api.definition("Json")
    assert isinstance(json_union, ir.UnionModel)
    assert json_union.variants == (
        ir.PrimitiveType("string"),
        ir.ArrayType(ir.PrimitiveType("any")),
        ir.MapType(ir.PrimitiveType("any")),
    )
    list_a = api.definition("ListA")
    assert isinstance(list_a, ir.AliasModel)
    assert list_a.target == ir.ArrayType(ir.NamedType("ListB"))
    list_b = api.definition("ListB")
    assert isinstance(list_b, ir.AliasModel)
    assert list_b.target == ir.ArrayType(ir.PrimitiveType("any"))
    # a cycle through a class is fine: class annotations are evaluated lazily
    list_of_trees = api.definition("ListOfTrees")
    assert isinstance(list_of_trees, ir.AliasModel)
    assert list_of_trees.target == ir.ArrayType(ir.NamedType("Tree"))
    cut = [m.split(": ", 1)[1] for m in messages if "refers back" in m]
    assert cut == [
        "/components/schemas/Json: Json refers back to Json through type aliases"
        + " only, which Python cannot evaluate; that reference is typed Any",
        "/components/schemas/ListB: ListB refers back to ListA through type"
        + " aliases only, which Python cannot evaluate; that reference is typed Any",
    ]


def test_all_of_with_a_nullable_part_is_the_nullable_referenced_schema(spec_dir: Path) -> None:
    api, messages = build(
        spec_dir,
        minimal_spec(
            Url={"type": "string", "format": "uri"},
            League={
                "type": "object",
                "properties": {
                    "image": {
                        "allOf": [{"nullable": True}, {"$ref": REF + "Url"}],
                        "title": "Url",
                    }
                },
            },
        ),
    )
    league = api.definition("League")
    assert isinstance(league, ir.ObjectModel)
    assert league.properties[0].type == ir.NullableType(ir.NamedType("Url"))
    assert messages == []


def test_class_names_never_shadow_builtins(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Exception={"type": "object", "properties": {"x": {"type": "string"}}},
            Holder={"type": "object", "properties": {"e": {"$ref": REF + "Exception"}}},
        ),
    )
    names = {d.name for d in api.definitions}
    assert names == {"ExceptionModel", "Holder"}


def test_parent_with_discriminator_merges_into_all_of_children(spec_dir: Path) -> None:
    api, messages = build(
        spec_dir,
        minimal_spec(
            Pet={
                "type": "object",
                "required": ["petType"],
                "properties": {"petType": {"type": "string"}},
                "discriminator": {"propertyName": "petType"},
            },
            Cat={"allOf": [{"$ref": REF + "Pet"}, {"properties": {"purrs": {"type": "boolean"}}}]},
        ),
    )
    cat = api.definition("Cat")
    assert isinstance(cat, ir.ObjectModel)
    assert [p.wire_name for p in cat.properties] == ["petType", "purrs"]
    assert messages == []


PACKAGE_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Odd", "version": "1"},
    "paths": {
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
            "get": {
                "parameters": [
                    {"name": "class", "in": "query", "schema": {"type": "string"}},
                    {"name": "", "in": "query", "schema": {"type": "string"}},
                    {"name": "1st", "in": "header", "schema": {"type": "string"}},
                    {"name": "naïve", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": {
                    "2XX": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": REF + "Json"}}},
                    }
                },
            },
            "post": {
                "operationId": "get",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "meta": {"$ref": REF + "Mixed"},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "default": {
                        "description": "raw",
                        "content": {"application/octet-stream": {}},
                    }
                },
            },
        },
        "/things": {"get": {"operationId": "get", "responses": {"204": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Json": {
                "nullable": True,
                "anyOf": [
                    {"type": "string"},
                    {"type": "number"},
                    {"type": "array", "items": {"$ref": REF + "Json"}},
                    {"type": "object", "additionalProperties": {"$ref": REF + "Json"}},
                ],
            },
            "Mixed": {"enum": [1, "one", True, None, 1.5, ""]},
            "Cycle1": {"$ref": REF + "Cycle2"},
            "Cycle2": {"$ref": REF + "Cycle1"},
            "Exception": {
                "type": "object",
                "required": ["id", "secret"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "secret": {"type": "string", "writeOnly": True},
                    "": {"type": "string"},
                    "model_config": {"type": "string"},
                    "a-b": {"type": "string"},
                    "a_b": {"type": "string"},
                    "self": {"$ref": REF + "Exception"},
                },
            },
            "exception": {"type": "string", "enum": ["", "a", "A", "+1", "-1"]},
            "": {"type": "string"},
            "123": {"type": "integer"},
            "None": {"type": "boolean"},
            "Über": {"type": "string"},
        }
    },
}


@pytest.fixture(scope="module")
def odd_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("odd")
    spec = write_spec(folder, PACKAGE_SPEC)
    result = generate(spec, default_config("odd"), "openapi.yaml")
    write_tree(result.files, folder / "out")
    return folder / "out"


def test_odd_package_imports_and_validates(odd_package: Path) -> None:
    script = (
        "import pydantic, odd\n"
        "from odd import models\n"
        "for name in models.__all__:\n"
        "    pydantic.TypeAdapter(getattr(models, name))\n"
        "e = models.ExceptionModel.model_validate({'secret': 's', 'self': {'id': 'x'}})\n"
        "assert e.self is not None and e.self.id == 'x' and e.id is None\n"
        "j = pydantic.TypeAdapter(models.Json).validate_python({'a': [1, 'b', None]})\n"
        "assert j == {'a': [1, 'b', None]}\n"
        "client = odd.Odd(base_url='http://localhost')\n"
        "print(sorted(n for n in dir(client.things) if not n.startswith('_')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=odd_package, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    # GET /things/{id} has no operationId, GET /things and POST /things/{id} are both "get":
    # generic ids yield to the conventions (an object-answering GET /things lists).
    assert run.stdout.strip() == "['list', 'retrieve', 'update']"


@pytest.mark.slow
def test_odd_package_passes_mypy_strict(odd_package: Path, tmp_path: Path) -> None:
    run = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path), "odd"],
        check=False,
        cwd=odd_package,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_resource_groups_never_shadow_runtime_client_attributes(spec_dir: Path) -> None:
    document = minimal_spec(Thing={"type": "string"}, Other={"type": "string"})
    document["paths"]["/thing"]["get"]["tags"] = ["User-Agent"]
    document["paths"]["/other"]["get"]["tags"] = ["other"]
    api, _ = build(spec_dir, document)
    assert [r.name for r in api.resources] == ["other", "user_agent_"]


def test_large_specs_skip_only_the_slow_semantic_checks(
    spec_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientsmith import validator

    document = minimal_spec(Thing={"type": "string"})
    document["info"]["version"] = 1  # a schema error: only the full check reports it
    path = write_spec(spec_dir, document, "schema_error.yaml")
    document = minimal_spec(Thing={"$ref": REF + "Missing"})
    dangling = write_spec(spec_dir, document, "dangling.yaml")
    _, diagnostics = build_ir(path, default_config("t"))
    assert [d.pointer for d in diagnostics] == ["/info/version"]
    monkeypatch.setattr(validator, "MAX_ADVISORY_BYTES", 10)
    _, diagnostics = build_ir(path, default_config("t"))
    assert [(d.pointer, d.message.split(" for ")[0]) for d in diagnostics] == [
        ("/info/version", '1 is not of type "string"'),
        ("", "semantic checks skipped"),
    ]
    _, diagnostics = build_ir(dangling, default_config("t"))
    assert any("does not resolve" in d.message for d in diagnostics)


def test_union_of_presence_constraints_is_no_union(spec_dir: Path) -> None:
    api, messages = build(
        spec_dir,
        minimal_spec(
            Patch={
                "type": "object",
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                "anyOf": [{"required": ["a"]}, {"required": ["b"]}, {"type": "object"}],
            }
        ),
    )
    patch = api.definition("Patch")
    assert isinstance(patch, ir.ObjectModel)
    assert [p.wire_name for p in patch.properties] == ["a", "b"]
    assert messages == []


def test_union_of_subtypes_beside_their_shared_properties_stays_a_union(spec_dir: Path) -> None:
    def subtype(tag: str) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": [tag]}, tag: {"type": "string"}},
        }

    api, messages = build(
        spec_dir,
        minimal_spec(
            Variable={
                "type": "object",
                "properties": {"type": {"type": "string"}},
                "oneOf": [{"$ref": REF + "User"}, {"$ref": REF + "Issue"}],
                "discriminator": {"propertyName": "type"},
            },
            User=subtype("user"),
            Issue=subtype("issue"),
            Partial={
                "type": "object",
                "properties": {"type": {"type": "string"}, "extra": {"type": "string"}},
                "oneOf": [{"$ref": REF + "User"}, {"$ref": REF + "Issue"}],
            },
        ),
    )
    variable = api.definition("Variable")
    assert isinstance(variable, ir.UnionModel)
    assert variable.discriminator is not None
    assert [v for v in variable.variants] == [ir.NamedType("User"), ir.NamedType("Issue")]
    assert isinstance(api.definition("Partial"), ir.ObjectModel)  # variants lack "extra"
    assert [m.split(": ", 2)[1:] for m in messages] == [
        [
            "/components/schemas/Partial",
            "oneOf beside 'properties' is not supported; the object's own properties are used",
        ]
    ]


def test_enum_of_mixed_types_keeps_every_value(spec_dir: Path) -> None:
    document = minimal_spec(
        Holder={
            "type": "object",
            "properties": {"mixed": {"enum": [1, "one", True, None, 1.5, ""]}},
        }
    )
    api, _ = build(spec_dir, document)
    holder = api.definition("Holder")
    assert isinstance(holder, ir.ObjectModel)
    assert holder.properties[0].type == ir.NullableType(
        ir.UnionType(
            (
                ir.LiteralType(1),
                ir.LiteralType("one"),
                ir.LiteralType(True),
                ir.LiteralType(""),
                ir.PrimitiveType("number"),
            )
        )
    )


def test_extension_keys_under_paths_are_no_paths(spec_dir: Path) -> None:
    document = minimal_spec(Thing={"type": "string"})
    document["paths"]["x-codegen-contextRoot"] = "/api"
    api, messages = build(spec_dir, document)
    assert [op.path for r in api.resources for op in r.operations] == ["/thing"]
    assert messages == []


def test_all_of_warns_only_about_conflicting_structure(spec_dir: Path) -> None:
    def part(x: dict[str, Any], y: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "properties": {"x": x, "y": y}}

    api, messages = build(
        spec_dir,
        minimal_spec(
            Both={
                "allOf": [
                    part({"type": "string"}, {"type": "string", "description": "first"}),
                    part({"type": "integer"}, {"type": "string", "description": "second"}),
                ]
            }
        ),
    )
    both = api.definition("Both")
    assert isinstance(both, ir.ObjectModel)
    assert [(p.wire_name, p.type, p.description) for p in both.properties] == [
        ("x", ir.PrimitiveType("integer"), None),
        ("y", ir.PrimitiveType("string"), "second"),
    ]
    assert [m.split(": ", 1)[1] for m in messages] == [
        "/components/schemas/Both/allOf/1/properties/x: property 'x' is defined differently"
        + " by several allOf parts; the last one wins"
    ]


def test_a_spec_without_operations_gives_a_working_package(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Models only", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": {"type": "object"}}},
    }
    spec = write_spec(tmp_path, document)
    write_tree(generate(spec, default_config("bare"), "openapi.yaml").files, tmp_path / "out")
    run = subprocess.run(
        [sys.executable, "-c", "import bare; bare.Bare(base_url='http://x'); bare.models.Thing()"],
        check=False,
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr


def test_all_of_with_a_null_part_is_the_nullable_referenced_schema(spec_dir: Path) -> None:
    api, _ = build(
        spec_dir,
        minimal_spec(
            Code={"type": "string"},
            Bill={
                "type": "object",
                "properties": {
                    "currency": {"allOf": [{"$ref": REF + "Code"}, {"type": "null"}]},
                    "merged": {
                        "allOf": [
                            {"$ref": REF + "Code"},
                            {"type": "null"},
                            {"description": "more", "maxLength": 3},
                        ]
                    },
                },
            },
        ),
    )
    bill = api.definition("Bill")
    assert isinstance(bill, ir.ObjectModel)
    assert [p.type for p in bill.properties] == [
        ir.NullableType(ir.NamedType("Code")),
        ir.NamedType("BillMerged"),
    ]
    merged = api.definition("BillMerged")
    assert isinstance(merged, ir.AliasModel)
    assert merged.target == ir.NullableType(ir.PrimitiveType("string"))


def test_two_basic_schemes_share_one_username_and_password(tmp_path: Path) -> None:
    document = minimal_spec(Thing={"type": "string"})
    document["components"]["securitySchemes"] = {
        "admin": {"type": "http", "scheme": "basic"},
        "user": {"type": "http", "scheme": "basic"},
        "token": {"type": "http", "scheme": "bearer"},
    }
    document["paths"]["/thing"]["get"]["security"] = [{"user": []}, {"token": []}]
    spec = write_spec(tmp_path, document)
    result = generate(spec, default_config("auth"), "openapi.yaml")
    assert [(s.key, s.argument) for s in result.api.security_schemes] == [
        ("admin", "username"),
        ("token", "api_key"),
    ]
    (operation,) = result.api.resources[0].operations
    assert operation.security == (("admin",), ("token",))
    assert any("second HTTP basic scheme" in d.message for d in result.diagnostics)
    compile(result.files["auth/_client.py"], "_client.py", "exec")
