"""IR -> the files of one client package, rendered from the Jinja2 templates.

Templates receive IR objects and a few pure helper functions (annotations,
defaults, literals); they never see raw spec data.
"""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import jinja2

from . import __version__, ir, model_layout, parallel, pyimports, request_params
from .annotations import Annotator
from .defaults import default_expression, is_nullable
from .formatting import LINE_LENGTH
from .freshness import templates_dir
from .pynames import HARD_KEYWORDS
from .pytext import comment_safe, docstring, string_literal, value_literal
from .reserved import ANNOTATION_BUILTINS

Job = tuple[str, Callable[[], str]]
"""A file of the package: its path and how to render its text."""

Variant = Literal["", "json", "stream", "either"]
"""One signature of a method with a stream option: the implementation (``""``), or the
overload answering JSON (``stream`` false or left out), a Stream (``stream=True``), or
either (a ``bool`` known only at run time)."""

_SINGLE_NAME = re.compile(r"[\w.]+")
"""An annotation that no formatter can split: one (dotted) name."""


def _formatters_disagree(annotation: str, line: str) -> bool:
    """A one-name annotation whose line is too long: black wraps it in parentheses and
    ruff format does not, so the line is emitted for neither to touch (``# fmt: skip``)."""
    return bool(_SINGLE_NAME.fullmatch(annotation)) and len(line) > LINE_LENGTH


PARALLEL_MIN_MODULES = 400
"""Below this many modules forking costs more than it saves."""


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (keyed by each template's source checksum).

    Compiling the templates costs more than rendering a small package. Jinja's default
    folder is private to the user (``$TMPDIR/_jinja2-cache-<uid>``, mode 0700); where it
    cannot be made, templates are compiled every run.
    """
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "package")),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates do not change during a run; skip a stat per render
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["pystr"] = string_literal
    env.filters["pyvalue"] = value_literal
    env.filters["pyserver"] = server_expression
    env.globals["operation_variables"] = operation_variables
    env.globals["server_variable_names"] = server_variable_names
    env.filters["doc"] = docstring
    env.filters["oneline"] = comment_safe
    env.filters["api_name"] = api_name
    return env


def api_name(title: str) -> str:
    """``Pipecat Cloud`` -> ``Pipecat Cloud API``; a title already ending in API is kept."""
    title = comment_safe(title)
    return title if title.lower().endswith("api") else f"{title} API"


def _tuple_literal(items: Sequence[str]) -> str:
    """``("a", "b")``, or ``("a",)`` for one item."""
    if len(items) == 1:
        return f"({string_literal(items[0])},)"
    return "(" + ", ".join(string_literal(x) for x in items) + ")"


OPTIONAL_RUNTIME = {"_webhooks.py": "webhooks"}
"""Runtime modules only some packages need, by the ``ir.Api`` field that calls for them."""


def runtime_files(api: ir.Api | None = None) -> dict[str, str]:
    """The static runtime modules copied into a package (every one when ``api`` is None)."""
    folder = templates_dir() / "runtime"
    return {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.glob("*.py"))
        if api is None or p.name not in OPTIONAL_RUNTIME or getattr(api, OPTIONAL_RUNTIME[p.name])
    }


@dataclass(frozen=True)
class FieldView:
    annotation: str
    assignment: str
    """`` = ...`` text after the annotation, or empty."""


class ModelHelpers:
    """Helpers for one models module: an Annotator collecting that module's imports."""

    def __init__(self, definitions: dict[str, ir.Definition]) -> None:
        self.definitions = definitions
        self.annotate = Annotator("models", definitions)

    def field(self, prop: ir.Property) -> FieldView:
        annotation = self.annotate(prop.type)
        options: list[str] = []
        # Models are what responses parse into (requests send TypedDict params): a
        # readOnly field may be absent when a model is sent, and a nullable field
        # that is missing parses as None.
        if prop.required and not prop.read_only and not is_nullable(prop.type):
            default = None
        else:
            default = default_expression(prop.type, prop.default, self.definitions)
            if default is None:
                default = "None"
            if default == "None" and not is_nullable(prop.type):
                annotation += " | None"
        if default is not None:
            options.append(f"default={default}")
        if prop.name != prop.wire_name:
            options.append(f"alias={string_literal(prop.wire_name)}")
        if prop.deprecated:
            options.append("deprecated=True")  # reading it warns
        if not options:
            assignment, opening = "", ""
        elif options == [f"default={default}"]:
            assignment, opening = f" = {default}", " = ("
        else:
            self.annotate.used.add("Field")
            assignment, opening = " = Field(" + ", ".join(options) + ")", " = Field("
        if opening and _formatters_disagree(annotation, f"    {prop.name}: {annotation}{opening}"):
            assignment += "  # fmt: skip"
        return FieldView(annotation, assignment)

    def typed_extra(self, model: ir.ObjectModel) -> str | None:
        """The annotation of undeclared fields' values, when the schema types them."""
        if model.extra is None or model.extra == ir.PrimitiveType("any"):
            return None
        return self.annotate(model.extra)

    def union(self, model: ir.UnionModel) -> str:
        variants = " | ".join(self.annotate(v) for v in model.variants)
        if model.discriminator is None:
            return variants
        self.annotate.used.update({"Annotated", "Field", "OpenUnion"})
        # OpenUnion: a tag added to the API later parses as UnknownVariant, not an error
        return (
            f"Annotated[{variants}, "
            f"Field(discriminator={string_literal(model.discriminator.property_name)}), OpenUnion]"
        )

    def enum_base(self, model: ir.EnumModel) -> str:
        return f"{model.value_kind}, UnknownValueEnum"


def server_expression(server: ir.Server) -> str:
    """``Server(url, description, variables=(...))`` as the runtime's ``_servers`` spells it."""
    parts = [value_literal(server.url)]
    if server.description:
        parts.append(value_literal(server.description))
    if server.variables:
        variables = "".join(_variable_expression(v) + ", " for v in server.variables)
        parts.append(f"variables=({variables.rstrip()})")
    return f"Server({', '.join(parts)})"


def _operation_server_expression(server: ir.OperationServer) -> str:
    inner = server_expression(server.server)
    if server.relative_path is None:
        return f"OperationServer({inner})"
    return f"OperationServer({inner}, relative_path={value_literal(server.relative_path)})"


def _server_constants(operations: Sequence[ir.Operation]) -> dict[ir.OperationServer, str]:
    """A module constant name for each distinct server the operations declare."""
    taken: set[str] = set()
    names: dict[ir.OperationServer, str] = {}
    for op in operations:
        if op.server is None or op.server in names:
            continue
        name = stem = _server_constant(op.server)
        counter = 2
        while name in taken:
            name, counter = f"{stem}_{counter}", counter + 1
        taken.add(name)
        names[op.server] = name
    return names


def _server_constant(server: ir.OperationServer) -> str:
    """``_PUBLIC_SERVER`` for a server beneath the API's, ``_TTS_EXAMPLE_COM_SERVER`` for a host."""
    if server.relative_path:
        words = server.relative_path
    else:
        parts = urllib.parse.urlsplit(server.server.url)
        words = parts.netloc + parts.path
    stem = re.sub(r"[^0-9A-Za-z]+", "_", words).strip("_").upper() or "OPERATION"
    if stem[0].isdigit():
        stem = "S" + stem
    return f"_{stem}_SERVER"


def _variable_expression(variable: ir.ServerVariable) -> str:
    parts = [value_literal(variable.name), value_literal(variable.default)]
    if variable.choices:
        choices = "".join(value_literal(c) + ", " for c in variable.choices)
        parts.append(f"({choices.rstrip()})")
    return f"ServerVariable({', '.join(parts)})"


def operation_variables(api: ir.Api) -> list[str]:
    """Variables only operation-level servers use (the client still accepts them)."""
    known = {v.name for s in api.servers for v in s.variables}
    extra = {
        v.name
        for op in api.operations
        if op.server is not None
        for s in (op.server.server,)
        for v in s.variables
    }
    return sorted(extra - known)


def server_variable_names(api: ir.Api) -> list[str]:
    """Every placeholder name of the API's and the operations' servers."""
    names = {v.name for s in api.servers for v in s.variables}
    return sorted(names | set(operation_variables(api)))


class ResourceHelpers:
    """Helpers for one resource module (signatures, calls, return types)."""

    def __init__(
        self,
        api: ir.Api,
        resource: ir.Resource | None = None,
        definitions: dict[str, ir.Definition] | None = None,
        param_names: dict[str, str] | None = None,
    ) -> None:
        self.api = api
        self.module_used: set[str] = set()
        """Module-level imports the body asked for beyond type names (``warnings``)."""
        self.definitions = definitions or {d.name: d for d in api.definitions}
        self._server_names = _server_constants(resource.operations if resource else ())
        members = {op.name for op in resource.operations} if resource else set()
        members |= {child.name for child in resource.children} if resource else set()
        shadowed = frozenset(members & ANNOTATION_BUILTINS)
        # a method or sub-resource called ``models``/``params`` hides the module in the class
        self.models_alias = "_models" if "models" in members else "models"
        self.params_alias = "_params" if "params" in members else "params"
        models_prefix = self.models_alias + "."
        self.inputs = Annotator(
            "input", self.definitions, shadowed=shadowed, models_prefix=models_prefix
        )
        self.outputs = Annotator(
            "output", self.definitions, shadowed=shadowed, models_prefix=models_prefix
        )
        self.bodies = Annotator(
            "param",
            self.definitions,
            shadowed=shadowed,
            param_names=param_names or {},
            param_prefix=self.params_alias + ".",
            models_prefix=models_prefix,
        )

    def used(self) -> set[str]:
        return self.inputs.used | self.outputs.used | self.bodies.used | self.module_used

    def deprecation(self, op: ir.Operation) -> str | None:
        """The ``@deprecated`` message of a deprecated operation (type checkers flag calls)."""
        if not op.deprecated:
            return None
        self.module_used.add("deprecated")
        return f"{op.method.upper()} {op.path} is deprecated by the API and may be removed."

    def deprecated_arguments(self, op: ir.Operation) -> list[tuple[str, str, str]]:
        """(argument, its "not given" value, warning) for each optional deprecated input."""
        found: list[tuple[str, str, str]] = []
        body = op.request_body
        for field in body.fields or () if body is not None else ():
            if field.deprecated and not field.required:
                found.append((field.name, "NOT_GIVEN", field.wire_name))
        for param in op.parameters:
            if param.deprecated and not param.required and not param.client_option:
                found.append((param.name, "None", param.wire_name))
        if found:
            self.module_used.add("warnings")
        return [
            (name, unset, f"{self._call_name(op)}: `{name}` is deprecated by the API.")
            for name, unset, _ in found
        ]

    def _call_name(self, op: ir.Operation) -> str:
        return f"{op.resource}.{op.name}()"

    def uses_paging(self, resource: ir.Resource, style: str) -> bool:
        return any(op.pagination and op.pagination.style == style for op in resource.operations)

    def has_body(self, op: ir.Operation) -> bool:
        return op.request_body is not None

    def is_safe(self, op: ir.Operation) -> bool:
        """GET-like: never carries an idempotency key."""
        return op.method in ("get", "head", "options", "trace")

    def required_arguments(self, op: ir.Operation, variant: Variant = "") -> list[str]:
        """Keyword arguments without defaults: body fields, then parameters."""
        return [a for a, required in self._keyword_entries(op, variant) if required]

    def optional_arguments(self, op: ir.Operation, variant: Variant = "") -> list[str]:
        return [a for a, required in self._keyword_entries(op, variant) if not required]

    def _keyword_entries(self, op: ir.Operation, variant: Variant) -> list[tuple[str, bool]]:
        entries: list[tuple[str, bool]] = []
        body = op.request_body
        flag = op.stream
        if body is not None and body.fields is not None:
            for field in body.fields:
                if variant and flag is not None and flag.argument == field.name:
                    entries.append(self._flag_entry(flag, variant, field))
                    continue
                files = field.wire_name in body.file_fields
                entries.append((self._body_field_entry(field, files), field.required))
        elif body is not None:
            annotation = self.bodies(body.type)
            entries.append(
                (_signature_entry("body", annotation, body.required, body.type), body.required)
            )
        for param in self.keyword(op):
            entries.append((self.argument(param), param.required and not param.client_option))
        if flag is not None and flag.switch == "accept":
            entries.append(self._flag_entry(flag, variant, None))
        return entries

    def variants(self, op: ir.Operation) -> tuple[Variant, ...]:
        """The ``@overload`` signatures written before the method itself."""
        return ("json", "stream", "either") if op.stream is not None else ()

    def _flag_entry(
        self, flag: ir.StreamOption, variant: Variant, field: ir.Property | None
    ) -> tuple[str, bool]:
        """The stream flag in one signature: ``Literal[True]`` selects the Stream overload."""
        boolean = self.inputs(ir.PrimitiveType("boolean"))
        if variant == "stream":
            self.inputs.used.add("Literal")
            return f"{flag.argument}: Literal[True]", True
        if variant == "either":
            return f"{flag.argument}: {boolean}", True
        if field is None:  # the Accept switch: an argument of its own
            if variant == "json":
                self.inputs.used.add("Literal")
                return f"{flag.argument}: Literal[False] = False", False
            return f"{flag.argument}: {boolean} = False", False
        self.inputs.used.add("Literal")
        annotation = "Literal[False]" + (" | None" if is_nullable(field.type) else "")
        if field.required:
            return f"{flag.argument}: {annotation}", True
        return f"{flag.argument}: {annotation} | NotGiven = NOT_GIVEN", False

    def _body_field_entry(self, field: ir.Property, files: bool = False) -> str:
        """``name: Type`` or ``name: Type | NotGiven = NOT_GIVEN``; objects also as models."""
        annotation = self.bodies(field.type)
        if files:
            self.bodies.used.add("FileTypes")
            annotation = _FILE_ANNOTATION.sub("FileTypes", annotation)
        inner = field.type.inner if isinstance(field.type, ir.NullableType) else field.type
        if isinstance(inner, ir.NamedType) and inner.name in self.bodies.param_names:
            annotation = annotation.replace(
                self.bodies.param_prefix + self.bodies.param_names[inner.name],
                f"{self.bodies.param_prefix}{self.bodies.param_names[inner.name]}"
                f" | {self.outputs(inner)}",
                1,
            )
        if field.required:
            return _signature_entry(field.name, annotation, True, field.type)
        return _signature_entry(
            field.name, annotation + " | NotGiven", True, field.type, default=" = NOT_GIVEN"
        )

    def uses_servers(self, resource: ir.Resource) -> bool:
        return any(op.server is not None for op in resource.operations)

    def server_variables(self) -> list[tuple[ir.Server, ir.ServerVariable]]:
        """Every placeholder of the API's and the operations' servers, each server once."""
        servers = dict.fromkeys(self.api.servers)
        servers.update(dict.fromkeys(op.server.server for op in self.api.operations if op.server))
        return [(s, v) for s in servers for v in s.variables]

    def servers_elsewhere(self) -> list[tuple[ir.OperationServer, list[str]]]:
        """Each server some operations declare, with those operations' dotted names."""
        grouped: dict[ir.OperationServer, list[str]] = {}
        for op in self.api.operations:
            if op.server is not None:
                grouped.setdefault(op.server, []).append(f"{op.resource}.{op.name}")
        return list(grouped.items())

    def operation_servers(self) -> list[tuple[str, str]]:
        """(constant name, expression) for each distinct operation server of the module."""
        return [(name, _operation_server_expression(s)) for s, name in self._server_names.items()]

    def operation_server(self, op: ir.Operation) -> str:
        """The ``server=`` argument: a module constant naming where this operation is served."""
        assert op.server is not None
        return self._server_names[op.server]

    def form_styles(self, op: ir.Operation) -> str:
        """``{"scopes": ("form", False)}``: the ``form_styles=`` argument of a form body."""
        assert op.request_body is not None
        entries = ", ".join(
            f"{string_literal(f.wire_name)}: ({string_literal(f.style)}, {f.explode})"
            for f in op.request_body.form_styles
        )
        return "{" + entries + "}"

    def part_types(self, op: ir.Operation) -> str:
        assert op.request_body is not None
        return value_literal(dict(op.request_body.part_types))

    def body_value(self, op: ir.Operation) -> str:
        """The ``body=`` expression: a dict of wire names, or the whole-body argument."""
        body = op.request_body
        assert body is not None
        if body.fields is None:
            return "body"
        entries = ", ".join(f"{string_literal(f.wire_name)}: {f.name}" for f in body.fields)
        return "{" + entries + "}"

    def needs_param(self, resource: ir.Resource) -> bool:
        return any(op.parameters or op.fixed_query for op in resource.operations)

    def positional(self, op: ir.Operation) -> list[ir.Parameter]:
        return [p for p in op.parameters if p.location is ir.ParameterLocation.PATH]

    def keyword(self, op: ir.Operation) -> list[ir.Parameter]:
        params = [p for p in op.parameters if p.location is not ir.ParameterLocation.PATH]
        return sorted(params, key=lambda p: not p.required)

    def argument(self, param: ir.Parameter) -> str:
        """``name: Type`` or ``name: Type | None = None`` for a signature."""
        if param.client_option:
            return f"{param.name}: str | None = None"
        return _signature_entry(param.name, self.inputs(param.type), param.required, param.type)

    def value(self, param: ir.Parameter) -> str:
        """The expression passed for a parameter, resolving client-level headers."""
        if not param.client_option:
            return param.name
        default = param.default if param.default is not ir.UNSET else None
        literal = value_literal(default) if isinstance(default, (str, int, float, bool)) else "None"
        return f"self._client.header_option({string_literal(param.client_option)}, {param.name}, {literal})"

    def param_call(self, param: ir.Parameter, value: str) -> str:
        defaults = {
            ir.ParameterLocation.QUERY: ("form", True),
            ir.ParameterLocation.PATH: ("simple", False),
            ir.ParameterLocation.HEADER: ("simple", False),
            ir.ParameterLocation.COOKIE: ("form", True),
        }[param.location]
        args = [string_literal(param.wire_name), value]
        if param.style != defaults[0]:
            args.append(f"style={string_literal(param.style)}")
        if param.explode != defaults[1]:
            args.append(f"explode={param.explode}")
        if param.media_type is not None:
            args.append(f"content={string_literal(param.media_type)}")
        return "Param(" + ", ".join(args) + ")"

    def call_method(self, op: ir.Operation) -> str:
        """The runtime method that sends this operation."""
        if op.pagination is not None:
            return "request_page"
        if op.stream is not None:
            return "request_or_stream"
        decoding = op.success.decoding if op.success is not None else "none"
        if decoding == "sse":
            return "request_stream"
        if decoding == "binary":
            return "request_binary"
        return "request"

    def reconnects(self, op: ir.Operation) -> bool:
        """GET event streams can resume after a dropped connection."""
        return self.call_method(op) == "request_stream" and op.method == "get"

    def returns(self, op: ir.Operation, asynchronous: bool, variant: Variant = "") -> str:
        method = self.call_method(op)
        if method == "request_stream":
            assert op.success is not None
            self.outputs.used.add("AsyncStream" if asynchronous else "Stream")
            event = self._stream_event(op.success.type)
            return f"{'AsyncStream' if asynchronous else 'Stream'}[{event}]"
        if method == "request_or_stream":
            assert op.stream is not None and op.success is not None
            stream = "AsyncStream" if asynchronous else "Stream"
            self.outputs.used.add(stream)
            streamed = f"{stream}[{self._event_annotation(op.stream)}]"
            answer = self.outputs(op.success.type)
            if variant == "json":
                return answer
            if variant == "stream":
                return streamed
            return f"{answer} | {streamed}"
        if method == "request_binary":
            self.outputs.used.add("AsyncBinaryResponse" if asynchronous else "BinaryResponse")
            return "AsyncBinaryResponse" if asynchronous else "BinaryResponse"
        if op.pagination is not None:
            item = self.outputs(op.pagination.item_type)
            if asynchronous:
                return f"AsyncPaginator[{item}]"
            return f"{self.page_class(op, False)}[{item}]"
        if op.success is None or op.success.type is None:
            return "None"
        return self.outputs(op.success.type)

    def page_class(self, op: ir.Operation, asynchronous: bool) -> str:
        assert op.pagination is not None
        style = "Cursor" if op.pagination.style == "cursor" else "Offset"
        return ("Async" if asynchronous else "Sync") + style + "Page"

    def page_argument(self, op: ir.Operation, asynchronous: bool) -> str:
        """``page=SyncCursorPage[models.Item]``: the page class, typed by its items."""
        assert op.pagination is not None
        item = self.outputs(op.pagination.item_type)
        return f"{self.page_class(op, asynchronous)}[{item}]"

    def accept(self, op: ir.Operation) -> str | None:
        """The ``Accept`` header when the success response is not JSON."""
        if op.success is None or op.success.media_type is None or op.success.decoding == "json":
            return None
        return op.success.media_type

    def header_end(self, op: ir.Operation, asynchronous: bool, variant: Variant = "") -> str:
        """The signature's last line: ``) -> <return type>:`` (``: ...`` for an overload).

        A one-name return type too long for that line is parenthesised by black and not
        by ruff format; there the header is left as emitted (one parameter a line).
        """
        returns = self.returns(op, asynchronous, variant)
        line = f"    ) -> {returns}:" + (" ..." if variant else "")
        return line + "  # fmt: skip" if _formatters_disagree(returns, line) else line

    def _stream_event(self, expr: ir.TypeExpr | None) -> str:
        """An event stream's item: the events' schema, else the raw ``ServerSentEvent``."""
        if expr is None:
            self.outputs.used.add("ServerSentEvent")
            return "ServerSentEvent"
        return self.outputs(expr)

    def cast_to(self, op: ir.Operation) -> str:
        """What the body is validated as: a class where the type is one, else ResponseType."""
        if self.call_method(op) == "request_stream" and op.success and op.success.type is None:
            return self._stream_event(None)
        if op.success is None or op.success.type is None:
            self.outputs.used.add("NoneType")
            return "NoneType"  # not type(None): a parameter may be called ``type``
        return self._cast_expression(op.success.type)

    def event_type(self, op: ir.Operation) -> str:
        """What each event of the stream option is validated as."""
        assert op.stream is not None
        if op.stream.event_type is None:
            return self._event_annotation(op.stream)
        return self._cast_expression(op.stream.event_type)

    def _event_annotation(self, option: ir.StreamOption) -> str:
        if option.event_type is None:
            self.outputs.used.add("ServerSentEvent")
            return "ServerSentEvent"
        return self.outputs(option.event_type)

    def _cast_expression(self, expr: ir.TypeExpr) -> str:
        annotation = self.outputs(expr)
        if self._class_like(expr):
            return annotation
        self.outputs.used.add("ResponseType")
        return f"ResponseType[{annotation}]({annotation})"

    def _class_like(self, expr: ir.TypeExpr) -> bool:
        if isinstance(expr, ir.PrimitiveType):
            return expr.kind not in ("any", "null")
        if isinstance(expr, ir.ArrayType | ir.MapType):
            return True
        if isinstance(expr, ir.NamedType):
            return isinstance(self.definitions.get(expr.name), ir.ObjectModel | ir.EnumModel)
        return False

    def errors(self, op: ir.Operation) -> str:
        entries = [f"{string_literal(r.status)}: {self.outputs(r.type)}" for r in op.errors]
        return "{" + ", ".join(entries) + "}"

    def security(self, op: ir.Operation) -> str:
        return (
            "["
            + ", ".join(
                "[" + ", ".join(string_literal(k) for k in alt) + "]" for alt in op.security
            )
            + "]"
        )

    def scopes(self, op: ir.Operation) -> str:
        """``{"scheme": ("scope", ...)}`` for the OAuth2 schemes that fetch tokens, or ""."""
        fetching = {
            s.key for s in self.api.security_schemes if s.kind == "oauth2_client_credentials"
        }
        entries = [
            f"{string_literal(r.scheme)}: {_tuple_literal(r.scopes)}"
            for r in op.security_scopes
            if r.scheme in fetching
        ]
        return "{" + ", ".join(entries) + "}" if entries else ""

    def page_spec(self, op: ir.Operation) -> str:
        page = op.pagination
        assert page is not None
        wire = next(p.wire_name for p in op.parameters if p.name == page.request_parameter)
        args = [string_literal(page.items_field), string_literal(wire)]
        if page.style == "cursor":
            args.append(string_literal(page.response_field))
        limit = next((p for p in op.parameters if p.name == page.limit_parameter), None)
        if page.style == "offset" and limit is not None:
            args.append(f"limit_parameter={string_literal(limit.wire_name)}")
            if isinstance(limit.default, int) and not isinstance(limit.default, bool):
                args.append(f"default_limit={limit.default}")
        return "PageSpec(" + ", ".join(args) + ")"

    def example_call(self, op: ir.Operation, **overrides: str) -> str:
        """A runnable call for the docs: required arguments, plus optional ones with examples."""
        args: list[str] = []
        for param in op.parameters:
            if param.name in overrides:
                args.append(f"{param.name}={overrides[param.name]}")
                continue
            if param.client_option:
                continue
            if not param.required and param.example is ir.UNSET:
                continue
            sample = param.example if param.example is not ir.UNSET else _placeholder(param)
            literal = value_literal(sample)
            path = param.location is ir.ParameterLocation.PATH
            args.append(literal if path else f"{param.name}={literal}")
        args.extend(self._example_body(op, skip=set(overrides)))
        for name, value in overrides.items():
            if not any(p.name == name for p in op.parameters):
                args.append(f"{name}={value}")
        return f"{op.resource}.{op.name}(" + ", ".join(args) + ")"

    def _example_body(self, op: ir.Operation, skip: set[str]) -> list[str]:
        """The body's example as keyword arguments (or ``body=``), else sample values.

        Arguments in ``skip`` are left to the caller, and so is a stream flag: an example
        asking for the stream would not return the JSON answer the docs show.
        """
        body = op.request_body
        if body is None:
            return []
        if op.stream is not None and op.stream.switch == "body":
            skip = skip | {op.stream.argument}
        example = body.example
        if body.fields is None:
            if example is ir.UNSET:
                if not body.required:
                    return []
                example = sample_value(body.type, self.definitions)
            return [f"body={_python_value(example, body.type, self.definitions)}"]
        if not isinstance(example, dict):
            example = sample_value(body.type, self.definitions)
        assert isinstance(example, dict)
        args = []
        for field in body.fields:
            if field.name in skip:
                continue
            if field.wire_name in example:
                value = _python_value(example[field.wire_name], field.type, self.definitions)
                args.append(f"{field.name}={value}")
            elif field.wire_name in body.file_fields:
                args.append(
                    f'{field.name}=b"(file contents)"'
                )  # an upload without its file says little
            elif field.required:
                value = _python_value(
                    sample_value(field.type, self.definitions), field.type, self.definitions
                )
                args.append(f"{field.name}={value}")
        return args

    def option_values(self, op: ir.Operation) -> dict[str, str]:
        """Each client-level header's documented default for ``op``, as Python literals."""
        return {
            p.client_option: value_literal(p.default)
            for p in op.parameters
            if p.client_option and p.default is not ir.UNSET
        }

    def usage_operations(self) -> list[ir.Operation]:
        """A few calls for the README's first example: a listing, a read, a create."""
        plain = [
            op for op in self.api.operations if self.call_method(op) in ("request", "request_page")
        ]
        picks: list[ir.Operation] = []
        wants: list[Callable[[ir.Operation], bool]] = [
            lambda o: o.pagination is not None or (o.method == "get" and o.name == "list"),
            lambda o: o.method == "get" and not o.pagination,
            lambda o: o.method == "post" and o.request_body is not None,
        ]
        for wanted in wants:
            found = next((o for o in plain if wanted(o) and o not in picks), None)
            if found is not None:
                picks.append(found)
        return picks or plain[:1]

    def body_operation(self) -> ir.Operation | None:
        return next(
            (
                op
                for op in self.api.operations
                if op.request_body is not None
                and op.request_body.fields
                and op.request_body.encoding in ("json", "form")
                and self.call_method(op) == "request"
            ),
            None,
        )

    def stream_operation(self) -> ir.Operation | None:
        return next(
            (op for op in self.api.operations if self.call_method(op) == "request_stream"), None
        )

    def stream_choice_operation(self) -> ir.Operation | None:
        """The first operation answering JSON, or an event stream with ``stream=True``."""
        return next(
            (op for op in self.api.operations if self.call_method(op) == "request_or_stream"),
            None,
        )

    def binary_operation(self) -> ir.Operation | None:
        return next(
            (op for op in self.api.operations if self.call_method(op) == "request_binary"), None
        )

    def upload_operation(self) -> ir.Operation | None:
        """An upload for the README: one answering JSON if any, else one answering bytes."""
        uploads = [
            op
            for op in self.api.operations
            if op.request_body is not None and op.request_body.file_fields
        ]
        for method in ("request", "request_binary"):
            found = next((op for op in uploads if self.call_method(op) == method), None)
            if found is not None:
                return found
        return None

    def first_operation(self) -> ir.Operation | None:
        """The operation README snippets use: the first JSON GET, else the first operation."""
        operations = [op for op in self.api.operations if self.call_method(op) == "request"]
        return next(
            (op for op in operations if op.method == "get"), operations[0] if operations else None
        )

    def secured_operation(self, scheme: str) -> ir.Operation | None:
        """The operation a README snippet on ``scheme`` calls: a JSON one it secures, GET first."""
        operations = [
            op
            for op in self.api.operations
            if self.call_method(op) == "request" and any(scheme in alt for alt in op.security)
        ]
        return next(
            (op for op in operations if op.method == "get"), operations[0] if operations else None
        )

    def paginated(self) -> list[ir.Operation]:
        return [op for r in self.api.resources for op in r.operations if op.pagination]


_FILE_ANNOTATION = re.compile(r"\b(?:builtins\.)?bytes\b")
"""A multipart file property's ``bytes`` becomes ``FileTypes`` (bytes, a path, a file…)."""


def _top_level_union(annotation: str) -> bool:
    if " | " not in annotation:
        return False
    depth = 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(char, 0)
        if depth == 0 and annotation.startswith(" | ", index):
            return True
    return False


def _signature_entry(
    name: str, annotation: str, required: bool, expr: ir.TypeExpr, *, default: str = ""
) -> str:
    if not required and not is_nullable(expr):
        annotation += " | None"
    default = default or ("" if required else " = None")
    if len(f"        {name}: {annotation}{default},") > LINE_LENGTH and _top_level_union(
        annotation
    ):
        annotation = f"({annotation})"  # black wraps a long union hint; ruff keeps parentheses
    return f"{name}: {annotation}{default}"


def sample_value(expr: ir.TypeExpr, definitions: dict[str, ir.Definition], depth: int = 0) -> Any:
    """A value of ``expr`` with every required part, for docs where the spec has no example."""
    if isinstance(expr, ir.NullableType):
        return sample_value(expr.inner, definitions, depth)
    if isinstance(expr, ir.LiteralType):
        return expr.value
    if isinstance(expr, ir.PrimitiveType):
        samples: dict[str, Any] = {"integer": 1, "number": 1.0, "boolean": True, "null": None}
        if expr.kind == "string":
            return {"date-time": "2025-01-01T00:00:00Z", "date": "2025-01-01"}.get(
                expr.format or "", "string"
            )
        return samples.get(expr.kind, "value")
    if isinstance(expr, ir.ArrayType):
        return [] if depth > 9 else [sample_value(expr.items, definitions, depth + 1)]
    if isinstance(expr, ir.MapType):
        return {}
    if isinstance(expr, ir.UnionType):
        return sample_value(expr.variants[0], definitions, depth) if expr.variants else None
    definition = definitions.get(expr.name) if isinstance(expr, ir.NamedType) else None
    if isinstance(definition, ir.EnumModel):
        return definition.members[0].value if definition.members else "value"
    if isinstance(definition, ir.UnionModel) and definition.variants and depth < 10:
        value = sample_value(definition.variants[0], definitions, depth + 1)
        tag = definition.discriminator
        first = definition.variants[0]
        if tag is not None and isinstance(value, dict) and isinstance(first, ir.NamedType):
            for tag_value, model in tag.mapping:
                if model == first.name:
                    value = {tag.wire_name: tag_value, **value}
                    break
        return value
    if isinstance(definition, ir.AliasModel) and depth < 10:
        return sample_value(definition.target, definitions, depth + 1)
    if isinstance(definition, ir.ObjectModel) and depth < 10:
        return {
            p.wire_name: sample_value(p.type, definitions, depth + 1)
            for p in definition.properties
            if p.required and not p.read_only
        }
    return {}


def _python_value(value: Any, expr: ir.TypeExpr, definitions: dict[str, ir.Definition]) -> str:
    """A JSON example as Python source for an argument of type ``expr`` (bytes for files)."""
    inner = expr.inner if isinstance(expr, ir.NullableType) else expr
    if isinstance(inner, ir.PrimitiveType) and inner.format == "binary" and isinstance(value, str):
        return "b" + string_literal(value)
    return value_literal(_sorted_keys(value))


def _sorted_keys(value: Any) -> Any:
    """Objects with their keys sorted: the spec's key order must not change the output."""
    if isinstance(value, dict):
        return {k: _sorted_keys(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list):
        return [_sorted_keys(v) for v in value]
    return value


def _placeholder(param: ir.Parameter) -> Any:
    expr = param.type
    if isinstance(expr, ir.PrimitiveType):
        return {"integer": 1, "number": 1.0, "boolean": True}.get(expr.kind, f"{param.wire_name}")
    return param.wire_name


def _served_at(server: ir.OperationServer) -> str:
    url = server.server.url
    if server.relative_path is not None:
        return (
            f"Served beneath the client's base URL at ``{server.relative_path}/``"
            f" (by default ``{url}``)."
        )
    return f"Served at ``{url}``, not at the client's base URL (unless ``base_url`` is given)."


def operation_doc(op: ir.Operation, params: list[ir.Parameter], body: ir.RequestBody | None) -> str:
    """The method docstring: ``METHOD /path``, summary, description, arguments."""
    lines = [f"{op.method.upper()} {op.path}"]
    if op.deprecated:
        lines += ["", "Deprecated: this operation may be removed in a future API version."]
    if op.summary:
        lines += ["", op.summary]
    if op.description and op.description != op.summary:
        lines += ["", op.description]
    if op.server is not None:
        lines += ["", _served_at(op.server)]
    for need in op.security_scopes:
        if need.scopes:
            scopes = ", ".join(f"``{scope}``" for scope in need.scopes)
            lines += ["", f"OAuth2 scopes ({need.scheme}): {scopes}."]
    args: list[tuple[str, str]] = []
    for param in params:
        text = " ".join((param.description or "").split())
        if param.client_option:
            fallback = f" Defaults to the client's ``{param.client_option}``" + (
                f", else {value_literal(param.default)}." if param.default is not ir.UNSET else "."
            )
            text = (text + fallback).strip()
        elif (
            param.default is not ir.UNSET
            and param.default is not None
            and "default" not in text.lower()
        ):
            # Not sent when left out: the server applies its documented default.
            text = (text + f" Server default: {value_literal(param.default)}.").strip()
        if param.deprecated:
            text = "Deprecated. " + text
        args.append((param.name, text))
    flag = op.stream
    if body is not None and body.fields is not None:
        for field in body.fields:
            text = " ".join((field.description or "").split())
            if field.deprecated:
                text = "Deprecated. " + text
            if flag is not None and flag.argument == field.name:
                text = (text + " " + _stream_flag_doc(flag)).strip()
            args.append((field.name, text))
    elif body is not None:
        args.append(("body", " ".join((body.description or "The request body.").split())))
    if flag is not None and flag.switch == "accept":
        args.append((flag.argument, _stream_flag_doc(flag)))
    if args:
        lines += ["", "Args:"]
        lines += [f"    {name}: {text or 'No description.'}" for name, text in args]
    return "\n".join(lines)


def _stream_flag_doc(flag: ir.StreamOption) -> str:
    events = (
        "each event"
        if flag.event_type is not None
        else "each raw ``ServerSentEvent`` (the spec gives the events no schema)"
    )
    asks = (
        f"asks for ``{flag.media_type}`` instead of JSON"
        if flag.switch == "accept"
        else "streams the answer as server-sent events"
    )
    return f"``True`` {asks}: the call then returns a ``Stream`` yielding {events} as it arrives."


def _models_module(
    definitions_by_name: dict[str, ir.Definition],
    common: dict[str, Any],
    definitions: Sequence[ir.Definition],
    *,
    imports: Sequence[tuple[str, Sequence[str]]] = (),
    runtime: str = ".",
    summary: str,
) -> str:
    """One module of model definitions, with exactly the imports it uses."""
    env = environment()
    helpers = ModelHelpers(definitions_by_name)
    body = env.get_template("models_body.py.jinja").render(
        common, m=helpers, definitions=definitions
    )
    used = helpers.annotate.used
    kinds = {d.kind for d in definitions}
    found = pyimports.named(used & {"datetime", "uuid", "Annotated", "Any", "Literal", "Field"})
    if kinds & {"union", "alias"}:
        found.append(pyimports.NAMED["TypeAlias"])
    for name, kind in (("BaseModel", "object"), ("UnknownValueEnum", "enum")):
        if kind in kinds:
            found += pyimports.package(runtime + "_models", name)
    if "OpenUnion" in used:
        found += pyimports.package(runtime + "_models", "OpenUnion")
    for module, names in imports:
        found += pyimports.package("." + module, *names)
    return env.get_template("models.py.jinja").render(
        common,
        body=body,
        definitions=definitions,
        imports=pyimports.render(found),
        summary=summary,
    )


def model_jobs(api: ir.Api, common: dict[str, Any]) -> list[Job]:
    """``models.py``, or for large APIs a ``models`` package whose modules load lazily."""
    package = api.package.import_name
    title = api_name(api.title)
    by_name = {d.name: d for d in api.definitions}
    if not model_layout.use_package(api, api.package.models_layout):
        ordered = model_layout.ordered(api.definitions)
        summary = f"Data models of the {title}."
        return [
            (
                f"{package}/models.py",
                functools.partial(_models_module, by_name, common, ordered, summary=summary),
            )
        ]
    modules = model_layout.split(api)
    jobs: list[Job] = [
        (
            f"{package}/models/{module.name}.py",
            functools.partial(
                _models_module,
                by_name,
                common,
                module.definitions,
                imports=module.imports,
                runtime="..",
                summary=f"Data models of the {title}: "
                + ", ".join(d.name for d in module.definitions[:3])
                + (", …" if len(module.definitions) > 3 else "")
                + ".",
            ),
        )
        for module in modules
    ]
    for suffix in ("py", "pyi"):
        template = environment().get_template(f"models_package.{suffix}.jinja")
        jobs.append(
            (
                f"{package}/models/__init__.{suffix}",
                functools.partial(template.render, common, modules=modules),
            )
        )
    return jobs


class WebhookHelpers:
    """Helpers for ``webhooks.py`` and the README's webhook section.

    Annotations are computed up front, so ``used`` is complete before the imports are written.
    """

    def __init__(self, api: ir.Api, definitions: dict[str, ir.Definition]) -> None:
        self.api = api
        self.definitions = definitions
        self.annotate = Annotator("output", definitions)
        members = [self.annotate(t) for t in api.webhook_event]
        self.payloads = {w.name: self.annotate(w.payload) for w in api.webhooks}
        tag = api.webhook_discriminator
        if not members:
            self.annotate.used.add("Any")
            self.event = "Any"
        elif len(members) > 1 and tag is not None:
            self.annotate.used.update({"Annotated", "Field"})
            self.event = (
                f"Annotated[{' | '.join(members)},"
                f" Field(discriminator={string_literal(tag.property_name)})]"
            )
        elif len(members) > 1:
            self.annotate.used.update({"Annotated", "Field"})
            tried_in_order = 'Field(union_mode="left_to_right")'
            self.event = f"Annotated[{' | '.join(members)}, {tried_in_order}]"
        else:
            self.event = members[0]

    @property
    def used(self) -> set[str]:
        return self.annotate.used

    def imports(self) -> str:
        """The import block of ``webhooks.py``."""
        used = self.annotate.used
        found = pyimports.named(used & {"datetime", "uuid", "Annotated", "Any", "Literal", "Field"})
        found.append(pyimports.NAMED["TypeAlias"])
        if "models" in used:
            found.append(pyimports.Import(".", "models", section="package"))
        found += pyimports.package("._models", "UnknownVariant")
        found += pyimports.package("._types", "ResponseType")
        found += pyimports.package("._webhooks", "Payloads", "WebhookPayloadError")
        if self.api.webhook_signing:
            names = ("HeadersLike", "SigningScheme", "WebhookSignatureError")
            found += pyimports.package("._webhooks", *names)
        return pyimports.render(found)

    def discriminator(self) -> str:
        """The tag's Python name for ``Payloads``, or None when payloads are tried in order."""
        tag = self.api.webhook_discriminator
        return string_literal(tag.property_name) if tag is not None else "None"

    def label(self, webhook: ir.Webhook) -> str:
        """``webhook order.created`` / ``callback onShipped of createOrder``."""
        if webhook.kind == "callback":
            return f"callback ``{webhook.key}`` of ``{webhook.parent}``"
        return f"webhook ``{webhook.key}``"

    def sent_as(self, webhook: ir.Webhook) -> str:
        target = f" {webhook.expression}" if webhook.expression else ""
        return f"{webhook.method.upper()}{target}"

    def event_doc(self) -> str:
        lines = ["What the API sends to your server: the payload of one of", ""]
        for webhook in self.api.webhooks:
            lines.append(
                f"- {self.label(webhook)} ({self.sent_as(webhook)}): ``{self.payloads[webhook.name]}``"
                + (f". {comment_safe(webhook.summary)}" if webhook.summary else "")
            )
        tag = self.api.webhook_discriminator
        if tag is not None:
            lines += ["", f"Told apart by the ``{tag.wire_name}`` property."]
        elif len(self.api.webhook_event) > 1:
            lines += ["", "Tried in order; the first model that accepts a body is used."]
        return "\n".join(lines)

    def signing_arguments(self) -> str:
        """``SigningScheme(...)`` arguments: the required ones and each that is not the default."""
        signing = self.api.webhook_signing
        assert signing is not None
        defaults = ir.WebhookSigning(header="", secret_env="")
        args = [f"header={string_literal(signing.header)}"]
        args.append(f"secret_env={string_literal(signing.secret_env)}")
        for name in (
            "algorithm",
            "encoding",
            "prefix",
            "signed_content",
            "timestamp_header",
            "tolerance",
            "id_header",
            "secret_encoding",
            "secret_prefix",
        ):
            value = getattr(signing, name)
            if value != getattr(defaults, name):
                args.append(f"{name}={value_literal(value)}")
        return ", ".join(args)

    def algorithm(self) -> str:
        signing = self.api.webhook_signing
        assert signing is not None
        return "HMAC-" + signing.algorithm.upper()

    def example_model(self) -> str | None:
        """A payload model class for the README's ``isinstance`` check."""
        for expr in self.api.webhook_event:
            if not isinstance(expr, ir.NamedType):
                continue
            definition = self.definitions.get(expr.name)
            if isinstance(definition, ir.ObjectModel):
                return expr.name
            if isinstance(definition, ir.UnionModel) and definition.discriminator is not None:
                return definition.discriminator.mapping[0][1]
        return None

    def example_body(self) -> str:
        """A bytes literal: a JSON body of the first payload model (or of the first type)."""
        name = self.example_model()
        expr: ir.TypeExpr | None = ir.NamedType(name) if name else None
        if expr is None and self.api.webhook_event:
            expr = self.api.webhook_event[0]
        value = sample_value(expr, self.definitions) if expr is not None else {}
        return repr(json.dumps(_sorted_keys(value)).encode("ascii"))


class ParamHelpers:
    """Helpers for ``params.py``: one TypedDict per object a request body holds."""

    def __init__(self, definitions: dict[str, ir.Definition], names: dict[str, str]) -> None:
        self.annotate = Annotator("param", definitions, param_names=names, param_prefix="")
        self.names = names

    def reference(self, name: str) -> str:
        """How an entry names another definition of this module (its alias or TypedDict)."""
        return self.names.get(name, name)

    def entries(self, model: ir.ObjectModel) -> list[tuple[str, str]]:
        result = []
        for prop in model.properties:
            if prop.read_only:
                continue
            annotation = self.annotate(prop.type)
            if prop.required:
                self.annotate.used.add("Required")
                annotation = f"Required[{annotation}]"
            result.append((prop.wire_name, annotation))
        return result

    @staticmethod
    def class_syntax(model: ir.ObjectModel) -> bool:
        """Class syntax needs identifier keys; others (``a-b``, ``from``) use the call form."""
        return all(
            p.wire_name.isidentifier() and p.wire_name not in HARD_KEYWORDS
            for p in model.properties
            if not p.read_only
        )


def _params_module(
    common: dict[str, Any],
    definitions: dict[str, ir.Definition],
    models: list[ir.ObjectModel | ir.EnumModel],
    names: dict[str, str],
) -> str:
    helpers = ParamHelpers(definitions, names)
    for model in models:  # collect the imports before the header is written
        if isinstance(model, ir.ObjectModel):
            helpers.entries(model)
        else:
            helpers.annotate.literal_of(model)
    used = helpers.annotate.used
    found = pyimports.named(
        used & {"datetime", "uuid", "Mapping", "Sequence", "Any", "Literal", "Required"}
    )
    if any(isinstance(m, ir.EnumModel) for m in models):
        found.append(pyimports.NAMED["TypeAlias"])
    if any(isinstance(m, ir.ObjectModel) for m in models):
        found.append(pyimports.NAMED["TypedDict"])
    return (
        environment()
        .get_template("params.py.jinja")
        .render(common, models=models, names=names, p=helpers, imports=pyimports.render(found))
    )


def _resource_module(
    api: ir.Api,
    common: dict[str, Any],
    resource: ir.Resource,
    definitions: dict[str, ir.Definition],
    param_names: dict[str, str],
) -> str:
    env = environment()
    helpers = ResourceHelpers(api, resource, definitions, param_names)
    body = env.get_template("resource_body.py.jinja").render(common, r=resource, h=helpers)
    block = pyimports.render(_resource_imports(resource, helpers, helpers.used()))
    return env.get_template("resource.py.jinja").render(
        common, r=resource, body=body, imports=block, h=helpers
    )


def _resource_imports(
    resource: ir.Resource, helpers: ResourceHelpers, used: set[str]
) -> list[pyimports.Import]:
    """What a resource module imports, from what its body used and what it holds."""
    ops = resource.operations
    found = pyimports.named(used - {"models", "params"})
    if resource.children:
        found.append(pyimports.NAMED["cached_property"])
    if resource.children or "params" in used:
        found.append(pyimports.NAMED["TYPE_CHECKING"])
    if any(op.stream for op in ops):
        found.append(pyimports.NAMED["overload"])
    if "models" in used:
        alias = "_models" if helpers.models_alias == "_models" else None
        found.append(pyimports.Import("..", "models", alias, "package"))
    found += pyimports.package(".._base_client", "AsyncAPIClient", "SyncAPIClient")
    if helpers.needs_param(resource):
        found += pyimports.package(".._base_client", "Param")
    for style, pages in (("cursor", "CursorPage"), ("offset", "OffsetPage")):
        if helpers.uses_paging(resource, style):
            found += pyimports.package(".._pagination", "AsyncPaginator", "PageSpec")
            found += pyimports.package(".._pagination", "Async" + pages, "Sync" + pages)
    if used & {"BinaryResponse", "AsyncBinaryResponse"}:
        found += pyimports.package(".._binary", "AsyncBinaryResponse", "BinaryResponse")
    if "FileTypes" in used:
        found += pyimports.package(".._files", "FileTypes")
    found += pyimports.package(
        ".._response",
        "to_async_raw_response",
        "to_async_streamed_response",
        "to_raw_response",
        "to_streamed_response",
    )
    if helpers.uses_servers(resource):
        found += pyimports.package(".._servers", "OperationServer", "Server")
        if any(op.server and op.server.server.variables for op in ops):
            found += pyimports.package(".._servers", "ServerVariable")
    if used & {"Stream", "AsyncStream"}:
        found += pyimports.package(".._streaming", "AsyncStream", "Stream")
        if "ServerSentEvent" in used:
            found += pyimports.package(".._streaming", "ServerSentEvent")
    types = ["NOT_GIVEN", "Headers", "NotGiven", "Query", "TimeoutTypes"]
    types += ["Body"] if any(op.request_body for op in ops) else []
    types += ["ResponseType"] if "ResponseType" in used else []
    found += pyimports.package(".._types", *types)
    if "params" in used:
        alias = "_params" if helpers.params_alias == "_params" else None
        found.append(pyimports.Import("..", "params", alias, "package", type_checking=True))
    for child in resource.children:
        names = [
            prefix + child.class_name + suffix
            for prefix in ("Async", "")
            for suffix in ("", "WithRawResponse", "WithStreamingResponse")
        ]
        for name in names:
            found.append(pyimports.Import("." + child.module, name, None, "package", True))
    return found


def render_package(api: ir.Api, source_label: str) -> dict[str, str]:
    """Every file of the package, keyed by path relative to the package's project folder.

    Modules render independently, so big APIs spread them over several processes.
    """
    env = environment()
    for name in env.list_templates():  # compiled once, before any worker is forked
        env.get_template(name)
    package = api.package.import_name
    common = {
        "api": api,
        "source": source_label,
        "generator_version": __version__,
        "operation_doc": operation_doc,
    }
    definitions = {d.name: d for d in api.definitions}
    jobs = model_jobs(api, common)
    params = [
        m
        for m in request_params.param_models(api)
        if not isinstance(m, ir.ObjectModel) or m.properties
    ]
    param_names = request_params.param_names(params)
    if params:
        jobs.append(
            (
                f"{package}/params.py",
                functools.partial(_params_module, common, definitions, params, param_names),
            )
        )
    for resource in api.resources:
        jobs.append(
            (
                f"{package}/resources/{resource.module}.py",
                functools.partial(
                    _resource_module, api, common, resource, definitions, param_names
                ),
            )
        )
    for name in ("__init__.py", "_client.py", "_version.py", "resources/__init__.py"):
        jobs.append(
            (
                f"{package}/{name}",
                functools.partial(env.get_template(name + ".jinja").render, common),
            )
        )
    if api.webhooks:
        jobs.append(
            (
                f"{package}/webhooks.py",
                functools.partial(
                    env.get_template("webhooks.py.jinja").render,
                    common,
                    w=WebhookHelpers(api, definitions),
                ),
            )
        )
    readme_helpers = ResourceHelpers(api, definitions=definitions, param_names=param_names)
    jobs.append(
        (
            "README.md",
            functools.partial(
                env.get_template("README.md.jinja").render,
                common,
                h=readme_helpers,
                w=WebhookHelpers(api, definitions),
            ),
        )
    )
    jobs.append(
        (
            "pyproject.toml",
            functools.partial(env.get_template("pyproject.toml.jinja").render, common),
        )
    )
    processes = None if len(jobs) >= PARALLEL_MIN_MODULES else 1
    texts = parallel.map_shares(_run_jobs, jobs, processes=processes)
    files = dict(zip((path for path, _ in jobs), texts, strict=True))
    for name, text in runtime_files(api).items():
        files[f"{package}/{name}"] = text
    files[f"{package}/py.typed"] = ""
    return files


def _run_jobs(jobs: Sequence[Job]) -> list[str]:
    return [render() for _, render in jobs]


Renderer = Callable[[ir.Api, str], dict[str, str]]
