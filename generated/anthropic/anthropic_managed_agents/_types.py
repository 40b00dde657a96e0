"""Small shared types: the NOT_GIVEN sentinel, timeouts and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Literal, TypedDict, TypeVar

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "ResponseType",
    "Timeout",
    "TimeoutTypes",
]

T = TypeVar("T")


class NotGiven:
    """Marks an argument the caller did not pass, where ``None`` is a meaningful value.

    For example ``timeout=None`` disables timeouts, while leaving ``timeout`` out
    keeps the client's default.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = httpx.Timeout
TimeoutTypes = float | httpx.Timeout | None
Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]


class ResponseType(Generic[T]):
    """A response annotation that is no class (a union alias, ``X | None``), typed as ``T``.

    ``ResponseType[models.Event](models.Event)`` tells the type checker what a call
    returns and the runtime what to validate against.
    """

    __slots__ = ("annotation",)

    def __init__(self, annotation: Any) -> None:
        self.annotation = annotation

    def __repr__(self) -> str:
        return f"ResponseType({self.annotation!r})"


class RequestOptions(TypedDict, total=False):
    """Per-call overrides every operation method accepts."""

    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven
    idempotency_key: str | None
