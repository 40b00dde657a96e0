"""Shared fixtures: repository paths, small spec files, and Prism mock servers."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
FIXTURES = Path(__file__).parent / "fixtures"
PROVIDERS = sorted(p.parent.name for p in SPECS.glob("*/clientsmith.toml"))
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def write_spec(folder: Path, document: dict[str, Any], name: str = "openapi.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def minimal_spec(**components: Any) -> dict[str, Any]:
    """A valid 3.1 document with one GET operation per named response schema."""
    paths = {}
    for name in components:
        paths[f"/{name.lower()}"] = {
            "get": {
                "operationId": f"get{name}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Test", "version": "1"},
        "paths": paths,
        "components": {"schemas": components},
    }


def run_cli(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientsmith", *args],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def prism(
    spec: Path, *, dynamic: bool = False, errors: bool = True, log: Path | None = None
) -> Iterator[str]:
    """Run Prism on a free loopback port for ``spec``; yield its base URL.

    With ``errors`` Prism answers a request that breaks the spec with an error status.
    """
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run `make test` (it runs npm ci)")
    port = free_port()
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port)]
    if errors:
        command.append("--errors")
    if dynamic:
        command.append("--dynamic")
    command.append(str(spec))
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited early for {spec}")
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Prism did not start for {spec}")
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=10)
        if log:
            out.close()  # type: ignore[union-attr]


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def node_available() -> bool:
    return shutil.which("node") is not None


from .runtime_fixture import rt  # noqa: F401 - registers the session fixture
