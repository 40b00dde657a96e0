"""``components.securitySchemes`` -> client credentials (constructor arguments + env vars)."""

from __future__ import annotations

from .. import ir
from ..naming import UniqueNames, attribute_name
from ..reserved import CLIENT_ARGUMENT_RESERVED
from .context import Context
from .schemas import text_of


def _argument_base(kind: str, wire_name: str, key: str, first_secret: bool) -> str:
    """``api_key`` for the first token-like scheme; later ones are named after their header."""
    if first_secret and kind in ("bearer", "api_key"):
        return "api_key"
    if kind == "basic":
        return "username"
    if kind == "bearer":
        return "bearer_token"
    base = attribute_name(wire_name)
    return base[2:] if base.startswith("x_") and len(base) > 2 else base


def parse_security_schemes(ctx: Context) -> tuple[ir.SecurityScheme, ...]:
    components = ctx.root().get("components")
    base = components.get("securitySchemes") if components is not None else None
    if base is None or not isinstance(base.value, dict):
        return ()
    raw = base.value
    names = UniqueNames(CLIENT_ARGUMENT_RESERVED)
    schemes: list[ir.SecurityScheme] = []
    first_secret = True
    for key in sorted(raw):
        try:
            node = ctx.deref(base.child(key))
        except ValueError as exc:
            ctx.warn(base.child(key).location, str(exc), omitted=f"security scheme {key}")
            continue
        value = node.value
        if not isinstance(value, dict):
            ctx.warn(
                node.location, "security scheme must be an object", omitted=f"security scheme {key}"
            )
            continue
        kind: ir.SchemeKind
        location: ir.SchemeLocation
        scheme_type = str(value.get("type", "")).lower()
        http_scheme = str(value.get("scheme", "")).lower()
        if scheme_type == "http" and http_scheme == "bearer":
            kind, location, wire = "bearer", "header", "Authorization"
        elif scheme_type in ("http", "basic") and (
            http_scheme == "basic" or scheme_type == "basic"
        ):
            kind, location, wire = "basic", "header", "Authorization"
        elif scheme_type == "apikey":
            kind = "api_key"
            where = str(value.get("in", "header"))
            wire = str(value.get("name", "")) or key
            location = "query" if where == "query" else "cookie" if where == "cookie" else "header"
            if where not in ("header", "query", "cookie"):
                ctx.warn(node.location, f"apiKey location {where!r} is not supported; using header")
        elif scheme_type in ("oauth2", "openidconnect"):
            kind, location, wire = "bearer", "header", "Authorization"
        else:
            ctx.warn(
                node.location,
                f"security scheme type {scheme_type!r}/{http_scheme!r} is not supported",
                omitted=f"security scheme {key}",
            )
            continue
        same = next((s for s in schemes if kind == "basic" and s.kind == "basic"), None)
        if same is not None:
            # one username and password per client: requirements on either mean the same
            ctx.scheme_aliases[key] = same.key
            ctx.warn(
                node.location, f"a second HTTP basic scheme; it uses {same.key!r}'s credentials"
            )
            continue
        override = ctx.config.auth.get(key)
        argument = override.argument if override and override.argument else None
        argument = names.claim(argument or _argument_base(kind, wire, key, first_secret))
        if kind == "basic":
            names.claim("password")
        elif argument == "api_key":
            first_secret = False
        env = (
            override.env
            if override and override.env
            else f"{ctx.config.env_prefix}_{argument.upper()}"
        )
        schemes.append(
            ir.SecurityScheme(
                key=key,
                kind=kind,
                location=location,
                wire_name=wire,
                argument=argument,
                env_var=env,
                description=text_of(value.get("description")),
            )
        )
    return tuple(schemes)
