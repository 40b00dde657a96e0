"""Skipping regeneration when nothing that shapes a package has changed.

``make generate`` on an unchanged tree should cost a fraction of a second. A provider is
fresh when a fingerprint of its inputs (the provider folder, the templates, the
generator's own source, formatter versions and the Python major.minor) and a digest of
its output folder both match what was recorded after the last real generation. This
module imports nothing heavy, so the check runs before the generator itself is loaded.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

CACHE_DIR = Path(".cache") / "clientsmith"
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
"""Folders tools leave inside a package (a `make lint` run): never part of its output."""


def is_output_file(path: Path) -> bool:
    return path.is_file() and not TOOL_CACHES.intersection(path.parts)


_SOURCE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """Templates ship inside the wheel; in a source checkout they sit at the repo root."""
    packaged = _SOURCE / "templates"
    return packaged if packaged.is_dir() else _SOURCE.parents[1] / "templates"


def _files(folder: Path) -> Iterable[Path]:
    return sorted(p for p in folder.rglob("*") if is_output_file(p))


def _digest(folders: Iterable[Path], extra: str = "") -> str:
    hasher = hashlib.sha256(extra.encode())
    for folder in folders:
        for path in _files(folder):
            hasher.update(str(path.relative_to(folder)).encode() + b"\0")
            hasher.update(path.read_bytes() + b"\0")
    return hasher.hexdigest()


def _tool_versions() -> str:
    versions = []
    for tool in ("ruff", "black", "jinja2"):
        try:
            versions.append(f"{tool}={metadata.version(tool)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{tool}=none")
    return ",".join(versions)


def _python_version() -> str:
    """``python=3.13``: names no longer depend on the interpreter (see ``pynames``), but
    some of its behaviour still can (``unicodedata`` follows a newer Unicode release in each
    minor version, which decides how non-ASCII names are spelt). Switching interpreters
    therefore costs one real generation instead of risking an "up to date" that
    ``clientsmith check`` would contradict."""
    return "python={}.{}".format(*sys.version_info[:2])


def fingerprint(provider_folder: Path) -> str:
    """Everything that decides what a provider's package contains."""
    return _digest(
        [provider_folder, templates_dir(), _SOURCE], f"{_tool_versions()},{_python_version()}"
    )


def _record_path(provider: str) -> Path:
    return CACHE_DIR / f"{provider}.json"


def is_fresh(provider: str, provider_folder: Path, out_dir: Path) -> bool:
    try:
        recorded = json.loads(_record_path(provider).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(recorded, dict)
        and recorded.get("inputs") == fingerprint(provider_folder)
        and out_dir.is_dir()
        and recorded.get("output") == _digest([out_dir])
    )


def record(provider: str, provider_folder: Path, out_dir: Path) -> None:
    """Remember this generation; a cache that cannot be written is simply not used."""
    data = {"inputs": fingerprint(provider_folder), "output": _digest([out_dir])}
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        _record_path(provider).write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        pass
