"""The HTTP machinery behind every generated client, sync and async.

Generated resource methods describe a call declaratively (method, path,
parameters, expected types); this module turns that into an ``httpx.Request``,
applies credentials, retries with backoff, decodes the response and maps errors.
"""

from __future__ import annotations

import base64
import copy
import email.utils
import json
import logging
import os
import random
import time
import urllib.parse
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import httpx
import pydantic

from . import _qs
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    status_error_class,
)
from ._models import strict_problems
from ._pagination import AsyncPage, AsyncPaginator, PageSpec, SyncPage
from ._response import (
    AsyncStreamedResponse,
    RawResponse,
    StreamedResponse,
    amap_parsed,
    map_parsed,
    raw_mode,
    streaming_mode,
)
from ._servers import (
    OperationServer,
    Server,
    absolute_base,
    check_variables,
    choose_server,
    server_url,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, ResponseType, TimeoutTypes
from ._version import __version__

if TYPE_CHECKING:  # typing.Self needs Python 3.11; only the type checker reads this
    from typing_extensions import Self

    # streams, binary bodies and files are imported by the calls that use them: a client
    # that never streams does not pay for them at import time
    from ._binary import AsyncBinaryResponse, BinaryResponse
    from ._oauth import ClientCredentialsFlow, TokenCache
    from ._streaming import AsyncStream, ServerSentEvent, Stream

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Param",
    "Scheme",
    "SyncAPIClient",
    "from_env",
]

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
_RETRY_STATUSES = frozenset({408, 409, 429})
_PACKAGE = __name__.rpartition(".")[0] or __name__
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

T = TypeVar("T")
E = TypeVar("E")
SyncPageT = TypeVar("SyncPageT", bound=SyncPage[Any])
CastTo = type[T] | ResponseType[T]
"""What a call's body is validated as: a class, or a ``ResponseType`` for other annotations."""


def from_env(value: str | None, variable: str | None) -> str | None:
    """An explicit argument, else the environment variable's value (if set and non-empty)."""
    if value is not None or variable is None:
        return value
    return os.environ.get(variable) or None


class Param(NamedTuple):
    """One parameter of a call: wire name, value and its OpenAPI serialisation."""

    name: str
    value: Any
    style: str | None = None
    explode: bool | None = None
    content: str | None = None
    """The media type of a parameter the spec describes by ``content``: JSON goes as one
    serialised value instead of by style."""


def _serialised(params: Sequence[Param]) -> Sequence[Param]:
    """Parameters described by a JSON ``content`` become their JSON text."""
    if not any(p.content for p in params):  # nearly every call: nothing to do
        return params
    return [_serialised_one(p) for p in params]


def _serialised_one(param: Param) -> Param:
    if not param.content or "json" not in param.content.lower() or param.value is None:
        return param
    text = json.dumps(_qs.plain(param.value), separators=(",", ":"), default=_qs.scalar)
    return param._replace(value=text)


class Scheme(NamedTuple):
    """A security scheme: where the credential named ``argument`` goes."""

    key: str
    kind: str
    location: str
    wire_name: str
    argument: str
    flow: ClientCredentialsFlow | None = None
    """OAuth2 client credentials: the client fetches its own tokens (``argument`` is then
    a ready access token, used until the API rejects it)."""


class _TokenNeed(NamedTuple):
    """A call authorised by an OAuth2 token: the scheme and the scopes it asks for."""

    scheme: str
    scopes: tuple[str, ...]


class _Call(NamedTuple):
    request: httpx.Request
    timeout: httpx.Timeout | None
    max_retries: int
    token: _TokenNeed | None = None
    """Set when ``_send`` adds an OAuth2 bearer token (fetched when needed)."""


def _annotation(cast_to: Any) -> Any:
    return cast_to.annotation if isinstance(cast_to, ResponseType) else cast_to


def _json_body(body: Any, extra: Mapping[str, object] | None) -> Any:
    """Keyword-argument bodies without the arguments left out, plus ``extra_body``."""
    if isinstance(body, Mapping):
        body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
        if extra:
            body.update(extra)
    elif extra:
        raise TypeError("extra_body needs an object request body")
    return body


def _as_timeout(value: TimeoutTypes) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value))


def _budget(timeout: httpx.Timeout | None) -> float | None:
    """The longest any single phase may take: retries never sleep beyond it."""
    if timeout is None:
        return None
    values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v]
    return max(values) if values else None


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The server's requested delay, from ``retry-after-ms`` or ``Retry-After``."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)


def should_retry(response: httpx.Response) -> bool:
    override = response.headers.get("x-should-retry")
    if override in ("true", "false"):
        return bool(override == "true")
    return response.status_code in _RETRY_STATUSES or response.status_code >= 500


def retry_delay(attempt: int, headers: httpx.Headers | None) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based)."""
    if headers is not None:
        requested = retry_after_seconds(headers)
        if requested is not None and requested <= 60:
            return requested
    # the exponent is capped too: 2.0**1024 overflows (max_retries is the caller's to choose)
    delay = min(INITIAL_RETRY_DELAY * (2.0 ** min(attempt, 32)), MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}
_ANY: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(Any)


def _adapter(target: Any) -> pydantic.TypeAdapter[Any]:
    try:
        return _adapters[target]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(target)
        _adapters[target] = adapter
        return adapter
    except TypeError:  # unhashable annotation
        return pydantic.TypeAdapter(target)


def _error_model(errors: Mapping[str, Any], status: int) -> Any:
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in errors:
            return errors[key]
    return None


class BaseAPIClient:
    """What sync and async clients share: configuration and request building."""

    _owns_http_client: bool = False

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        base_url_env: str | None,
        servers: Sequence[Server] = (),
        server: str | int | None = None,
        server_variables: Mapping[str, str] | None = None,
        more_variables: Sequence[str] = (),
        credentials: Mapping[str, str | None],
        schemes: Sequence[Scheme],
        options: Mapping[str, str | None],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        idempotency_header: str | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if base_url is None and base_url_env:
            base_url = os.environ.get(base_url_env) or None
        check_variables(servers, server_variables, more_variables)
        self._server_variables = dict(server_variables or {})
        hint = f"or set ${base_url_env}" if base_url_env else "the spec gives no host"
        chosen = choose_server(servers, server) if servers or server is not None else None
        if base_url is not None:
            self.base_url = absolute_base(str(base_url), hint)
        elif chosen is not None:
            self.base_url = absolute_base(server_url(chosen, self._server_variables), hint)
        else:
            raise ValueError("base_url is required: the API description names no server")
        self._explicit_base_url = base_url is not None
        self._credentials = {k: v for k, v in credentials.items() if v}
        self._schemes = {s.key: s for s in schemes}
        self._options = dict(options)
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _as_timeout(timeout)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._idempotency_header = idempotency_header
        self.strict_response_validation = strict_response_validation
        self._clock: Callable[[], float] = time.monotonic
        self._tokens = self._token_caches()

    def _token_caches(self) -> dict[str, TokenCache]:
        """One token cache per OAuth2 client-credentials scheme (relative URLs: base URL)."""
        flows = [(s, s.flow) for s in self._schemes.values() if s.flow is not None]
        if not flows:
            return {}
        from ._oauth import TokenCache

        return {
            scheme.key: TokenCache(
                scheme=scheme.key,
                url=self.base_url.join(flow.token_url),
                client_id=self._credentials.get(flow.client_id),
                client_secret=self._credentials.get(flow.client_secret),
                client_auth=flow.client_auth,
                ready_token=self._credentials.get(scheme.argument),
            )
            for scheme, flow in flows
        }

    def _copy_with(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool | None,
    ) -> Self:
        """A shallow copy with other settings, sharing the connection pool."""
        clone = copy.copy(self)
        for klass in type(self).__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, cached_property):
                    clone.__dict__.pop(name, None)  # resources bound to the original client
        if base_url is not None:
            clone.base_url = absolute_base(str(base_url), "with_options")
            clone._explicit_base_url = True
            clone._tokens = clone._token_caches()  # a relative token URL follows the base URL
        if not isinstance(timeout, NotGiven):
            clone.timeout = _as_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            clone.max_retries = max_retries
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        if strict_response_validation is not None:
            clone.strict_response_validation = strict_response_validation
        clone._credentials = dict(self._credentials)
        clone._options = dict(self._options)
        clone._owns_http_client = False
        return clone

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy of this client with other settings; it shares the connection pool.

        ``client.with_options(timeout=5).agents.list()`` changes one call site only;
        closing the copy leaves the pool open.
        """
        return self._copy_with(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    # -------------------------------------------------------------- auth

    def _describe(self, key: str) -> str:
        scheme = self._schemes[key]
        if scheme.flow is not None:
            flow = scheme.flow
            return f"{flow.client_id}= and {flow.client_secret}= (or {scheme.argument}=)"
        return f"{scheme.argument}="

    def _satisfied(self, alternative: Sequence[str]) -> bool:
        for key in alternative:
            scheme = self._schemes.get(key)
            if scheme is None:
                return False
            if scheme.flow is not None and key in self._tokens:
                if not (self._tokens[key].can_fetch or scheme.argument in self._credentials):
                    return False
                continue
            if scheme.argument not in self._credentials:
                return False
            if scheme.kind == "basic" and "password" not in self._credentials:
                return False
        return True

    def _apply_auth(
        self,
        security: Sequence[Sequence[str]],
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: dict[str, str],
        scopes: Mapping[str, Sequence[str]] | None = None,
    ) -> _TokenNeed | None:
        """Add the credentials of the first alternative the client can satisfy.

        An OAuth2 client-credentials scheme is returned instead: ``_send`` adds its token.
        """
        need = None
        if not security or any(len(alternative) == 0 for alternative in security):
            chosen: Sequence[str] = next((a for a in security if self._satisfied(a)), ())
        else:
            found = next((a for a in security if self._satisfied(a)), None)
            if found is None:
                needed = " or ".join(" and ".join(self._describe(k) for k in a) for a in security)
                raise MissingCredentialsError(f"this operation needs credentials: pass {needed}")
            chosen = found
        for key in chosen:
            scheme = self._schemes[key]
            if scheme.flow is not None and key in self._tokens:
                need = _TokenNeed(key, tuple(sorted(set((scopes or {}).get(key, ())))))
                continue
            secret = self._credentials[scheme.argument]
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            elif scheme.kind == "basic":
                pair = f"{secret}:{self._credentials['password']}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            elif scheme.location == "query":
                query.append((scheme.wire_name, secret))
            elif scheme.location == "cookie":
                cookies[scheme.wire_name] = secret
            else:
                headers[scheme.wire_name] = secret
        return need

    def _token_call(self, need: _TokenNeed) -> _Call:
        """The token endpoint request for ``need``, with the client's timeout and retries."""
        request = self._tokens[need.scheme].request(
            need.scopes, {"User-Agent": self.user_agent}, _timeout_ext(self.timeout)
        )
        return _Call(request, self.timeout, self.max_retries)

    def _secret_query_names(self) -> set[str]:
        return {s.wire_name for s in self._schemes.values() if s.location == "query"}

    # -------------------------------------------------------------- options

    def header_option(self, name: str, value: Any, default: Any = None) -> Any:
        """A client-level header: the call's value, else the client's, else the operation's."""
        if value is not None:
            return value
        configured = self._options.get(name)
        if configured is not None:
            return configured
        if default is None:
            raise ValueError(f"{name} is required: pass it to the client or to this call")
        return default

    @property
    def user_agent(self) -> str:
        return f"{_PACKAGE}/{__version__} httpx/{httpx.__version__}"

    # -------------------------------------------------------------- building

    def _operation_base(self, server: OperationServer | None) -> httpx.URL:
        """Where an operation is served: the client's base URL unless it names its own server."""
        if server is None:
            return self.base_url
        if server.relative_path is not None:
            return self.base_url.join(server.relative_path.strip("/") + "/")
        if self._explicit_base_url:
            return self.base_url  # base_url points every operation at one host
        filled = server_url(server.server, self._server_variables)
        return absolute_base(filled, "the operation's server is relative")

    def _build(
        self,
        method: str,
        path: str,
        *,
        path_params: Sequence[Param] = (),
        query: Sequence[Param] = (),
        headers: Sequence[Param] = (),
        cookies: Sequence[Param] = (),
        body: Any = None,
        body_encoding: str | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        security: Sequence[Sequence[str]] = (),
        scopes: Mapping[str, Sequence[str]] | None = None,
        options: RequestOptions | None = None,
        file_fields: Sequence[str] = (),
        part_types: Mapping[str, str] | None = None,
        form_styles: Mapping[str, tuple[str, bool]] | None = None,
        server: OperationServer | None = None,
    ) -> _Call:
        """The request for one call: path, query, headers, auth, body, timeout and retries."""
        options = options or {}
        path_params, query = _serialised(path_params), _serialised(query)
        headers, cookies = _serialised(headers), _serialised(cookies)
        for param in path_params:
            segment = _qs.path_value(
                param.name, param.value, param.style or "simple", bool(param.explode)
            )
            path = path.replace("{" + param.name + "}", segment)
        query_pairs: list[tuple[str, str]] = []
        for param in query:
            explode = True if param.explode is None else param.explode
            query_pairs.extend(
                _qs.query_pairs(param.name, param.value, param.style or "form", explode)
            )
        header_map = {"User-Agent": self.user_agent, "Accept": accept or "application/json"}
        header_map.update(self._default_headers)
        for param in headers:
            text = _qs.header_value(param.value, bool(param.explode))
            if text is not None:
                header_map[param.name] = text
        cookie_map: dict[str, str] = {}
        for param in cookies:
            cookie_map.update(_qs.cookie_pairs(param.name, param.value))
        token = self._apply_auth(security, header_map, query_pairs, cookie_map, scopes)
        if cookie_map:
            header_map["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookie_map.items())
        extra_query = options.get("extra_query") or {}
        for key, value in extra_query.items():
            query_pairs.extend(_qs.query_pairs(key, value))
        retries_option = options.get("max_retries", NOT_GIVEN)
        retries = self.max_retries if isinstance(retries_option, NotGiven) else retries_option
        idempotency_key = options.get("idempotency_key")
        unsafe = method.upper() not in _SAFE_METHODS
        if self._idempotency_header and unsafe and (idempotency_key or retries):
            # one key per logical call: every retry of it carries the same value
            header_map[self._idempotency_header] = (
                idempotency_key or f"clientsmith-retry-{uuid.uuid4()}"
            )
        extra_headers = options.get("extra_headers") or {}
        header_map.update(extra_headers)
        if token is not None and any(k.lower() == "authorization" for k in extra_headers):
            token = None  # the call's own Authorization wins, as it does over other schemes
        body = _json_body(body, options.get("extra_body"))
        request_kwargs = self._body_kwargs(
            body, body_encoding, content_type, file_fields, part_types, form_styles
        )
        if "content_type" in request_kwargs:
            header_map["Content-Type"] = request_kwargs.pop("content_type")
        url = self._operation_base(server).join(path.lstrip("/"))
        timeout_option = options.get("timeout", NOT_GIVEN)
        timeout = (
            self.timeout if isinstance(timeout_option, NotGiven) else _as_timeout(timeout_option)
        )
        params: list[tuple[str, str | int | float | bool | None]] = list(query_pairs)
        request = httpx.Request(
            method.upper(),
            url,
            params=params,
            headers=header_map,
            extensions=_timeout_ext(timeout),
            **request_kwargs,
        )
        return _Call(request, timeout, retries, token)

    @staticmethod
    def _body_kwargs(
        body: Any,
        encoding: str | None,
        content_type: str | None,
        file_fields: Sequence[str] = (),
        part_types: Mapping[str, str] | None = None,
        form_styles: Mapping[str, tuple[str, bool]] | None = None,
    ) -> dict[str, Any]:
        if body is None or encoding is None:
            return {}
        if isinstance(body, pydantic.BaseModel):
            body = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if encoding in ("multipart", "form") and isinstance(body, Mapping):
            from . import _files
        if encoding == "multipart" and isinstance(body, Mapping):
            parts = _files.multipart_parts(body, file_fields=file_fields, encoding=part_types)
            return {"files": parts} if parts else {"data": {}}
        if encoding == "form" and isinstance(body, Mapping):
            text = urllib.parse.urlencode(_files.form_pairs(body, styles=form_styles))
            return {"content": text.encode("ascii"), "content_type": content_type}
        if encoding == "json":
            content = _ANY.dump_json(body, by_alias=True, exclude_unset=True)
            return {"content": content, "content_type": content_type or "application/json"}
        if encoding == "text":
            return {"content": str(body).encode(), "content_type": content_type or "text/plain"}
        return {"content": body, "content_type": content_type or "application/octet-stream"}

    # -------------------------------------------------------------- decoding

    def _decode(self, response: httpx.Response, cast_to: Any, decoding: str) -> Any:
        target = _annotation(cast_to)
        if decoding == "none" or target is None or target is type(None):
            return None
        if decoding == "binary":
            return response.content
        if decoding == "text":
            return response.text
        try:
            parsed = _adapter(target).validate_json(response.content)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(response, _summarise(exc)) from None
        if self.strict_response_validation:
            problems = strict_problems(parsed)
            if problems:
                raise APIResponseValidationError(response, "; ".join(problems[:5]))
        return parsed

    def _status_error(self, response: httpx.Response, errors: Mapping[str, Any]) -> APIStatusError:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = response.text
        model = _error_model(errors, response.status_code)
        error = None
        if model is not None and not isinstance(body, str):
            try:
                error = _adapter(model).validate_python(body)
            except pydantic.ValidationError:
                error = None
        return status_error_class(response.status_code)(response, body=body, error=error)

    def _retry_delay(
        self, attempt: int, call: _Call, started: float, headers: httpx.Headers | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when no retry is allowed."""
        if attempt >= call.max_retries:
            return None
        delay = retry_delay(attempt, headers)
        budget = _budget(call.timeout)
        if budget is not None and time.monotonic() - started + delay > budget:
            return None
        log.debug("retrying %s %s in %.2fs", call.request.method, call.request.url.path, delay)
        return delay

    def _log(self, response: httpx.Response, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            url = response.request.url
            for name in self._secret_query_names():
                url = url.copy_remove_param(name)
            log.debug(
                "%s %s -> %s in %.3fs",
                response.request.method,
                url,
                response.status_code,
                time.monotonic() - started,
            )


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)


def _summarise(exc: pydantic.ValidationError) -> str:
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "(body)"
        problems.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


class SyncAPIClient(BaseAPIClient):
    """Sends requests with ``httpx.Client``; blocking."""

    def __init__(self, *, http_client: httpx.Client | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.Client()
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, call: _Call, *, stream: bool = False) -> httpx.Response:
        """Send with retries; an OAuth2 call gets its token, and a new one once on a 401."""
        if call.token is None:
            return self._attempts(call, stream)
        token = self._access_token(call.token)
        response = self._attempts(_bearer(call, token), stream)
        if response.status_code != 401:
            return response
        fresh = self._access_token(call.token, rejected=token)
        if fresh == token:
            return response
        response.close()
        log.debug("%s %s -> 401: retrying once with a new OAuth2 token", *_where(call))
        return self._attempts(_bearer(call, fresh), stream)

    def _access_token(self, need: _TokenNeed, rejected: str | None = None) -> str:
        """The cached token for ``need``, or one fetched now (one thread at a time)."""
        cache = self._tokens[need.scheme]
        with cache.lock:
            if rejected is not None:
                cache.reject(need.scopes, rejected)
            token = cache.current(need.scopes, self._clock())
            if token is None:
                asked_at = self._clock()
                response = self._attempts(self._token_call(need))
                token = cache.store(need.scopes, response, asked_at)
            return token

    def _attempts(self, call: _Call, stream: bool = False) -> httpx.Response:
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = self._http.send(call.request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(attempt, call, started, None)
                if delay is None:
                    raise _connection_error(exc, call.request) from None
            else:
                self._log(response, started)
                if response.is_success or not should_retry(response):
                    return response
                delay = self._retry_delay(attempt, call, started, response.headers)
                if delay is None:
                    return response
                response.close()
            self._sleep(delay)
            attempt += 1

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: CastTo[T],
        decoding: str = "json",
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> T:
        """Send one operation's request and return its body validated as ``cast_to``.

        ``parts`` describe the request (``path_params``, ``query``, ``headers``, ``body``…;
        see ``_build``).
        """
        call = self._build(method, path, **parts)
        if streaming_mode.get():  # with_streaming_response: the body is read by parse()
            opened = self._open(call, errors)

            def parse() -> T:
                opened.read()
                parsed: T = self._decode(opened, cast_to, decoding)
                return parsed

            return cast(T, StreamedResponse(opened, parse))
        response = self._send(call)
        if not response.is_success:
            raise self._status_error(response, errors or {})
        parsed: T = self._decode(response, cast_to, decoding)
        if raw_mode.get():  # with_raw_response: the wrapper unpacks this again
            return cast(T, RawResponse(response, parsed))
        return parsed

    def _open(self, call: _Call, errors: Mapping[str, Any] | None) -> httpx.Response:
        """Send with the body left unread; a failed status is read and raised."""
        response = self._send(call, stream=True)
        if not response.is_success:
            try:
                response.read()
            finally:
                response.close()
            raise self._status_error(response, errors or {})
        return response

    def request_stream(
        self,
        method: str,
        path: str,
        *,
        cast_to: CastTo[T],
        reconnect: bool = False,
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> Stream[T]:
        """A server-sent event stream, each event's data validated as ``cast_to``.

        With ``reconnect``, a dropped connection is resumed (``Last-Event-ID``, after the
        server's ``retry:`` delay or the backoff) up to ``max_retries`` times.
        """
        from ._streaming import Stream, decoder_for

        call = self._build(method, path, **parts)
        response = self._open(call, errors)

        def resume(last_id: str | None, delay: float | None) -> httpx.Response:
            self._sleep(delay if delay is not None else retry_delay(0, None))
            return self._open(_resumed(call, last_id), errors)

        stream: Stream[T] = Stream(
            response,
            _checked(decoder_for(_annotation(cast_to)), response),
            reconnect=resume if reconnect else None,
            max_reconnects=call.max_retries,
        )
        if streaming_mode.get():
            return cast(Stream[T], StreamedResponse(response, lambda: stream))
        if raw_mode.get():
            return cast(Stream[T], RawResponse(response, stream))
        return stream

    def request_or_stream(
        self,
        method: str,
        path: str,
        *,
        stream: bool | NotGiven | None,
        stream_accept: str,
        cast_to: CastTo[T],
        event_type: CastTo[E],
        **parts: Any,
    ) -> T | Stream[E]:
        """An operation answering JSON, or with ``stream`` server-sent events instead.

        Streaming asks for ``stream_accept`` and validates each event as ``event_type``;
        otherwise the body is validated as ``cast_to``.
        """
        if stream:
            return self.request_stream(
                method, path, cast_to=event_type, accept=stream_accept, **parts
            )
        return self.request(method, path, cast_to=cast_to, **parts)

    def request_binary(
        self,
        method: str,
        path: str,
        *,
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> BinaryResponse:
        """A response body read as it arrives: ``.read()``, ``.iter_bytes()``, ``.write_to_file()``."""
        from ._binary import BinaryResponse

        call = self._build(method, path, **parts)
        response = self._open(call, errors)
        binary = BinaryResponse(response)
        if streaming_mode.get():
            return cast(BinaryResponse, StreamedResponse(response, lambda: binary))
        if raw_mode.get():
            return cast(BinaryResponse, RawResponse(response, binary))
        return binary

    def request_page(
        self,
        method: str,
        path: str,
        *,
        page: type[SyncPageT],
        page_spec: PageSpec,
        cast_to: CastTo[Any],
        query: Sequence[Param] = (),
        **kwargs: Any,
    ) -> SyncPageT:
        """Like ``request`` for a paginated operation: the first page, of class ``page``."""
        query_params = list(query)

        def fetch(page_value: Any, previous: list[Any] | None = None) -> Any:
            params = query_params
            if page_value is not None:
                params = [p for p in query_params if p.name != page_spec.request_parameter]
                params.append(Param(page_spec.request_parameter, page_value))
            result = self.request(method, path, cast_to=cast_to, query=params, **kwargs)
            current = next((p.value for p in params if p.name == page_spec.request_parameter), None)

            def build(parsed: Any) -> SyncPageT:
                return page(
                    items=list(getattr(parsed, page_spec.items, None) or []),
                    response=parsed,
                    spec=_sized(page_spec, params),
                    current=current,
                    fetch=lambda value, items: _plain(fetch(value, items)),
                    previous_items=previous,
                )

            if isinstance(result, StreamedResponse):
                return map_parsed(result, build)
            built = build(_plain(result))
            if isinstance(result, RawResponse):
                return RawResponse(result.http_response, built)
            return built

        first: SyncPageT = fetch(None)
        return first


def _bearer(call: _Call, token: str) -> _Call:
    """``call`` carrying ``token`` (its request is sent again as it is on a retry)."""
    call.request.headers["Authorization"] = f"Bearer {token}"
    return call


def _where(call: _Call) -> tuple[str, str]:
    return call.request.method, call.request.url.path


def _resumed(call: _Call, last_id: str | None) -> _Call:
    """The same GET again, asking the server to go on after event ``last_id``."""
    request = call.request
    headers = httpx.Headers(request.headers)
    if last_id is not None:
        headers["Last-Event-ID"] = last_id
    again = httpx.Request(
        request.method, request.url, headers=headers, extensions=request.extensions
    )
    return call._replace(request=again)


def _sized(spec: PageSpec, params: Sequence[Param]) -> PageSpec:
    """The spec with the page size this call asked for, when it set one."""
    if spec.limit_parameter is None:
        return spec
    asked = next((p.value for p in params if p.name == spec.limit_parameter), None)
    if isinstance(asked, int) and not isinstance(asked, bool):
        return spec._replace(default_limit=asked)
    return spec


def _checked(
    decode: Callable[[ServerSentEvent], T], response: httpx.Response
) -> Callable[[ServerSentEvent], T]:
    """An event that does not match the spec raises APIResponseValidationError, like a body."""

    def checked(event: ServerSentEvent) -> T:
        try:
            return decode(event)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(response, _summarise(exc)) from None

    return checked


def _plain(result: Any) -> Any:
    return result.parse() if isinstance(result, RawResponse) else result


def _timeout_ext(timeout: httpx.Timeout | None) -> dict[str, Any]:
    if timeout is None:
        return {"timeout": {"connect": None, "read": None, "write": None, "pool": None}}
    return {"timeout": timeout.as_dict()}


class AsyncAPIClient(BaseAPIClient):
    """Sends requests with ``httpx.AsyncClient``."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient()
        import asyncio  # only async clients need it: sync users skip its import

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, call: _Call, *, stream: bool = False) -> httpx.Response:
        """Send with retries; an OAuth2 call gets its token, and a new one once on a 401."""
        if call.token is None:
            return await self._attempts(call, stream)
        token = await self._access_token(call.token)
        response = await self._attempts(_bearer(call, token), stream)
        if response.status_code != 401:
            return response
        fresh = await self._access_token(call.token, rejected=token)
        if fresh == token:
            return response
        await response.aclose()
        log.debug("%s %s -> 401: retrying once with a new OAuth2 token", *_where(call))
        return await self._attempts(_bearer(call, fresh), stream)

    async def _access_token(self, need: _TokenNeed, rejected: str | None = None) -> str:
        """The cached token for ``need``, or one fetched now (one task at a time)."""
        cache = self._tokens[need.scheme]
        async with cache.async_lock:
            if rejected is not None:
                cache.reject(need.scopes, rejected)
            token = cache.current(need.scopes, self._clock())
            if token is None:
                asked_at = self._clock()
                response = await self._attempts(self._token_call(need))
                token = cache.store(need.scopes, response, asked_at)
            return token

    async def _attempts(self, call: _Call, stream: bool = False) -> httpx.Response:
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                response = await self._http.send(call.request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._retry_delay(attempt, call, started, None)
                if delay is None:
                    raise _connection_error(exc, call.request) from None
            else:
                self._log(response, started)
                if response.is_success or not should_retry(response):
                    return response
                delay = self._retry_delay(attempt, call, started, response.headers)
                if delay is None:
                    return response
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: CastTo[T],
        decoding: str = "json",
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> T:
        """Send one operation's request and return its body validated as ``cast_to``."""
        call = self._build(method, path, **parts)
        if streaming_mode.get():  # with_streaming_response: the body is read by parse()
            opened = await self._open(call, errors)

            async def parse() -> T:
                await opened.aread()
                parsed: T = self._decode(opened, cast_to, decoding)
                return parsed

            return cast(T, AsyncStreamedResponse(opened, parse))
        response = await self._send(call)
        if not response.is_success:
            raise self._status_error(response, errors or {})
        parsed: T = self._decode(response, cast_to, decoding)
        if raw_mode.get():  # with_raw_response: the wrapper unpacks this again
            return cast(T, RawResponse(response, parsed))
        return parsed

    async def _open(self, call: _Call, errors: Mapping[str, Any] | None) -> httpx.Response:
        """Send with the body left unread; a failed status is read and raised."""
        response = await self._send(call, stream=True)
        if not response.is_success:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise self._status_error(response, errors or {})
        return response

    async def request_stream(
        self,
        method: str,
        path: str,
        *,
        cast_to: CastTo[T],
        reconnect: bool = False,
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> AsyncStream[T]:
        """A server-sent event stream, each event's data validated as ``cast_to``."""
        from ._streaming import AsyncStream, decoder_for

        call = self._build(method, path, **parts)
        response = await self._open(call, errors)

        async def resume(last_id: str | None, delay: float | None) -> httpx.Response:
            await self._sleep(delay if delay is not None else retry_delay(0, None))
            return await self._open(_resumed(call, last_id), errors)

        stream: AsyncStream[T] = AsyncStream(
            response,
            _checked(decoder_for(_annotation(cast_to)), response),
            reconnect=resume if reconnect else None,
            max_reconnects=call.max_retries,
        )
        if streaming_mode.get():
            return cast(AsyncStream[T], AsyncStreamedResponse(response, _ready(stream)))
        if raw_mode.get():
            return cast(AsyncStream[T], RawResponse(response, stream))
        return stream

    async def request_or_stream(
        self,
        method: str,
        path: str,
        *,
        stream: bool | NotGiven | None,
        stream_accept: str,
        cast_to: CastTo[T],
        event_type: CastTo[E],
        **parts: Any,
    ) -> T | AsyncStream[E]:
        """An operation answering JSON, or with ``stream`` server-sent events instead."""
        if stream:
            return await self.request_stream(
                method, path, cast_to=event_type, accept=stream_accept, **parts
            )
        return await self.request(method, path, cast_to=cast_to, **parts)

    async def request_binary(
        self,
        method: str,
        path: str,
        *,
        errors: Mapping[str, Any] | None = None,
        **parts: Any,
    ) -> AsyncBinaryResponse:
        """A response body read as it arrives: ``aread()``, ``aiter_bytes()``, ``write_to_file()``."""
        from ._binary import AsyncBinaryResponse

        call = self._build(method, path, **parts)
        response = await self._open(call, errors)
        binary = AsyncBinaryResponse(response)
        if streaming_mode.get():
            return cast(AsyncBinaryResponse, AsyncStreamedResponse(response, _ready(binary)))
        if raw_mode.get():
            return cast(AsyncBinaryResponse, RawResponse(response, binary))
        return binary

    def request_page(
        self,
        method: str,
        path: str,
        *,
        page: type[AsyncPage[T]],
        page_spec: PageSpec,
        cast_to: CastTo[Any],
        query: Sequence[Param] = (),
        **kwargs: Any,
    ) -> AsyncPaginator[T]:
        """Like ``request`` for a paginated operation: await it for the first page."""
        query_params = list(query)

        async def fetch(page_value: Any, previous: list[Any] | None = None) -> Any:
            params = query_params
            if page_value is not None:
                params = [p for p in query_params if p.name != page_spec.request_parameter]
                params.append(Param(page_spec.request_parameter, page_value))
            result = await self.request(method, path, cast_to=cast_to, query=params, **kwargs)
            current = next((p.value for p in params if p.name == page_spec.request_parameter), None)

            def build(parsed: Any) -> AsyncPage[T]:
                return page(
                    items=list(getattr(parsed, page_spec.items, None) or []),
                    response=parsed,
                    spec=_sized(page_spec, params),
                    current=current,
                    fetch=lambda value, items: _unwrap_async(fetch(value, items)),
                    previous_items=previous,
                )

            if isinstance(result, AsyncStreamedResponse):
                return amap_parsed(result, build)
            built = build(_plain(result))
            if isinstance(result, RawResponse):
                return RawResponse(result.http_response, built)
            return built

        return AsyncPaginator(lambda: fetch(None))


async def _unwrap_async(result: Awaitable[Any]) -> Any:
    return _plain(await result)


def _ready(value: T) -> Callable[[], Awaitable[T]]:
    """An async ``parse`` for a value that needs no reading (a stream, a binary body)."""

    async def parse() -> T:
        return value

    return parse
