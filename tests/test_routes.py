"""Where operations live on the client and what their methods are called (issue 10)."""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from clientsmith import ir
from clientsmith.config import HeaderConfig, OperationConfig, default_config, load_config
from clientsmith.pipeline import build_ir, generate

from .conftest import PROVIDERS, SPECS, run_cli, write_spec

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}
PAGE = {"type": "object", "properties": {"data": {"type": "array", "items": ITEM}}}
COUNT = {"type": "object", "properties": {"input_tokens": {"type": "integer"}}}


def op(operation_id: str | None, *, body: dict[str, Any] | None = None, **extra: Any) -> Any:
    operation: dict[str, Any] = {
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": body or ITEM}}}
        },
        **extra,
    }
    if operation_id is not None:
        operation["operationId"] = operation_id
    return operation


def spec(paths: dict[str, Any], title: str = "Routes") -> dict[str, Any]:
    for path, item in paths.items():
        names = [s[1:-1] for s in path.split("?")[0].split("/") if s.startswith("{")]
        for operation in item.values():
            operation.setdefault(
                "parameters",
                [
                    {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                    for n in names
                ],
            )
    return {"openapi": "3.1.0", "info": {"title": title, "version": "1"}, "paths": paths}


def calls(folder: Path, document: dict[str, Any], **config: Any) -> dict[str, str]:
    """``METHOD path`` -> ``resource.method`` as a user types it."""
    settings = dataclasses.replace(default_config("t"), **config)
    api, _ = build_ir(write_spec(folder, document), settings, check=False)
    result = {}
    for operation in api.operations:
        query = "&".join(f"{k}={v}" for k, v in operation.fixed_query)
        key = f"{operation.method.upper()} {operation.path}" + (f"?{query}" if query else "")
        result[key] = f"{operation.resource}.{operation.name}"
    return result


def test_resources_nest_along_the_path(spec_dir: Path) -> None:
    document = spec(
        {
            "/v1/messages": {"post": op("messages_post")},
            "/v1/messages/count_tokens": {"post": op("messages_count_tokens_post", body=COUNT)},
            "/v1/messages/batches": {
                "get": op("messages_batches_list", body=PAGE),
                "post": op("messages_batches_post"),
            },
            "/v1/messages/batches/{message_batch_id}": {
                "get": op("messages_batches_retrieve"),
                "delete": op("messages_batches_delete"),
            },
            "/v1/messages/batches/{message_batch_id}/cancel": {
                "post": op("messages_batches_cancel")
            },
            "/v1/messages/batches/{message_batch_id}/results": {
                "get": op(
                    "messages_batches_results",
                    responses={
                        "200": {
                            "description": "jsonl",
                            "content": {"application/x-jsonl": {"schema": {"type": "string"}}},
                        }
                    },
                )
            },
            "/agents/{agent_id}/deployments": {
                "get": op("agents_list-deployments", body={"type": "array", "items": ITEM})
            },
            "/agents/{agent_id}": {"get": op("agents_get")},
            "/agents/calls/{call_id}": {"get": op("agents_get-call")},
            "/tts/bytes": {"post": op("tts_bytes", body={"type": "string", "format": "binary"})},
        }
    )
    assert calls(spec_dir, document) == {
        "POST /v1/messages": "messages.create",
        "POST /v1/messages/count_tokens": "messages.count_tokens",
        "GET /v1/messages/batches": "messages.batches.list",
        "POST /v1/messages/batches": "messages.batches.create",
        "GET /v1/messages/batches/{message_batch_id}": "messages.batches.retrieve",
        "DELETE /v1/messages/batches/{message_batch_id}": "messages.batches.delete",
        "POST /v1/messages/batches/{message_batch_id}/cancel": "messages.batches.cancel",
        "GET /v1/messages/batches/{message_batch_id}/results": "messages.batches.results",
        "GET /agents/{agent_id}/deployments": "agents.deployments.list",
        "GET /agents/{agent_id}": "agents.retrieve",
        "GET /agents/calls/{call_id}": "agents.calls.retrieve",
        "POST /tts/bytes": "tts.bytes",
    }


def test_meaningful_operation_ids_keep_their_meaning_in_tag_resources(spec_dir: Path) -> None:
    tagged = {"tags": ["issues"]}
    document = spec(
        {
            "/repos/{owner}/{repo}/issues": {
                "get": op("issues/list-for-repo", body={"type": "array", "items": ITEM}, **tagged),
                "post": op("issues/create", **tagged),
            },
            "/repos/{owner}/{repo}/issues/{issue_number}": {"get": op("issues/get", **tagged)},
            "/repos/{owner}/{repo}/issues/{issue_number}/lock": {
                "put": op("issues/lock", **tagged),
                "delete": op("issues/unlock", **tagged),
            },
            "/repos/{owner}/{repo}/assignees/{assignee}": {
                "get": op("issues/check-user-can-be-assigned", **tagged)
            },
            "/repos/{owner}/{repo}/issues/{issue_number}/comments": {
                "get": op("issues/list-comments", body={"type": "array", "items": ITEM}, **tagged)
            },
            "/repos/{owner}/{repo}": {"get": op("repos/get", tags=["repos"])},
        }
    )
    assert calls(spec_dir, document) == {
        "GET /repos/{owner}/{repo}/issues": "issues.list_for_repo",
        "POST /repos/{owner}/{repo}/issues": "issues.create",
        "GET /repos/{owner}/{repo}/issues/{issue_number}": "issues.retrieve",
        "PUT /repos/{owner}/{repo}/issues/{issue_number}/lock": "issues.lock",
        "DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock": "issues.unlock",
        "GET /repos/{owner}/{repo}/assignees/{assignee}": "issues.check_user_can_be_assigned",
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": "issues.comments.list",
        "GET /repos/{owner}/{repo}": "repos.retrieve",
    }


def test_machine_made_ids_follow_rest_conventions(spec_dir: Path) -> None:
    document = spec(
        {
            "/v1/customers": {
                "get": op("GetCustomers", body=PAGE),
                "post": op("PostCustomers"),
            },
            "/v1/customers/search": {"get": op("GetCustomersSearch", body=PAGE)},
            "/v1/customers/{customer}": {
                "get": op("GetCustomersCustomer"),
                "post": op("PostCustomersCustomer"),
                "delete": op("DeleteCustomersCustomer"),
            },
            "/v1/customers/{customer}/discount": {
                "get": op("GetCustomersCustomerDiscount"),
                "delete": op("DeleteCustomersCustomerDiscount"),
            },
            "/v1/customers/{customer}/sources/{id}/verify": {
                "post": op("PostCustomersCustomerSourcesIdVerify")
            },
            "/v1/customers/{customer}/sources": {
                "get": op("GetCustomersCustomerSources", body=PAGE)
            },
        }
    )
    assert calls(spec_dir, document) == {
        "GET /v1/customers": "customers.list",
        "POST /v1/customers": "customers.create",
        "GET /v1/customers/search": "customers.search",
        "GET /v1/customers/{customer}": "customers.retrieve",
        "POST /v1/customers/{customer}": "customers.update",
        "DELETE /v1/customers/{customer}": "customers.delete",
        "GET /v1/customers/{customer}/discount": "customers.get_discount",
        "DELETE /v1/customers/{customer}/discount": "customers.delete_discount",
        "POST /v1/customers/{customer}/sources/{id}/verify": "customers.sources.verify",
        "GET /v1/customers/{customer}/sources": "customers.sources.list",
    }


def test_operations_without_ids_get_conventional_names(spec_dir: Path) -> None:
    document = spec(
        {
            "/users": {"get": op(None, body=PAGE), "post": op(None)},
            "/users/{id}": {"get": op(None), "patch": op(None), "delete": op(None)},
        }
    )
    assert calls(spec_dir, document) == {
        "GET /users": "users.list",
        "POST /users": "users.create",
        "GET /users/{id}": "users.retrieve",
        "PATCH /users/{id}": "users.update",
        "DELETE /users/{id}": "users.delete",
    }


def test_beta_suffix_groups_under_beta_and_keeps_the_flag(spec_dir: Path) -> None:
    document = spec(
        {
            "/v1/models?beta=true": {"get": op("beta_models_list", body=PAGE)},
            "/v1/models/{model_id}?beta=true": {"get": op("beta_models_get")},
            "/v1/models": {"get": op("models_list", body=PAGE)},
        }
    )
    assert calls(spec_dir, document) == {
        "GET /v1/models?beta=true": "beta.models.list",
        "GET /v1/models/{model_id}?beta=true": "beta.models.retrieve",
        "GET /v1/models": "models.list",
    }


def test_configured_groups_renames_and_overrides(spec_dir: Path) -> None:
    document = spec(
        {
            "/v1/deployments": {"get": op("listDeployments", body=PAGE)},
            "/v1/deployments/{id}/run": {"post": op("runDeployment")},
            "/v1/agents": {"get": op("listAgents", body=PAGE)},
        }
    )
    found = calls(
        spec_dir,
        document,
        groups={"beta": ("/v1/deployments*",)},
        resource_names={"beta.deployments": "deploys"},
        operations={
            "listAgents": OperationConfig(name="all", resource="team.agents"),
            "runDeployment": OperationConfig(name="start"),
        },
    )
    assert found == {
        "GET /v1/deployments": "beta.deploys.list",
        "POST /v1/deployments/{id}/run": "beta.deploys.start",
        "GET /v1/agents": "team.agents.all",
    }


def test_clashes_take_fuller_names_and_plain_names_stay_plain(spec_dir: Path) -> None:
    document = spec(
        {
            "/things": {"get": op("things_get"), "post": op("things_bytes")},
            "/things/{id}": {"get": op("things_fetch")},
            "/models": {"get": op("models_list", body=PAGE)},
        }
    )
    found = calls(spec_dir, document)
    # /things answers an object, so it would be "retrieve" like /things/{id}: it lists
    assert found == {
        "GET /things": "things.list",
        "POST /things": "things.bytes",
        "GET /things/{id}": "things.retrieve",
        "GET /models": "models.list",
    }
    document["paths"]["/things/{id}/run"] = {"post": op("things_start")}
    document["paths"]["/things/{id}/go"] = {"post": op("things_start_now")}
    document["paths"]["/things/{id}/go"]["post"]["operationId"] = "things_start"
    clashing = calls(spec_dir, spec(document["paths"]))
    # two operations both called "start": each takes a fuller, distinct name
    assert clashing["POST /things/{id}/run"] != clashing["POST /things/{id}/go"]
    assert {clashing["POST /things/{id}/run"], clashing["POST /things/{id}/go"]} == {
        "things.start",
        "things.start_2",
    }


def test_ir_shows_the_chosen_names(spec_dir: Path) -> None:
    path = write_spec(spec_dir, spec({"/agents/calls/{call_id}": {"get": op("agents_get-call")}}))
    run = run_cli("ir", str(path))
    assert run.returncode == 0, run.stderr
    assert '"resource": "agents.calls"' in run.stdout
    assert '"name": "retrieve"' in run.stdout
    assert '"path": [\n        "agents",\n        "calls"\n      ]' in run.stdout


def test_package_is_named_after_the_title_not_the_file(spec_dir: Path, tmp_path: Path) -> None:
    path = write_spec(
        spec_dir,
        spec({"/agents": {"get": op("listServices")}}, "Pipecat Cloud API"),
        "openapi.json",
    )
    out = tmp_path / "out"
    run = run_cli("generate", "--spec", str(path), "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert (out / "pipecat_cloud" / "_client.py").is_file()
    assert "class PipecatCloud(" in (out / "pipecat_cloud" / "_client.py").read_text()
    named = run_cli("generate", "--spec", str(path), "--out", str(tmp_path / "n"), "--name", "mine")
    assert named.returncode == 0, named.stderr
    assert (tmp_path / "n" / "mine" / "_client.py").is_file()


# ---------------------------------------------------------------- stability


def _methods(files: dict[str, str]) -> dict[str, str]:
    """Every method of every generated class (resources and clients), as source text."""
    found: dict[str, str] = {}
    for name, text in files.items():
        if not name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        found[f"{name}:{node.name}.{item.name}"] = ast.unparse(item)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("provider", PROVIDERS)
def test_one_new_public_operation_changes_no_other_method(provider: str, tmp_path: Path) -> None:
    config = load_config(SPECS / provider)
    assert config.spec_file is not None
    document = yaml.safe_load(config.spec_file.read_text(encoding="utf-8"))
    before = generate(config.spec_file, config, "spec", check=False).files
    changed = copy.deepcopy(document)
    first_path = min(changed["paths"])
    first = next(iter(changed["paths"][first_path].values()))
    segments = [s for s in first_path.split("?")[0].split("/") if s]
    top = next(i for i, s in enumerate(segments) if not re.fullmatch(r"v\d+|\{.*\}", s))
    changed["paths"]["/" + "/".join([*segments[: top + 1], "zz-ping"])] = {
        "get": {
            "operationId": "zzPing",
            "tags": first.get("tags", []),
            "security": [],
            "responses": {"204": {"description": "pong"}},
        }
    }
    spec_file = tmp_path / config.spec_file.name
    spec_file.write_text(yaml.safe_dump(changed, sort_keys=False), encoding="utf-8")
    after = generate(
        spec_file, dataclasses.replace(config, spec_file=spec_file), "spec", check=False
    ).files
    old, new = _methods(before), _methods(after)
    assert set(old) <= set(new)
    raw_inits = {
        k for k in old if k.endswith(("WithRawResponse.__init__", "WithStreamingResponse.__init__"))
    }
    for key in raw_inits:  # one more wrapped method, nothing else
        assert set(old[key].splitlines()) <= set(new[key].splitlines()), key
    assert {k: v for k, v in new.items() if k in old and k not in raw_inits} == {
        k: v for k, v in old.items() if k not in raw_inits
    }
    added = sorted(set(new) - set(old))
    assert added and all(".zz_ping" in k for k in added), added
    client = f"{config.import_name}/_client.py"
    assert before[client] == after[client]


def test_client_headers_are_decided_per_header(spec_dir: Path) -> None:
    version = {
        "name": "Api-Version",
        "in": "header",
        "required": True,
        "schema": {"type": "string", "default": "1"},
    }
    beta = {"name": "Beta-Flag", "in": "header", "schema": {"type": "string"}}
    paths = {f"/r{i}": {"get": op(f"r{i}", parameters=[version, beta])} for i in range(3)}
    paths["/open"] = {"get": op("open", parameters=[])}
    settings = dataclasses.replace(
        default_config("t"), headers={"Beta-Flag": HeaderConfig(option="beta", default="on")}
    )
    api, _ = build_ir(write_spec(spec_dir, spec(paths)), settings, check=False)
    options = {o.wire_name: (o.name, o.default) for o in api.client_options}
    assert options == {"Api-Version": ("api_version", None), "Beta-Flag": ("beta", "on")}
    adopted = {
        p.wire_name: (p.client_option, p.default)
        for o in api.operations
        for p in o.parameters
        if o.operation_id == "r0"
    }
    assert adopted == {"Api-Version": ("api_version", "1"), "Beta-Flag": ("beta", "on")}
    assert isinstance(api.operations[0], ir.Operation)


@pytest.mark.slow
def test_members_called_models_or_type_do_not_hide_what_annotations_use(
    spec_dir: Path, tmp_path: Path
) -> None:
    """``client.apis.models`` and a ``type=`` argument: the package still passes mypy --strict."""
    kind = {"name": "type", "in": "query", "schema": {"type": "string"}}
    document = spec(
        {
            "/apis": {"get": op("GetApis", body=PAGE)},
            "/apis/{api_id}": {"delete": {"operationId": "DeleteApi", "parameters": [kind]}},
            "/apis/{api_id}/models": {"get": op("GetModels", body=PAGE)},
        }
    )
    document["paths"]["/apis/{api_id}"]["delete"]["responses"] = {"204": {"description": "gone"}}
    document["paths"]["/apis/{api_id}"]["delete"]["parameters"].append(
        {"name": "api_id", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    found = calls(spec_dir, document)
    assert found["GET /apis/{api_id}/models"] == "apis.models.list"
    out = tmp_path / "out"
    run = run_cli("generate", "--spec", str(write_spec(spec_dir, document)), "--out", str(out))
    assert run.returncode == 0, run.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout
