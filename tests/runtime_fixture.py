"""Generate tests/fixtures/runtime.yaml into a temporary package once per test session."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from clientsmith.config import default_config
from clientsmith.pipeline import generate, write_tree

from .conftest import FIXTURES

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``runtime_fixture`` package, imported."""
    out = tmp_path_factory.mktemp("runtime_pkg")
    result = generate(FIXTURES / "runtime.yaml", default_config("runtime_fixture"), "runtime.yaml")
    write_tree(result.files, out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("runtime_fixture")
    finally:
        sys.path.remove(str(out))


class Recorder:
    """A MockTransport handler that replays queued responses and records requests."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.queue = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.queue.pop(0) if len(self.queue) > 1 else self.queue[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)
        return item


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


ITEM = {"id": "i1", "color": "red", "created_at": "2024-01-02T03:04:05Z"}
