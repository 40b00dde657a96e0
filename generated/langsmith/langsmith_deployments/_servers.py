"""Servers the API description lists, and how a client picks and fills one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import httpx

__all__ = [
    "OperationServer",
    "Server",
    "ServerVariable",
    "absolute_base",
    "check_variables",
    "choose_server",
    "server_url",
]


class ServerVariable(NamedTuple):
    """A ``{name}`` in a server URL: its default and, when the spec lists them, its choices."""

    name: str
    default: str
    choices: tuple[str, ...] = ()


class Server(NamedTuple):
    url: str
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


class OperationServer(NamedTuple):
    """A server one operation declares for itself.

    ``relative_path`` is set when it lies beneath one of the API's servers: the
    operation then follows whichever base URL the client uses (a mock, a proxy,
    another region). Otherwise it is another host, used unless ``base_url`` is set.
    """

    server: Server
    relative_path: str | None = None


def choose_server(servers: Sequence[Server], server: str | int | None) -> Server:
    """The server named by index, description or URL (the first one by default)."""
    if not servers:
        raise ValueError("base_url is required: the API description names no server")
    if server is None:
        return servers[0]
    if isinstance(server, int) and not isinstance(server, bool):
        if 0 <= server < len(servers):
            return servers[server]
    else:
        for candidate in servers:
            if server in (candidate.description, candidate.url):
                return candidate
    known = ", ".join(f"{index} ({s.description or s.url!r})" for index, s in enumerate(servers))
    raise ValueError(f"unknown server {server!r}; the API lists: {known}")


def server_url(server: Server, values: Mapping[str, str] | None) -> str:
    """The server's URL with its variables filled; checks names and allowed values."""
    values = dict(values or {})
    filled = server.url
    for variable in server.variables:
        value = values.pop(variable.name, variable.default)
        if variable.choices and value not in variable.choices:
            raise ValueError(
                f"server variable {variable.name!r} must be one of "
                f"{', '.join(map(repr, variable.choices))}; got {value!r}"
            )
        filled = filled.replace("{" + variable.name + "}", value)
    return filled


def check_variables(
    servers: Sequence[Server], values: Mapping[str, str] | None, more: Sequence[str] = ()
) -> None:
    """Reject variable names no server uses (a typo would otherwise be ignored).

    ``more`` names variables only operation-level servers use.
    """
    known = {v.name for s in servers for v in s.variables} | set(more)
    unknown = sorted(set(values or {}) - known)
    if unknown:
        offered = ", ".join(sorted(known)) or "none"
        raise ValueError(f"unknown server variable {unknown[0]!r}; the servers use: {offered}")


def absolute_base(url: str, hint: str) -> httpx.URL:
    """``url`` as a base URL ending in ``/``; a relative URL is an error naming ``hint``."""
    parsed = httpx.URL(url.rstrip("/") + "/")
    if not parsed.scheme or not parsed.host or parsed.scheme not in ("http", "https"):
        raise ValueError(
            f"the server URL {url!r} is not an absolute http(s) URL; pass base_url= ({hint})"
        )
    return parsed
