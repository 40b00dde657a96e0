"""``servers`` lists (API, path and operation level) -> ``ir.Server``.

Server URLs keep their ``{variable}`` placeholders: the client fills them when it
is built, from ``server_variables=`` or the spec's defaults, so a user can pick a
region without regenerating.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from .. import ir
from .context import Context, Node
from .schemas import text_of

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def parse_servers(ctx: Context, owner: Node | None) -> tuple[ir.Server, ...]:
    """The usable entries of ``owner.servers``; every unusable one is reported."""
    node = owner.get("servers") if owner is not None else None
    if node is None:
        return ()
    if not isinstance(node.value, list):
        ctx.warn(node.location, "servers must be a list", omitted="servers")
        return ()
    servers: list[ir.Server] = []
    for index in range(len(node.value)):
        server = _server(ctx, node.child(index))
        if server is not None and server not in servers:
            servers.append(server)
    return tuple(servers)


def _server(ctx: Context, node: Node) -> ir.Server | None:
    value = node.value
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        ctx.warn(node.location, "server must be an object with a url", omitted="server")
        return None
    url = _resolved(ctx, node, value["url"].strip())
    variables = _variables(ctx, node, url)
    if variables is None:
        return None
    return ir.Server(
        url=url.rstrip("/") or "/",
        description=text_of(value.get("description")),
        variables=variables,
    )


def _resolved(ctx: Context, node: Node, url: str) -> str:
    """Resolve a relative URL against the spec's published address, when the config gives it."""
    if _is_absolute(url) or not ctx.config.spec_url:
        return url
    return urljoin(ctx.config.spec_url, url)


def _is_absolute(url: str) -> bool:
    parts = urlsplit(url.replace("{", "").replace("}", ""))
    return bool(parts.scheme and parts.netloc)


def _variables(ctx: Context, node: Node, url: str) -> tuple[ir.ServerVariable, ...] | None:
    raw = node.value.get("variables")
    declared = raw if isinstance(raw, dict) else {}
    if raw is not None and not isinstance(raw, dict):
        ctx.warn(node.child("variables").location, "server variables must be an object")
    variables: list[ir.ServerVariable] = []
    for name in dict.fromkeys(_PLACEHOLDER.findall(url)):
        entry = declared.get(name)
        where = node.child("variables", name) if name in declared else node
        if not isinstance(entry, dict) or "default" not in entry:
            ctx.warn(
                where.location,
                f"server variable {name!r} has no default",
                omitted=f"server {url}",
            )
            return None
        enum = entry.get("enum")
        choices = tuple(str(v) for v in enum) if isinstance(enum, list) else ()
        default = str(entry["default"])
        if choices and default not in choices:
            ctx.warn(where.location, f"server variable {name!r}: default is not in its enum")
            choices = (*choices, default)
        variables.append(
            ir.ServerVariable(
                name=name,
                default=default,
                choices=choices,
                description=text_of(entry.get("description")),
            )
        )
    return tuple(variables)


def operation_server(
    ctx: Context,
    path_servers: tuple[ir.Server, ...],
    operation: Node,
    api_servers: tuple[ir.Server, ...],
) -> ir.OperationServer | None:
    """The server an operation declares for itself (operation level over path level)."""
    servers = parse_servers(ctx, operation) or path_servers
    if not servers or servers[0] in api_servers[:1]:
        return None
    first = servers[0]
    return ir.OperationServer(
        server=first,
        relative_path=_below(first.url, api_servers),
        alternatives=servers[1:],
    )


def _below(url: str, api_servers: tuple[ir.Server, ...]) -> str | None:
    """The operation server's path beneath one of the API's servers, if it extends one."""
    best: str | None = None
    for server in api_servers:
        base = server.url.rstrip("/") + "/"
        if (url.rstrip("/") + "/").startswith(base):
            rest = url[len(base) :].strip("/")
            if best is None or len(rest) < len(best):
                best = rest
    return best
