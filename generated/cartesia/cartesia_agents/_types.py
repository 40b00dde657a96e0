"""Small shared types: the NOT_GIVEN sentinel, timeouts and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

import httpx

__all__ = [
    "NOT_GIVEN",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "Timeout",
    "TimeoutTypes",
]


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


class RequestOptions(TypedDict, total=False):
    """Per-call overrides every operation method accepts."""

    extra_headers: Headers | None
    extra_query: Query | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven
