"""Re-running ``make generate`` with nothing changed: run it twice, time the second.

It runs in a scratch copy of the repository's Makefile, ``specs/`` and ``generated/``
(the generator reads and writes relative to the working folder), so measuring never
rewrites the working tree's ``generated/`` while someone is editing the generator.
``-o`` keeps make from reinstalling the venv from the scratch copy.
"""

from __future__ import annotations

import hashlib
import shutil
import statistics
from pathlib import Path
from typing import Any

from bench.procs import run, tail

COPIED = ("Makefile", "pyproject.toml", "specs", "generated")


def _snapshot(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def bench_regen(repo: Path, work: Path, venv: Path, runs: int, timeout: float) -> dict[str, Any]:
    scratch = work / "regen"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for name in COPIED:
        source = repo / name
        if source.is_dir():
            shutil.copytree(source, scratch / name, symlinks=True)
        elif source.is_file():
            shutil.copy2(source, scratch / name)
    line = ["make", "-s", "-C", str(scratch), f"VENV={venv}", "-o", f"{venv}/.installed"]
    line.append("generate")
    first = run(line, timeout=timeout)
    result: dict[str, Any] = {"first_seconds": round(first.seconds, 3), "status": first.status}
    if first.status != "ok":
        return result | {"seconds": None, "note": tail(first.output)}
    before = _snapshot(scratch / "generated")
    again = []
    for _ in range(runs):
        sample = run(line, timeout=timeout)
        if sample.status != "ok":
            return result | {"status": sample.status, "seconds": None, "note": tail(sample.output)}
        again.append(sample.seconds)
    return result | {
        "seconds": round(statistics.median(again), 3),
        "runs": [round(s, 3) for s in again],
        "unchanged_output": _snapshot(scratch / "generated") == before,
    }
