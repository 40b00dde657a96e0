"""The intermediate representation: what a client needs, with spec details resolved.

Plain frozen dataclasses, built only by the parser and read by the templates.
Every Python identifier is already chosen here (see ``naming``), so templates
never invent names. ``to_json`` dumps the whole tree for ``clientsmith ir``.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from dataclasses import dataclass, field
from typing import Any, Literal

JsonValue = Any
"""A value as it appears in the spec: str, int, float, bool, None, list or dict."""

PrimitiveKind = Literal["string", "integer", "number", "boolean", "any", "null"]
ParameterStyle = Literal[
    "form", "simple", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]
BodyEncoding = Literal["json", "form", "multipart", "text", "binary"]
"""How a request body goes on the wire."""
Decoding = Literal["json", "text", "binary", "sse", "none"]
"""How a response body is read: ``sse`` is a stream of server-sent events."""
PaginationStyle = Literal["cursor", "offset"]
HttpMethod = Literal["get", "put", "post", "delete", "options", "head", "patch", "trace"]
SchemeKind = Literal["bearer", "basic", "api_key", "unsupported"]
SchemeLocation = Literal["header", "query", "cookie"]
DefinitionKind = Literal["object", "enum", "union", "alias"]
"""What a named definition is; templates choose its rendering by this."""
StreamSwitch = Literal["body", "accept"]
"""What asks an operation for its event stream instead of its JSON answer: a boolean
property of the JSON body (``stream: true``), or only the ``Accept`` header."""


class Unset(enum.Enum):
    """Marks an absent default, distinct from a default of ``null``."""

    UNSET = "unset"


UNSET = Unset.UNSET


# ---------------------------------------------------------------- type expressions


@dataclass(frozen=True)
class PrimitiveType:
    """A scalar (or ``any``), with its ``format`` when the spec gives one."""

    kind: PrimitiveKind
    format: str | None = None


@dataclass(frozen=True)
class LiteralType:
    """Exactly one value (``const`` or a one-member enum on a discriminator)."""

    value: JsonValue


@dataclass(frozen=True)
class ArrayType:
    items: TypeExpr
    unique: bool = False


@dataclass(frozen=True)
class MapType:
    """An object used as a dictionary: ``additionalProperties`` with no properties."""

    values: TypeExpr


@dataclass(frozen=True)
class NamedType:
    """A reference to a named definition (model, enum, union or alias) by class name."""

    name: str


@dataclass(frozen=True)
class UnionType:
    """An anonymous union of alternatives, tried in order (no discriminator)."""

    variants: tuple[TypeExpr, ...]


@dataclass(frozen=True)
class NullableType:
    """``inner`` or ``null``."""

    inner: TypeExpr


TypeExpr = PrimitiveType | LiteralType | ArrayType | MapType | NamedType | UnionType | NullableType


# ---------------------------------------------------------------- named definitions


@dataclass(frozen=True)
class Property:
    """One field of an object model."""

    name: str
    """Python attribute name."""
    wire_name: str
    type: TypeExpr
    required: bool
    description: str | None = None
    default: JsonValue | Unset = UNSET
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True)
class ObjectModel:
    """A pydantic model. ``extra`` is the type of undeclared properties, if allowed."""

    name: str
    properties: tuple[Property, ...]
    description: str | None = None
    extra: TypeExpr | None = None
    closed: bool = False
    """``additionalProperties: false``: unknown fields are still kept on responses but flagged."""
    deprecated: bool = False
    origin: str = ""

    @property
    def kind(self) -> DefinitionKind:
        return "object"

    """``file#/pointer`` of the schema this came from."""


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: JsonValue
    description: str | None = None


@dataclass(frozen=True)
class EnumModel:
    """An enumeration that also accepts values unknown when the client was generated."""

    name: str
    members: tuple[EnumMember, ...]
    value_kind: str
    """``str`` or ``int``: the Python type the enum subclasses."""
    description: str | None = None
    deprecated: bool = False
    origin: str = ""

    @property
    def kind(self) -> DefinitionKind:
        return "enum"


@dataclass(frozen=True)
class Discriminator:
    property_name: str
    """The Python attribute name of the tag field."""
    wire_name: str
    mapping: tuple[tuple[str, str], ...]
    """(tag value, model name) pairs, in the spec's order."""


@dataclass(frozen=True)
class UnionModel:
    """A named ``oneOf``/``anyOf``; with a discriminator, pydantic picks the variant by tag."""

    name: str
    variants: tuple[TypeExpr, ...]
    discriminator: Discriminator | None = None
    description: str | None = None
    deprecated: bool = False
    origin: str = ""

    @property
    def kind(self) -> DefinitionKind:
        return "union"


@dataclass(frozen=True)
class AliasModel:
    """A named schema that is not an object, enum or union (an array, a string…)."""

    name: str
    target: TypeExpr
    description: str | None = None
    deprecated: bool = False
    origin: str = ""

    @property
    def kind(self) -> DefinitionKind:
        return "alias"


Definition = ObjectModel | EnumModel | UnionModel | AliasModel


# ---------------------------------------------------------------- operations


class ParameterLocation(enum.Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"


@dataclass(frozen=True)
class Parameter:
    name: str
    """Python keyword-argument name."""
    wire_name: str
    location: ParameterLocation
    type: TypeExpr
    required: bool
    description: str | None = None
    style: ParameterStyle = "form"
    explode: bool = True
    default: JsonValue | Unset = UNSET
    example: JsonValue | Unset = UNSET
    deprecated: bool = False
    client_option: str | None = None
    """Name of the client setting that supplies this header when the caller omits it."""


@dataclass(frozen=True)
class RequestBody:
    media_type: str
    type: TypeExpr
    required: bool
    description: str | None = None
    encoding: BodyEncoding = "json"
    fields: tuple[Property, ...] | None = None
    """An object body's properties as keyword arguments (names unique in the method);
    None when the body is not an object and is passed whole as ``body``."""
    example: JsonValue | Unset = UNSET
    """The spec's example of this body (media type, then schema), if any."""
    file_fields: tuple[str, ...] = ()
    """Multipart: wire names of the properties that hold files."""
    part_types: tuple[tuple[str, str], ...] = ()
    """Multipart: (property, content type) from the media type's ``encoding`` object."""


@dataclass(frozen=True)
class Response:
    status: str
    """``200``, ``4XX`` or ``default``."""
    description: str | None
    media_type: str | None
    type: TypeExpr | None
    decoding: Decoding = "json"


@dataclass(frozen=True)
class StreamOption:
    """An operation answering its JSON model, or a server-sent event stream when asked.

    Its method gets typed overloads: ``stream=True`` returns ``Stream[E]``, ``stream=False``
    (or nothing) the JSON model, and a plain ``bool`` either of the two.
    """

    argument: str
    """Python name of the boolean argument choosing the stream (``stream`` unless taken)."""
    switch: StreamSwitch
    """``body``: the argument is the body property of that name, sent as given;
    ``accept``: a keyword-only argument of its own that only changes ``Accept``."""
    media_type: str
    """Sent as ``Accept`` when streaming: the event-stream media type the spec declares."""
    event_type: TypeExpr | None
    """Each event's data, validated as this type. ``None`` when the spec declares no schema
    for the events (or no event-stream media type at all, only the body flag): the stream
    then yields each raw ``ServerSentEvent`` (``event``, ``data``, ``id``, ``retry``), since
    a JSON answer's schema says nothing about the events that replace it."""


@dataclass(frozen=True)
class Pagination:
    """How to fetch the next page and where the items are (issue #3 builds on this)."""

    style: PaginationStyle
    items_field: str
    request_parameter: str
    """Python name of the parameter that selects the page."""
    response_field: str
    """Python name of the response field naming the next page (cursor or offset)."""
    item_type: TypeExpr
    limit_parameter: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    name: str
    """Python method name within its resource."""
    method: HttpMethod
    path: str
    """The path template, without a fixed query suffix such as ``?beta=true``."""
    resource: str
    """Dotted attribute path of the resource on the client (``beta.deployments``)."""
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    success: Response | None
    """The response a call returns (the lowest 2xx, else 2XX, else default)."""
    errors: tuple[Response, ...]
    """Documented error responses with a body model, by status."""
    security: tuple[tuple[str, ...], ...]
    """Alternatives of scheme names, each to be satisfied together."""
    deprecated: bool = False
    pagination: Pagination | None = None
    fixed_query: tuple[tuple[str, str], ...] = ()
    """Query parameters the spec writes into the path itself; always sent."""
    stream: StreamOption | None = None
    """The event stream a caller may ask for instead of ``success`` (never on paged calls)."""
    origin: str = ""


@dataclass(frozen=True)
class ResourceRef:
    """A sub-resource as its parent sees it: ``client.messages.batches``."""

    name: str
    class_name: str
    module: str


@dataclass(frozen=True)
class Resource:
    """A group of operations exposed as ``client.<path>``, possibly holding sub-resources."""

    name: str
    """The attribute name on its parent."""
    class_name: str
    module: str
    """Module name under ``resources/``."""
    operations: tuple[Operation, ...]
    description: str | None = None
    path: tuple[str, ...] = ()
    """Attribute names from the client down to this resource."""
    children: tuple[ResourceRef, ...] = ()

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


# ---------------------------------------------------------------- the API


@dataclass(frozen=True)
class Server:
    url: str
    description: str | None = None


@dataclass(frozen=True)
class SecurityScheme:
    """One way to authenticate, with the client argument that carries the secret."""

    key: str
    """The scheme's name in ``components.securitySchemes``."""
    kind: SchemeKind
    """``unsupported``: e.g. OAuth2 flows, passed as a ready bearer token."""
    location: SchemeLocation
    wire_name: str
    """Header, query or cookie name (``Authorization`` for bearer/basic)."""
    argument: str
    """Client constructor argument name."""
    env_var: str | None
    description: str | None = None


@dataclass(frozen=True)
class ClientOption:
    """A header most operations take (or the config names), offered as a client-wide setting."""

    name: str
    wire_name: str
    description: str | None
    env_var: str | None = None
    default: str | None = None
    """Sent when neither the call nor the client gives a value (from config)."""


@dataclass(frozen=True)
class PackageInfo:
    """Names and metadata of the generated package, from the provider config."""

    import_name: str
    distribution: str
    version: str
    client_class: str
    async_client_class: str
    description: str
    base_url_env: str | None
    provider: str
    models_layout: str = "auto"
    """``module``, ``package`` or ``auto`` (package above a few hundred definitions)."""
    idempotency_header: str | None = "Idempotency-Key"
    """Header carrying one key per logical non-GET call, reused by its retries."""


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    openapi_version: str
    package: PackageInfo
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    client_options: tuple[ClientOption, ...]
    definitions: tuple[Definition, ...]
    resources: tuple[Resource, ...]
    """Every resource, sub-resources included, ordered by path."""
    auth_alternatives: tuple[tuple[str, ...], ...] = ()
    """Every distinct set of schemes some operation accepts."""
    omitted: tuple[str, ...] = field(default=())
    """Human-readable list of what the spec defines but the client leaves out."""

    @property
    def top_resources(self) -> tuple[Resource, ...]:
        """The resources directly on the client."""
        return tuple(r for r in self.resources if len(r.path) == 1)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)

    def definition(self, name: str) -> Definition:
        for item in self.definitions:
            if item.name == name:
                return item
        raise KeyError(name)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {"kind": type(value).__name__}
        for f in dataclasses.fields(value):
            data[f.name] = _jsonable(getattr(value, f.name))
        return data
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def to_json(api: Api) -> str:
    """Dump the IR as stable, indented JSON."""
    return json.dumps(_jsonable(api), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
