"""Every Python block in each generated README runs, against Prism serving the spec."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.renderer import sample_value

from .clients import mock_spec, provider_api
from .conftest import GENERATED, PROVIDERS, prism
from .loopback import Loopback

pytestmark = pytest.mark.slow

_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_blocks(provider: str) -> list[str]:
    return _BLOCK.findall((GENERATED / provider / "README.md").read_text(encoding="utf-8"))


def streaming_blocks(provider: str) -> set[str]:
    """Blocks of the README's streaming sections: Prism cannot send event streams."""
    text = (GENERATED / provider / "README.md").read_text(encoding="utf-8")
    sections = [s for s in text.split("\n## ") if s.startswith("Streaming")]
    return {block for section in sections for block in _BLOCK.findall(section)}


def event_samples(api: ir.Api) -> list[tuple[str, re.Pattern[str], Any]]:
    """(method, path pattern, sample event) of every operation that can answer a stream."""
    definitions = {d.name: d for d in api.definitions}
    samples = []
    for op in api.operations:
        if op.success is not None and op.success.decoding == "sse":
            event_type: ir.TypeExpr | None = op.success.type
        elif op.stream is not None:
            event_type = op.stream.event_type
        else:
            continue
        event = {"any": "data"} if event_type is None else sample_value(event_type, definitions)
        pieces = re.split(r"\{[^}]+\}", op.path)
        pattern = re.compile("^" + "[^/]+".join(re.escape(p) for p in pieces) + r"(\?|$)")
        samples.append((op.method.upper(), pattern, event))
    return samples


def _event_server(provider: str) -> Loopback:
    """Answers with one server-sent event: a sample of the requested operation's event type."""
    samples = event_samples(provider_api(provider))

    def app(handler: Any) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        handler.rfile.read(length)
        event = next(e for m, p, e in samples if m == handler.command and p.match(handler.path))
        body = f"event: message\ndata: {json.dumps(event)}\n\n".encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return Loopback(app)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_readme_documents_each_runtime_topic(provider: str) -> None:
    text = (GENERATED / provider / "README.md").read_text(encoding="utf-8")
    for heading in (
        "## Authentication",
        "## Base URL, timeouts and retries",
        "## Errors",
        "## Raw responses",
    ):
        assert heading in text
    blocks = "\n".join(readme_blocks(provider))
    for needle in (
        "max_retries=",
        "timeout=",
        "except APIStatusError",
        "with_raw_response",
        "with_streaming_response",
        ".iter_lines()",
        "async with",
    ):
        assert needle in blocks, needle


@pytest.mark.parametrize("provider", PROVIDERS)
def test_readme_examples_run(provider: str, tmp_path: Path) -> None:
    api = provider_api(provider)
    env = {**os.environ, "PYTHONPATH": str(GENERATED / provider)}
    for scheme in api.security_schemes:
        if scheme.env_var:
            env[scheme.env_var] = f"test-{scheme.argument}"
    blocks = readme_blocks(provider)
    streaming = streaming_blocks(provider)
    assert len(blocks) >= 5
    with prism(mock_spec(provider, tmp_path), log=tmp_path / "prism.log") as url:
        for index, block in enumerate(blocks):
            script = tmp_path / f"block{index}.py"
            script.write_text(block, encoding="utf-8")
            with contextlib.ExitStack() as stack:
                base = (
                    stack.enter_context(_event_server(provider)).url if block in streaming else url
                )
                run = subprocess.run(
                    [sys.executable, str(script)],
                    check=False,
                    capture_output=True,
                    text=True,
                    env={**env, api.package.base_url_env or "": base},
                    timeout=120,
                )
            assert run.returncode == 0, f"README block {index} failed:\n{block}\n{run.stderr}"
            assert "server unreachable" not in run.stdout


@pytest.mark.parametrize("provider", PROVIDERS)
def test_readme_examples_pass_mypy_strict(provider: str, tmp_path: Path) -> None:
    """Every example type-checks: keyword bodies, plain dicts and return types included."""
    names = []
    for index, block in enumerate(readme_blocks(provider)):
        (tmp_path / f"block{index}.py").write_text(block, encoding="utf-8")
        names.append(f"block{index}.py")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *names],
        cwd=tmp_path,
        env={"MYPYPATH": str(GENERATED / provider), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


def test_project_readme_example_type_checks(tmp_path: Path) -> None:
    """The example on the project README's first screen is real code for the Anthropic client."""
    text = (GENERATED.parent / "README.md").read_text(encoding="utf-8")
    block = next(b for b in _BLOCK.findall(text) if "AnthropicManagedAgents" in b)
    (tmp_path / "example.py").write_text(block, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "example.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(GENERATED / "anthropic"), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


def _webhook_package(tmp_path: Path, signed: bool) -> Path:
    """The webhooks fixture, signed (its config) or with neither tags nor signing."""
    from clientsmith.config import default_config, load_config
    from clientsmith.pipeline import generate, write_tree

    from .conftest import FIXTURES, write_spec
    from .test_webhooks import _untagged_spec

    out = tmp_path / ("signed" if signed else "plain")
    if signed:
        config = load_config(FIXTURES / "webhooks")
        assert config.spec_file is not None
        result = generate(config.spec_file, config, "webhooks/openapi.yaml")
    else:
        spec = write_spec(tmp_path, _untagged_spec())
        result = generate(spec, default_config("plain_hooks"), "openapi.yaml")
    write_tree(result.files, out)
    return out


@pytest.mark.parametrize("signed", [True, False], ids=["signed", "unsigned"])
def test_webhook_readme_example_runs_and_type_checks(tmp_path: Path, signed: bool) -> None:
    """Specs with webhooks or callbacks get a README section whose example is real code."""
    out = _webhook_package(tmp_path, signed)
    text = (out / "README.md").read_text(encoding="utf-8")
    section = text.partition("## Webhooks and callbacks")[2].partition("\n## ")[0]
    blocks = _BLOCK.findall(section)
    assert len(blocks) == 1
    assert ("verify_signature" in section) is signed
    script = tmp_path / "example.py"
    script.write_text(blocks[0], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(out)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    statuses = [line for line in run.stdout.splitlines() if line.isdigit()]
    assert statuses == (["204", "401", "400"] if signed else ["204", "400"]), run.stdout
    assert "received" in run.stdout
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "example.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(out), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout
