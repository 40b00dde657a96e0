"""Building, checking and uploading provider packages (sdist + wheel) with build and twine.

Builds run ``python -m build --no-isolation`` with the hatchling pinned in clientsmith's
dev extras: no network, the same backend every time. Every wheel is installed into a
fresh virtual environment and imported before it counts as built. Uploads go through
twine; a version the index already has is reported plainly (indexes refuse to replace
files, and twine's own message for that is often just "400 Bad Request").
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import venv
from dataclasses import dataclass
from pathlib import Path

from .config import Config

TOOLS = {"build": "build", "twine": "twine", "hatchling": "hatchling"}
"""Modules packaging needs -> the distribution that provides them."""

_KNOWN_INDEXES = {
    "https://upload.pypi.org/legacy/": "https://pypi.org/simple/",
    "https://test.pypi.org/legacy/": "https://test.pypi.org/simple/",
}


class PublishError(Exception):
    """Packaging or uploading failed; the message says why and what to do."""


@dataclass(frozen=True)
class Built:
    provider: str
    files: tuple[Path, ...]

    @property
    def wheel(self) -> Path:
        return next(f for f in self.files if f.suffix == ".whl")


def require_tools() -> None:
    missing = [dist for module, dist in TOOLS.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise PublishError(
            f"missing {', '.join(missing)}: install clientsmith's dev extras"
            f" (pip install -e '.[dev]') or `pip install {' '.join(missing)}`"
        )


def _run(command: list[str], what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        tail = "\n".join(output[-15:])
        raise PublishError(f"{what} failed (exit {result.returncode}):\n{tail}")
    return result


def build(project: Path, out: Path, provider: str) -> Built:
    """sdist and wheel of one generated package into ``out`` (emptied first)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    _run(
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(project),
        ],
        f"{provider}: python -m build",
    )
    files = tuple(sorted([*out.glob("*.whl"), *out.glob("*.tar.gz")]))
    if len(files) != 2:
        raise PublishError(f"{provider}: expected one sdist and one wheel in {out}")
    return Built(provider, files)


def twine_check(built: Built) -> None:
    _run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built.files)],
        f"{built.provider}: twine check",
    )


def verify_install(built: Built, config: Config) -> None:
    """Install the wheel into a fresh venv (dependencies from the configured index), import it."""
    with tempfile.TemporaryDirectory(prefix=f"clientsmith-{built.provider}-") as tmp:
        env = Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=False).create(env)
        python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        _run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--quiet",
                "--disable-pip-version-check",
                str(built.wheel),
            ],
            f"{built.provider}: pip install into a fresh venv",
        )
        script = (
            f"import {config.import_name} as p\n"
            f"assert p.__version__ == {config.version!r}, p.__version__\n"
            f"assert callable(p.{config.client_class})\n"
        )
        result = subprocess.run(
            [str(python), "-c", script], capture_output=True, text=True, check=False, cwd=tmp
        )
        if result.returncode != 0:
            raise PublishError(
                f"{built.provider}: the installed wheel does not import:\n{result.stderr.strip()}"
            )


def index_for(repository_url: str) -> str:
    """The simple index that lists what ``repository_url`` accepted (PEP 503)."""
    known = _KNOWN_INDEXES.get(repository_url.rstrip("/") + "/")
    return known or repository_url.rstrip("/") + "/simple/"


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def already_published(built: Built, distribution: str, index_url: str) -> list[str]:
    """File names of ``built`` that the index already lists (empty when unknown)."""
    url = index_url.rstrip("/") + f"/{normalize(distribution)}/"
    if not url.startswith(("http://", "https://")):
        return []
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            page = response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError, ValueError):
        return []  # not listed, or the index cannot be read: the upload itself will tell
    return [f.name for f in built.files if f.name in page]


def upload(built: Built, repository_url: str) -> None:
    """twine upload; credentials come from TWINE_USERNAME/TWINE_PASSWORD (or keyring)."""
    command = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *map(str, built.files),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return
    output = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", result.stdout + result.stderr)
    if re.search(r"already exists|\b409\b|\b400 Bad Request\b", output, re.IGNORECASE):
        raise PublishError(
            f"{built.provider}: {repository_url} refused the upload; it most likely already has"
            " this version (package indexes never replace a file). Release a new version with"
            f" `clientsmith release {built.provider}` and publish that.\ntwine said: "
            + " ".join(output.split())[-300:]
        )
    raise PublishError(f"{built.provider}: twine upload failed:\n{output.strip()}")
