"""`clientsmith vendor`: a generated package copied under a new name works on its own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import GENERATED, run_cli
from .venvs import MOCK_CALLS, RUNTIME_DEPENDENCIES, fresh_venv


@pytest.mark.slow
def test_vendored_copy_runs_in_a_project_without_clientsmith(tmp_path: Path) -> None:
    project = tmp_path / "project"
    result = run_cli(
        "vendor", "pipecat", str(project / "vendor"), "--package-name", "pipecat_client"
    )
    assert result.returncode == 0, result.stderr
    package = project / "vendor" / "pipecat_client"
    assert f"-> {package} (import pipecat_client)" in result.stdout
    assert "Vendored by `clientsmith vendor pipecat`" in (package / "VENDORED.txt").read_text()
    assert not list(package.rglob("__pycache__"))

    python = fresh_venv(tmp_path / "venv", *RUNTIME_DEPENDENCIES)
    script = MOCK_CALLS + (
        "import importlib.util\n"
        "assert importlib.util.find_spec('clientsmith') is None\n"
        "assert importlib.util.find_spec('pipecat_cloud') is None\n"
        "from vendor.pipecat_client import PipecatCloud\n"
        "http = httpx.Client(transport=transport({('GET', '/v1/agents'): SERVICES}))\n"
        "client = PipecatCloud(api_key='secret', http_client=http)\n"
        "result = client.agents.list(region='us-west')\n"
        "request = seen[0]\n"
        "print(type(result).__module__, result.services[0].name,\n"
        "      request.url.host, request.url.params['region'], request.headers['authorization'])\n"
    )
    run = subprocess.run(
        [str(python), "-c", script], cwd=project, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [
        "vendor.pipecat_client.models",
        "voice-starter",
        "api.pipecat.daily.co",
        "us-west",
        "Bearer",
        "secret",
    ]


def test_refreshes_its_own_copy_but_never_replaces_other_folders(tmp_path: Path) -> None:
    dest = tmp_path / "vendor"
    foreign = dest / "cartesia"
    foreign.mkdir(parents=True)
    (foreign / "mine.py").write_text("x = 1\n")
    refused = run_cli("vendor", "cartesia", str(dest), "--package-name", "cartesia")
    assert refused.returncode == 2
    assert "was not made by `clientsmith vendor`" in refused.stderr
    assert (foreign / "mine.py").read_text() == "x = 1\n"

    assert run_cli("vendor", "cartesia", str(dest)).returncode == 0
    copy = dest / "cartesia_agents"
    (copy / "leftover.py").write_text("")
    assert run_cli("vendor", "cartesia", str(dest)).returncode == 0
    assert not (copy / "leftover.py").exists()
    assert (copy / "models.py").read_bytes() == (
        GENERATED / "cartesia" / "cartesia_agents" / "models.py"
    ).read_bytes()

    bad = run_cli("vendor", "cartesia", str(dest), "--package-name", "not-a-name")
    assert bad.returncode == 2
    assert "not-a-name: /: not a valid Python package name" in bad.stderr


def test_an_absolute_self_import_is_refused(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    shutil.copytree(GENERATED / "pipecat", generated / "pipecat")
    module = generated / "pipecat" / "pipecat_cloud" / "resources" / "agents.py"
    lines = module.read_text().splitlines(keepends=True)
    lines.insert(5, "from pipecat_cloud import models as _absolute\n")
    module.write_text("".join(lines))
    result = run_cli("vendor", "pipecat", str(tmp_path / "dest"), "--generated", str(generated))
    assert result.returncode == 2
    assert f"{module.as_posix()}: /: line 6: absolute import of 'pipecat_cloud'" in result.stderr
    assert not (tmp_path / "dest" / "pipecat_cloud").exists()
