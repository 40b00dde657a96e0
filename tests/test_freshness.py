"""An unchanged provider is not regenerated; any change to inputs or output is."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import SPECS, run_cli


def _generate(cwd: Path) -> str:
    result = run_cli("generate", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_generate_skips_fresh_providers_and_redoes_changed_ones(tmp_path: Path) -> None:
    shutil.copytree(SPECS / "pipecat", tmp_path / "specs" / "pipecat")
    first = _generate(tmp_path)
    assert "17 files" in first or "files in generated/pipecat" in first
    assert "up to date" in _generate(tmp_path)

    models = tmp_path / "generated" / "pipecat" / "pipecat_cloud" / "models.py"
    original = models.read_text()
    models.write_text(original + "# edited\n")
    assert "up to date" not in _generate(tmp_path)
    assert models.read_text() == original

    spec = tmp_path / "specs" / "pipecat" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Name of the agent", "The agent's name"))
    assert "up to date" not in _generate(tmp_path)
    assert "The agent's name" in models.read_text()
    assert "up to date" in _generate(tmp_path)


def test_tool_caches_inside_a_package_are_not_output(tmp_path: Path) -> None:
    shutil.copytree(SPECS / "pipecat", tmp_path / "specs" / "pipecat")
    _generate(tmp_path)
    cache = tmp_path / "generated" / "pipecat" / ".mypy_cache" / "3.11"
    cache.mkdir(parents=True)
    (cache / "x.json").write_text("{}")
    check = run_cli("check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "up to date" in _generate(tmp_path)
