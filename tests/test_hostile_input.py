"""Hostile and broken files through the real command line: each ends quickly, within a
memory cap, with a one-line error or warnings naming the place, never a traceback.

Loader-level checks of the same inputs are in test_loader.py.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, minimal_spec, write_spec

MEMORY_CAP = 1 << 30
"""1 GiB of address space for the generator process: far more than any of these needs."""


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "clientsmith", "generate", "--spec", str(spec), "--out", str(out)]
        + ["--name", "openapi"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_cap_memory,
        env={**os.environ, "CLIENTSMITH_DEBUG": "1"},
    )
    assert time.monotonic() - started < 30
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _nested_json(depth: int) -> str:
    schema = '{"properties": {"x": ' * depth + "{}" + "}}" * depth
    return (
        '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},'
        f' "components": {{"schemas": {{"Deep": {schema}}}}}}}'
    )


REFUSED = {
    "alias_bomb.yaml": (
        "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 1000) + "]\n" for i in range(1, 12)
        ),
        "YAML aliases; refusing to expand",
    ),
    "deep.json": (_nested_json(10_000), "nested too deeply"),
    "deep.yaml": (
        "openapi: 3.0.3\ncomponents: {schemas: {Deep: "
        + "{properties: {x: " * 10_000
        + "{}"
        + "}}" * 10_000
        + "}}\n",
        "nesting depth",
    ),
    "list.yaml": ("- openapi\n- 3.0.3\n", "a spec must be a mapping, got list"),
    "empty.yaml": ("\n\n", "the file is empty"),
    "scalar.json": ('"openapi"', "a spec must be a mapping, got str"),
    "no_paths.yaml": ("openapi: 3.0.3\ninfo: {title: t}\n", "not an OpenAPI document"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unusable_files_are_refused_with_one_clear_line(name: str, tmp_path: Path) -> None:
    text, message = REFUSED[name]
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert not (tmp_path / "out").exists()


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    spec = tmp_path / "huge.yaml"
    with spec.open("wb") as handle:
        handle.write(b"openapi: 3.0.3\n")
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 2
    assert f"file is {100 * 1024 * 1024} bytes; the limit is" in result.stderr


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "garbage.yaml"
    spec.write_bytes(bytes(range(256)) * 64)
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 2
    assert "not UTF-8 text" in result.stderr


def _refs(spec_dir: Path, schemas: dict[str, Any]) -> tuple[subprocess.CompletedProcess[str], Path]:
    path = write_spec(spec_dir, minimal_spec(**schemas))
    out = spec_dir.parent / "out"
    return generate(path, out), out


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("../../../../../../etc/passwd", "points outside the spec's folder"),
        ("https://example.com/schemas.yaml#/Thing", "remote reference"),
        ("http://169.254.169.254/latest/meta-data", "remote reference"),
        ("file:///etc/passwd", "remote reference"),
    ],
)
def test_refs_outside_the_spec_are_refused_and_typed_any(
    ref: str, message: str, spec_dir: Path
) -> None:
    result, out = _refs(
        spec_dir, {"Thing": {"type": "object", "properties": {"leak": {"$ref": ref}}}}
    )
    assert result.returncode == 0, result.stderr
    assert any(
        "/components/schemas/Thing/properties/leak" in line and message in line
        for line in result.stderr.splitlines()
    ), result.stderr
    models = (out / "openapi" / "models.py").read_text()
    assert "leak: Any" in models
    assert "root:" not in models  # nothing of /etc/passwd made it into the package


def test_ref_cycles_through_properties_end(spec_dir: Path) -> None:
    here = "#/components/schemas/"
    result, out = _refs(
        spec_dir,
        {
            "Node": {
                "type": "object",
                "properties": {
                    "next": {"$ref": here + "Node/properties/next"},
                    "peer": {"$ref": here + "Other/properties/back"},
                },
            },
            "Other": {
                "type": "object",
                "properties": {"back": {"$ref": here + "Node/properties/peer"}},
            },
        },
    )
    assert result.returncode == 0, result.stderr
    assert "refers back" in result.stderr
    check = subprocess.run(
        [sys.executable, "-c", "import openapi.models"],
        check=False,
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr


def test_a_json_spec_that_is_valid_but_deep_degrades_to_any(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    document = json.loads(_nested_json(500))
    document["paths"] = {
        "/x": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Deep"}}
                        },
                    }
                }
            }
        }
    }
    spec.write_text(json.dumps(document))
    result = generate(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "schema nested deeper than 64; using Any" in result.stderr
