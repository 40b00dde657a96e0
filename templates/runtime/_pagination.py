"""Pages of list results and lazy iteration across them: one page class per style.

``for item in client.things.list()`` walks every item, fetching pages on demand;
``.iter_pages()`` yields whole pages. The async client returns an
``AsyncPaginator``: ``await`` it for the first page or ``async for`` over items.
Each style owns its next-page rule: a cursor page follows the cursor the server
returns; an offset page advances by the number of items it received.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, NamedTuple, TypeVar

__all__ = [
    "PageSpec",
    "LastPageError",
    "SyncPage",
    "SyncCursorPage",
    "SyncOffsetPage",
    "AsyncPage",
    "AsyncCursorPage",
    "AsyncOffsetPage",
    "AsyncPaginator",
]

T = TypeVar("T")
_TOTAL_FIELDS = ("total", "total_count", "count", "totalCount")


class LastPageError(LookupError):
    """``get_next_page()`` was called on the last page (check ``has_next_page()`` first)."""


class PageSpec(NamedTuple):
    """Where one operation's pages keep their items and how the next page is asked for."""

    items: str
    """Attribute of the response model holding the page's items."""
    request_parameter: str
    """Wire name of the query parameter that selects a page (a cursor or an offset)."""
    response_field: str | None = None
    """Attribute of the response model naming the next cursor (cursor pages)."""
    limit_parameter: str | None = None
    """Wire name of the page-size parameter (offset pages): a short page is the last."""
    default_limit: int | None = None
    """The page size the server uses when the call does not set one."""


def _next_cursor(spec: PageSpec, response: Any, current: Any, items: list[Any]) -> Any:
    if not items or spec.response_field is None:
        return None
    value = getattr(response, spec.response_field, None)
    if value is None or value == "" or value == current:
        return None
    return value


def _next_offset(spec: PageSpec, response: Any, current: Any, items: list[Any]) -> Any:
    """Offset + items received; the server's own echo of the offset is never trusted.

    The last page is an empty one, one shorter than the page size, one whose response says
    ``has_more: false``, or one that reaches the response's total.
    """
    if not items or getattr(response, "has_more", None) is False:
        return None
    if spec.default_limit is not None and len(items) < spec.default_limit:
        return None
    start = current if isinstance(current, int) and not isinstance(current, bool) else 0
    following = start + len(items)
    for name in _TOTAL_FIELDS:
        total = getattr(response, name, None)
        if isinstance(total, int) and not isinstance(total, bool) and following >= total:
            return None
    return following


class _PageBase(Generic[T]):
    """What sync and async pages share: the items, the parsed response and the next value."""

    _next_rule: Callable[[PageSpec, Any, Any, list[Any]], Any] = staticmethod(_next_cursor)

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        spec: PageSpec,
        current: Any,
        previous_items: list[T] | None = None,
    ) -> None:
        self.items = items
        self.response = response
        """The whole parsed response of this page."""
        self._spec = spec
        self._next_value = type(self)._next_rule(spec, response, current, list(items))
        if previous_items is not None and previous_items == items:
            self._next_value = None  # the server ignored the page parameter: stop, not loop

    def has_next_page(self) -> bool:
        return self._next_value is not None

    def next_page_value(self) -> Any:
        """The cursor or offset the next page is requested with (None on the last page)."""
        return self._next_value

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} next={self._next_value!r}>"


class SyncPage(_PageBase[T]):
    """One page of results; iterating it walks this and all following pages."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        spec: PageSpec,
        current: Any,
        fetch: Callable[[Any, list[T]], SyncPage[T]],
        previous_items: list[T] | None = None,
    ) -> None:
        super().__init__(
            items=items,
            response=response,
            spec=spec,
            current=current,
            previous_items=previous_items,
        )
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T]:
        if self._next_value is None:
            raise LastPageError("this is the last page")
        return self._fetch(self._next_value, self.items)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class SyncCursorPage(SyncPage[T]):
    """A page whose response names the cursor of the next one."""


class SyncOffsetPage(SyncPage[T]):
    """A page selected by offset; the next starts after the items this one received."""

    _next_rule = staticmethod(_next_offset)


class AsyncPage(_PageBase[T]):
    """One page of results from the async client."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        spec: PageSpec,
        current: Any,
        fetch: Callable[[Any, list[T]], Awaitable[AsyncPage[T]]],
        previous_items: list[T] | None = None,
    ) -> None:
        super().__init__(
            items=items,
            response=response,
            spec=spec,
            current=current,
            previous_items=previous_items,
        )
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        if self._next_value is None:
            raise LastPageError("this is the last page")
        return await self._fetch(self._next_value, self.items)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncCursorPage(AsyncPage[T]):
    """A page whose response names the cursor of the next one (async)."""


class AsyncOffsetPage(AsyncPage[T]):
    """A page selected by offset; the next starts after the items this one received (async)."""

    _next_rule = staticmethod(_next_offset)


class AsyncPaginator(Generic[T]):
    """Await for the first page, or ``async for`` directly over every item."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item
