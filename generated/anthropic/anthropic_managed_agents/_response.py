"""Response access beyond the parsed value.

``with_raw_response`` returns a ``RawResponse``: the parsed value together with the HTTP
status and headers. ``with_streaming_response`` returns a context manager yielding a
``StreamedResponse`` whose body has not been read yet: read it in pieces, or ``parse()``
it into what the plain method returns; the connection is closed when the block ends.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = [
    "AsyncStreamedResponse",
    "AsyncStreamedResponseManager",
    "RawResponse",
    "StreamedResponse",
    "StreamedResponseManager",
    "to_async_raw_response",
    "to_async_streamed_response",
    "to_raw_response",
    "to_streamed_response",
]

T = TypeVar("T")
U = TypeVar("U")
P = ParamSpec("P")

raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_mode", default=False)
"""Set while a ``with_raw_response`` call runs; the client then returns a RawResponse."""

streaming_mode: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "streaming_mode", default=False
)
"""Set while a ``with_streaming_response`` call sends its request; the client then returns
a StreamedResponse (AsyncStreamedResponse) with the body left unread."""


class RawResponse(Generic[T]):
    """What ``client.with_raw_response.<resource>.<method>(...)`` returns."""

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def elapsed(self) -> float:
        """Seconds between sending the request and reading the response."""
        return self.http_response.elapsed.total_seconds()

    def parse(self) -> T:
        """The value the plain method would have returned."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {type(self._parsed).__name__}>"


def to_raw_response(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a sync method so that it returns a RawResponse."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_mode.set(True)
        try:
            result = func(*args, **kwargs)
        finally:
            raw_mode.reset(token)
        assert isinstance(result, RawResponse)
        return result

    return wrapped


def to_async_raw_response(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap an async method (or one returning an awaitable) so that it returns a RawResponse."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_mode.set(True)
        try:
            result = await func(*args, **kwargs)
        finally:
            raw_mode.reset(token)
        assert isinstance(result, RawResponse)
        return result

    return wrapped


class ResponseView:
    """Status, headers and state of a response whose body the caller reads (streamed and
    binary responses alike)."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content_type(self) -> str | None:
        """The ``Content-Type`` header, if the server sent one."""
        value: str | None = self.http_response.headers.get("content-type")
        return value

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.content_type or ''}>"


class StreamedResponse(ResponseView, Generic[T]):
    """A response whose body is read only as you ask (``with_streaming_response``).

    ``parse()`` gives what the plain method returns (reading a JSON body whole, or
    wrapping the open body in a ``Stream`` or ``BinaryResponse``); ``iter_bytes()``,
    ``iter_text()`` and ``iter_lines()`` read it piece by piece as it arrives. Read it
    one way only: a body already consumed cannot be read again.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        super().__init__(http_response)
        self._parse = parse
        self._parsed: tuple[T] | None = None

    def parse(self) -> T:
        """The value the plain method would have returned (computed once)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def read(self) -> bytes:
        """The whole body (kept in memory)."""
        return self.http_response.read()

    def text(self) -> str:
        """The whole body decoded with the response's charset."""
        self.http_response.read()
        return self.http_response.text

    def json(self) -> Any:
        """The whole body parsed as JSON, unvalidated."""
        return json.loads(self.read())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks: as they arrive, or of ``chunk_size`` bytes."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body decoded to text in chunks, as they arrive."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body decoded to text, one line at a time (without line endings)."""
        return self.http_response.iter_lines()

    def close(self) -> None:
        """Release the connection, whether or not the body was read."""
        self.http_response.close()


class AsyncStreamedResponse(ResponseView, Generic[T]):
    """The async twin of ``StreamedResponse``: ``await parse()``, ``aread()``,
    ``aiter_bytes()``, ``aiter_text()``, ``aiter_lines()``, ``aclose()``."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], Awaitable[T]]) -> None:
        super().__init__(http_response)
        self._parse = parse
        self._parsed: tuple[T] | None = None

    async def parse(self) -> T:
        """The value the plain method would have returned (computed once)."""
        if self._parsed is None:
            self._parsed = (await self._parse(),)
        return self._parsed[0]

    async def aread(self) -> bytes:
        """The whole body (kept in memory)."""
        return await self.http_response.aread()

    async def text(self) -> str:
        """The whole body decoded with the response's charset."""
        await self.http_response.aread()
        return self.http_response.text

    async def json(self) -> Any:
        """The whole body parsed as JSON, unvalidated."""
        return json.loads(await self.aread())

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks: as they arrive, or of ``chunk_size`` bytes."""
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body decoded to text in chunks, as they arrive."""
        return self.http_response.aiter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        """The body decoded to text, one line at a time (without line endings)."""
        return self.http_response.aiter_lines()

    async def aclose(self) -> None:
        """Release the connection, whether or not the body was read."""
        await self.http_response.aclose()


def map_parsed(response: StreamedResponse[T], build: Callable[[T], U]) -> StreamedResponse[U]:
    """The same unread response, its parsed value passed through ``build`` (pages)."""
    return StreamedResponse(response.http_response, lambda: build(response.parse()))


def amap_parsed(
    response: AsyncStreamedResponse[T], build: Callable[[T], U]
) -> AsyncStreamedResponse[U]:
    """The async twin of ``map_parsed``."""

    async def parse() -> U:
        return build(await response.parse())

    return AsyncStreamedResponse(response.http_response, parse)


class StreamedResponseManager(Generic[T]):
    """Sends the request on ``with`` entry; closes the response when the block ends."""

    def __init__(self, send: Callable[[], StreamedResponse[T]]) -> None:
        self._send = send
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseManager(Generic[T]):
    """Sends the request on ``async with`` entry; closes the response when the block ends."""

    def __init__(self, send: Callable[[], Awaitable[AsyncStreamedResponse[T]]]) -> None:
        self._send = send
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.aclose()


def to_streamed_response(func: Callable[P, T]) -> Callable[P, StreamedResponseManager[T]]:
    """Wrap a sync method: the call returns a context manager yielding a StreamedResponse."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseManager[T]:
        def send() -> StreamedResponse[T]:
            token = streaming_mode.set(True)
            try:
                result = func(*args, **kwargs)
            finally:
                streaming_mode.reset(token)
            assert isinstance(result, StreamedResponse)
            return result

        return StreamedResponseManager(send)

    return wrapped


def to_async_streamed_response(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamedResponseManager[T]]:
    """Wrap an async method: the call returns an async context manager yielding an
    AsyncStreamedResponse."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseManager[T]:
        async def send() -> AsyncStreamedResponse[T]:
            token = streaming_mode.set(True)
            try:
                result = await func(*args, **kwargs)
            finally:
                streaming_mode.reset(token)
            assert isinstance(result, AsyncStreamedResponse)
            return result

        return AsyncStreamedResponseManager(send)

    return wrapped
