"""``components.securitySchemes`` -> client credentials (constructor arguments + env vars).

HTTP bearer and basic and API keys become arguments sent as they are. OAuth2 schemes with a
``clientCredentials`` flow take a client ID and secret and fetch their own tokens; every other
OAuth2 flow and OpenID Connect take a ready access token, with a ``left out`` warning naming
what the client does not automate. ``mutualTLS`` and unknown types are left out: a caller
sets them up on the HTTP client it passes in.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from .. import ir
from ..config import AuthConfig
from ..naming import UniqueNames, attribute_name
from ..reserved import CLIENT_ARGUMENT_RESERVED
from .context import Context, Node
from .schemas import text_of

_FLOWS: tuple[ir.OAuthFlowName, ...] = (
    "clientCredentials",
    "authorizationCode",
    "implicit",
    "password",
)


def _argument_base(kind: str, wire_name: str, first_secret: bool, token: bool) -> str:
    """``api_key`` for the first token-like scheme; later ones are named after their header.

    ``token``: an OAuth2 or OpenID Connect scheme, whose credential is an access token.
    """
    if token:
        return "access_token"
    if first_secret and kind in ("bearer", "api_key"):
        return "api_key"
    if kind == "basic":
        return "username"
    if kind == "bearer":
        return "bearer_token"
    base = attribute_name(wire_name)
    return base[2:] if base.startswith("x_") and len(base) > 2 else base


def _url(value: Any) -> str | None:
    """A URL as the spec writes it, or None when absent or not an http(s) URL."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        scheme = urllib.parse.urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in ("", "http", "https") else None


def _flows(ctx: Context, node: Node, key: str) -> tuple[ir.OAuthFlow, ...]:
    """The OAuth2 flows a scheme declares; unknown ones are reported and left out."""
    flows_node = node.get("flows")
    if flows_node is None or not isinstance(flows_node.value, dict):
        return ()
    flows: list[ir.OAuthFlow] = []
    for name in flows_node.value:
        flow_node = flows_node.child(name)
        flow_name = next((f for f in _FLOWS if f == name), None)
        if flow_name is None or not isinstance(flow_node.value, dict):
            ctx.warn(
                flow_node.location,
                f"OAuth2 flow {str(name)!r} is not an OpenAPI flow (clientCredentials,"
                " authorizationCode, implicit, password) or not an object",
                omitted=f"OAuth2 flow {name} of security scheme {key}",
            )
            continue
        value = flow_node.value
        scopes = value.get("scopes")
        flows.append(
            ir.OAuthFlow(
                name=flow_name,
                token_url=_url(value.get("tokenUrl")),
                refresh_url=_url(value.get("refreshUrl")),
                authorization_url=_url(value.get("authorizationUrl")),
                scopes=tuple(
                    ir.OAuthScope(str(scope), text_of(text))
                    for scope, text in (scopes.items() if isinstance(scopes, dict) else ())
                ),
            )
        )
    return tuple(flows)


def _report_manual_flows(ctx: Context, node: Node, key: str, scheme: ir.SecurityScheme) -> None:
    """A ``left out`` warning per flow the client does not run (the caller brings a token)."""
    ready = f"pass a ready access token as {scheme.argument}="
    if scheme.env_var:
        ready += f" (or ${scheme.env_var})"
    if scheme.type == "openIdConnect":
        ctx.warn(
            node.location,
            f"OpenID Connect flows are not automated: {ready}",
            omitted=f"OpenID Connect sign-in of security scheme {key}",
        )
        return
    if not scheme.flows:
        ctx.warn(
            node.location,
            f"OAuth2 scheme declares no flows, so none is automated: {ready}",
            omitted=f"OAuth2 flows of security scheme {key}",
        )
        return
    flows = node.child("flows")
    for flow in scheme.manual_flows:
        reason = "is not automated"
        if flow.name == "clientCredentials":
            reason = "has no usable tokenUrl, so the client cannot fetch tokens"
        ctx.warn(
            flows.child(flow.name).location,
            f"OAuth2 {flow.name} flow {reason}: {ready}",
            omitted=f"OAuth2 {flow.name} flow of security scheme {key}",
        )


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
            ctx.left_out_schemes.add(key)
            continue
        value = node.value
        if not isinstance(value, dict):
            ctx.warn(
                node.location, "security scheme must be an object", omitted=f"security scheme {key}"
            )
            ctx.left_out_schemes.add(key)
            continue
        kind: ir.SchemeKind
        location: ir.SchemeLocation
        scheme_type = str(value.get("type", "")).lower()
        http_scheme = str(value.get("scheme", "")).lower()
        flows: tuple[ir.OAuthFlow, ...] = ()
        spec_type: ir.SchemeType = "http"
        if scheme_type == "http" and http_scheme == "bearer":
            kind, location, wire = "bearer", "header", "Authorization"
        elif scheme_type in ("http", "basic") and (
            http_scheme == "basic" or scheme_type == "basic"
        ):
            kind, location, wire = "basic", "header", "Authorization"
        elif scheme_type == "apikey":
            kind, spec_type = "api_key", "apiKey"
            where = str(value.get("in", "header"))
            wire = str(value.get("name", "")) or key
            location = "query" if where == "query" else "cookie" if where == "cookie" else "header"
            if where not in ("header", "query", "cookie"):
                ctx.warn(node.location, f"apiKey location {where!r} is not supported; using header")
        elif scheme_type == "oauth2":
            flows = _flows(ctx, node, key)
            automated = any(f.name == "clientCredentials" and f.token_url for f in flows)
            kind = "oauth2_client_credentials" if automated else "bearer"
            location, wire, spec_type = "header", "Authorization", "oauth2"
        elif scheme_type == "openidconnect":
            kind, location, wire = "bearer", "header", "Authorization"
            spec_type = "openIdConnect"
        elif scheme_type == "mutualtls":
            ctx.warn(
                node.location,
                "mutual TLS is set up on the connection, not per request: pass an httpx client"
                " holding the client certificate as http_client= (httpx.Client(cert=...),"
                " or httpx.AsyncClient for the async client)",
                omitted=f"security scheme {key} (mutualTLS)",
            )
            ctx.left_out_schemes.add(key)
            continue
        else:
            ctx.warn(
                node.location,
                f"security scheme type {scheme_type!r}/{http_scheme!r} is not supported;"
                " send its credentials with default_headers= or your own http_client=",
                omitted=f"security scheme {key}",
            )
            ctx.left_out_schemes.add(key)
            continue
        same = next((s for s in schemes if kind == "basic" and s.kind == "basic"), None)
        if same is not None:
            # one username and password per client: requirements on either mean the same
            ctx.scheme_aliases[key] = same.key
            ctx.warn(
                node.location, f"a second HTTP basic scheme; it uses {same.key!r}'s credentials"
            )
            continue
        token = spec_type in ("oauth2", "openIdConnect")
        override = ctx.config.auth.get(key) or AuthConfig()
        argument = names.claim(override.argument or _argument_base(kind, wire, first_secret, token))
        if kind == "basic":
            names.claim("password")
        elif argument == "api_key":
            first_secret = False
        prefix = ctx.config.env_prefix
        env = override.env or f"{prefix}_{argument.upper()}"
        client_credentials = None
        if kind == "oauth2_client_credentials":
            flow = next(f for f in flows if f.name == "clientCredentials" and f.token_url)
            client_id = names.claim("client_id")
            client_secret = names.claim("client_secret")
            client_credentials = ir.ClientCredentials(
                flow=flow,
                client_id_argument=client_id,
                client_id_env=override.client_id_env or f"{prefix}_{client_id.upper()}",
                client_secret_argument=client_secret,
                client_secret_env=override.client_secret_env or f"{prefix}_{client_secret.upper()}",
                client_auth=override.client_auth or "basic",
            )
        scheme = ir.SecurityScheme(
            key=key,
            kind=kind,
            location=location,
            wire_name=wire,
            argument=argument,
            env_var=env,
            description=text_of(value.get("description")),
            type=spec_type,
            flows=flows,
            client_credentials=client_credentials,
            openid_connect_url=_url(value.get("openIdConnectUrl"))
            if scheme_type == "openidconnect"
            else None,
        )
        if token:
            _report_manual_flows(ctx, node, key, scheme)
        schemes.append(scheme)
    return tuple(schemes)
