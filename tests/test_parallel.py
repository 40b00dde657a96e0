"""Work shared out to forked processes: same results, same errors, same packages."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from clientsmith import parallel
from clientsmith.config import default_config
from clientsmith.diagnostics import Diagnostic, SpecError
from clientsmith.pipeline import PARALLEL_CHECK_BYTES, build_ir, generate

from .conftest import minimal_spec, write_spec


def _square_with_pid(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in items]


@pytest.mark.parametrize(("count", "processes"), [(0, 2), (1, 2), (7, 2), (10, 3), (5, 1)])
def test_results_come_back_in_input_order(count: int, processes: int) -> None:
    results = parallel.map_shares(_square_with_pid, list(range(count)), processes=processes)
    assert [square for square, _ in results] == [i * i for i in range(count)]
    workers = {pid for _, pid in results}
    assert len(workers) == min(count, processes) or count == 0
    if count >= 2 and processes >= 2:
        assert os.getpid() in workers  # the parent does a share too


def _fails_on_three(items: Sequence[int]) -> list[int]:
    if 3 in items:
        raise SpecError([Diagnostic("spec.yaml", "/paths/~1x", "cannot render")])
    return list(items)


def test_a_childs_spec_error_reaches_the_parent_with_its_diagnostics() -> None:
    # Item 3 goes to the first share (0, 2, 4 / 1, 3, 5 dealt in turn): a child.
    with pytest.raises(SpecError) as caught:
        parallel.map_shares(_fails_on_three, [1, 3, 5, 0, 2, 4], processes=2)
    assert caught.value.diagnostics == [Diagnostic("spec.yaml", "/paths/~1x", "cannot render")]


class _Unpicklable(Exception):
    def __init__(self, handle: object) -> None:
        super().__init__("boom")
        self.handle = handle

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot pickle")


def _fails_unpicklably(items: Sequence[int]) -> list[int]:
    if 0 in items:
        raise _Unpicklable(lambda: None)
    return list(items)


def test_an_unpicklable_failure_arrives_as_a_worker_error_with_the_traceback() -> None:
    with pytest.raises(parallel.WorkerError, match=r"(?s)_fails_unpicklably.*boom"):
        parallel.map_shares(_fails_unpicklably, [0, 1], processes=2)


def test_run_beside_returns_both_results_and_runs_side_elsewhere() -> None:
    side, main = parallel.run_beside(os.getpid, os.getpid)
    assert main == os.getpid()
    assert side != main or parallel.jobs() == 1


def test_with_other_threads_running_nothing_is_forked() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        results = parallel.map_shares(_square_with_pid, [1, 2, 3, 4], processes=2)
    finally:
        release.set()
        thread.join()
    assert {pid for _, pid in results} == {os.getpid()}


def test_jobs_follow_the_environment_and_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "3")
    assert parallel.jobs() == 3
    monkeypatch.setenv(parallel.JOBS_ENV, "nonsense")
    assert 1 <= parallel.jobs() <= 4
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert parallel.jobs() == 1  # unless asked for: the environment still wins
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    assert parallel.jobs() == 2


def test_a_large_package_is_the_same_from_one_process_or_several(
    tmp_path: Path, spec_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schemas = {
        f"Thing{i}": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "next": {"$ref": f"#/components/schemas/Thing{min(i + 1, 449)}"},
                "meta": {"type": "object", "properties": {"tag": {"type": "string"}}},
            },
        }
        for i in range(450)
    }
    spec = write_spec(spec_dir, minimal_spec(**schemas))
    config = default_config("many")
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    alone = generate(spec, config, spec.name)
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    shared = generate(spec, config, spec.name)
    assert forks, "the renderer did not share out the work"
    assert len(alone.files) > 400
    assert shared.files == alone.files
    assert shared.diagnostics == alone.diagnostics


def test_checks_beside_the_parser_report_as_if_run_before_it(
    spec_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schemas: dict[str, Any] = {
        f"Item{i}": {
            "type": "object",
            "description": "An item. " * 40,
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
        }
        for i in range(400)
    }
    # Problems for both: the checks (schema) and the parser (what it cannot express).
    schemas["Odd"] = {"allOf": [{"$ref": "#/components/schemas/Item1"}], "anyOf": [{}]}
    document = minimal_spec(**schemas)
    document["paths"]["/item0"]["get"]["parameters"] = [{"name": "q", "in": "nowhere"}]
    spec = write_spec(spec_dir, document)
    assert spec.stat().st_size > PARALLEL_CHECK_BYTES
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    alone = build_ir(spec, default_config("t"))[1]
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    beside = build_ir(spec, default_config("t"))[1]
    assert beside == alone
    messages = [d.message for d in alone]
    checked = next(i for i, m in enumerate(messages) if "is not one of" in m)
    parsed = next(i for i, m in enumerate(messages) if "unsupported location" in m)
    assert checked < parsed, messages
