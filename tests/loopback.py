"""A real HTTP server on 127.0.0.1 for runtime tests: each test supplies the handler.

The handler runs in the server's request thread with the ``BaseHTTPRequestHandler``;
helpers here write chunked bodies, break connections and notice disconnects. Every
wait is bounded so that a broken test fails instead of hanging.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

WAIT = 10.0
"""Upper bound (seconds) of any wait for the other side; never reached when tests pass."""

App = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _run(self) -> None:
        self.server.loopback.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
            }
        )
        self.server.loopback.app(self)

    do_GET = do_POST = do_PUT = _run

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    loopback: Loopback

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        self.loopback.errors.append(sys.exc_info()[1])


class Loopback:
    """``with Loopback(app) as server: httpx.get(server.url + "/x")``."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.seen: list[dict[str, Any]] = []
        self.errors: list[BaseException | None] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.loopback = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(WAIT)


def start_chunked(
    handler: BaseHTTPRequestHandler,
    content_type: str = "text/event-stream",
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.send_header("Cache-Control", "no-cache")
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.flush()


def send_chunk(handler: BaseHTTPRequestHandler, data: bytes | str) -> None:
    if isinstance(data, str):
        data = data.encode()
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
    handler.wfile.flush()


def end_chunked(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"0\r\n\r\n")
    handler.wfile.flush()


def drop(handler: BaseHTTPRequestHandler) -> None:
    """Break the connection mid-body: the chunked body never gets its last chunk."""
    handler.wfile.flush()
    handler.close_connection = True
    handler.connection.shutdown(socket.SHUT_RDWR)


def wait_for_disconnect(handler: BaseHTTPRequestHandler, timeout: float = WAIT) -> bool:
    """Whether the client closed the connection within ``timeout`` seconds."""
    handler.close_connection = True
    conn = handler.connection
    conn.settimeout(timeout)
    try:
        return conn.recv(1) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


def read_body(handler: BaseHTTPRequestHandler) -> bytes:
    """The request body, by Content-Length or chunked transfer encoding."""
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        parts = []
        for _ in range(1_000_000):
            size = int(handler.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                handler.rfile.readline()
                break
            parts.append(handler.rfile.read(size))
            handler.rfile.readline()
        return b"".join(parts)
    return handler.rfile.read(int(handler.headers.get("Content-Length", "0")))


def respond(handler: BaseHTTPRequestHandler, body: bytes, content_type: str = "text/plain") -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    handler.wfile.flush()


class Flags:
    """Events and values shared between a test and its server's handler threads."""

    def __init__(self) -> None:
        self.events: dict[str, threading.Event] = {}
        self.values: dict[str, Any] = {}

    def __getitem__(self, name: str) -> threading.Event:
        return self.events.setdefault(name, threading.Event())

    def record(self, name: str, value: Any) -> None:
        """Set a value from the server's thread; ``wait`` reads it from the test's."""
        self.values[name] = value
        self[name].set()

    def wait(self, name: str) -> Any:
        """The value, once the server's handler thread has recorded it (bounded wait)."""
        assert self[name].wait(WAIT), f"the server never recorded {name!r}"
        return self.values[name]
