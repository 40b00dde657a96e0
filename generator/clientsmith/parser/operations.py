"""Paths and operations -> IR operations: parameters, bodies, responses, security."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, cast, get_args

from .. import ir
from ..naming import UniqueNames, attribute_name, pascal_case, snake_case
from ..reserved import PARAMETER_RESERVED
from .context import Context, Node
from .schemas import ANY, SchemaParser, text_of

HTTP_METHODS: tuple[ir.HttpMethod, ...] = get_args(ir.HttpMethod)
_DEFAULT_STYLE: dict[str, ir.ParameterStyle] = {
    "query": "form",
    "path": "simple",
    "header": "simple",
    "cookie": "form",
}
_STYLES: frozenset[str] = frozenset(get_args(ir.ParameterStyle))
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}


MediaKind = ir.BodyEncoding


def media_kind(media_type: str) -> MediaKind:
    """How a body of this media type is encoded or decoded."""
    base = media_type.split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/") or base in ("application/xml", "application/yaml"):
        return "text"
    if "json" in base:
        return "json"
    return "binary"


_KIND_PREFERENCE = {"json": 0, "form": 1, "multipart": 2, "text": 3, "binary": 4}


def pick_media(content: Any) -> str | None:
    """The media type the client uses when several are offered (JSON first)."""
    if not isinstance(content, dict) or not content:
        return None
    media: str = min(content, key=lambda m: (_KIND_PREFERENCE[media_kind(str(m))], str(m)))
    return media


def _holds_files(expr: ir.TypeExpr) -> bool:
    if isinstance(expr, ir.NullableType):
        return _holds_files(expr.inner)
    if isinstance(expr, ir.ArrayType):
        return _holds_files(expr.items)
    return isinstance(expr, ir.PrimitiveType) and expr.format == "binary"


def _form_styles(media: Any) -> tuple[ir.FormStyle, ...]:
    """Urlencoded properties the ``encoding`` object serialises other than exploded ``form``.

    OpenAPI: ``explode`` defaults to true for ``form`` and false otherwise.
    """
    encoding = media.get("encoding") if isinstance(media, dict) else None
    if not isinstance(encoding, dict):
        return ()
    styles: list[ir.FormStyle] = []
    for name, entry in sorted(encoding.items()):
        if not isinstance(entry, dict) or not ({"style", "explode"} & set(entry)):
            continue
        raw = entry.get("style", "form")
        style: ir.ParameterStyle = cast(ir.ParameterStyle, raw) if raw in _STYLES else "form"
        explode = entry.get("explode")
        if not isinstance(explode, bool):
            explode = style == "form"
        if (style, explode) != ("form", True):
            styles.append(ir.FormStyle(str(name), style, explode))
    return tuple(styles)


def _part_types(media: Any) -> tuple[tuple[str, str], ...]:
    """Per-property content types from a multipart media type's ``encoding`` object."""
    encoding = media.get("encoding") if isinstance(media, dict) else None
    if not isinstance(encoding, dict):
        return ()
    return tuple(
        (str(name), entry["contentType"])
        for name, entry in sorted(encoding.items())
        if isinstance(entry, dict) and isinstance(entry.get("contentType"), str)
    )


def derived_operation_id(method: str, path: str) -> str:
    """A stable name for an operation without operationId: ``get /users/{id}`` -> get_users_by_id."""
    words = [method]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words.append("by_" + segment[1:-1])
        elif segment:
            words.append(segment)
    return snake_case(" ".join(words)) or method


def _status_rank(status: str) -> tuple[int, str]:
    if status.isdigit():
        return (int(status), status)
    if re.fullmatch(r"[1-5]XX", status, re.IGNORECASE):
        return (int(status[0]) * 100 + 99, status)
    return (1000, status)


@dataclass(frozen=True)
class OperationDraft:
    """An operation as the spec describes it, before it is placed and named on the client."""

    operation_id: str
    derived_id: bool
    """True when the spec has no operationId and one was made from method and path."""
    method: ir.HttpMethod
    path: str
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    parameters: tuple[ir.Parameter, ...]
    request_body: ir.RequestBody | None
    responses: tuple[ir.Response, ...]
    success: ir.Response | None
    errors: tuple[ir.Response, ...]
    security: tuple[tuple[str, ...], ...]
    deprecated: bool
    origin: str
    server: ir.OperationServer | None = None
    security_scopes: tuple[ir.ScopeRequirement, ...] = ()
    stream: ir.StreamOption | None = None


def is_event_stream(media_type: str) -> bool:
    return media_type.split(";", 1)[0].strip().lower() == "text/event-stream"


STREAM_FLAG = "stream"
"""The JSON body property that, set to true, turns an answer into an event stream (the
convention of Anthropic's and OpenAI's APIs, among others)."""


def _is_boolean(expr: ir.TypeExpr) -> bool:
    if isinstance(expr, ir.NullableType):
        return _is_boolean(expr.inner)
    return isinstance(expr, ir.PrimitiveType) and expr.kind == "boolean"


class OperationParser:
    def __init__(self, ctx: Context, schemas: SchemaParser) -> None:
        self.ctx = ctx
        self.schemas = schemas

    # ------------------------------------------------------------ parameters

    def _parameter_nodes(self, path_item: Node, operation: Node) -> list[Node]:
        """Path-level parameters overridden by operation-level ones with the same (name, in)."""
        merged: dict[tuple[str, str], Node] = {}
        for owner in (path_item, operation):
            params = owner.get("parameters")
            if params is None or not isinstance(params.value, list):
                continue
            for index in range(len(params.value)):
                raw = params.child(index)
                try:
                    node = self.ctx.deref(raw)
                except ValueError as exc:
                    self.ctx.warn(raw.location, str(exc), omitted="parameter")
                    continue
                value = node.value
                if not isinstance(value, dict) or not isinstance(value.get("name"), str):
                    self.ctx.warn(raw.location, "parameter has no name", omitted="parameter")
                    continue
                merged[(value["name"], str(value.get("in")))] = node
        return list(merged.values())

    def _parameter(self, node: Node, op_hint: str, names: UniqueNames) -> ir.Parameter | None:
        value = node.value
        wire = value["name"]
        where = value.get("in")
        try:
            location = ir.ParameterLocation(where)
        except ValueError:
            self.ctx.warn(
                node.location,
                f"parameter {wire!r} has unsupported location {where!r}",
                omitted=f"parameter {wire}",
            )
            return None
        if location is ir.ParameterLocation.HEADER and wire.lower() in _IGNORED_HEADERS:
            self.ctx.warn(
                node.location,
                f"header parameter {wire!r} is set by the client itself (OpenAPI ignores it)",
            )
            return None
        schema = node.get("schema")
        media: str | None = None
        if schema is None:
            content = node.get("content")
            media = pick_media(content.value) if content is not None else None
            if content is not None and media is not None:
                media_node = content.child(media)
                schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
        hint = op_hint + pascal_case(wire)
        param_type = self.schemas.type_of(schema, hint) if schema is not None else ANY
        schema_value = schema.value if schema is not None and isinstance(schema.value, dict) else {}
        raw_style = value.get("style")
        style = _DEFAULT_STYLE[location.value]
        if isinstance(raw_style, str) and raw_style in _STYLES:
            style = cast(ir.ParameterStyle, raw_style)
        elif raw_style is not None:
            self.ctx.warn(
                node.location,
                f"parameter {wire!r} has unknown style {raw_style!r}; {style!r} is used",
            )
        explode = value.get("explode")
        if not isinstance(explode, bool):
            explode = style == "form"
        if "$ref" in schema_value and schema is not None:
            try:
                target = self.ctx.deref(schema).value
            except ValueError:
                target = None
            if isinstance(target, dict):
                schema_value = {**target, **schema_value}
        default = schema_value.get("default", ir.UNSET)
        example = value.get("example", schema_value.get("example", ir.UNSET))
        if example is ir.UNSET and isinstance(schema_value.get("examples"), list):
            example = next(iter(schema_value["examples"]), ir.UNSET)
        return ir.Parameter(
            name=names.claim(attribute_name(wire, PARAMETER_RESERVED)),
            wire_name=wire,
            location=location,
            type=param_type,
            required=location is ir.ParameterLocation.PATH or value.get("required") is True,
            description=text_of(value.get("description")),
            style=style,
            explode=explode,
            default=default,
            example=example,
            deprecated=value.get("deprecated") is True,
            media_type=media,
        )

    def _sorted_parameters(self, path: str, params: list[ir.Parameter]) -> list[ir.Parameter]:
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}

        def key(p: ir.Parameter) -> tuple[int, int, str]:
            position = path.find("{" + p.wire_name + "}")
            return (order[p.location.value], position, p.wire_name)

        return sorted(params, key=key)

    # ------------------------------------------------------------ bodies and responses

    def _body_fields(
        self, body_type: ir.TypeExpr, kind: str, names: UniqueNames
    ) -> tuple[ir.Property, ...] | None:
        """An object body's writable properties, named so no parameter is shadowed."""
        if kind not in ("json", "form", "multipart") or not isinstance(body_type, ir.NamedType):
            return None
        model = self.ctx.definitions.get(body_type.name)
        if not isinstance(model, ir.ObjectModel) or not model.properties:
            return None
        names.release("body")  # reserved for a whole body, which keyword arguments replace
        return tuple(
            dataclasses.replace(prop, name=names.claim(prop.name))
            for prop in model.properties
            if not prop.read_only
        )

    def _body_example(self, media_node: Node, schema: Node | None) -> Any:
        value = media_node.value if isinstance(media_node.value, dict) else {}
        if "example" in value:
            return value["example"]
        examples = value.get("examples")
        if isinstance(examples, dict):
            for key in sorted(examples):
                try:
                    entry = self.ctx.deref(media_node.child("examples").child(key)).value
                except ValueError:
                    continue
                if isinstance(entry, dict) and "value" in entry:
                    return entry["value"]
        if schema is not None:
            try:
                target = self.ctx.deref(schema).value
            except ValueError:
                return ir.UNSET
            if isinstance(target, dict) and "example" in target:
                return target["example"]
        return ir.UNSET

    def _request_body(
        self, operation: Node, hint: str, names: UniqueNames
    ) -> ir.RequestBody | None:
        raw = operation.get("requestBody")
        if raw is None:
            return None
        try:
            node = self.ctx.deref(raw)
        except ValueError as exc:
            self.ctx.warn(raw.location, str(exc), omitted="request body")
            return None
        content = node.get("content")
        media = pick_media(content.value) if content is not None else None
        if content is None or media is None:
            self.ctx.warn(node.location, "request body has no content", omitted="request body")
            return None
        self._report_alternatives(content, media, "request body")
        media_node = content.child(media)
        schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
        kind = media_kind(media)
        body_type: ir.TypeExpr
        if kind == "binary":
            body_type = ir.PrimitiveType("string", "binary")
        elif kind == "text":
            self._report_structured_text(media, media_node, schema, "request body")
            body_type = ir.PrimitiveType("string")
        elif schema is None:
            body_type = ANY
        else:
            body_type = self.schemas.type_of(schema, hint + "Body")
        fields = self._body_fields(body_type, kind, names)
        return ir.RequestBody(
            media_type=media,
            type=body_type,
            required=node.value.get("required") is True,
            description=text_of(node.value.get("description")),
            encoding=kind,
            fields=fields,
            example=self._body_example(media_node, schema),
            file_fields=tuple(f.wire_name for f in fields or () if _holds_files(f.type))
            if kind == "multipart"
            else (),
            part_types=_part_types(media_node.value) if kind == "multipart" else (),
            form_styles=_form_styles(media_node.value) if kind == "form" else (),
        )

    def _responses(self, operation: Node, hint: str) -> list[ir.Response]:
        responses = operation.get("responses")
        if responses is None or not isinstance(responses.value, dict):
            return []
        result: list[ir.Response] = []
        for status in sorted(responses.value, key=lambda s: _status_rank(str(s))):
            raw = responses.child(status)
            try:
                node = self.ctx.deref(raw)
            except ValueError as exc:
                self.ctx.warn(raw.location, str(exc), omitted=f"response {status}")
                continue
            if not isinstance(node.value, dict):
                self.ctx.warn(
                    raw.location, "response must be an object", omitted=f"response {status}"
                )
                continue
            content = node.get("content")
            media = pick_media(content.value) if content is not None else None
            response_type: ir.TypeExpr | None = None
            decoding: ir.Decoding = "none"
            links = node.get("links")
            if links is not None and links.value:
                self.ctx.warn(
                    links.location,
                    "response links are not generated (they only document follow-up calls)",
                    omitted=f"response {status} links",
                )
            if content is not None and media is not None:
                self._report_alternatives(content, media, f"response {status}")
                kind = media_kind(media)
                media_node = content.child(media)
                schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
                suffix = (
                    "Response"
                    if str(status).startswith("2")
                    else f"Response{pascal_case(str(status))}"
                )
                if kind in ("json", "form", "multipart"):
                    decoding = "json"
                    response_type = (
                        self.schemas.type_of(schema, hint + suffix) if schema is not None else ANY
                    )
                elif is_event_stream(media):
                    decoding = "sse"
                    # without a schema the events come as they are (ServerSentEvent)
                    response_type = (
                        self.schemas.type_of(schema, hint + "Event") if schema is not None else None
                    )
                elif kind == "text":
                    self._report_structured_text(media, media_node, schema, f"response {status}")
                    decoding = "text"
                    response_type = ir.PrimitiveType("string")
                else:
                    decoding = "binary"
                    response_type = ir.PrimitiveType("string", "binary")
            result.append(
                ir.Response(
                    status=str(status),
                    description=text_of(node.value.get("description")),
                    media_type=media,
                    type=response_type,
                    decoding=decoding,
                )
            )
        return result

    def _report_alternatives(self, content: Node, chosen: str, what: str) -> None:
        """Media types of another kind than the one the client uses are left out: say so."""
        kind = media_kind(chosen)
        for media in content.value:
            other = str(media)
            if other == chosen or media_kind(other) == kind or is_event_stream(other):
                continue
            self.ctx.warn(
                content.child(media).location,
                f"{what} is also offered as {other}; the client uses {chosen}",
                omitted=f"{what} as {other}",
            )

    def _report_structured_text(
        self, media: str, media_node: Node, schema: Node | None, what: str
    ) -> None:
        """An XML (or other text) body with an object schema goes as a plain string."""
        if schema is None:
            return
        try:
            target = self.ctx.deref(schema).value
        except ValueError:
            return
        if isinstance(target, dict) and target.get("type") in ("object", "array"):
            self.ctx.warn(
                media_node.location,
                f"{what} ({media}) is not "
                + (
                    "parsed into a model; it is returned"
                    if what != "request body"
                    else "built from a model; it is passed"
                )
                + " as text",
                omitted=f"{what} {media} schema",
            )

    def _event_alternative(
        self, operation: Node, success: ir.Response, hint: str
    ) -> tuple[str, ir.TypeExpr | None] | None:
        """The event-stream media type a JSON success response also offers, and its events.

        ``None`` as the type: the spec gives the events no schema.
        """
        responses = operation.get("responses")
        if responses is None or not isinstance(responses.value, dict):
            return None
        status = next((k for k in responses.value if str(k) == success.status), None)
        if status is None:
            return None
        node = self.ctx.deref(responses.child(status))  # _responses followed it already
        content = node.get("content")
        if content is None or not isinstance(content.value, dict):
            return None
        media = next(
            (str(m) for m in sorted(content.value, key=str) if is_event_stream(str(m))), None
        )
        if media is None:
            return None
        media_node = content.child(media)
        schema = media_node.get("schema") if isinstance(media_node.value, dict) else None
        return media, self.schemas.type_of(schema, hint + "Event") if schema is not None else None

    def _stream_option(
        self,
        operation: Node,
        operation_id: str,
        success: ir.Response | None,
        body: ir.RequestBody | None,
        hint: str,
        names: UniqueNames,
    ) -> ir.StreamOption | None:
        """JSON answer or event stream: a ``stream`` body flag, or both media types offered."""
        if success is None or success.decoding != "json":
            return None
        setting = self.ctx.config.operations.get(operation_id)
        if setting is not None and setting.stream is False:
            return None
        alternative = self._event_alternative(operation, success, hint)
        media, event_type = alternative or ("text/event-stream", None)
        flag = None
        if body is not None and body.encoding == "json" and body.fields is not None:
            flag = next(
                (f for f in body.fields if f.wire_name == STREAM_FLAG and _is_boolean(f.type)),
                None,
            )
        if flag is not None:
            return ir.StreamOption(flag.name, "body", media, event_type)
        if alternative is None:
            return None
        return ir.StreamOption(names.claim(STREAM_FLAG), "accept", media, event_type)

    @staticmethod
    def _success(responses: list[ir.Response]) -> ir.Response | None:
        for response in responses:
            if response.status.startswith("2"):
                return response
        for response in responses:
            if response.status == "default":
                return response
        return None

    # ------------------------------------------------------------ security

    def _security(
        self, operation: Node, known: set[str]
    ) -> tuple[tuple[tuple[str, ...], ...], tuple[ir.ScopeRequirement, ...]]:
        """Alternatives of scheme names, and the scopes each scheme is asked for.

        Schemes reported as left out (mutual TLS…) are satisfied outside the client, so
        they are dropped from their requirement. A scheme's scopes come from the first
        requirement that names it.
        """
        raw = operation.value.get("security", self.ctx.spec.document.get("security", []))
        if not isinstance(raw, list):
            return (), ()
        alternatives: list[tuple[str, ...]] = []
        scopes: dict[str, tuple[str, ...]] = {}
        for requirement in raw:
            if not isinstance(requirement, dict):
                continue
            wanted: dict[str, list[str]] = {}
            for raw_name, listed in requirement.items():
                name = self.ctx.scheme_aliases.get(str(raw_name), str(raw_name))
                if name in self.ctx.left_out_schemes:
                    continue
                bucket = wanted.setdefault(name, [])
                for scope in listed if isinstance(listed, list) else ():
                    if isinstance(scope, str) and scope and scope not in bucket:
                        bucket.append(scope)
            names = tuple(sorted(wanted))
            unknown = [n for n in names if n not in known]
            if unknown:
                self.ctx.warn(
                    operation.location,
                    f"security requirement names undefined scheme(s) {', '.join(unknown)}",
                )
                continue
            if names not in alternatives:
                alternatives.append(names)
            for name in names:
                if wanted[name] and name not in scopes:
                    scopes[name] = tuple(wanted[name])
        requirements = tuple(ir.ScopeRequirement(n, scopes[n]) for n in sorted(scopes))
        return tuple(alternatives), requirements

    # ------------------------------------------------------------ operations

    def parse(
        self, path: str, method: ir.HttpMethod, path_item: Node, node: Node, known: set[str]
    ) -> OperationDraft:
        value = node.value
        operation_id = value.get("operationId")
        derived = not isinstance(operation_id, str) or not snake_case(operation_id)
        if not isinstance(operation_id, str) or derived:
            operation_id = derived_operation_id(method, path)
        hint = pascal_case(operation_id) or pascal_case(method + " " + path)
        names = UniqueNames(PARAMETER_RESERVED)
        parameters = []
        for param_node in self._parameter_nodes(path_item, node):
            param = self._parameter(param_node, hint, names)
            if param is not None:
                parameters.append(param)
        self._check_path_parameters(path, parameters, node, names)
        responses = self._responses(node, hint)
        success = self._success(responses)
        errors = tuple(
            r
            for r in responses
            if r is not success and r.type is not None and not r.status.startswith(("1", "2", "3"))
        )
        tags = value.get("tags")
        security, security_scopes = self._security(node, known)
        request_body = self._request_body(node, hint, names)
        return OperationDraft(
            operation_id=operation_id,
            derived_id=derived,
            method=method,
            path=path,
            summary=text_of(value.get("summary")),
            description=text_of(value.get("description")),
            tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
            parameters=tuple(self._sorted_parameters(path, parameters)),
            request_body=request_body,
            responses=tuple(responses),
            success=success,
            errors=errors,
            security=security,
            deprecated=value.get("deprecated") is True,
            origin=self.ctx.origin(node.location),
            security_scopes=security_scopes,
            stream=self._stream_option(node, operation_id, success, request_body, hint, names),
        )

    def _check_path_parameters(
        self, path: str, params: list[ir.Parameter], node: Node, names: UniqueNames
    ) -> None:
        declared = {p.wire_name for p in params if p.location is ir.ParameterLocation.PATH}
        for name in re.findall(r"\{([^}]+)\}", path):
            if name not in declared:
                self.ctx.warn(
                    node.location,
                    f"path parameter {name!r} is not declared; it is added as a string argument",
                )
                params.append(
                    ir.Parameter(
                        name=names.claim(attribute_name(name, PARAMETER_RESERVED)),
                        wire_name=name,
                        location=ir.ParameterLocation.PATH,
                        type=ir.PrimitiveType("string"),
                        required=True,
                    )
                )
