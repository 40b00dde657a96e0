"""The lazily imported models package used for large APIs."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from clientsmith import ir, model_layout
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir, generate, write_tree

from .conftest import FIXTURES, minimal_spec, write_spec


def _named(name: str) -> ir.NamedType:
    return ir.NamedType(name)


def _obj(name: str, *refs: str) -> ir.ObjectModel:
    props = tuple(ir.Property(r.lower(), r.lower(), _named(r), False) for r in refs)
    return ir.ObjectModel(name, props)


def test_strongly_connected_groups_form_a_dag() -> None:
    definitions = [_obj("A", "B"), _obj("B", "A"), _obj("C", "A"), _obj("D"), _obj("E", "E")]
    groups = model_layout.strongly_connected(definitions)
    assert sorted(groups) == [["A", "B"], ["C"], ["D"], ["E"]]


def test_aliases_come_after_what_they_name() -> None:
    union = ir.UnionModel("U", (_named("V"), _named("C")))
    alias = ir.AliasModel("V", ir.ArrayType(_named("C")))
    ordered = model_layout.ordered([union, alias, _obj("C")])
    assert [d.name for d in ordered] == ["C", "V", "U"]


def _package(tmp_path: Path, spec: Path) -> Path:
    config = dataclasses.replace(default_config("lazy_pkg"), models_layout="package")
    result = generate(spec, config, spec.name)
    out = tmp_path / "out"
    write_tree(result.files, out)
    return out


@pytest.mark.slow
def test_package_layout_imports_lazily_and_type_checks(tmp_path: Path, spec_dir: Path) -> None:
    spec = write_spec(
        spec_dir,
        minimal_spec(
            Tree={
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                    "leaf": {"$ref": "#/components/schemas/Leaf"},
                },
            },
            Leaf={
                "type": "object",
                "properties": {
                    "owner": {"$ref": "#/components/schemas/Tree"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                },
            },
            Kind={"type": "string", "enum": ["a", "b"]},
            Either={"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"type": "string"}]},
        ),
    )
    out = _package(tmp_path, spec)
    models = out / "lazy_pkg" / "models"
    assert (models / "__init__.pyi").is_file()
    modules = sorted(p.name for p in models.glob("_*.py") if p.name != "__init__.py")
    assert modules == ["_either.py", "_kind.py", "_leaf.py"]
    script = (
        "import sys\n"
        "import lazy_pkg\n"
        "assert 'lazy_pkg.models._leaf' not in sys.modules\n"
        "tree = lazy_pkg.models.Tree.model_validate({'children': [{'leaf': {'kind': 'b'}}]})\n"
        "assert tree.children[0].leaf.kind is lazy_pkg.models.Kind.B\n"
        "assert 'lazy_pkg.models._leaf' in sys.modules and 'lazy_pkg.models._either' not in sys.modules\n"
        "from lazy_pkg.models import Either\n"
        "print(sorted(dir(lazy_pkg.models)))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, cwd=out
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['Either', 'Kind', 'Leaf', 'Tree']"
    mypy = subprocess.run(
        [
            str(Path(sys.executable).parent / "mypy"),
            "--strict",
            "--cache-dir",
            str(tmp_path / "c"),
            "lazy_pkg",
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert mypy.returncode == 0, mypy.stdout


@pytest.mark.slow
def test_runtime_fixture_works_with_package_layout(tmp_path: Path) -> None:
    out = _package(tmp_path, FIXTURES / "runtime.yaml")
    script = (
        "import httpx, lazy_pkg\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json=[{'kind': 'circle', 'radius': 1}]))\n"
        "c = lazy_pkg.LazyPkg(api_key='k', http_client=httpx.Client(transport=t))\n"
        "print(type(c.search.list()[0]).__name__)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, cwd=out
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Circle"


def _at(name: str, pointer: str, *refs: str) -> ir.ObjectModel:
    return dataclasses.replace(_obj(name, *refs), origin=f"s.yaml#{pointer}")


def test_inlined_models_share_their_schema_or_operation_module() -> None:
    definitions = [
        _at("Repo", "/components/schemas/Repo", "RepoOwner", "RepoPermissions"),
        _at("RepoOwner", "/components/schemas/Repo/properties/owner"),
        _at("RepoPermissions", "/components/schemas/Repo/properties/permissions"),
        _at("User", "/components/schemas/User"),
        _at("CreateRepoBody", "/paths/~1repos/post/requestBody/content/application~1json/schema"),
        _at(
            "CreateRepoBodyTemplate",
            "/paths/~1repos/post/requestBody/content/application~1json/schema/properties/template",
        ),
    ]
    api = dataclasses.replace(_api(), definitions=tuple(definitions))
    modules = {m.name: [d.name for d in m.definitions] for m in model_layout.split(api)}
    assert modules == {
        "_create_repo_body": ["CreateRepoBody", "CreateRepoBodyTemplate"],
        "_repo": ["Repo", "RepoOwner", "RepoPermissions"],
        "_user": ["User"],
    }


def test_schemas_whose_parts_refer_to_each_other_share_one_module() -> None:
    definitions = [
        _at("A", "/components/schemas/A", "APart"),
        _at("APart", "/components/schemas/A/properties/p", "B"),
        _at("B", "/components/schemas/B", "BPart"),
        _at("BPart", "/components/schemas/B/properties/p", "A"),
        _at("C", "/components/schemas/C", "A"),
    ]
    api = dataclasses.replace(_api(), definitions=tuple(definitions))
    modules = model_layout.split(api)
    assert [(m.name, [d.name for d in m.definitions]) for m in modules] == [
        ("_a", ["A", "APart", "B", "BPart"]),
        ("_c", ["C"]),
    ]
    assert modules[1].imports == (("_a", ("A",)),)


def _api() -> ir.Api:
    api, _ = build_ir(FIXTURES / "runtime.yaml", default_config("t"), check=False)
    return api
