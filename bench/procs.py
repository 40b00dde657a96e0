"""Run one command line and measure it the way a user experiences it.

Wall time covers the whole process (interpreter start, formatter subprocesses).
Peak memory is ``ru_maxrss`` from ``wait4`` on that very child, which the kernel
raises to the largest of the child and its waited-for descendants; it cannot be
spoiled by earlier, bigger children the way ``getrusage(RUSAGE_CHILDREN)`` can.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sample:
    """One run: ``status`` is ok, crashed (non-zero exit) or timeout."""

    status: str
    seconds: float
    peak_mib: float
    returncode: int
    output: str = ""
    """stdout + stderr, kept for diagnostics and output scraping."""


def run(
    command: Sequence[str],
    *,
    timeout: float,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Sample:
    """Run ``command`` in its own process group; kill the whole group on timeout."""
    with tempfile.TemporaryFile() as sink:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        _reap_group(proc.pid)
        sink.seek(0)
        output = sink.read().decode("utf-8", "replace")
    state = "timeout" if expired.is_set() else ("ok" if proc.returncode == 0 else "crashed")
    return Sample(state, seconds, usage.ru_maxrss / 1024, proc.returncode, output)


def _reap_group(pgid: int) -> None:
    """Leftover grandchildren (a formatter daemon) must not load the next run."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@dataclass
class Cell:
    """N runs of one tool on one spec, summarised as median wall time and max peak."""

    status: str = "ok"
    runs: list[float] = field(default_factory=list)
    peak_mib: float | None = None
    note: str = ""

    @property
    def seconds(self) -> float | None:
        return statistics.median(self.runs) if self.status == "ok" and self.runs else None

    def as_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "seconds": _round(self.seconds),
            "runs": [_round(r) for r in self.runs],
            "peak_mib": _round(self.peak_mib),
            "note": self.note,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def repeat(
    runs: int,
    once: Callable[[int], Sample],
    on_sample: Callable[[Sample], None] | None = None,
) -> tuple[Cell, Sample | None]:
    """Run ``once(i)`` up to ``runs`` times; a failure ends the cell (it is deterministic
    and peers can take minutes to fail). Returns the cell and the last sample."""
    cell, last = Cell(), None
    for index in range(runs):
        last = once(index)
        if on_sample is not None:
            on_sample(last)
        if last.status != "ok":
            cell.status, cell.note = last.status, tail(last.output)
            break
        cell.runs.append(last.seconds)
        cell.peak_mib = max(cell.peak_mib or 0.0, last.peak_mib)
    return cell, last


def tail(text: str, lines: int = 3, width: int = 300) -> str:
    """The last non-blank lines of some output: usually the error."""
    kept = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    return " | ".join(kept)[-width:]
