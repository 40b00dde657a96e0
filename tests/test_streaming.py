"""Server-sent events and binary bodies: the generated runtime against a real loopback server.

Every behaviour runs through a real ``httpx.Client`` and ``httpx.AsyncClient``;
ordering is synchronised with ``threading.Event`` (waits are bounded, never asserted
on time), and memory is measured in a subprocess.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .loopback import (
    WAIT,
    Flags,
    Loopback,
    drop,
    end_chunked,
    send_chunk,
    start_chunked,
    wait_for_disconnect,
)

MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def sse(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{rt.__name__}._streaming")


@pytest.fixture(scope="module")
def errors(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{rt.__name__}._exceptions")


@pytest.fixture(scope="module")
def binary(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{rt.__name__}._binary")


class Item(pydantic.BaseModel):
    n: int
    text: str = ""


# ------------------------------------------------------------------ decoder

SPEC_STREAM = (
    "\ufeff: a comment\n"
    "data: first\n"
    "data:second line\n"
    "\n"
    "event: update\r\n"
    "id: 7\r\n"
    "data:  two leading spaces\r\n"
    "\r\n"
    "data\r"
    "data\r"
    "\r"
    "id: bad\0id\n"
    "retry: 12a\n"
    "retry: \u0661\u0662\n"
    "retry: 2500\n"
    "data: caf\u00e9 \u20ac \U0001f600\n"
    "\n"
    "event: no data, not dispatched\n"
    "id: 8\n"
    "\n"
    "data: after\n"
    "unknown: field\n"
    "\n"
    "id\n"
    "data: no id\n"
    "\n"
    "data: cut off by the end of the stream"
).encode()


def spec_events(sse: ModuleType) -> list[Any]:
    event = sse.ServerSentEvent
    return [
        event(event=None, data="first\nsecond line", id=None, retry=None),
        event(event="update", data=" two leading spaces", id="7", retry=None),
        event(event=None, data="\n", id="7", retry=None),
        event(event=None, data="caf\u00e9 \u20ac \U0001f600", id="7", retry=2500),
        event(event=None, data="after", id="8", retry=None),
        event(event=None, data="no id", id=None, retry=None),
    ]


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = [0, *sorted(c % (len(data) + 1) for c in cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(points)]


def test_decoder_follows_the_spec(sse: ModuleType) -> None:
    assert list(sse.iter_events([SPEC_STREAM])) == spec_events(sse)


def test_decoder_accepts_a_split_at_every_byte(sse: ModuleType) -> None:
    expected = spec_events(sse)
    for i in range(len(SPEC_STREAM) + 1):
        assert list(sse.iter_events(chunked(SPEC_STREAM, [i]))) == expected, i
    one_by_one = [SPEC_STREAM[i : i + 1] for i in range(len(SPEC_STREAM))]
    assert list(sse.iter_events(one_by_one)) == expected


def test_decoder_accepts_any_two_close_splits(sse: ModuleType) -> None:
    expected = spec_events(sse)
    size = len(SPEC_STREAM)
    for i in range(size + 1):
        for j in range(i, min(i + 16, size) + 1):
            assert list(sse.iter_events(chunked(SPEC_STREAM, [i, j]))) == expected, (i, j)


def test_decoder_async_twin(sse: ModuleType) -> None:
    async def chunks() -> Any:
        for byte in range(len(SPEC_STREAM)):
            yield SPEC_STREAM[byte : byte + 1]

    async def main() -> list[Any]:
        return [event async for event in sse.aiter_events(chunks())]

    assert asyncio.run(main()) == spec_events(sse)


def test_decoder_bom_line_ends_and_dispatch(sse: ModuleType) -> None:
    def events(*chunks: bytes) -> list[Any]:
        return list(sse.iter_events(chunks))

    event = sse.ServerSentEvent
    # Only one leading BOM is dropped; a second one is part of the field name.
    assert events(b"\xef\xbb", b"\xbfdata: x\n\n") == [event(data="x")]
    assert events("\ufeff\ufeffdata: x\n\n".encode()) == []
    assert events("data: x\n\ufeffdata: y\n\n".encode()) == [event(data="x")]  # only at the start
    # CR then LF in the next chunk is one line end, not a blank line.
    assert events(b"data: a\r", b"\ndata: b\r", b"\n", b"\r\n") == [event(data="a\nb")]
    assert events(b"data: a\r\r") == [event(data="a")]
    assert events(b"data: a\n\n", b"data: b\n") == [event(data="a")]
    assert events(b"data:\n\n") == [event(data="")]
    assert events(b"event: x\n\ndata: y\n\n") == [event(data="y")]
    assert events(b"retry: \n", b"retry: 10\nretry: x\ndata: y\n\n") == [event(data="y", retry=10)]
    assert events(b"data: \xff\xfe\n\n") == [event(data="\ufffd\ufffd")]


def test_decoder_remembers_last_id_and_retry(sse: ModuleType) -> None:
    decoder = sse.SSEDecoder()
    assert decoder.feed(b"retry: 3000\nid: 5\ndata: a\n\nid: 6\ndata: part") == [
        sse.ServerSentEvent(data="a", id="5", retry=3000)
    ]
    assert (decoder.last_event_id, decoder.retry) == ("5", 3000)
    decoder.discard_partial()
    assert decoder.feed(b"ial\n\ndata: b\n\n") == [sse.ServerSentEvent(data="b", id="5")]


line_text = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\0", blacklist_categories=("Cs",)),
    max_size=8,
)
blocks = st.lists(
    st.tuples(
        st.none() | line_text,
        st.lists(line_text, min_size=1, max_size=3),
        st.none() | line_text,
        st.sampled_from(["\n", "\r", "\r\n"]),
    ),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(blocks=blocks, cuts=st.lists(st.integers(min_value=0), max_size=8))
def test_decoder_on_generated_streams(sse: ModuleType, blocks: Any, cuts: list[int]) -> None:
    text, expected, last_id = "", [], None
    for name, data, event_id, end in blocks:
        lines = [f"data: {value}" for value in data]
        if name is not None:
            lines.insert(0, f"event: {name}")
        if event_id is not None:
            lines.append(f"id: {event_id}")
            last_id = event_id or None
        text += end.join([*lines, "", ""])
        expected.append(sse.ServerSentEvent(name or None, "\n".join(data), last_id, None))
    data = text.encode()
    assert list(sse.iter_events(chunked(data, cuts))) == expected


def test_decoder_for(sse: ModuleType) -> None:
    event = sse.ServerSentEvent
    assert sse.decoder_for(Item)(event(data='{"n": 1, "text": "x"}')) == Item(n=1, text="x")
    assert sse.decoder_for(list[int])(event(data="[1, 2]")) == [1, 2]
    assert sse.decoder_for(Any)(event(data='{"a": null}')) == {"a": None}
    assert sse.decoder_for(str)(event(data="plain words")) == "plain words"
    assert sse.decoder_for(str)(event(data='"quoted"')) == "quoted"
    assert sse.decoder_for(str)(event(data="12")) == "12"
    raw = event(event="ping", data="x")
    assert sse.decoder_for(sse.ServerSentEvent)(raw) is raw
    with pytest.raises(pydantic.ValidationError):
        sse.decoder_for(Item)(event(data='{"n": "many"}'))
    with pytest.raises(pydantic.ValidationError):
        sse.decoder_for(Item)(event(data="not json"))
    assert sse._adapter(Item) is sse._adapter(Item)


# ------------------------------------------------------------------ streams over HTTP


def run_client(
    mode: str,
    sse: ModuleType,
    url: str,
    consume: Callable[[Any], Any],
    **stream_options: Any,
) -> Any:
    """Open a stream on ``url`` with a real client and pass it to ``consume``.

    ``consume`` is a plain function for sync mode, a coroutine function for async.
    ``decode`` defaults to ``decoder_for(Item)``; ``reconnect`` may be a factory
    taking the client (it is then built with it).
    """
    decode = stream_options.pop("decode", sse.decoder_for(Item))
    factory = stream_options.pop("reconnect_with", None)
    if mode == "sync":
        with httpx.Client(timeout=2 * WAIT) as client:
            if factory is not None:
                stream_options["reconnect"] = factory(client)
            response = client.send(client.build_request("GET", url), stream=True)
            return consume(sse.Stream(response, decode, **stream_options))

    async def main() -> Any:
        async with httpx.AsyncClient(timeout=2 * WAIT) as client:
            if factory is not None:
                stream_options["reconnect"] = factory(client)
            response = await client.send(client.build_request("GET", url), stream=True)
            return await consume(sse.AsyncStream(response, decode, **stream_options))

    return asyncio.run(main())


def event_bytes(n: int, event_id: int | None = None) -> bytes:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f'{head}data: {{"n": {n}, "text": "t{n}"}}\n\n'.encode()


@pytest.mark.parametrize("mode", MODES)
def test_events_arrive_as_they_are_sent(sse: ModuleType, mode: str) -> None:
    flags = Flags()

    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, b'data: {"n": 1, "text": "caf\xc3')  # split inside "é"
        time.sleep(0.01)
        send_chunk(handler, b'\xa9"}\r')
        time.sleep(0.01)
        send_chunk(handler, b"\n\r\n")
        flags.values["client saw 1 in time"] = flags["client saw 1"].wait(WAIT)
        send_chunk(handler, event_bytes(2))
        time.sleep(0.01)
        flags["sending 3"].set()
        send_chunk(handler, event_bytes(3) + b": keep-alive\n\n")
        send_chunk(handler, b"data: [DONE]\n\n")
        send_chunk(handler, event_bytes(4))  # after [DONE]: never read
        end_chunked(handler)

    def on_item(item: Item) -> None:
        if item.n == 1:
            flags.values["3 sent before 1 seen"] = flags["sending 3"].is_set()
            flags["client saw 1"].set()

    def consume(stream: Any) -> list[Item]:
        items = []
        for item in stream:
            on_item(item)
            items.append(item)
        assert stream.response.is_closed
        return items

    async def aconsume(stream: Any) -> list[Item]:
        items = []
        async for item in stream:
            on_item(item)
            items.append(item)
        assert stream.response.is_closed
        return items

    with Loopback(app) as server:
        items = run_client(mode, sse, server.url, consume if mode == "sync" else aconsume)
    assert [(i.n, i.text) for i in items] == [(1, "caf\u00e9"), (2, "t2"), (3, "t3")]
    assert flags.values == {"client saw 1 in time": True, "3 sent before 1 seen": False}


@pytest.mark.parametrize("mode", MODES)
def test_each_values_raw_event_stays_reachable(sse: ModuleType, mode: str) -> None:
    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, b'event: item\nid: 7\nretry: 1500\ndata: {"n": 1, "text": "a"}\n\n')
        send_chunk(handler, b'data: {"n": 2, "text": "b"}\n\n')
        end_chunked(handler)

    def consume(stream: Any) -> list[Any]:
        return [(item.n, stream.last_event) for item in stream]

    async def aconsume(stream: Any) -> list[Any]:
        return [(item.n, stream.last_event) async for item in stream]

    with Loopback(app) as server:
        seen = run_client(mode, sse, server.url, consume if mode == "sync" else aconsume)
    (n1, first), (n2, second) = seen
    assert (n1, first.event, first.id, first.retry) == (1, "item", "7", 1500)
    assert (n2, second.event, second.id, second.retry) == (2, None, "7", None)
    assert second.data == '{"n": 2, "text": "b"}'


@pytest.mark.parametrize("how", ["break", "with", "close"])
@pytest.mark.parametrize("mode", MODES)
def test_leaving_early_closes_the_connection(sse: ModuleType, mode: str, how: str) -> None:
    flags = Flags()

    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, event_bytes(1))
        flags.record("disconnected", wait_for_disconnect(handler))
        flags["server done"].set()

    def consume(stream: Any) -> None:
        if how == "break":
            for _ in stream:
                break
        elif how == "with":
            with stream:
                assert next(stream).n == 1
        else:
            assert next(stream).n == 1
            stream.close()
        # Still inside the client: only the stream can have closed the connection.
        assert flags["server done"].wait(WAIT)
        assert stream.response.is_closed
        assert list(stream) == []

    async def aconsume(stream: Any) -> None:
        if how == "break":
            async for _ in stream:
                break
        elif how == "with":
            async with stream:
                assert (await stream.__anext__()).n == 1
        else:
            assert (await stream.__anext__()).n == 1
            await stream.aclose()
        assert await asyncio.to_thread(flags["server done"].wait, WAIT)
        assert stream.response.is_closed
        assert [item async for item in stream] == []

    with Loopback(app) as server:
        run_client(mode, sse, server.url, consume if mode == "sync" else aconsume)
    assert flags.wait("disconnected") is True


ERRORS = {
    "error event, JSON": (
        b'event: error\ndata: {"error": {"type": "overloaded_error", "message": "Overloaded"}}\n\n',
        {"error": {"type": "overloaded_error", "message": "Overloaded"}},
        "Overloaded",
    ),
    "error event, text": (
        b"event: error\ndata: upstream timed out\n\n",
        "upstream timed out",
        "upstream timed out",
    ),
    "is_error": (b'data: {"type": "error", "message": "quota"}\n\n', None, "quota"),
}


@pytest.mark.parametrize("case", ERRORS)
@pytest.mark.parametrize("mode", MODES)
def test_error_event_raises(sse: ModuleType, errors: ModuleType, mode: str, case: str) -> None:
    payload, error, message = ERRORS[case]
    flags = Flags()

    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, event_bytes(1) + payload)
        flags.record("disconnected", wait_for_disconnect(handler))

    def is_error(event: Any) -> bool:
        return '"type": "error"' in event.data

    def consume(stream: Any) -> tuple[list[int], Any]:
        seen = []
        with pytest.raises(errors.APIStreamError) as caught:
            for item in stream:
                seen.append(item.n)
        assert stream.response.is_closed
        return seen, caught.value

    async def aconsume(stream: Any) -> tuple[list[int], Any]:
        seen = []
        with pytest.raises(errors.APIStreamError) as caught:
            async for item in stream:
                seen.append(item.n)
        assert stream.response.is_closed
        return seen, caught.value

    options = {"is_error": is_error} if case == "is_error" else {}
    with Loopback(app) as server:
        fn = consume if mode == "sync" else aconsume
        seen, exc = run_client(mode, sse, server.url, fn, **options)
    assert seen == [1]
    assert isinstance(exc, errors.APIError)
    assert exc.error == (error if error is not None else json.loads(payload[6:]))
    assert exc.event.data == payload.decode().split("data: ")[1].strip()
    assert message in str(exc)
    assert exc.request.url.host == "127.0.0.1"
    assert flags.wait("disconnected") is True


@pytest.mark.parametrize("mode", MODES)
def test_undecodable_event_raises_and_closes(sse: ModuleType, mode: str) -> None:
    flags = Flags()

    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, event_bytes(1) + b'data: {"n": "many"}\n\n')
        flags.record("disconnected", wait_for_disconnect(handler))

    def consume(stream: Any) -> list[int]:
        seen = []
        with pytest.raises(pydantic.ValidationError):
            for item in stream:
                seen.append(item.n)
        assert stream.response.is_closed
        return seen

    async def aconsume(stream: Any) -> list[int]:
        seen = []
        with pytest.raises(pydantic.ValidationError):
            async for item in stream:
                seen.append(item.n)
        assert stream.response.is_closed
        return seen

    with Loopback(app) as server:
        seen = run_client(mode, sse, server.url, consume if mode == "sync" else aconsume)
    assert seen == [1]
    assert flags.wait("disconnected") is True


def resuming_app(
    server_ref: list[Loopback], flags: Flags, drops: int, final_status: int
) -> Callable[[BaseHTTPRequestHandler], None]:
    """Each of the first ``drops`` requests sends two events, half a third, and breaks.

    Later requests get ``final_status``; with 200, the two events after the last
    id the client sent, then ``[DONE]``.
    """

    def app(handler: BaseHTTPRequestHandler) -> None:
        attempt = len(server_ref[0].seen)
        last = int(handler.headers.get("Last-Event-ID", "0"))
        if attempt > drops and final_status != 200:
            handler.send_response(final_status)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        start_chunked(handler)
        prefix = b"retry: 1500\n" if attempt == 1 else b""
        send_chunk(handler, prefix + event_bytes(last + 1, last + 1))
        send_chunk(handler, event_bytes(last + 2, last + 2))
        if attempt > drops:
            send_chunk(handler, b"data: [DONE]\n\n")
            end_chunked(handler)
            return
        # Break only once the client has the complete events: then they cannot be lost.
        flags.values[f"in time {attempt}"] = flags[f"seen {last + 2}"].wait(WAIT)
        send_chunk(handler, f'id: {last + 3}\ndata: {{"n": {last + 3}, '.encode())
        drop(handler)

    return app


RESUME_CASES: dict[str, tuple[int, int, bool, int, list[int], Any, str | None]] = {
    # name: (drops, final status, reconnect?, max_reconnects, items, reconnect calls, error)
    "resumed": (1, 200, True, 2, [1, 2, 3, 4], [("2", 1.5)], None),
    "no reconnect": (1, 200, False, 2, [1, 2], [], "broke off"),
    "out of reconnects": (3, 200, True, 1, [1, 2, 3, 4], [("2", 1.5)], "broke off"),
    "server says done (204)": (1, 204, True, 2, [1, 2], [("2", 1.5)], None),
    "resume refused (503)": (1, 503, True, 2, [1, 2], [("2", 1.5)], "answered 503"),
}


@pytest.mark.parametrize("case", RESUME_CASES)
@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_resumes_from_last_event_id(
    sse: ModuleType, errors: ModuleType, mode: str, case: str
) -> None:
    drops, status, can_reconnect, max_reconnects, expected, expected_calls, error = RESUME_CASES[
        case
    ]
    flags = Flags()
    server_ref: list[Loopback] = []
    calls: list[tuple[str | None, float | None]] = []

    def request(client: Any, last_id: str | None) -> httpx.Request:
        headers = {"Last-Event-ID": last_id} if last_id is not None else {}
        return client.build_request("GET", server_ref[0].url + "/events", headers=headers)

    def sync_factory(client: httpx.Client) -> Any:
        def reconnect(last_id: str | None, delay: float | None) -> httpx.Response:
            calls.append((last_id, delay))
            return client.send(request(client, last_id), stream=True)

        return reconnect

    def async_factory(client: httpx.AsyncClient) -> Any:
        async def reconnect(last_id: str | None, delay: float | None) -> httpx.Response:
            calls.append((last_id, delay))
            return await client.send(request(client, last_id), stream=True)

        return reconnect

    def consume(stream: Any) -> tuple[list[int], BaseException | None]:
        seen: list[int] = []
        try:
            for item in stream:
                seen.append(item.n)
                flags[f"seen {item.n}"].set()
        except errors.APIConnectionError as exc:
            return seen, exc
        return seen, None

    async def aconsume(stream: Any) -> tuple[list[int], BaseException | None]:
        seen: list[int] = []
        try:
            async for item in stream:
                seen.append(item.n)
                flags[f"seen {item.n}"].set()
        except errors.APIConnectionError as exc:
            return seen, exc
        return seen, None

    options: dict[str, Any] = {"max_reconnects": max_reconnects}
    if can_reconnect:
        options["reconnect_with"] = sync_factory if mode == "sync" else async_factory
    with Loopback(resuming_app(server_ref, flags, drops, status)) as server:
        server_ref.append(server)
        fn = consume if mode == "sync" else aconsume
        seen, exc = run_client(mode, sse, server.url + "/events", fn, **options)
    assert seen == expected
    assert calls == expected_calls
    assert (exc is not None) == (error is not None)
    if error is not None:
        assert error in str(exc)
    headers = [s["headers"].get("last-event-id") for s in server.seen]
    assert headers == [None] + [c[0] for c in expected_calls]
    assert all(v for k, v in flags.values.items() if k.startswith("in time"))


# ------------------------------------------------------------------ binary bodies


@pytest.mark.parametrize("mode", MODES)
def test_binary_response_api(binary: ModuleType, mode: str, tmp_path: Path) -> None:
    body = bytes(range(256)) * 1000
    flags = Flags()

    def app(handler: BaseHTTPRequestHandler) -> None:
        if handler.path == "/text":
            start_chunked(handler, content_type="text/plain; charset=utf-8")
            send_chunk(handler, "h\u00e9llo".encode()[:2])
            send_chunk(handler, "h\u00e9llo".encode()[2:])
            end_chunked(handler)
            return
        start_chunked(handler, content_type="application/octet-stream")
        if handler.path == "/partial":
            send_chunk(handler, body[:1000])
            flags.record("disconnected", wait_for_disconnect(handler))
            flags["server done"].set()
            return
        for start in range(0, len(body), 50_000):
            send_chunk(handler, body[start : start + 50_000])
        end_chunked(handler)

    def check_sync(client: httpx.Client, url: str) -> None:
        def get(path: str) -> Any:
            request = client.build_request("GET", url + path)
            return binary.BinaryResponse(client.send(request, stream=True))

        whole = get("/a")
        assert (whole.status_code, whole.content_type) == (200, "application/octet-stream")
        assert whole.headers["transfer-encoding"] == "chunked"
        assert whole.http_response.is_stream_consumed is False
        assert whole.read() == body
        sizes = [len(c) for c in get("/b").iter_bytes(chunk_size=4096)]
        assert sum(sizes) == len(body) and set(sizes[:-1]) == {4096}
        get("/c").write_to_file(tmp_path / "sync.bin")
        assert (tmp_path / "sync.bin").read_bytes() == body
        assert get("/text").text() == "h\u00e9llo"
        with get("/partial") as partial:
            assert next(partial.iter_bytes()) == body[:1000]
        assert partial.is_closed
        assert flags["server done"].wait(WAIT)

    async def check_async(client: httpx.AsyncClient, url: str) -> None:
        async def get(path: str) -> Any:
            request = client.build_request("GET", url + path)
            return binary.AsyncBinaryResponse(await client.send(request, stream=True))

        assert await (await get("/a")).aread() == body
        chunks = [c async for c in (await get("/b")).aiter_bytes(chunk_size=4096)]
        assert b"".join(chunks) == body and {len(c) for c in chunks[:-1]} == {4096}
        await (await get("/c")).write_to_file(tmp_path / "async.bin")
        assert (tmp_path / "async.bin").read_bytes() == body
        assert await (await get("/text")).text() == "h\u00e9llo"
        async with await get("/partial") as partial:
            assert await partial.aiter_bytes().__anext__() == body[:1000]
        assert partial.is_closed
        assert await asyncio.to_thread(flags["server done"].wait, WAIT)

    with Loopback(app) as server:
        if mode == "sync":
            with httpx.Client(timeout=2 * WAIT) as client:
                check_sync(client, server.url)
        else:

            async def main() -> None:
                async with httpx.AsyncClient(timeout=2 * WAIT) as client:
                    await check_async(client, server.url)

            asyncio.run(main())
    assert flags.wait("disconnected") is True


HUGE_BODY_SCRIPT = r"""
import asyncio, importlib, json, os, resource, sys, threading, tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

binary = importlib.import_module(sys.argv[1] + "._binary")
mode, target = sys.argv[2], sys.argv[3]
SIZE = 256 * 1024 * 1024
BLOCK = bytes(range(256)) * 4096  # 1 MiB


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(SIZE))
        self.end_headers()
        for _ in range(SIZE // len(BLOCK)):
            self.wfile.write(BLOCK)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = "http://127.0.0.1:%d/huge" % server.server_address[1]


def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def sync():
    with httpx.Client(timeout=60) as client:
        body = binary.BinaryResponse(client.send(client.build_request("GET", url), stream=True))
        if mode == "file":
            body.write_to_file(target)
            return os.path.getsize(target)
        if mode == "read":
            return len(body.read())
        return sum(len(chunk) for chunk in body.iter_bytes())


async def asynchronous():
    async with httpx.AsyncClient(timeout=60) as client:
        response = await client.send(client.build_request("GET", url), stream=True)
        body = binary.AsyncBinaryResponse(response)
        if mode == "afile":
            await body.write_to_file(target)
            return os.path.getsize(target)
        return sum([len(chunk) async for chunk in body.aiter_bytes()])


before = rss()
tracemalloc.start()
size = sync() if mode in ("iter", "file", "read") else asyncio.run(asynchronous())
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"size": size, "peak": peak, "rss_growth": rss() - before}))
server.shutdown()
"""


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["iter", "file", "aiter", "afile", "read"])
def test_huge_binary_body_keeps_memory_flat(rt: ModuleType, mode: str, tmp_path: Path) -> None:
    package_root = str(Path(rt.__file__).resolve().parents[1])
    target = tmp_path / "huge.bin"
    env = {**os.environ, "PYTHONPATH": package_root}
    result = subprocess.run(
        [sys.executable, "-c", HUGE_BODY_SCRIPT, rt.__name__, mode, str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout)
    size = 256 * 1024 * 1024
    assert measured["size"] == size
    if mode == "read":  # the control: reading it whole is seen by the measurement
        assert measured["peak"] > size, measured
        return
    # One chunk at a time: Python allocations peak far below the 256 MiB body.
    assert measured["peak"] < 8 * 1024 * 1024, measured
    assert measured["rss_growth"] < 64 * 1024 * 1024, measured
    if mode in ("file", "afile"):
        with open(target, "rb") as written:
            assert written.read(512) == bytes(range(256)) * 2
            written.seek(-256, os.SEEK_END)
            assert written.read() == bytes(range(256))
