"""Server-sent events: an incremental decoder and the streams operations return.

``SSEDecoder`` follows the WHATWG "event stream" interpretation rules and accepts
bytes split anywhere (inside a UTF-8 character, between CR and LF). ``Stream`` and
``AsyncStream`` turn an open streamed ``httpx.Response`` into typed values, one per
event as soon as its terminating blank line arrives, and close the response when
the stream ends, fails, is left early or is closed explicitly.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
)
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import pydantic

from ._exceptions import APIConnectionError, APIStreamError, APITimeoutError, _preview

if TYPE_CHECKING:  # typing.Self needs Python 3.11; only the type checker reads this
    from typing_extensions import Self

__all__ = [
    "DONE",
    "AsyncStream",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "aiter_events",
    "decoder_for",
    "iter_events",
]

T = TypeVar("T")

DONE = "[DONE]"
"""The ``data`` of the event that ends a stream."""

_LINE_END = re.compile(r"\r\n|\r|\n")

# A connection that breaks mid-body: worth resuming when the caller can reconnect.
_DROPPED = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout)


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched event.

    ``event`` is the ``event:`` field (``None`` for the default "message" type),
    ``data`` the ``data:`` lines joined with ``"\\n"``, ``id`` the stream's last event
    id when the event was dispatched (ids carry over to later events, as in the
    spec; ``None`` when unset or reset), ``retry`` the ``retry:`` milliseconds sent
    within this event, if any.
    """

    event: str | None = None
    data: str = ""
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """``data`` parsed as JSON."""
        return json.loads(self.data)


class SSEDecoder:
    """Feed it bytes as they arrive; it returns the events completed by each chunk."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._pending: list[str] = []  # the current, unterminated line
        self._skip_lf = False  # the last chunk ended with CR: a leading LF belongs to it
        self._data: list[str] = []
        self._event = ""
        self._id_buffer = ""
        self._event_retry: int | None = None
        self.last_event_id: str | None = None
        """The id to resume from: set when an event block ends (blank line)."""
        self.retry: int | None = None
        """The server's last ``retry:`` value (milliseconds), ``None`` if never sent."""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events whose blank line it contains."""
        text = self._text.decode(chunk)
        if not text:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
                if not text:
                    return []
        if _LINE_END.search(text) is None:
            self._pending.append(text)
            return []
        if self._pending:
            text = "".join(self._pending) + text
            self._pending.clear()
        events: list[ServerSentEvent] = []
        start = 0
        for match in _LINE_END.finditer(text):
            event = self._line(text[start : match.start()])
            if event is not None:
                events.append(event)
            start = match.end()
        if start < len(text):
            self._pending.append(text[start:])
        elif text[-1] == "\r":
            self._skip_lf = True
        return events

    def discard_partial(self) -> None:
        """Forget an event cut off by the end of the stream (the spec never dispatches it).

        Called before continuing on a new connection: line and field buffers restart
        and the id falls back to the last dispatched event's.
        """
        self._text.reset()
        self._pending.clear()
        self._skip_lf = False
        self._data.clear()
        self._event = ""
        self._event_retry = None
        self._id_buffer = self.last_event_id or ""

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id_buffer = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry = self._event_retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        self.last_event_id = self._id_buffer or None
        retry, self._event_retry = self._event_retry, None
        event_type, self._event = self._event, ""
        if not self._data:
            return None
        data = "\n".join(self._data)
        self._data.clear()
        return ServerSentEvent(
            event=event_type or None, data=data, id=self.last_event_id, retry=retry
        )


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """The events in a byte stream, each yielded as soon as its blank line is read."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """The async twin of ``iter_events``."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event


def _error_payload(event: ServerSentEvent) -> Any:
    try:
        return event.json()
    except ValueError:
        return event.data


def _error_message(error: Any) -> str:
    """The most telling line in an error payload: a ``message`` if there is one."""
    candidates = [error]
    if isinstance(error, dict):
        candidates.append(error.get("error"))
    for candidate in candidates:
        if isinstance(candidate, dict) and isinstance(candidate.get("message"), str):
            return str(candidate["message"])
        if isinstance(candidate, str) and candidate:
            return candidate
    return "(no details)" if isinstance(error, str) else json.dumps(error)


def _stream_error(event: ServerSentEvent, response: httpx.Response) -> APIStreamError:
    error = _error_payload(event)
    return APIStreamError(
        f"the server sent an error event ({event.event or 'message'}):"
        f" {_preview(_error_message(error))}",
        event=event,
        error=error,
        request=response.request,
    )


def _seconds(retry: int | None) -> float | None:
    return None if retry is None else retry / 1000.0


def _drop_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"The event stream broke off: {exc}", request=request)


def _refused(response: httpx.Response) -> APIConnectionError:
    return APIConnectionError(
        f"Resuming the event stream failed: the server answered {response.status_code}",
        request=response.request,
    )


class _StreamBase(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[ServerSentEvent], T],
        is_error: Callable[[ServerSentEvent], bool] | None,
        max_reconnects: int,
    ) -> None:
        self._response = response
        self._decode = decode
        self._is_error = is_error
        self._max_reconnects = max_reconnects
        self._decoder = SSEDecoder()
        self._reconnects = 0
        self._finished = False
        self._last_event: ServerSentEvent | None = None

    @property
    def response(self) -> httpx.Response:
        """The HTTP response events are read from (the latest one after a reconnect)."""
        return self._response

    @property
    def last_event(self) -> ServerSentEvent | None:
        """The raw event (``event``, ``data``, ``id``, ``retry``) of the value last yielded."""
        return self._last_event

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received: where a new connection would resume."""
        return self._decoder.last_event_id

    def _ends(self, event: ServerSentEvent) -> bool:
        """Whether the event ends the stream; raises for an error event."""
        if event.data == DONE:
            return True
        if event.event == "error" or (self._is_error is not None and self._is_error(event)):
            raise _stream_error(event, self._response)
        return False


class Stream(_StreamBase[T]):
    """The values of a server-sent event stream, decoded one event at a time.

    Iterate it (once) with ``for``; use it as a context manager, or call ``close()``,
    to release the connection when not reading to the end. Leaving a ``for`` loop
    early closes it too. An event whose data is ``[DONE]`` ends the stream; an
    ``error`` event (or one ``is_error`` accepts) raises ``APIStreamError``.

    ``reconnect(last_event_id, retry_seconds)`` -- when given -- is called if the
    connection breaks mid-stream, at most ``max_reconnects`` times in all; it must
    return a new streamed response (sending ``Last-Event-ID`` when the id is not
    ``None``, waiting ``retry_seconds`` first if it likes) or raise.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[ServerSentEvent], T],
        *,
        is_error: Callable[[ServerSentEvent], bool] | None = None,
        reconnect: Callable[[str | None, float | None], httpx.Response] | None = None,
        max_reconnects: int = 2,
    ) -> None:
        super().__init__(response, decode, is_error, max_reconnects)
        self._reconnect = reconnect
        self._iterator = self._values()

    def __iter__(self) -> Iterator[T]:
        # A fresh generator per loop: when a loop is left early it is dropped at
        # once, and its ``finally`` closes the response.
        try:
            yield from self._iterator
        finally:
            self.close()

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response and its connection; iteration then stops."""
        self._finished = True
        self._response.close()

    def _events(self) -> Iterator[ServerSentEvent]:
        while not self._finished:
            try:
                for chunk in self._response.iter_bytes():
                    for event in self._decoder.feed(chunk):
                        if self._finished:
                            return
                        yield event
                return
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._finished:
                    return
                if not isinstance(exc, httpx.TransportError):
                    raise
                self._resume(exc)

    def _resume(self, exc: httpx.TransportError) -> None:
        request = self._response.request
        self._response.close()
        if (
            not isinstance(exc, _DROPPED)
            or self._reconnect is None
            or self._reconnects >= self._max_reconnects
        ):
            raise _drop_error(exc, request) from exc
        self._reconnects += 1
        self._decoder.discard_partial()
        try:
            response = self._reconnect(self._decoder.last_event_id, _seconds(self._decoder.retry))
        except httpx.TransportError as err:
            raise _drop_error(err, request) from err
        self._response = response
        if response.status_code == 204:  # the server says: nothing more
            self.close()
        elif not response.is_success:
            self.close()
            raise _refused(response) from exc

    def _values(self) -> Iterator[T]:
        try:
            for event in self._events():
                if self._ends(event):
                    return
                self._last_event = event
                yield self._decode(event)
        finally:
            self.close()


class AsyncStream(_StreamBase[T]):
    """The async twin of ``Stream``: ``async for``, ``async with``, ``aclose()``.

    ``reconnect`` is an async function with the same arguments as ``Stream``'s.
    Leaving an ``async for`` loop early closes the response as soon as the event
    loop finalises the abandoned iterator; ``async with`` closes it on the spot.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[ServerSentEvent], T],
        *,
        is_error: Callable[[ServerSentEvent], bool] | None = None,
        reconnect: Callable[[str | None, float | None], Awaitable[httpx.Response]] | None = None,
        max_reconnects: int = 2,
    ) -> None:
        super().__init__(response, decode, is_error, max_reconnects)
        self._reconnect = reconnect
        self._iterator = self._values()

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for value in self._iterator:
                yield value
        finally:
            await self._iterator.aclose()
            await self.aclose()

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the response and its connection; iteration then stops."""
        self._finished = True
        await self._response.aclose()

    async def _events(self) -> AsyncGenerator[ServerSentEvent, None]:
        while not self._finished:
            try:
                async for chunk in self._response.aiter_bytes():
                    for event in self._decoder.feed(chunk):
                        if self._finished:
                            return
                        yield event
                return
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._finished:
                    return
                if not isinstance(exc, httpx.TransportError):
                    raise
                await self._resume(exc)

    async def _resume(self, exc: httpx.TransportError) -> None:
        request = self._response.request
        await self._response.aclose()
        if (
            not isinstance(exc, _DROPPED)
            or self._reconnect is None
            or self._reconnects >= self._max_reconnects
        ):
            raise _drop_error(exc, request) from exc
        self._reconnects += 1
        self._decoder.discard_partial()
        try:
            response = await self._reconnect(
                self._decoder.last_event_id, _seconds(self._decoder.retry)
            )
        except httpx.TransportError as err:
            raise _drop_error(err, request) from err
        self._response = response
        if response.status_code == 204:
            await self.aclose()
        elif not response.is_success:
            await self.aclose()
            raise _refused(response) from exc

    async def _values(self) -> AsyncGenerator[T, None]:
        events = self._events()
        try:
            async for event in events:
                if self._ends(event):
                    return
                self._last_event = event
                yield self._decode(event)
        finally:
            await events.aclose()
            await self.aclose()


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(event_type: Any) -> pydantic.TypeAdapter[Any]:
    try:
        return _adapters[event_type]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(event_type)
        _adapters[event_type] = adapter
        return adapter
    except TypeError:  # an unhashable type expression
        return pydantic.TypeAdapter(event_type)


def decoder_for(event_type: Any) -> Callable[[ServerSentEvent], Any]:
    """A ``decode`` function: the event's JSON data validated as ``event_type``.

    With ``event_type`` ``str``, data that is not a JSON string is returned as text;
    with ``ServerSentEvent``, events are returned as they are.
    """
    if event_type is ServerSentEvent:
        return lambda event: event
    if event_type is str:

        def decode_text(event: ServerSentEvent) -> Any:
            try:
                value = json.loads(event.data)
            except ValueError:
                return event.data
            return value if isinstance(value, str) else event.data

        return decode_text
    adapter = _adapter(event_type)

    def decode(event: ServerSentEvent) -> Any:
        return adapter.validate_json(event.data)

    return decode
