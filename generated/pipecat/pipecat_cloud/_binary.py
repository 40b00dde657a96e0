"""Binary response bodies (files, audio, archives) read on demand, never all at once.

``BinaryResponse`` wraps an open streamed ``httpx.Response``: read it whole with
``read()``, piece by piece with ``iter_bytes()``, or straight into a file with
``write_to_file()``; memory then stays at one chunk however large the body is.
Close it (or use ``with``) when not reading the body to the end.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING

from ._response import ResponseView

if TYPE_CHECKING:  # typing.Self needs Python 3.11; only the type checker reads this
    from typing_extensions import Self

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]

_WRITE_BATCH = 1024 * 1024
"""Bytes gathered before one (threaded) disk write in ``AsyncBinaryResponse.write_to_file``."""


class BinaryResponse(ResponseView):
    """A streamed binary body (sync)."""

    def read(self) -> bytes:
        """The whole body (kept in memory)."""
        return self.http_response.read()

    def text(self) -> str:
        """The whole body decoded with the response's charset."""
        self.http_response.read()
        return self.http_response.text

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks (as they arrive, or of ``chunk_size`` bytes); closes at the end."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the body into ``path`` (created or truncated), one chunk at a time."""
        with open(path, "wb") as file:
            file.writelines(self.iter_bytes())

    def close(self) -> None:
        """Release the connection without reading the rest of the body."""
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBinaryResponse(ResponseView):
    """A streamed binary body (async): ``aread``, ``aiter_bytes``, ``write_to_file``."""

    async def aread(self) -> bytes:
        """The whole body (kept in memory)."""
        return await self.http_response.aread()

    async def text(self) -> str:
        """The whole body decoded with the response's charset."""
        await self.http_response.aread()
        return self.http_response.text

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks (as they arrive, or of ``chunk_size`` bytes); closes at the end."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the body into ``path``; disk writes run in a worker thread."""
        file = await asyncio.to_thread(open, path, "wb")
        try:
            batch: list[bytes] = []
            size = 0
            async for chunk in self.http_response.aiter_bytes():
                batch.append(chunk)
                size += len(chunk)
                if size >= _WRITE_BATCH:
                    await asyncio.to_thread(file.writelines, batch)
                    batch, size = [], 0
            if batch:
                await asyncio.to_thread(file.writelines, batch)
        finally:
            await self.aclose()
            await asyncio.to_thread(file.close)

    async def aclose(self) -> None:
        """Release the connection without reading the rest of the body."""
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
