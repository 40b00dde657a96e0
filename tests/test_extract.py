"""`clientsmith extract`: docs pages -> one merged spec, conflicts reported and resolved."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from clientsmith import ir
from clientsmith.config import default_config
from clientsmith.extract import extract
from clientsmith.pipeline import build_ir

from .conftest import FIXTURES, run_cli

PAGES = FIXTURES / "pages"
LIST_DEPLOYMENTS = PAGES / "000_775177fd97d6704d.txt"  # Cartesia, embedded OpenAPI
PIPECAT = PAGES / "002_beae4cdd59d79138.txt"  # Pipecat, embedded OpenAPI
GET_AGENT = PAGES / "cartesia_get_agent.md"  # Cartesia "Get Agent" (seed 004) as YAML
NO_YAML = [
    PAGES / "001_4bb5cea132cc34de.txt",  # Anthropic C# SDK reference
    PAGES / "003_bdfc50e8f6bd1284.txt",  # LangSmith, collapsed HTML
    PAGES / "004_c396d387082122d4.txt",  # Cartesia "Get Agent", rendered, no YAML
]


def _page(folder: Path, name: str, document: dict[str, Any], title: str) -> Path:
    path = folder / name
    body = yaml.safe_dump(document, sort_keys=False)
    path.write_text(f"# {title}\n\nSome prose.\n\n````yaml GET /x\n{body}````\n\nMore prose.\n")
    return path


def _operation(ref: str) -> dict[str, Any]:
    return {
        "operationId": ref.lower(),
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}
                },
            }
        },
    }


def test_merges_both_cartesia_pages_and_reports_the_version_enum_conflict(tmp_path: Path) -> None:
    out = tmp_path / "specs" / "cartesia" / "openapi.yaml"
    result = run_cli(
        "extract", str(LIST_DEPLOYMENTS), str(GET_AGENT), *map(str, NO_YAML), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The conflict names the component, both pages and both enums, and how it was resolved.
    conflict = next(line for line in result.stderr.splitlines() if "conflicts with" in line)
    assert conflict.startswith(
        f"warning: {GET_AGENT}: /components/parameters/CartesiaVersionHeader: "
        f"conflicts with {LIST_DEPLOYMENTS}"
    )
    assert "/schema/enum: ['2026-03-01'] vs ['2024-06-10', '2024-11-13', '2025-04-16']" in conflict
    assert "kept as CartesiaVersionHeaderGetAgent (--on-conflict=rename)" in conflict
    for page in NO_YAML:
        assert (
            f"warning: {page}: /: no ```yaml OpenAPI block in this page; skipped" in result.stderr
        )

    document = yaml.safe_load(out.read_text())
    assert sorted(document["paths"]) == ["/agents/{agent_id}", "/agents/{agent_id}/deployments"]
    params = document["components"]["parameters"]
    assert params["CartesiaVersionHeader"]["schema"]["enum"] == ["2026-03-01"]
    assert params["CartesiaVersionHeaderGetAgent"]["schema"]["enum"] == [
        "2024-06-10",
        "2024-11-13",
        "2025-04-16",
    ]
    get_agent = document["paths"]["/agents/{agent_id}"]["get"]
    assert get_agent["parameters"][0] == {
        "$ref": "#/components/parameters/CartesiaVersionHeaderGetAgent"
    }
    deployments = document["paths"]["/agents/{agent_id}/deployments"]["get"]
    assert deployments["parameters"][0] == {"$ref": "#/components/parameters/CartesiaVersionHeader"}
    # The security scheme both pages define identically is kept once.
    assert list(document["components"]["securitySchemes"]) == ["APIKeyAuth"]
    assert "# Conflicts (--on-conflict=rename):" in out.read_text()

    # The merged spec is valid and generates a client with both operations and both enums.
    assert run_cli("validate", str(out)).returncode == 0
    api, _ = build_ir(out, default_config("cartesia"))
    operations = {op.operation_id: op for r in api.resources for op in r.operations}
    assert set(operations) == {"agents_get", "agents_list-deployments"}
    version = next(
        p for p in operations["agents_get"].parameters if p.wire_name == "Cartesia-Version"
    )
    assert isinstance(version.type, ir.NamedType)
    enum = api.definition(version.type.name)
    assert isinstance(enum, ir.EnumModel)
    assert [m.value for m in enum.members] == ["2024-06-10", "2024-11-13", "2025-04-16"]


def test_first_keeps_the_earlier_page_and_fail_writes_nothing(tmp_path: Path) -> None:
    first = tmp_path / "first.yaml"
    result = run_cli(
        "extract", str(LIST_DEPLOYMENTS), str(GET_AGENT), "--on-conflict=first", "-o", str(first)
    )
    assert result.returncode == 0, result.stderr
    assert "kept the earlier page's (--on-conflict=first)" in result.stderr
    params = yaml.safe_load(first.read_text())["components"]["parameters"]
    assert list(params) == ["CartesiaVersionHeader"]
    assert params["CartesiaVersionHeader"]["schema"]["enum"] == ["2026-03-01"]

    failed = tmp_path / "failed.yaml"
    result = run_cli(
        "extract", str(LIST_DEPLOYMENTS), str(GET_AGENT), "--on-conflict=fail", "-o", str(failed)
    )
    assert result.returncode == 2
    assert (
        f"error: {GET_AGENT}: /components/parameters/CartesiaVersionHeader: "
        f"conflicts with {LIST_DEPLOYMENTS}"
    ) in result.stderr
    assert "nothing written" in result.stderr
    assert not failed.exists()


def test_output_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for seed, cwd, pages in (
        ("0", PAGES.parent.parent.parent, [LIST_DEPLOYMENTS, GET_AGENT, PIPECAT]),
        ("123", PAGES, [Path(LIST_DEPLOYMENTS.name), Path(GET_AGENT.name), Path(PIPECAT.name)]),
    ):
        result = run_cli(
            "extract", *map(str, pages), cwd=cwd, env={**os.environ, "PYTHONHASHSEED": seed}
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("# Extracted by `clientsmith extract` from 3 page(s): ")


def test_pipecat_page_alone_is_a_valid_spec(tmp_path: Path) -> None:
    out = tmp_path / "openapi.yaml"
    result = run_cli("extract", str(PIPECAT), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "conflict" not in result.stderr.replace("0 conflict(s)", "")
    assert run_cli("validate", str(out)).returncode == 0
    document = yaml.safe_load(out.read_text())
    assert document["paths"]["/agents"]["get"]["operationId"] == "listServices"


def test_pages_without_yaml_only_are_an_error(tmp_path: Path) -> None:
    result = run_cli("extract", *map(str, NO_YAML), "-o", str(tmp_path / "o.yaml"))
    assert result.returncode == 2
    assert "no OpenAPI fragments found" in result.stderr
    assert result.stderr.count("no ```yaml OpenAPI block") == 3
    assert not (tmp_path / "o.yaml").exists()


def test_invalid_yaml_block_is_reported_with_its_line(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text("# Broken\n\n```yaml\nopenapi: 3.0.0\npaths: {\n```\n")
    result = run_cli("extract", str(page))
    assert result.returncode == 2
    assert f"error: {page}: /: yaml block at line 3: not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_renames_cascade_to_components_that_use_a_renamed_one(tmp_path: Path) -> None:
    """Same-looking `Deployment` schemas differ once their `Agent` refs point apart."""
    agent = {"type": "object", "properties": {"id": {"type": "string"}}}
    deployment = {
        "type": "object",
        "properties": {"agent": {"$ref": "#/components/schemas/Agent"}},
    }
    shared = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    first = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": _operation("Deployment")}},
        "components": {"schemas": {"Agent": agent, "Deployment": deployment, "Shared": shared}},
    }
    second = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "security": [{"Key": []}],
        "paths": {"/b": {"get": _operation("Deployment")}},
        "components": {
            "schemas": {
                "Agent": {**agent, "required": ["id"]},
                "Deployment": deployment,
                "Shared": shared,
            },
            "securitySchemes": {"Key": {"type": "http", "scheme": "bearer"}},
        },
    }
    pages = [_page(tmp_path, "a.md", first, "List A"), _page(tmp_path, "b.md", second, "Get B")]
    result = extract(pages)
    assert not result.failed, result.problems
    schemas = result.document["components"]["schemas"]
    assert sorted(schemas) == ["Agent", "AgentGetB", "Deployment", "DeploymentGetB", "Shared"]
    assert schemas["DeploymentGetB"]["properties"]["agent"] == {
        "$ref": "#/components/schemas/AgentGetB"
    }
    b = result.document["paths"]["/b"]["get"]
    assert b["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/DeploymentGetB"
    }
    # b.md's top-level security differs from a.md's (none): it moves onto b.md's operation.
    assert b["security"] == [{"Key": []}]
    assert "security" not in result.document["paths"]["/a"]["get"]
    assert "security" not in result.document
    reported = [d.pointer for d in result.problems if "conflicts with" in d.message]
    assert reported == ["/components/schemas/Agent", "/components/schemas/Deployment"]


def test_same_operation_defined_differently_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    base = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "x"}}}}
        },
    }
    other = {
        **base,
        "paths": {
            "/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "y"}}}}
        },
    }
    pages = [_page(tmp_path, "a.md", base, "A"), _page(tmp_path, "b.md", other, "B")]
    result = extract(pages)
    (problem,) = [d for d in result.problems if "conflicts with" in d.message]
    assert problem.pointer == "/paths/~1a/get"
    assert "/responses/204/description: 'x' vs 'y'" in problem.message
    assert "kept the earlier page's" in problem.message
    assert result.document["paths"]["/a"]["get"]["responses"]["204"]["description"] == "x"


def test_path_level_parameters_stay_with_their_own_page(tmp_path: Path) -> None:
    """Merging a page's POST into another page's path item must not hand it their parameters."""
    info = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}}
    ok = {"responses": {"204": {"description": "ok"}}}
    shared = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    first = {
        **info,
        "paths": {"/x/{id}": {"parameters": shared, "get": {**ok, "operationId": "g"}}},
    }
    second = {
        **info,
        "paths": {"/x/{id}": {"post": {**ok, "operationId": "p", "parameters": shared}}},
    }
    pages = [_page(tmp_path, "a.md", first, "A"), _page(tmp_path, "b.md", second, "B")]
    result = extract(pages)
    assert not [d for d in result.problems if "conflicts with" in d.message]
    item = result.document["paths"]["/x/{id}"]
    assert "parameters" not in item
    assert item["get"]["parameters"] == shared
    assert item["post"]["parameters"] == shared
