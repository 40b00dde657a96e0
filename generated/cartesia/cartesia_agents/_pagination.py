"""Pages of list results and lazy iteration across them.

``for item in client.things.list()`` walks every item, fetching pages on demand;
``.iter_pages()`` yields whole pages. The async client returns an
``AsyncPaginator``: ``await`` it for the first page or ``async for`` over items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["AsyncPage", "AsyncPaginator", "PageSpec", "SyncPage"]

T = TypeVar("T")


@dataclass(frozen=True)
class PageSpec:
    """How one operation paginates (taken from the spec at generation time)."""

    style: str
    """``cursor``: the response names the next page's cursor; ``offset``: the next offset."""
    items: str
    """Attribute of the response model holding the page's items."""
    request_parameter: str
    """Wire name of the query parameter that selects a page."""
    response_field: str
    """Attribute of the response model with the next cursor or offset."""

    def next_value(self, response: Any, current: Any, items: list[Any]) -> Any:
        """The parameter value for the next page, or None when this is the last page."""
        if not items:
            return None
        value = getattr(response, self.response_field, None)
        if value is None or value == "" or value == current:
            return None
        return value


class SyncPage(Generic[T]):
    """One page of results; iterating it walks this and all following pages."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        next_value: Any,
        fetch: Callable[[Any], SyncPage[T]],
    ) -> None:
        self.items = items
        self.response = response
        """The whole parsed response of this page."""
        self._next_value = next_value
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_value is not None

    def get_next_page(self) -> SyncPage[T]:
        if self._next_value is None:
            raise StopIteration("this is the last page")
        return self._fetch(self._next_value)

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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} next={self._next_value!r}>"


class AsyncPage(Generic[T]):
    """One page of results from the async client."""

    def __init__(
        self,
        *,
        items: list[T],
        response: Any,
        next_value: Any,
        fetch: Callable[[Any], Awaitable[AsyncPage[T]]],
    ) -> None:
        self.items = items
        self.response = response
        self._next_value = next_value
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next_value is not None

    async def get_next_page(self) -> AsyncPage[T]:
        if self._next_value is None:
            raise StopAsyncIteration("this is the last page")
        return await self._fetch(self._next_value)

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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} next={self._next_value!r}>"


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
