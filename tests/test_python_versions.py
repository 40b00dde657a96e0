"""The same specs give byte-identical packages whatever Python 3.11+ runs the generator.

Every interpreter found on the machine (``python3.11``… on PATH, ``~/.pyenv/versions/*``)
generates the committed providers and a spec full of names that Python versions treat
differently (soft keywords, builtins and standard-library modules added or removed).
Each extra interpreter gets a venv with the generator's runtime dependencies under
``.cache/pyvenvs/<version>``, rebuilt only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from clientsmith import freshness

from .conftest import ROOT, SPECS, write_spec

VENVS = ROOT / ".cache" / "pyvenvs"
MINORS = (11, 12, 13, 14)

_PROBE = "import sys; print(sys.version_info[0], sys.version_info[1], sys.version.split()[0])"

_COVERED = """
import builtins, keyword, sys
from clientsmith.pynames import BUILTIN_NAMES, HARD_KEYWORDS, STDLIB_MODULES
missing = (set(keyword.kwlist) ^ HARD_KEYWORDS) | (set(dir(builtins)) - BUILTIN_NAMES)
missing |= set(sys.stdlib_module_names) - STDLIB_MODULES
print(" ".join(sorted(missing)))
"""
"""Names this interpreter has that clientsmith/pynames.py lacks (add them there)."""


def _ok(name: str) -> dict[str, Any]:
    return {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
    }


VERSION_SENSITIVE_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Version sensitive", "version": "1"},
    "tags": [{"name": "cgi"}, {"name": "tomllib"}],
    "paths": {
        "/things/{type}": {
            "get": {
                "operationId": "type",
                "tags": ["cgi"],
                "parameters": [
                    {"name": "type", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "match", "in": "query", "schema": {"type": "string"}},
                    {"name": "case", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": _ok("PythonFinalizationError")},
            }
        },
        "/warnings": {
            "post": {
                "operationId": "match",
                "tags": ["tomllib"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/EncodingWarning"}
                        }
                    },
                },
                "responses": {"200": _ok("BaseExceptionGroup")},
            }
        },
    },
    "components": {
        "schemas": {
            "PythonFinalizationError": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string"},
                    "match": {"type": "boolean"},
                    "case": {"type": "integer"},
                    "_": {"type": "string"},
                },
            },
            "EncodingWarning": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["type", "match", "case", "_"]},
                    "cgi": {"type": "string"},
                },
            },
            "BaseExceptionGroup": {
                "type": "object",
                "properties": {
                    "errors": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/PythonFinalizationError"},
                    },
                    "warning": {"$ref": "#/components/schemas/EncodingWarning"},
                },
            },
        }
    },
}


def _probe(python: str) -> tuple[int, int, str] | None:
    try:
        result = subprocess.run(
            [python, "-c", _PROBE], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    major, minor, version = result.stdout.split()
    return int(major), int(minor), version


def _interpreters() -> dict[tuple[int, int], tuple[str, str]]:
    """One interpreter per minor version >= 3.11: ``(major, minor) -> (python, version)``.

    The one running the tests comes first (it needs no venv); patch releases of one minor
    version share its keyword, builtin and module tables, so one of each is enough.
    """
    found: dict[tuple[int, int], tuple[str, str]] = {
        sys.version_info[:2]: (sys.executable, sys.version.split()[0])
    }
    candidates = [str(p) for p in sorted(Path.home().glob(".pyenv/versions/*/bin/python3"))]
    candidates += [p for m in MINORS if (p := shutil.which(f"python3.{m}"))]
    for python in candidates:
        probed = _probe(python)
        if probed is None or probed[:2] < (3, 11) or probed[:2] in found:
            continue
        found[probed[:2]] = (python, probed[2])
    return found


def _project_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def _venv_python(python: str, version: str) -> Path:
    """A venv for ``python`` with the generator installed (editable), reused between runs."""
    folder = VENVS / version
    marker = folder / f".installed-{_project_hash()}"
    venv_python = folder / "bin" / "python"
    if marker.is_file() and venv_python.is_file():
        return venv_python
    shutil.rmtree(folder, ignore_errors=True)
    steps = [
        [python, "-m", "venv", str(folder)],
        [str(venv_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        + ["-e", str(ROOT)],
    ]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, check=False, env=_env())
        if result.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.fail(f"{' '.join(step)} failed:\n{result.stdout}{result.stderr}")
    marker.touch()
    return venv_python


def _env() -> dict[str, str]:
    """No PYTHONPATH: each venv imports the generator from its own editable install."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _commands(spec: Path, out: Path) -> list[list[str]]:
    """Arguments after ``-m clientsmith``: every committed provider, then the odd spec."""
    return [
        ["generate", "-q", "--specs-dir", str(SPECS), "--out", str(out / "out")],
        ["generate", "-q", "--spec", str(spec), "--name", "cgi", "--out", str(out / "out" / "cgi")],
    ]


def _generate_all(executable: str, env: dict[str, str], spec: Path, out: Path) -> str:
    """Run every generation with ``executable``; return the log, empty on success."""
    covered = subprocess.run(
        [executable, "-c", _COVERED], env=env, capture_output=True, text=True, check=False
    )
    if covered.returncode != 0 or covered.stdout.strip():
        return f"names missing from clientsmith/pynames.py: {covered.stdout}{covered.stderr}"
    for command in _commands(spec, out):
        # cwd is the output folder: freshness records land there, not in the checkout.
        out.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [executable, "-m", "clientsmith", *command],
            cwd=out,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            return f"{' '.join(command)}: exit {result.returncode}\n{result.stdout}{result.stderr}"
    return ""


@pytest.mark.slow
def test_every_python_generates_the_same_bytes(tmp_path: Path) -> None:
    interpreters = _interpreters()
    if len(interpreters) < 2:
        only = ", ".join(v for _, v in interpreters.values())
        pytest.skip(f"only one Python >= 3.11 on this machine ({only}); nothing to compare")
    spec = write_spec(tmp_path, VERSION_SENSITIVE_SPEC, "version_sensitive.yaml")
    jobs: dict[str, tuple[str, dict[str, str]]] = {}
    for key, (python, version) in sorted(interpreters.items()):
        if key == sys.version_info[:2]:
            jobs[version] = (sys.executable, dict(os.environ))
        else:
            jobs[version] = (str(_venv_python(python, version)), _env())
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        logs = {
            version: pool.submit(_generate_all, executable, env, spec, tmp_path / version)
            for version, (executable, env) in jobs.items()
        }
        for version, log in logs.items():
            assert not log.result(), f"Python {version}: {log.result()}"

    versions = sorted(jobs)
    reference = _tree(tmp_path / versions[0] / "out")
    assert len(reference) > 50, "nothing generated"
    for version in versions[1:]:
        tree = _tree(tmp_path / version / "out")
        differing = sorted(
            name for name in reference.keys() | tree.keys() if reference.get(name) != tree.get(name)
        )
        assert not differing, f"Python {version} differs from {versions[0]} in {differing}"

    # The spec's version-sensitive names come out as intended, whatever the version.
    models = (tmp_path / versions[0] / "out" / "cgi" / "cgi_client" / "models.py").read_text()
    assert "class PythonFinalizationErrorModel(" in models
    assert "class EncodingWarningModel(" in models
    assert "class BaseExceptionGroupModel(" in models
    assert "    type: str" in models and "    match: " in models and "    case: " in models
    assert "type_" not in models and "match_" not in models


def test_fingerprint_names_the_python_minor_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record written by another minor version is not fresh; a patch release is."""
    (tmp_path / "openapi.yaml").write_text(json.dumps(VERSION_SENSITIVE_SPEC))
    now = freshness.fingerprint(tmp_path)
    monkeypatch.setattr(sys, "version_info", (3, 99, 0, "final", 0))
    other_minor = freshness.fingerprint(tmp_path)
    monkeypatch.setattr(sys, "version_info", (3, 99, 7, "final", 0))
    assert freshness.fingerprint(tmp_path) == other_minor != now
