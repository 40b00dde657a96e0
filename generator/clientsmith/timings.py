"""Wall time per stage of a ``generate`` run, shown by ``generate --timings``.

Large specs spend their time in a few stages (parsing, rendering, formatting, writing);
users and the benchmark see which one without a profiler.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Timings:
    """Seconds per stage, in the order the stages first ran; a repeated stage adds up."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - started

    def summary(self) -> str:
        parts = [f"{name} {seconds:.2f} s" for name, seconds in self.stages.items()]
        return ", ".join([*parts, f"total {sum(self.stages.values()):.2f} s"])
