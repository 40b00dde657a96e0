"""Fresh virtual environments for install tests: no clientsmith, no generated packages."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

RUNTIME_DEPENDENCIES = ("httpx==0.28.1", "pydantic==2.14.4")
"""What a generated package needs (pinned like the dev extras, so pip can reuse its cache)."""


def fresh_venv(folder: Path, *requirements: str) -> Path:
    """Create a venv without pip (this interpreter's pip installs into it); return its python."""
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    if requirements:
        pip_install(python, *requirements)
    return python


def pip_install(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *args],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


MOCK_CALLS = '''
import json
import httpx

seen = []


def transport(routes):
    """An httpx transport answering ``{(method, path): json body}`` and recording requests."""

    def handle(request):
        seen.append(request)
        body = routes.get((request.method, request.url.path))
        if body is None:
            return httpx.Response(404, json={"error": "no route"})
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handle)


AGENT = {
    "id": "agent_1",
    "name": "support",
    "created_at": "2025-01-02T03:04:05Z",
    "updated_at": "2025-01-02T03:04:05Z",
    "tts_voice": "v",
    "tts_language": "en",
    "has_text_to_agent_run": False,
    "deployment_count": 2,
}
SERVICES = {"services": [{"id": "svc_1", "name": "voice-starter", "region": "us-west"}]}
'''
"""Helpers for scripts run inside fresh venvs: canned responses for two providers' calls."""
