"""Work split across forked processes: how a big spec uses both cores of a small machine.

Forking shares the parsed spec and the IR with the children for free (copy-on-write),
so only results travel back, pickled through a pipe. Results come back in input order,
so the output is identical whatever the number of processes. Where forking is not
available or not safe (no ``os.fork``, other threads running) everything runs here.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

JOBS_ENV = "CLIENTSMITH_JOBS"
"""Number of processes to use (default on Linux: the CPUs this process may run on, at most
4; elsewhere 1)."""


class WorkerError(RuntimeError):
    """A forked worker failed; the message carries its traceback."""


def jobs() -> int:
    """How many processes may work at once: ``$CLIENTSMITH_JOBS``, else the CPU count on
    Linux and 1 elsewhere (forking is not safe with every system library on macOS)."""
    configured = os.environ.get(JOBS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if not sys.platform.startswith("linux"):
        return 1
    try:
        available = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        available = os.cpu_count() or 1
    return max(1, min(available, 4))


def can_fork() -> bool:
    """Forking a process with other threads running can deadlock the child."""
    return hasattr(os, "fork") and threading.active_count() == 1


def map_shares(
    work: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, processes: int | None = None
) -> list[R]:
    """``work`` over ``items`` shared out between processes; results in input order.

    ``work`` takes a share and returns one result per item. Shares are dealt out in
    turn (item i to process i mod n), so runs of heavy items spread evenly. The last
    share runs in this process, the others in forked children.
    """
    count = min(processes or jobs(), len(items))
    if count <= 1 or not can_fork():
        return work(items)
    shares = [items[i::count] for i in range(count)]
    children = [_spawn(work, share) for share in shares[:-1]]
    try:
        own = work(shares[-1])
    except BaseException:
        _discard(children)
        raise
    gathered: list[list[R]] = [_collect(pid, reader) for pid, reader in children]
    gathered.append(own)
    results: list[R] = [None] * len(items)  # type: ignore[list-item]
    for index, part in enumerate(gathered):
        results[index::count] = part
    return results


def run_beside(side: Callable[[], R], main: Callable[[], T]) -> tuple[R, T]:
    """``side()`` in a forked child while ``main()`` runs here; both results."""
    if jobs() <= 1 or not can_fork():
        return side(), main()
    child = _spawn(lambda _: [side()], [None])
    try:
        own = main()
    except BaseException:
        _discard([child])
        raise
    answer: list[R] = _collect(*child)
    (other,) = answer
    return other, own


def _spawn(work: Callable[[Sequence[T]], list[R]], chunk: Sequence[T]) -> tuple[int, int]:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, send the result, never return into the caller
        os.close(reader)
        status = 0
        try:
            payload = pickle.dumps((True, work(chunk)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # noqa: BLE001 - everything must reach the parent
            payload = _failure(error)
            status = 1
        try:
            with os.fdopen(writer, "wb") as stream:
                stream.write(payload)
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _collect(pid: int, reader: int) -> list[Any]:
    """Read the child's whole answer before waiting for it (a full pipe would block it)."""
    with os.fdopen(reader, "rb") as stream:
        payload = stream.read()
    os.waitpid(pid, 0)
    if not payload:
        raise WorkerError("a worker process ended without an answer")
    ok, value = pickle.loads(payload)
    if not ok:
        raise value
    result: list[Any] = value
    return result


def _discard(children: list[tuple[int, int]]) -> None:
    """Wait for children whose answers no longer matter (this process is failing)."""
    for pid, reader in children:
        try:
            _collect(pid, reader)
        except Exception:  # noqa: BLE001, S110 - the error already raised wins
            pass


def _failure(error: BaseException) -> bytes:
    """The child's exception itself when it pickles (a SpecError keeps its diagnostics),
    else a WorkerError carrying the traceback."""
    try:
        payload = pickle.dumps((False, error), protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(payload)
        return payload
    except Exception:  # noqa: BLE001 - any pickling problem
        text = "".join(traceback.format_exception(error))
        return pickle.dumps((False, WorkerError(f"a worker process failed:\n{text}")))
