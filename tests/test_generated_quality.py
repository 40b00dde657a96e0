"""The committed packages pass the linters and type checker users will run on them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GENERATED, PROVIDERS

BIN = Path(sys.executable).parent


def _run(tool: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / tool), *args], check=False, cwd=cwd, capture_output=True, text=True
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_ruff_check_passes(provider: str) -> None:
    result = _run("ruff", "check", "--no-cache", ".", cwd=GENERATED / provider)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("provider", PROVIDERS)
def test_black_check_passes(provider: str) -> None:
    result = _run("black", "--check", ".", cwd=GENERATED / provider)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("provider", PROVIDERS)
def test_mypy_strict_passes(provider: str, tmp_path: Path) -> None:
    result = _run(
        "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), ".", cwd=GENERATED / provider
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_docstring_starts_with_method_and_path(provider: str) -> None:
    import ast

    package = next(p for p in (GENERATED / provider).iterdir() if (p / "__init__.py").exists())
    found = 0
    for module in sorted((package / "resources").glob("*.py")):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not (
                node.name.startswith("_") or node.decorator_list
            ):
                doc = ast.get_docstring(node) or ""
                first = doc.splitlines()[0] if doc else ""
                method, _, path = first.partition(" ")
                assert method in {
                    "GET",
                    "POST",
                    "PUT",
                    "PATCH",
                    "DELETE",
                    "HEAD",
                    "OPTIONS",
                    "TRACE",
                }, first
                assert path.startswith("/"), first
                found += 1
    assert found > 0


def test_over_long_names_format_the_same_under_black_and_ruff(tmp_path: Path) -> None:
    """A one-name annotation that leaves no room for a field's value, or a one-name return
    type too long for its line: black wraps it in parentheses where ruff format does not,
    unless the line is left alone."""
    from clientsmith.config import default_config
    from clientsmith.pipeline import generate, write_tree

    from .conftest import minimal_spec, write_spec

    owner = "ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItem"
    mode = {"type": "string", "enum": ["always", "exempt"], "default": "always"}
    returned = "DrivesDriveItemsDriveItemWorkbookWorksheetsWorkbookWorksheetChartsWorkbookChartImage9d93Response"
    schemas = {
        owner: {
            "type": "object",
            "properties": {"mode": mode, "from": mode, "required_mode": mode},
            "required": ["required_mode"],
        },
        returned: {"type": "object", "properties": {"width": {"type": "integer"}}},
    }
    (tmp_path / "spec").mkdir()
    spec = write_spec(tmp_path / "spec", minimal_spec(**schemas))
    out = tmp_path / "out"
    write_tree(generate(spec, default_config("long_names"), spec.name).files, out)
    models = (out / "long_names" / "models.py").read_text()
    assert f"    mode: {owner}Mode = {owner}Mode.ALWAYS  # fmt: skip" in models
    resources = "".join(p.read_text() for p in (out / "long_names" / "resources").glob("*.py"))
    assert f"    ) -> models.{returned}:  # fmt: skip" in resources
    for tool, args in (("black", ["--check"]), ("ruff", ["format", "--check", "--no-cache"])):
        result = _run(tool, *args, "long_names", cwd=out)
        assert result.returncode == 0, f"{tool}: {result.stdout}{result.stderr}"
