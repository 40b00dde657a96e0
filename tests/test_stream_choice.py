"""JSON or an event stream as the caller asks (``stream=True`` overloads), and
``with_streaming_response``: generated from tests/fixtures/streams.yaml, run over real
loopback HTTP with the sync and the async client, and type-checked with mypy --strict.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from clientsmith import ir
from clientsmith.config import OperationConfig, default_config
from clientsmith.pipeline import build_ir, generate, write_tree

from .conftest import FIXTURES, write_spec
from .loopback import (
    WAIT,
    Flags,
    Loopback,
    end_chunked,
    read_body,
    respond,
    send_chunk,
    start_chunked,
    wait_for_disconnect,
)
from .packages import generate_package, imported_package

MODES = ["sync", "async"]
SPEC = FIXTURES / "streams.yaml"
MESSAGE = {"id": "msg_1", "content": "Hello"}
RUN = {"id": "run_1", "output": "done"}


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("streams_pkg")
    result = generate(SPEC, default_config("streams"), "streams.yaml")
    write_tree(result.files, out)
    return out


@pytest.fixture(scope="module")
def st(package_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_dir))
    try:
        yield importlib.import_module("streams")
    finally:
        sys.path.remove(str(package_dir))
        for key in [k for k in sys.modules if k == "streams" or k.startswith("streams.")]:
            del sys.modules[key]


def operation(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(op for op in api.operations if op.operation_id == operation_id)


# ------------------------------------------------------------------ the IR


def test_stream_options_in_the_ir() -> None:
    api, diagnostics = build_ir(SPEC, default_config("streams"))
    assert diagnostics == []
    options = {op.operation_id: op.stream for op in api.operations}
    assert options == {
        "createCompletion": ir.StreamOption(
            "stream", "body", "text/event-stream", ir.NamedType("CompletionEvent")
        ),
        "createMessage": ir.StreamOption("stream", "body", "text/event-stream", None),
        "getRunOutput": ir.StreamOption(
            "stream", "accept", "text/event-stream", ir.NamedType("RunEvent")
        ),
        "getRunLog": ir.StreamOption("stream", "accept", "text/event-stream", None),
        "getRun": None,
        "listRuns": None,
        "getRunAudio": None,
        "streamRunEvents": None,
    }
    # the JSON answer stays the operation's success; the stream is the alternative
    assert operation(api, "getRunOutput").success == ir.Response(
        "200",
        "the output so far, or its events as they happen",
        "application/json",
        ir.NamedType("RunOutput"),
        "json",
    )


def test_a_taken_name_and_the_config_switch(spec_dir: Path) -> None:
    both = {
        "application/json": {"schema": {"type": "string"}},
        "text/event-stream": {"schema": {"type": "string"}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/feed": {
                "get": {
                    "operationId": "getFeed",
                    "parameters": [{"name": "stream", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": both}},
                }
            },
            "/videos": {
                "post": {
                    "operationId": "createVideo",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"stream": {"type": "boolean"}},
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
    }
    spec = write_spec(spec_dir, document)
    api, _ = build_ir(spec, default_config("t"))
    feed = operation(api, "getFeed")
    assert [p.name for p in feed.parameters] == ["stream"]
    assert feed.stream == ir.StreamOption(
        "stream_2", "accept", "text/event-stream", ir.PrimitiveType("string")
    )
    assert operation(api, "createVideo").stream is not None
    config = dataclasses.replace(
        default_config("t"), operations={"createVideo": OperationConfig(stream=False)}
    )
    api, _ = build_ir(spec, config)
    assert operation(api, "createVideo").stream is None
    assert operation(api, "getFeed").stream is not None


# ------------------------------------------------------------------ a loopback API


def sse(handler: BaseHTTPRequestHandler, frames: list[bytes], flags: Flags | None) -> None:
    """Send each frame; with ``flags``, only once the client reports the one before it."""
    if flags is not None:
        for name, event in flags.events.items():
            if name.startswith("seen "):
                event.clear()  # left over from an earlier stream
    start_chunked(handler)
    for index, frame in enumerate(frames):
        if index and flags is not None:
            flags.values.setdefault("in time", []).append(flags[f"seen {index}"].wait(WAIT))
        send_chunk(handler, frame)
    end_chunked(handler)


def json_answer(handler: BaseHTTPRequestHandler, body: Any, status: int = 200) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
    handler.wfile.flush()


class Api:
    """The fixture's API on a loopback server; records each request's headers and body."""

    def __init__(self, *, paced: bool = True) -> None:
        self.flags = Flags()
        self.paced = paced
        """Send an event only once the client has reported the one before it."""
        self.requests: list[dict[str, Any]] = []

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        body = read_body(handler)
        sent = json.loads(body) if body else None
        accept = handler.headers.get("Accept")
        self.requests.append({"path": handler.path, "accept": accept, "body": sent})
        path = handler.path.split("?")[0]
        if path == "/v1/messages":
            if sent.get("stream") is True:
                sse(
                    handler,
                    [
                        b'event: message_start\ndata: {"type": "message_start"}\n\n',
                        b'event: content_block_delta\ndata: {"delta": "Hel"}\n\n',
                        b"event: message_stop\ndata: {}\n\n",
                    ],
                    self.pacing,
                )
            else:
                json_answer(handler, MESSAGE)
        elif path == "/v1/completions":
            if sent.get("stream"):
                sse(
                    handler, [b'data: {"delta": "a"}\n\n', b'data: {"delta": "b"}\n\n'], self.pacing
                )
            else:
                json_answer(handler, {"text": "ab"})
        elif path == "/v1/runs/run_1/output":
            if accept == "text/event-stream":
                sse(
                    handler,
                    [
                        b'data: {"type": "progress", "percent": 50}\n\n',
                        b'data: {"type": "done", "output": "42"}\n\n',
                    ],
                    self.pacing,
                )
            else:
                json_answer(handler, RUN)
        elif path == "/v1/runs/run_1":
            json_answer(handler, RUN)
        elif path == "/v1/runs/run_2":
            self.slow_json(handler)
        elif path == "/v1/runs/missing":
            json_answer(handler, {"message": "no such run"}, 404)
        elif path == "/v1/runs/run_3":
            self.unread(handler)
        elif path == "/v1/runs":
            cursor = handler.path.partition("cursor=")[2]
            page = {"data": [RUN], "next_cursor": "c2"} if not cursor else {"data": [RUN]}
            json_answer(handler, page)
        elif path == "/v1/runs/run_1/audio":
            data = bytes(range(256)) * 64
            start_chunked(handler, content_type="audio/wav")
            send_chunk(handler, data[:4096])
            send_chunk(handler, data[4096:])
            end_chunked(handler)
        elif path == "/v1/runs/run_1/events":
            sse(handler, [b'data: {"type": "done", "output": "x"}\n\n'], self.pacing)
        else:
            respond(handler, b"unexpected " + path.encode())

    @property
    def pacing(self) -> Flags | None:
        return self.flags if self.paced else None

    def slow_json(self, handler: BaseHTTPRequestHandler) -> None:
        """Headers and half the body, then the rest once the client has seen the status."""
        data = json.dumps({**RUN, "id": "run_2"}).encode() + b"\n"
        start_chunked(handler, content_type="application/json")
        send_chunk(handler, data[:10])
        self.flags.values["status seen before body"] = self.flags["status seen"].wait(WAIT)
        send_chunk(handler, data[10:])
        end_chunked(handler)

    def unread(self, handler: BaseHTTPRequestHandler) -> None:
        """A body the client leaves unread: does leaving the block close the connection?"""
        start_chunked(handler, content_type="application/json")
        send_chunk(handler, b'{"id": "run_3", ')
        self.flags.record("disconnected", wait_for_disconnect(handler))
        self.flags["server done"].set()


def run(
    mode: str, st: ModuleType, server: Loopback, sync: Callable[[Any], Any], async_: Any
) -> Any:
    """``sync(client)`` with a sync client, or ``await async_(client)`` with an async one."""
    if mode == "sync":
        with st.Streams(base_url=server.url, timeout=2 * WAIT, max_retries=0) as client:
            return sync(client)

    async def main() -> Any:
        async with st.AsyncStreams(base_url=server.url, timeout=2 * WAIT, max_retries=0) as client:
            return await async_(client)

    return asyncio.run(main())


# ------------------------------------------------------------------ stream=True overloads


def collect(stream: Any, flags: Flags) -> list[Any]:
    events = []
    for event in stream:
        events.append(event)
        flags[f"seen {len(events)}"].set()
    return events


async def acollect(stream: Any, flags: Flags) -> list[Any]:
    events = []
    async for event in stream:
        events.append(event)
        flags[f"seen {len(events)}"].set()
    return events


MESSAGE_ARGS: dict[str, Any] = {
    "model": "m-1",
    "max_tokens": 8,
    "messages": [{"role": "user", "content": "Hi"}],
}


@pytest.mark.parametrize("mode", MODES)
def test_a_body_flag_chooses_json_or_raw_events(st: ModuleType, mode: str) -> None:
    api = Api()

    def sync(client: Any) -> Any:
        answer = client.messages.create(**MESSAGE_ARGS)
        answer_false = client.messages.create(**MESSAGE_ARGS, stream=False)
        with client.messages.create(**MESSAGE_ARGS, stream=True) as stream:
            events = collect(stream, api.flags)
        return answer, answer_false, stream, events

    async def async_(client: Any) -> Any:
        answer = await client.messages.create(**MESSAGE_ARGS)
        answer_false = await client.messages.create(**MESSAGE_ARGS, stream=False)
        async with await client.messages.create(**MESSAGE_ARGS, stream=True) as stream:
            events = await acollect(stream, api.flags)
        return answer, answer_false, stream, events

    with Loopback(api) as server:
        answer, answer_false, stream, events = run(mode, st, server, sync, async_)
    assert isinstance(answer, st.models.Message) and answer.content == "Hello"
    assert answer_false == answer
    assert type(stream).__name__ == ("Stream" if mode == "sync" else "AsyncStream")
    assert all(isinstance(e, st.ServerSentEvent) for e in events)
    assert [(e.event, e.json()) for e in events] == [
        ("message_start", {"type": "message_start"}),
        ("content_block_delta", {"delta": "Hel"}),
        ("message_stop", {}),
    ]
    assert api.flags.values["in time"] == [True, True]
    assert [(r["accept"], r["body"].get("stream", "left out")) for r in api.requests] == [
        ("application/json", "left out"),
        ("application/json", False),
        ("text/event-stream", True),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_declared_event_schemas_type_the_events(st: ModuleType, mode: str) -> None:
    api = Api()

    def sync(client: Any) -> Any:
        text = client.completions.create(prompt="p")
        deltas = collect(client.completions.create(prompt="p", stream=True), api.flags)
        output = client.runs.get_output("run_1", verbose=True)
        events = collect(client.runs.get_output("run_1", stream=True), api.flags)
        return text, deltas, output, events

    async def async_(client: Any) -> Any:
        text = await client.completions.create(prompt="p", stream=None)
        deltas = await acollect(await client.completions.create(prompt="p", stream=True), api.flags)
        output = await client.runs.get_output("run_1", verbose=True)
        events = await acollect(await client.runs.get_output("run_1", stream=True), api.flags)
        return text, deltas, output, events

    with Loopback(api) as server:
        text, deltas, output, events = run(mode, st, server, sync, async_)
    assert text == st.models.Completion(text="ab")
    assert [type(d).__name__ for d in deltas] == ["CompletionEvent", "CompletionEvent"]
    assert [d.delta for d in deltas] == ["a", "b"]
    assert output == st.models.RunOutput(id="run_1", output="done")
    assert [type(e).__name__ for e in events] == ["RunProgress", "RunDone"]
    assert events[1].output == "42"
    assert api.flags.values["in time"] == [True, True]
    requests = [(r["path"], r["accept"]) for r in api.requests]
    assert requests == [
        ("/v1/completions", "application/json"),
        ("/v1/completions", "text/event-stream"),
        ("/v1/runs/run_1/output?verbose=true", "application/json"),
        ("/v1/runs/run_1/output", "text/event-stream"),
    ]
    # the Accept switch is no body or query parameter: nothing else changes on the wire
    assert api.requests[3]["body"] is None


# ------------------------------------------------------------------ with_streaming_response


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_yields_before_the_body_is_read(st: ModuleType, mode: str) -> None:
    api = Api()

    def sync(client: Any) -> Any:
        with client.with_streaming_response.runs.retrieve("run_2") as response:
            head = (response.status_code, response.headers["content-type"], response.is_closed)
            api.flags["status seen"].set()
            parsed = response.parse()
            assert response.parse() is parsed
        with client.with_streaming_response.runs.retrieve("run_1") as lines:
            text = list(lines.iter_lines())
        with client.with_streaming_response.runs.retrieve("run_1") as chunks:
            data = b"".join(chunks.iter_bytes())
        with client.with_streaming_response.runs.retrieve("run_1") as whole:
            assert whole.json() == RUN
        return head, parsed, text, data, response.is_closed

    async def async_(client: Any) -> Any:
        async with client.with_streaming_response.runs.retrieve("run_2") as response:
            head = (response.status_code, response.headers["content-type"], response.is_closed)
            api.flags["status seen"].set()
            parsed = await response.parse()
            assert await response.parse() is parsed
        async with client.with_streaming_response.runs.retrieve("run_1") as lines:
            text = [line async for line in lines.aiter_lines()]
        async with client.with_streaming_response.runs.retrieve("run_1") as chunks:
            data = b"".join([chunk async for chunk in chunks.aiter_bytes()])
        async with client.with_streaming_response.runs.retrieve("run_1") as whole:
            assert await whole.json() == RUN
        return head, parsed, text, data, response.is_closed

    with Loopback(api) as server:
        head, parsed, text, data, closed = run(mode, st, server, sync, async_)
    assert head == (200, "application/json", False)
    assert api.flags.values["status seen before body"] is True
    assert parsed == st.models.RunOutput(id="run_2", output="done")
    assert text == [json.dumps(RUN)]
    assert json.loads(data) == RUN
    assert closed


@pytest.mark.parametrize("mode", MODES)
def test_leaving_the_block_closes_an_unread_body(st: ModuleType, mode: str) -> None:
    api = Api()

    def sync(client: Any) -> Any:
        with client.with_streaming_response.runs.retrieve("run_3") as response:
            status = response.status_code
        assert api.flags["server done"].wait(WAIT)  # still inside the client
        return status, response.is_closed

    async def async_(client: Any) -> Any:
        async with client.with_streaming_response.runs.retrieve("run_3") as response:
            status = response.status_code
        assert await asyncio.to_thread(api.flags["server done"].wait, WAIT)
        return status, response.is_closed

    with Loopback(api) as server:
        assert run(mode, st, server, sync, async_) == (200, True)
    assert api.flags.wait("disconnected") is True


@pytest.mark.parametrize("mode", MODES)
def test_streaming_response_parses_every_kind_of_answer(st: ModuleType, mode: str) -> None:
    api = Api()
    audio = bytes(range(256)) * 64

    def sync(client: Any) -> Any:
        streaming = client.with_streaming_response
        with streaming.runs.list() as response:
            page = response.parse()
            runs = [run.id for run in page]  # the second page is fetched the plain way
        with streaming.runs.get_audio("run_1") as response:
            body = b"".join(response.parse().iter_bytes(chunk_size=1000))
        with streaming.runs.stream_events("run_1") as response:
            events = list(response.parse())
        with streaming.messages.create(**MESSAGE_ARGS, stream=True) as response:
            raw = [e.event for e in collect(response.parse(), api.flags)]
        with streaming.messages.create(**MESSAGE_ARGS) as response:
            message = response.parse()
        with pytest.raises(st.NotFoundError) as caught, streaming.runs.retrieve("missing"):
            pass
        return page, runs, body, events, raw, message, caught.value

    async def async_(client: Any) -> Any:
        streaming = client.with_streaming_response
        async with streaming.runs.list() as response:
            page = await response.parse()
            runs = [run.id async for run in page]
        async with streaming.runs.get_audio("run_1") as response:
            body = b"".join([c async for c in (await response.parse()).aiter_bytes(1000)])
        async with streaming.runs.stream_events("run_1") as response:
            events = [e async for e in await response.parse()]
        async with streaming.messages.create(**MESSAGE_ARGS, stream=True) as response:
            raw = [e.event for e in await acollect(await response.parse(), api.flags)]
        async with streaming.messages.create(**MESSAGE_ARGS) as response:
            message = await response.parse()
        with pytest.raises(st.NotFoundError) as caught:
            async with streaming.runs.retrieve("missing"):
                pass
        return page, runs, body, events, raw, message, caught.value

    with Loopback(api) as server:
        page, runs, body, events, raw, message, error = run(mode, st, server, sync, async_)
    assert type(page).__name__ == ("SyncCursorPage" if mode == "sync" else "AsyncCursorPage")
    assert runs == ["run_1", "run_1"]
    assert body == audio
    assert [type(e).__name__ for e in events] == ["RunDone"]
    assert raw == ["message_start", "content_block_delta", "message_stop"]
    assert message == st.models.Message(**MESSAGE)
    assert error.status_code == 404 and error.error == st.models.Error(message="no such run")
    paths = [r["path"] for r in api.requests]
    assert paths[:2] == ["/v1/runs", "/v1/runs?cursor=c2"]


# ------------------------------------------------------------------ types


USAGE = """
from streams import (
    AsyncStream,
    AsyncStreamedResponse,
    AsyncStreams,
    BinaryResponse,
    RawResponse,
    ServerSentEvent,
    Stream,
    StreamedResponse,
    Streams,
    SyncCursorPage,
    models,
)


def use(client: Streams, flag: bool) -> None:
    message: models.Message = client.messages.create(model="m", max_tokens=1, messages=[])
    same: models.Message = client.messages.create(
        model="m", max_tokens=1, messages=[], stream=False
    )
    raw: Stream[ServerSentEvent] = client.messages.create(
        model="m", max_tokens=1, messages=[], stream=True
    )
    either: models.Message | Stream[ServerSentEvent] = client.messages.create(
        model="m", max_tokens=1, messages=[], stream=flag
    )
    deltas: Stream[models.CompletionEvent] = client.completions.create(prompt="p", stream=True)
    text: models.Completion = client.completions.create(prompt="p", stream=None)
    output: models.RunOutput = client.runs.get_output("r", verbose=True)
    events: Stream[models.RunEvent] = client.runs.get_output("r", stream=True)
    log: list[str] = client.runs.get_log("r")
    lines: Stream[ServerSentEvent] = client.runs.get_log("r", stream=True)
    for event in events:
        progress: int = event.percent if isinstance(event, models.RunProgress) else 100
    wrapped: RawResponse[Stream[ServerSentEvent]] = client.with_raw_response.messages.create(
        model="m", max_tokens=1, messages=[], stream=True
    )
    with client.with_streaming_response.runs.retrieve("r") as response:
        unread: StreamedResponse[models.RunOutput] = response
        run: models.RunOutput = response.parse()
        chunks: list[bytes] = list(response.iter_bytes())
    with client.with_streaming_response.runs.list() as listing:
        page: SyncCursorPage[models.RunOutput] = listing.parse()
    with client.with_streaming_response.runs.get_audio("r") as audio:
        body: BinaryResponse = audio.parse()
    with client.with_streaming_response.runs.get_output("r", stream=True) as streamed:
        run_events: Stream[models.RunEvent] = streamed.parse()
    print(message, same, raw, either, deltas, text, output, log, lines, progress, wrapped)
    print(unread, run, chunks, page, body, run_events)


async def use_async(client: AsyncStreams) -> None:
    message: models.Message = await client.messages.create(model="m", max_tokens=1, messages=[])
    raw: AsyncStream[ServerSentEvent] = await client.messages.create(
        model="m", max_tokens=1, messages=[], stream=True
    )
    events: AsyncStream[models.RunEvent] = await client.runs.get_output("r", stream=True)
    async with client.with_streaming_response.runs.retrieve("r") as response:
        unread: AsyncStreamedResponse[models.RunOutput] = response
        run: models.RunOutput = await response.parse()
        lines: list[str] = [line async for line in response.aiter_lines()]
    print(message, raw, events, unread, run, lines)
"""

ARGS = 'model="m", max_tokens=1, messages=[]'
"""The required arguments of ``messages.create``, as source."""

WRONG: dict[str, tuple[str, str]] = {
    # what: (the line, what mypy must say about it)
    "stream=True is no model": (
        f"m: models.Message = client.messages.create({ARGS}, stream=True)",
        'expression has type "Stream[ServerSentEvent]", variable has type "Message"',
    ),
    "no stream is no Stream": (
        f"s: Stream[ServerSentEvent] = client.messages.create({ARGS})",
        'expression has type "Message", variable has type "Stream[ServerSentEvent]"',
    ),
    "a bool may be either": (
        f"m: models.Message = client.messages.create({ARGS}, stream=flag)",
        'expression has type "Message | Stream[ServerSentEvent]", variable has type "Message"',
    ),
    "typed events": (
        'e: Stream[ServerSentEvent] = client.runs.get_output("r", stream=True)',
        'expression has type "Stream[RunProgress | RunDone]"',
    ),
    "the Accept switch is keyword-only": (
        'client.runs.get_output("r", True)',
        'No overload variant of "get_output"',
    ),
    "stream takes a bool": (
        'client.runs.get_output("r", stream="yes")',
        'No overload variant of "get_output"',
    ),
    "parse() is the plain value": (
        'with client.with_streaming_response.runs.retrieve("r") as r:\n        n: int = r.parse()',
        'expression has type "RunOutput", variable has type "int"',
    ),
    "the sync response has no async iterators": (
        'with client.with_streaming_response.runs.retrieve("r") as r:\n        r.aiter_bytes()',
        'has no attribute "aiter_bytes"',
    ),
}


@pytest.mark.slow
def test_overloads_type_check_and_mistakes_do_not(package_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE, encoding="utf-8")
    for index, (line, _) in enumerate(WRONG.values()):
        (tmp_path / f"wrong_{index}.py").write_text(
            "from streams import ServerSentEvent, Stream, Streams, models\n\n\n"
            f"def use(client: Streams, flag: bool) -> None:\n    {line}\n",
            encoding="utf-8",
        )
    names = ["usage.py", *(f"wrong_{index}.py" for index in range(len(WRONG)))]
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *names],
        cwd=tmp_path,
        env={"MYPYPATH": str(package_dir), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [e for e in errors if e.startswith("usage.py")], checked.stdout
    for index, (what, (_, message)) in enumerate(WRONG.items()):
        found = [e for e in errors if e.startswith(f"wrong_{index}.py")]
        assert any(message in e for e in found), (what, checked.stdout)


# ------------------------------------------------------------------ the README


_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_sections(package_dir: Path) -> dict[str, str]:
    text = (package_dir / "README.md").read_text(encoding="utf-8")
    sections = {}
    for section in text.split("\n## ")[1:]:
        heading, _, body = section.partition("\n")
        sections[heading] = body
    return sections


@pytest.mark.slow
def test_readme_stream_examples_run_and_type_check(package_dir: Path, tmp_path: Path) -> None:
    sections = readme_sections(package_dir)
    blocks = [
        *_BLOCK.findall(sections["Streaming on request (`stream=True`)"]),
        *_BLOCK.findall(sections["Streamed response bodies"]),
    ]
    assert len(blocks) == 2 and "stream=True" in blocks[0]
    assert "with_streaming_response" in blocks[1] and "aiter_bytes" in blocks[1]
    names, outputs = [], []
    with Loopback(Api(paced=False)) as server:
        for index, block in enumerate(blocks):
            names.append(f"block{index}.py")
            (tmp_path / names[-1]).write_text(block, encoding="utf-8")
            ran = subprocess.run(
                [sys.executable, names[-1]],
                cwd=tmp_path,
                env={
                    **os.environ,
                    "PYTHONPATH": str(package_dir),
                    "STREAMS_BASE_URL": server.url,
                },
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert ran.returncode == 0, (block, ran.stderr)
            assert "unexpected" not in ran.stdout, ran.stdout
            outputs.append(ran.stdout)
    assert outputs[0].splitlines() == ["delta='a'", "delta='b'"]  # typed events
    assert "run_1" in outputs[1]
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *names],
        cwd=tmp_path,
        env={"MYPYPATH": str(package_dir), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout


LAZY_EXPORTS = """
import sys
import streams
lazy = ("streams._streaming", "streams._binary", "streams._files")
assert not [m for m in lazy if m in sys.modules], "imported with the client"
assert streams.Stream.__module__ == "streams._streaming"
assert streams.BinaryResponse.__module__ == "streams._binary"
assert [m for m in lazy if m in sys.modules] == list(lazy[:2])
namespace = {}
exec("from streams import *", namespace)
assert {"FileTypes", "ServerSentEvent", "StreamedResponse", "APIStreamError"} <= set(namespace)
"""


def test_stream_types_are_exported_and_loaded_on_first_use(package_dir: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", LAZY_EXPORTS],
        env={**os.environ, "PYTHONPATH": str(package_dir)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr


RAW_EVENTS = """
openapi: 3.0.3
info: {title: Ticker, version: "1"}
servers: [{url: "https://ticker.example.com"}]
paths:
  /ticks:
    get:
      operationId: watchTicks
      responses:
        "200":
          description: Ticks as events; the spec gives them no schema.
          content:
            text/event-stream: {}
"""


def test_a_stream_without_event_schema_yields_raw_events(tmp_path: Path) -> None:
    """Like a ``stream=True`` option without a schema: events as sent, name and id kept."""

    def app(handler: BaseHTTPRequestHandler) -> None:
        start_chunked(handler)
        send_chunk(handler, b"event: tick\nid: 7\ndata: not json\n\n")
        end_chunked(handler)

    generate_package(tmp_path, "ticker", RAW_EVENTS)
    with imported_package(tmp_path, "ticker") as ticker, Loopback(app) as server:
        method = ticker.Ticker(base_url=server.url).ticks.watch
        assert "Stream[ServerSentEvent]" in str(inspect.signature(method).return_annotation)
        with method() as stream:
            (event,) = list(stream)
        assert isinstance(event, ticker.ServerSentEvent)
    assert (event.event, event.id, event.data) == ("tick", "7", "not json")
