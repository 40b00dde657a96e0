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
            if isinstance(
                node, (ast.FunctionDef, ast.AsyncFunctionDef)
            ) and not node.name.startswith("_"):
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
