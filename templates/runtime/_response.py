"""Raw access: the parsed value together with the HTTP status and headers."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar

import httpx

__all__ = ["RawResponse", "to_raw_response", "to_async_raw_response"]

T = TypeVar("T")
P = ParamSpec("P")

raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_mode", default=False)
"""Set while a ``with_raw_response`` call runs; the client then returns a RawResponse."""


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
