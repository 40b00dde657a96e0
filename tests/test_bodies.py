"""Keyword request bodies, typed returns and forward-compatible responses, on the wire.

Every behaviour runs through the sync and the async client (``run`` drives either).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from clientsmith.config import default_config
from clientsmith.pipeline import generate, write_tree

from .conftest import FIXTURES
from .runtime_fixture import Recorder, json_response

WIDGET = {"id": "w1", "displayName": "Gear", "note": None}
MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bodies_pkg")
    result = generate(FIXTURES / "bodies.yaml", default_config("bodies"), "bodies.yaml")
    write_tree(result.files, out)
    return out


@pytest.fixture(scope="module")
def bd(package_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_dir))
    try:
        yield importlib.import_module("bodies")
    finally:
        sys.path.remove(str(package_dir))


def make(bd: ModuleType, mode: str, handler: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        client = bd.Bodies(
            http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
        )
        client._sleep = lambda seconds: None
        return client
    client = bd.AsyncBodies(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs
    )

    async def sleep(seconds: float) -> None:
        return None

    client._sleep = sleep
    return client


def run(value: Any) -> Any:
    """The result of a sync call, or of an async call's coroutine."""
    if asyncio.iscoroutine(value):
        return asyncio.run(value)
    return value


def sent(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.mark.parametrize("mode", MODES)
def test_keyword_bodies_use_wire_names_and_leave_out_what_was_not_given(
    bd: ModuleType, mode: str
) -> None:
    rec = Recorder(json_response(201, WIDGET))
    client = make(bd, mode, rec)
    run(
        client.widgets.create(
            display_name="Gear",
            config={"region": "eu", "size-class": "xl", "limits": {"cpu": 2}},
            note=None,
            starts_at=dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
            tags=("a", "b"),
        )
    )
    run(client.widgets.create(display_name="Plain", config=bd.models.Config(region="us")))
    assert sent(rec.requests[0]) == {
        "displayName": "Gear",
        "config": {"region": "eu", "size-class": "xl", "limits": {"cpu": 2}},
        "note": None,
        "starts_at": "2025-01-02T03:04:05Z",
        "tags": ["a", "b"],
    }
    assert sent(rec.requests[1]) == {"displayName": "Plain", "config": {"region": "us"}}
    assert rec.requests[0].headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_joins_and_whole_bodies_stay_one_argument(bd: ModuleType, mode: str) -> None:
    rec = Recorder(json_response(201, WIDGET), json_response(200, ["x", "y"]))
    client = make(bd, mode, rec)
    run(client.widgets.create(display_name="G", extra_body={"beta_field": 1}))
    tags = run(client.widgets.replace_tags("w1", body=["x", "y"]))
    assert sent(rec.requests[0]) == {"displayName": "G", "beta_field": 1}
    assert sent(rec.requests[1]) == ["x", "y"]
    assert tags == ["x", "y"]


@pytest.mark.parametrize("mode", MODES)
def test_idempotency_key_is_one_per_call_and_reused_by_retries(bd: ModuleType, mode: str) -> None:
    rec = Recorder(
        httpx.Response(500),
        json_response(201, WIDGET),
        json_response(201, WIDGET),
        json_response(201, WIDGET),
        json_response(200, WIDGET),
    )
    client = make(bd, mode, rec)
    run(client.widgets.create(display_name="G"))
    run(client.widgets.create(display_name="G"))
    run(client.widgets.create(display_name="G", idempotency_key="mine"))
    run(client.widgets.retrieve("w1"))
    keys = [r.headers.get("Idempotency-Key") for r in rec.requests]
    assert keys[0] and keys[0] == keys[1], "a retry must reuse its call's key"
    assert keys[2] and keys[2] != keys[0], "a new call gets a new key"
    assert keys[3] == "mine"
    assert keys[4] is None, "GET carries no idempotency key"


@pytest.mark.parametrize("mode", MODES)
def test_with_options_is_a_copy_sharing_the_pool(bd: ModuleType, mode: str) -> None:
    rec = Recorder(httpx.Response(500))
    client = make(bd, mode, rec)
    widgets = client.widgets
    other = client.with_options(
        timeout=1.5, max_retries=0, default_headers={"X-Team": "a"}, base_url="https://o.test/v2"
    )
    assert other._http is client._http
    assert other.widgets is not widgets and client.widgets is widgets
    with pytest.raises(bd.InternalServerError):
        run(other.widgets.delete("w1"))
    assert len(rec.requests) == 1, "max_retries=0 on the copy only"
    request = rec.requests[0]
    assert request.headers["X-Team"] == "a"
    assert str(request.url) == "https://o.test/v2/widgets/w1"
    assert request.extensions["timeout"]["read"] == 1.5
    with pytest.raises(bd.InternalServerError):
        run(client.widgets.delete("w1"))
    assert len(rec.requests) == 4, "the original still retries twice"
    assert "X-Team" not in rec.requests[1].headers
    assert client.max_retries == 2 and client.timeout.read == 60.0
    run(other.close())
    assert not client._http.is_closed, "closing the copy leaves the shared pool open"


@pytest.mark.parametrize("mode", MODES)
def test_offset_pages_advance_by_items_received_whatever_the_server_echoes(
    bd: ModuleType, mode: str
) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        items = [{**WIDGET, "id": f"w{i}"} for i in range(offset, min(offset + 2, 5))]
        return json_response(200, {"data": items, "offset": 0})  # echoes a wrong offset

    rec = Recorder(page)
    client = make(bd, mode, rec)
    if mode == "sync":
        ids = [w.id for w in client.widgets.list(limit=2)]
    else:

        async def collect() -> list[str]:
            return [w.id async for w in client.widgets.list(limit=2)]

        ids = asyncio.run(collect())
    assert ids == ["w0", "w1", "w2", "w3", "w4"]
    assert [r.url.params.get("offset") for r in rec.requests] == [None, "2", "4"]


@pytest.mark.parametrize("mode", MODES)
def test_the_last_page_raises_a_plain_error_not_stop_iteration(bd: ModuleType, mode: str) -> None:
    rec = Recorder(json_response(200, {"data": [], "offset": 0}))
    client = make(bd, mode, rec)
    first = (
        run(client.widgets.list()) if mode == "sync" else asyncio.run(_await(client.widgets.list()))
    )
    assert not first.has_next_page()
    with pytest.raises(bd.LastPageError):
        run(first.get_next_page())


async def _await(value: Any) -> Any:
    return await value


@pytest.mark.parametrize("mode", MODES)
def test_unknown_variants_and_missing_nullable_fields_parse(bd: ModuleType, mode: str) -> None:
    body = {"id": "w1", "displayName": "G", "paused_reason": {"type": "quota", "limit": 3}}
    rec = Recorder(json_response(200, body))
    widget = run(make(bd, mode, rec).widgets.retrieve("w1"))
    assert widget.note is None, "a nullable field that is missing parses as None"
    assert isinstance(widget.paused_reason, bd.UnknownVariant)
    assert widget.paused_reason.model_extra == {"type": "quota", "limit": 3}
    known = run(
        make(
            bd, mode, Recorder(json_response(200, {"type": "error", "message": "m"}))
        ).widgets.pause("w1")
    )
    assert isinstance(known, bd.models.ErrorPause) and known.message == "m"
    strict = make(bd, mode, rec, strict_response_validation=True)
    with pytest.raises(bd.APIResponseValidationError, match="unknown union variant"):
        run(strict.widgets.retrieve("w1"))


def test_write_only_fields_never_appear_on_response_models(bd: ModuleType) -> None:
    assert "secret" not in bd.models.Widget.model_fields
    params = importlib.import_module("bodies.params")
    assert "region" in params.ConfigParam.__annotations__
    create = inspect.signature(
        importlib.import_module("bodies.resources.widgets").WidgetsResource.create
    )
    assert "display_name" in create.parameters
    assert "id" not in create.parameters, "a readOnly property is never a request input"


USAGE = """
import datetime as dt

from bodies import AsyncBodies, Bodies, SyncOffsetPage, models


def use(client: Bodies) -> None:
    widget: models.Widget = client.widgets.create(
        display_name="Gear",
        config={"region": "eu", "size-class": "xl", "limits": {"cpu": 2}},
        kind="round",
        note=None,
        starts_at=dt.datetime.now(),
        tags=["a"],
    )
    client.widgets.create(display_name="x", starts_at="2025-01-01T00:00:00Z")
    tags: list[str] = client.widgets.replace_tags("w1", body=["a"])
    page: SyncOffsetPage[models.Widget] = client.widgets.list(limit=2)
    for item in page:
        print(item.display_name)
    reason: models.PausedReason = client.widgets.pause("w1", reason={"type": "manual", "by": "me"})
    client.widgets.delete("w1")
    print(widget, tags, reason)


async def use_async(client: AsyncBodies) -> None:
    widget: models.Widget = await client.widgets.create(display_name="Gear")
    async for item in client.widgets.list():
        print(item.id)
    print(widget)
"""

WRONG = {
    "unknown nested key": 'client.widgets.create(display_name="x", config={"regoin": "eu"})',
    "missing required nested key": 'client.widgets.create(display_name="x", config={})',
    "unknown keyword": 'client.widgets.create(display_name="x", colour="red")',
    "enum value": 'client.widgets.create(display_name="x", kind="oval")',
    "missing required keyword": "client.widgets.create()",
    "wrong return type": 'n: int = client.widgets.retrieve("w1")',
}


@pytest.mark.slow
def test_plain_dict_calls_type_check_and_mistakes_do_not(package_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE, encoding="utf-8")
    for index, line in enumerate(WRONG.values()):
        (tmp_path / f"wrong_{index}.py").write_text(
            f"from bodies import Bodies\n\n\ndef use(client: Bodies) -> None:\n    {line}\n",
            encoding="utf-8",
        )
    names = ["usage.py", *(f"wrong_{index}.py" for index in range(len(WRONG)))]
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *names],
        cwd=tmp_path,
        env={"MYPYPATH": str(package_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if e.startswith("usage.py")], checked.stdout
    for index, what in enumerate(WRONG):
        assert any(e.startswith(f"wrong_{index}.py") for e in errors), (what, checked.stdout)


class _Dropping(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends some bytes, then breaks like a dropped connection."""

    def __init__(self, chunk: bytes) -> None:
        self.chunk = chunk

    def __iter__(self) -> Iterator[bytes]:
        yield self.chunk
        raise httpx.RemoteProtocolError("peer closed connection")

    async def __aiter__(self) -> Any:
        yield self.chunk
        raise httpx.RemoteProtocolError("peer closed connection")


@pytest.mark.parametrize("mode", MODES)
def test_get_streams_reconnect_with_last_event_id(bd: ModuleType, mode: str) -> None:
    first = b'id: e1\nretry: 10\ndata: {"type": "manual", "by": "a"}\n\n'
    rest = b'id: e2\ndata: {"type": "error", "message": "m"}\n\n'

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/event-stream"}
        if "last-event-id" not in request.headers:
            return httpx.Response(200, headers=headers, stream=_Dropping(first))
        return httpx.Response(200, headers=headers, content=rest)

    rec = Recorder(handler)
    client = make(bd, mode, rec)
    if mode == "sync":
        with client.widgets.stream_events("w1", reconnect=True) as stream:
            events = list(stream)
    else:

        async def collect() -> list[Any]:
            async with await client.widgets.stream_events("w1", reconnect=True) as stream:
                return [event async for event in stream]

        events = asyncio.run(collect())
    assert [type(e).__name__ for e in events] == ["ManualPause", "ErrorPause"]
    assert [r.headers.get("last-event-id") for r in rec.requests] == [None, "e1"]
    assert rec.requests[0].headers["accept"] == "text/event-stream"
