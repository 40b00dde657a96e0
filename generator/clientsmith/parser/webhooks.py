"""Webhooks (OpenAPI 3.1) and operation callbacks -> ``ir.Webhook``, their union, signing.

These are requests the API sends to the user's server. The package does not send
them; it types their bodies so a receiver can parse what arrives. Parsed after the
paths, so adding a webhook never renames a model the operations already use.
"""

from __future__ import annotations

import re
from typing import Any, cast, get_args

from .. import ir
from ..config import STANDARD_WEBHOOKS, WebhooksConfig, signed_content_problem
from ..diagnostics import Severity
from ..naming import UniqueNames, attribute_name, pascal_case, snake_case
from .context import Context, Node
from .operations import HTTP_METHODS, media_kind, pick_media
from .schemas import ANY, SchemaParser, text_of

_NAME = r"[A-Za-z0-9!#$%&'*+.^_`|~-]+"
_SOURCE = rf"(?:header\.{_NAME}|query\.[^{{}}\s]+|path\.[^{{}}\s]+|body(?:#(?:/[^{{}}\s]*)*)?)"
RUNTIME_EXPRESSION = re.compile(rf"\$(?:url|method|statusCode|(?:request|response)\.{_SOURCE})")
"""The runtime expressions OpenAPI defines (its ABNF), as used in callback URLs."""

SPEC_EXTENSION = "x-speakeasy-webhooks"
"""``{security: {type: signature, headerName, signatureTextEncoding, algorithm}}``."""
_EXTENSION_ALGORITHMS = {"hmac-sha1": "sha1", "hmac-sha256": "sha256", "hmac-sha512": "sha512"}


def expression_problem(key: str) -> str | None:
    """Why a callback's URL expression is not one OpenAPI defines, or None.

    Either the whole key is an expression (``$request.body#/url``), or it is a URL
    with expressions in braces (``https://x/{$request.query.id}``).
    """
    if key.startswith("$"):
        return None if RUNTIME_EXPRESSION.fullmatch(key) else f"{key!r} is no runtime expression"
    depth = 0
    for char in key:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth not in (0, 1):
            return f"{key!r} has unbalanced braces"
    if depth:
        return f"{key!r} has unbalanced braces"
    for inner in re.findall(r"\{([^{}]*)\}", key):
        if not RUNTIME_EXPRESSION.fullmatch(inner):
            return f"{{{inner}}} is no runtime expression OpenAPI defines"
    return None


class WebhookParser:
    def __init__(self, ctx: Context, schemas: SchemaParser) -> None:
        self.ctx = ctx
        self.schemas = schemas
        self.names = UniqueNames()

    # ------------------------------------------------------------ webhooks

    def webhooks(self) -> list[ir.Webhook]:
        """The top-level ``webhooks`` map, by key."""
        raw = self.ctx.root().get("webhooks")
        if raw is None:
            return []
        if not isinstance(raw.value, dict):
            self.ctx.warn(raw.location, "webhooks must be an object", omitted="webhooks")
            return []
        found: list[ir.Webhook] = []
        for key in sorted(raw.value):
            if key.startswith("x-"):
                continue
            found += self._path_item(raw.child(key), "webhook", key, f"webhook {key}")
        return found

    def callbacks(self, owners: list[tuple[str, Node]]) -> list[ir.Webhook]:
        """Each operation's ``callbacks`` (``owners``: operationId and operation node)."""
        found: list[ir.Webhook] = []
        for parent, operation in owners:
            raw = operation.get("callbacks")
            if raw is None:
                continue
            if not isinstance(raw.value, dict):
                self.ctx.warn(
                    raw.location, "callbacks must be an object", omitted=f"callbacks of {parent}"
                )
                continue
            for name in sorted(raw.value):
                if name.startswith("x-"):
                    continue
                found += self._callback(raw.child(name), parent, name)
        return found

    def _callback(self, raw: Node, parent: str, name: str) -> list[ir.Webhook]:
        what = f"callback {name} of {parent}"
        try:
            node = self.ctx.deref(raw)
        except ValueError as exc:
            self.ctx.warn(raw.location, str(exc), omitted=what)
            return []
        if not isinstance(node.value, dict) or not node.value:
            self.ctx.warn(
                node.location, "callback must map URL expressions to path items", omitted=what
            )
            return []
        found: list[ir.Webhook] = []
        for expression in sorted(node.value):
            if expression.startswith("x-"):
                continue
            problem = expression_problem(expression)
            if problem is not None:
                self.ctx.warn(
                    node.child(expression).location,
                    f"callback URL {problem}; its requests are not typed",
                    omitted=what,
                )
                continue
            found += self._path_item(
                node.child(expression), "callback", name, what, parent=parent, expression=expression
            )
        return found

    # ------------------------------------------------------------ one path item

    def _path_item(
        self,
        raw: Node,
        kind: ir.WebhookKind,
        key: str,
        what: str,
        *,
        parent: str | None = None,
        expression: str | None = None,
    ) -> list[ir.Webhook]:
        try:
            item = self.ctx.deref(raw)
        except ValueError as exc:
            self.ctx.warn(raw.location, str(exc), omitted=what)
            return []
        if not isinstance(item.value, dict):
            self.ctx.warn(item.location, "path item must be an object", omitted=what)
            return []
        methods = [m for m in HTTP_METHODS if m in item.value]
        found: list[ir.Webhook] = []
        for method in methods:
            node = item.child(method)
            label = f"{what} ({method.upper()})"
            if not isinstance(node.value, dict):
                self.ctx.warn(node.location, "operation must be an object", omitted=label)
                continue
            base = self._base_name(node, key, parent, method if len(methods) > 1 else None)
            payload = self._payload(node, pascal_case(base) + "Payload", label)
            if payload is None:
                continue
            payload_type, media_type = payload
            self._report_untyped(item, node, label)
            operation_id = node.value.get("operationId")
            found.append(
                ir.Webhook(
                    name=self.names.claim(attribute_name(base)),
                    key=key,
                    kind=kind,
                    method=method,
                    payload=payload_type,
                    media_type=media_type,
                    summary=text_of(node.value.get("summary")),
                    description=text_of(node.value.get("description")),
                    operation_id=operation_id if isinstance(operation_id, str) else None,
                    parent=parent,
                    expression=expression,
                    deprecated=node.value.get("deprecated") is True,
                    origin=self.ctx.origin(node.location),
                )
            )
        if not methods:
            self.ctx.warn(item.location, "path item has no operations", omitted=what)
        return found

    def _report_untyped(self, item: Node, node: Node, label: str) -> None:
        """Parameters and answer bodies of a webhook are not generated: say so."""
        for owner in (item, node):
            params = owner.get("parameters")
            if params is not None and params.value:
                self.ctx.warn(
                    params.location,
                    "webhook parameters are not typed; headers reach unwrap/parse as sent",
                    omitted=f"{label} parameters",
                )
        responses = node.get("responses")
        if responses is None or not isinstance(responses.value, dict):
            return
        for status in responses.value:
            response = responses.child(status)
            if isinstance(response.value, dict) and response.value.get("content"):
                self.ctx.warn(
                    response.location,
                    "what the receiver answers is not generated (the spec describes a body)",
                    omitted=f"{label} response {status}",
                )

    @staticmethod
    def _base_name(node: Node, key: str, parent: str | None, method: str | None) -> str:
        """The operationId, else the webhook key (or operation and callback name)."""
        operation_id = node.value.get("operationId")
        if isinstance(operation_id, str) and snake_case(operation_id):
            return operation_id
        base = key if parent is None else f"{parent} {key}"
        if not snake_case(base):
            base = "webhook"
        return f"{base} {method}" if method else base

    def _payload(self, node: Node, hint: str, label: str) -> tuple[ir.TypeExpr, str] | None:
        """The JSON request body's type and media type; None (reported) when there is none."""
        raw = node.get("requestBody")
        if raw is None:
            self.ctx.warn(
                node.location, "has no request body: there is nothing to parse", omitted=label
            )
            return None
        try:
            body = self.ctx.deref(raw)
        except ValueError as exc:
            self.ctx.warn(raw.location, str(exc), omitted=label)
            return None
        content = body.get("content")
        media = pick_media(content.value) if content is not None else None
        if content is None or media is None:
            self.ctx.warn(body.location, "request body has no content", omitted=label)
            return None
        if media_kind(media) != "json":
            self.ctx.warn(
                content.child(media).location,
                f"payload media type {media!r} is not parsed (only JSON payloads are)",
                omitted=label,
            )
            return None
        media_node = content.child(media)
        schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
        payload = self.schemas.type_of(schema, hint) if schema is not None else ANY
        return payload, media


# ---------------------------------------------------------------- the union of payloads


def event_union(
    ctx: Context, webhooks: list[ir.Webhook]
) -> tuple[tuple[ir.TypeExpr, ...], ir.Discriminator | None]:
    """What ``webhooks.parse`` chooses from, and the tag that tells them apart, if any.

    Distinct typed payloads in order; when every one is a model (or a tagged union of
    models) with the same required single-valued property, that property is the tag.
    Untyped (``Any``) payloads stay out: any JSON object would match them.
    """
    members: list[ir.TypeExpr] = []
    for webhook in webhooks:
        if webhook.payload != ANY and webhook.payload not in members:
            members.append(webhook.payload)
    models = _flatten(ctx, members)
    discriminator = _common_tag(ctx, members, models) if models and len(models) > 1 else None
    if discriminator is None or len(members) == 1:
        return tuple(members), discriminator  # one tagged union keeps its own name
    assert models is not None
    return tuple(ir.NamedType(m.name) for m in models), discriminator


def _declared(ctx: Context, expr: ir.TypeExpr) -> ir.Discriminator | None:
    definition = ctx.definitions.get(expr.name) if isinstance(expr, ir.NamedType) else None
    return definition.discriminator if isinstance(definition, ir.UnionModel) else None


def _flatten(ctx: Context, members: list[ir.TypeExpr]) -> list[ir.ObjectModel] | None:
    """Each member as object models (a tagged union as its variants); None if one is not."""
    models: list[ir.ObjectModel] = []
    for member in members:
        definition = ctx.definitions.get(member.name) if isinstance(member, ir.NamedType) else None
        if isinstance(definition, ir.ObjectModel):
            parts = [definition]
        elif isinstance(definition, ir.UnionModel) and definition.discriminator is not None:
            found = [ctx.definitions.get(name) for _, name in definition.discriminator.mapping]
            parts = [d for d in found if isinstance(d, ir.ObjectModel)]
            if len(parts) != len(found):
                return None
        else:
            return None
        for model in parts:
            if model not in models:
                models.append(model)
    return models


def _common_tag(
    ctx: Context, members: list[ir.TypeExpr], models: list[ir.ObjectModel]
) -> ir.Discriminator | None:
    """A required literal property every model has, with a different value in each."""
    declared = [d.wire_name for m in members if (d := _declared(ctx, m)) is not None]
    shared: set[str] | None = None
    for model in models:
        tags = {
            p.wire_name
            for p in model.properties
            if p.required and isinstance(p.type, ir.LiteralType)
        }
        shared = tags if shared is None else shared & tags
    candidates = [w for w in declared if w in (shared or set())]
    candidates += sorted((shared or set()) - set(candidates))
    for wire in candidates:
        fields = [next(p for p in m.properties if p.wire_name == wire) for m in models]
        values = [cast(ir.LiteralType, f.type).value for f in fields]
        if len({f.name for f in fields}) != 1 or not all(
            isinstance(v, str | int) and not isinstance(v, bool) for v in values
        ):
            continue
        if len(set(values)) == len(values):
            return ir.Discriminator(
                fields[0].name,
                wire,
                tuple((str(v), m.name) for v, m in zip(values, models, strict=True)),
            )
    return None


# ---------------------------------------------------------------- signing


def _extension(ctx: Context) -> WebhooksConfig:
    """The spec's ``x-speakeasy-webhooks`` signature settings, if it has usable ones."""
    raw = ctx.root().get(SPEC_EXTENSION)
    security = raw.get("security") if raw is not None else None
    if security is None:
        return WebhooksConfig()
    value = security.value
    if not isinstance(value, dict) or value.get("type") != "signature":
        kind = value.get("type") if isinstance(value, dict) else None
        ctx.warn(
            security.location,
            f"webhook security type {kind!r} is not supported (only 'signature', an HMAC)",
            omitted="webhook signature verification",
        )
        return WebhooksConfig()
    algorithm = value.get("algorithm", "hmac-sha256")
    encoding = value.get("signatureTextEncoding", "hex")
    header = value.get("headerName")
    if (
        algorithm not in _EXTENSION_ALGORITHMS
        or encoding not in get_args(ir.SignatureEncoding)
        or not isinstance(header, str)
        or not header
    ):
        ctx.warn(
            security.location,
            "webhook signature needs headerName, an algorithm of"
            f" {', '.join(_EXTENSION_ALGORITHMS)} and a signatureTextEncoding of hex or base64",
            omitted="webhook signature verification",
        )
        return WebhooksConfig()
    return WebhooksConfig(
        signature_header=header, algorithm=_EXTENSION_ALGORITHMS[algorithm], encoding=encoding
    )


def _merged(*layers: WebhooksConfig) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for layer in layers:
        for name, value in vars(layer).items():
            if value is not None:
                values[name] = value
    return values


def _config_warning(ctx: Context, pointer: str, message: str, omitted: str | None) -> None:
    """A problem with the ``[webhooks]`` settings, reported against the config file."""
    shown = str(ctx.config.config_file) if ctx.config.config_file else "clientsmith.toml"
    ctx.diagnostics.add(shown, pointer, message, severity=Severity.WARNING, omitted=omitted)
    if omitted:
        ctx.omitted.append(f"{omitted}: {message}")


def signing(ctx: Context, has_webhooks: bool) -> ir.WebhookSigning | None:
    """The signing scheme: the spec extension, then the config's preset, then its keys."""
    config = ctx.config.webhooks
    preset = STANDARD_WEBHOOKS if config.scheme == "standard-webhooks" else WebhooksConfig()
    values = _merged(_extension(ctx), preset, config)
    if not values:
        return None
    if not has_webhooks:
        message = (
            "webhook signing is declared, but the spec has no webhooks or callbacks;"
            " no webhooks module is generated"
        )
        if config.given:
            _config_warning(ctx, "/webhooks", message, None)
        else:
            ctx.warn(ctx.root().child(SPEC_EXTENSION).location, message)
        return None
    verification = "webhook signature verification"
    header = values.get("signature_header")
    if header is None:
        _config_warning(ctx, "/webhooks", "no signature_header is set", verification)
        return None
    timestamp = values.get("timestamp_header")
    delivery_id = values.get("id_header")
    content = values.get("signed_content") or ("{timestamp}.{body}" if timestamp else "{body}")
    problem = signed_content_problem(
        content, timestamp=timestamp is not None, delivery_id=delivery_id is not None
    )
    if problem is not None:
        _config_warning(ctx, "/webhooks/signed_content", f"signed_content {problem}", verification)
        return None
    return ir.WebhookSigning(
        header=header,
        secret_env=values.get("secret_env") or f"{ctx.config.env_prefix}_WEBHOOK_SECRET",
        algorithm=values.get("algorithm", "sha256"),
        encoding=values.get("encoding", "hex"),
        prefix=values.get("signature_prefix", ""),
        signed_content=content,
        timestamp_header=timestamp,
        tolerance=values.get("tolerance", 300),
        id_header=delivery_id,
        secret_encoding=values.get("secret_encoding", "text"),
        secret_prefix=values.get("secret_prefix", ""),
    )
