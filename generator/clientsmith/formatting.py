"""Formatting generated Python with one ``ruff format`` process for the whole package."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from .diagnostics import Diagnostic, SpecError

LINE_LENGTH = 100
FIX_RULES = "I001,F401,RUF022"
"""Unsorted imports, unused imports, unsorted ``__all__``."""


def ruff_binary() -> str:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        return "ruff"


def _ruff(command: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ruff on generated code with fixed settings, ignoring any user configuration."""
    return subprocess.run(
        [
            ruff_binary(),
            command,
            *map(str, args[:-1]),
            "--no-cache",
            "--isolated",
            "--line-length",
            str(LINE_LENGTH),
            "--target-version",
            "py310",
            "--quiet",
            str(args[-1]),
        ],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )


def _scratch_dir() -> str | None:
    """A memory-backed folder when there is one: thousands of small files are written and
    deleted per run, which costs seconds on a disk-backed /tmp."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """Return ``files`` with every ``.py`` entry formatted (black-compatible style)."""
    python = {name: text for name, text in files.items() if name.endswith((".py", ".pyi"))}
    if not python:
        return dict(files)
    with tempfile.TemporaryDirectory(prefix="clientsmith-fmt-", dir=_scratch_dir()) as tmp:
        root = Path(tmp)
        for name, text in python.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        # Only mechanical fixes (sorted imports and __all__, an import a template could not
        # know was unused); selecting just those rules saves a third of the check's time.
        _ruff("check", "--fix", "--exit-zero", "--select", FIX_RULES, root)
        result = _ruff("format", root)
        if result.returncode != 0:
            message = (result.stderr or result.stdout).replace(str(root) + os.sep, "")
            raise SpecError(
                [
                    Diagnostic(
                        "<generated>", "", "generated code failed to format: " + message[:2000]
                    )
                ]
            )
        formatted = dict(files)
        for name in python:
            formatted[name] = (root / name).read_text(encoding="utf-8")
        return formatted
