"""A tiny HTTP/1.1 keep-alive server on 127.0.0.1 answering every request with one
fixed JSON body; prints its port, then serves until terminated.

Raw asyncio rather than ``http.server``: the per-request comparison divides client
time by raw-httpx time, so a slow server would dilute the client's overhead.
Standalone (stdlib only) so it runs under any interpreter.

    python bench/server.py BODY.json
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


async def serve(body: bytes) -> None:
    answer = response(body)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:" and int(line[15:]):
                        await reader.readexactly(int(line[15:]))
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1]).read_bytes()))
