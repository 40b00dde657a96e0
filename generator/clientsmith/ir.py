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
SchemeKind = Literal["bearer", "basic", "api_key", "oauth2_client_credentials"]
"""How a credential is sent: ``bearer`` also covers OAuth2 and OpenID Connect access tokens
the caller obtains; ``oauth2_client_credentials`` schemes get their tokens themselves."""
SchemeType = Literal["http", "apiKey", "oauth2", "openIdConnect"]
"""A security scheme's ``type`` in the spec (those the client supports)."""
OAuthFlowName = Literal["clientCredentials", "authorizationCode", "implicit", "password"]
ClientAuthMethod = Literal["basic", "body"]
"""How a client authenticates at a token endpoint: HTTP Basic, or form fields in the body."""
SchemeLocation = Literal["header", "query", "cookie"]
DefinitionKind = Literal["object", "enum", "union", "alias"]
"""What a named definition is; templates choose its rendering by this."""
WebhookKind = Literal["webhook", "callback"]
"""A top-level ``webhooks`` entry (OpenAPI 3.1) or an operation's ``callbacks`` entry."""
SignatureAlgorithm = Literal["sha1", "sha256", "sha512"]
"""The hash of the HMAC a webhook signature is made with."""
SignatureEncoding = Literal["hex", "base64"]
"""How the signature (or the secret) is written as text."""
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
    media_type: str | None = None
    """Set when the spec describes the parameter by ``content`` (sent serialised, e.g. JSON)."""


@dataclass(frozen=True)
class FormStyle:
    """A urlencoded form property's ``style``/``explode`` from the ``encoding`` object."""

    wire_name: str
    style: ParameterStyle
    explode: bool


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
    form_styles: tuple[FormStyle, ...] = ()
    """Urlencoded forms: how properties other than ``form``/exploded are serialised."""


@dataclass(frozen=True)
class Response:
    status: str
    """``200``, ``4XX`` or ``default``."""
    description: str | None
    media_type: str | None
    type: TypeExpr | None
    """The body's type; None for no body, or for an event stream whose events the spec
    does not describe (they are returned as raw ``ServerSentEvent``s)."""
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
class ScopeRequirement:
    """The scopes an operation needs from one scheme: ``security: [{oauth: [read, write]}]``."""

    scheme: str
    """The scheme's key, as in ``Operation.security``."""
    scopes: tuple[str, ...]
    """In the spec's order, without repeats."""


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
    server: OperationServer | None = None
    """Where the operation is served when not at the client's base URL."""
    stream: StreamOption | None = None
    """The event stream a caller may ask for instead of ``success`` (never on paged calls)."""
    origin: str = ""
    security_scopes: tuple[ScopeRequirement, ...] = ()
    """The scopes ``security`` lists, per scheme (schemes listing none are absent)."""


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
class ServerVariable:
    """A ``{name}`` placeholder of a server URL, filled when the client is built."""

    name: str
    default: str
    choices: tuple[str, ...] = ()
    """The spec's ``enum``: when given, the only values the client accepts."""
    description: str | None = None


@dataclass(frozen=True)
class Server:
    url: str
    """As the spec writes it, placeholders included; relative when the spec gives no host."""
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class OperationServer:
    """A server a path or operation declares for itself (another host or base path)."""

    server: Server
    relative_path: str | None
    """Its path beneath one of the API's servers (``public``), when it extends one: the
    client then applies it to whichever base URL is in use."""
    alternatives: tuple[Server, ...] = ()
    """Further servers the spec lists for the operation, named in its docstring."""


@dataclass(frozen=True)
class OAuthScope:
    name: str
    description: str | None = None


@dataclass(frozen=True)
class OAuthFlow:
    """One OAuth2 flow a scheme declares (``flows.clientCredentials``…)."""

    name: OAuthFlowName
    token_url: str | None = None
    """As the spec writes it: a relative URL is resolved against the server URL at run time."""
    refresh_url: str | None = None
    authorization_url: str | None = None
    scopes: tuple[OAuthScope, ...] = ()
    """The scopes the flow offers, in the spec's order."""


@dataclass(frozen=True)
class ClientCredentials:
    """The client-credentials grant (RFC 6749 §4.4) an ``oauth2_client_credentials`` scheme runs.

    The client posts ``grant_type=client_credentials`` to ``flow.token_url`` with these
    credentials, caches the token it gets and asks for a new one before it expires.
    """

    flow: OAuthFlow
    """The ``clientCredentials`` flow; its ``token_url`` is always set."""
    client_id_argument: str
    client_id_env: str | None
    client_secret_argument: str
    client_secret_env: str | None
    client_auth: ClientAuthMethod = "basic"
    """``basic``: HTTP Basic with the id and secret (RFC 6749 §2.3.1, the default);
    ``body``: ``client_id`` and ``client_secret`` form fields (from the config)."""


@dataclass(frozen=True)
class SecurityScheme:
    """One way to authenticate, with the client argument that carries the secret."""

    key: str
    """The scheme's name in ``components.securitySchemes``."""
    kind: SchemeKind
    location: SchemeLocation
    wire_name: str
    """Header, query or cookie name (``Authorization`` for bearer/basic)."""
    argument: str
    """Client constructor argument name (for OAuth2 and OpenID Connect: a ready access token)."""
    env_var: str | None
    description: str | None = None
    type: SchemeType = "http"
    """The spec's ``type``: ``oauth2`` and ``openIdConnect`` credentials are access tokens."""
    flows: tuple[OAuthFlow, ...] = ()
    """OAuth2: every flow the spec declares, in the spec's order."""
    client_credentials: ClientCredentials | None = None
    """Set exactly when ``kind`` is ``oauth2_client_credentials``."""
    openid_connect_url: str | None = None
    """OpenID Connect: the discovery document's URL (the client does not read it)."""

    @property
    def arguments(self) -> tuple[str, ...]:
        """Every client constructor argument this scheme takes."""
        names = [self.argument]
        if self.kind == "basic":
            names.append("password")
        if self.client_credentials is not None:
            names.append(self.client_credentials.client_id_argument)
            names.append(self.client_credentials.client_secret_argument)
        return tuple(names)

    @property
    def manual_flows(self) -> tuple[OAuthFlow, ...]:
        """OAuth2 flows the client does not run: the caller obtains their tokens."""
        automated = self.client_credentials.flow.name if self.client_credentials else None
        return tuple(f for f in self.flows if f.name != automated)


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
class Webhook:
    """A request the API sends to the user's server: a webhook or an operation's callback.

    The package does not send these; it parses their bodies (``webhooks.parse``).
    """

    name: str
    """snake_case identifier, unique among the API's webhooks and callbacks."""
    key: str
    """The webhook's key in ``webhooks`` (``order.created``), or the callback's name."""
    kind: WebhookKind
    method: HttpMethod
    payload: TypeExpr
    """The type of the JSON request body the API sends."""
    media_type: str
    summary: str | None = None
    description: str | None = None
    operation_id: str | None = None
    """The webhook's (or callback's) own ``operationId``, if the spec gives one."""
    parent: str | None = None
    """Callbacks: the operationId of the operation that declares it."""
    expression: str | None = None
    """Callbacks: the URL expression (``{$request.body#/callbackUrl}``)."""
    deprecated: bool = False
    origin: str = ""


@dataclass(frozen=True)
class WebhookSigning:
    """How the API signs webhook requests with an HMAC over (part of) the request.

    From the generator config (``[webhooks]``) or the spec's ``x-speakeasy-webhooks``.
    """

    header: str
    """The header carrying the signature (several, space-separated, are accepted)."""
    secret_env: str
    """Environment variable read when no secret is passed."""
    algorithm: SignatureAlgorithm = "sha256"
    encoding: SignatureEncoding = "hex"
    prefix: str = ""
    """Text before each signature in the header (``sha256=``, ``v1,``)."""
    signed_content: str = "{body}"
    """What is signed: ``{body}`` with ``{timestamp}`` and ``{id}`` (header values) around it."""
    timestamp_header: str | None = None
    """The header with the Unix time (seconds) the request was signed at."""
    tolerance: int = 300
    """Seconds a timestamp may differ from the receiver's clock."""
    id_header: str | None = None
    """The header with the delivery id, when ``signed_content`` uses ``{id}``."""
    secret_encoding: SignatureEncoding | Literal["text"] = "text"
    """``text``: the secret's UTF-8 bytes are the key; ``base64``: they are decoded first."""
    secret_prefix: str = ""
    """Removed from the secret before use (``whsec_``)."""


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
    webhooks: tuple[Webhook, ...] = ()
    """Webhooks, then callbacks (in operation order): requests the API sends to the user."""
    webhook_event: tuple[TypeExpr, ...] = ()
    """The distinct payload types ``webhooks.parse`` chooses from, in order."""
    webhook_discriminator: Discriminator | None = None
    """The tag shared by every payload model, when they have one; else tried in order."""
    webhook_signing: WebhookSigning | None = None
    """Set when the config or spec declares how webhook requests are signed."""

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
