"""Every Python block in each generated README runs, against Prism serving the spec."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .clients import provider_api
from .conftest import GENERATED, PROVIDERS, SPECS, prism

pytestmark = pytest.mark.slow

_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_blocks(provider: str) -> list[str]:
    return _BLOCK.findall((GENERATED / provider / "README.md").read_text(encoding="utf-8"))


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
    assert len(blocks) >= 5
    with prism(SPECS / provider / "openapi.yaml", log=tmp_path / "prism.log") as url:
        env[api.package.base_url_env or ""] = url
        for index, block in enumerate(blocks):
            script = tmp_path / f"block{index}.py"
            script.write_text(block, encoding="utf-8")
            run = subprocess.run(
                [sys.executable, str(script)],
                check=False,
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert run.returncode == 0, f"README block {index} failed:\n{block}\n{run.stderr}"
            assert "server unreachable" not in run.stdout
