"""The exceptions a client raises: one hierarchy rooted at ``APIError``.

``APIError``
├── ``APIConnectionError`` (``APITimeoutError``)
├── ``APIResponseValidationError``: a 2xx body that does not match the spec
├── ``MissingCredentialsError``: no usable credentials for an operation
├── ``OAuthTokenError``: the OAuth2 token endpoint gave no usable access token
├── ``APIStreamError``: an event stream reported an error mid-stream
└── ``APIStatusError``: any non-2xx response, subclassed by status below
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._streaming import ServerSentEvent

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "OAuthTokenError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

_BODY_PREVIEW = 500


def _preview(text: str) -> str:
    return text if len(text) <= _BODY_PREVIEW else text[:_BODY_PREVIEW] + "…"


class APIError(Exception):
    """Base class of every error this client raises."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class MissingCredentialsError(APIError):
    """The client has no credentials that the operation accepts."""


class OAuthTokenError(APIError):
    """The OAuth2 token endpoint refused the client's credentials or answered without a token.

    ``token_url`` is the endpoint asked, ``status_code`` its answer; ``error`` is the OAuth2
    error code of the body (``invalid_client``, ``invalid_scope``…, RFC 6749 §5.2) and
    ``error_description`` its text, when the body has them. The message and attributes never
    hold the client secret or a token.
    """

    token_url: str
    status_code: int
    error: str | None
    error_description: str | None
    response: httpx.Response

    def __init__(
        self,
        response: httpx.Response,
        detail: str,
        *,
        error: str | None = None,
        error_description: str | None = None,
    ) -> None:
        self.token_url = str(response.request.url)
        super().__init__(
            f"OAuth2 token request to {self.token_url} failed: {detail}",
            request=response.request,
        )
        self.status_code = response.status_code
        self.error = error
        self.error_description = error_description
        self.response = response


class APIConnectionError(APIError):
    """The request never got a response (DNS, refused connection, reset…)."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (after any retries)."""

    def __init__(self, *, request: httpx.Request | None = None) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """A successful response whose body is not what the spec describes."""

    status_code: int
    body: str
    response: httpx.Response

    def __init__(self, response: httpx.Response, detail: str) -> None:
        try:
            body = response.text
        except httpx.ResponseNotRead:  # an event of a stream: the detail names it
            body = "(a streamed body)"
        super().__init__(
            f"{response.request.method} {response.request.url.path} returned"
            f" {response.status_code} with a body that does not match the spec: {detail}\n"
            f"body: {_preview(body)}",
            request=response.request,
        )
        self.status_code = response.status_code
        self.body = body
        self.response = response


class APIStreamError(APIError):
    """A server-sent event stream delivered an error event after a 2xx status.

    ``event`` is that event; ``error`` its data parsed as JSON, or the raw text
    when it is not JSON.
    """

    event: ServerSentEvent
    error: Any

    def __init__(
        self,
        message: str,
        *,
        event: ServerSentEvent,
        error: Any,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.event = event
        self.error = error


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``body`` is the decoded JSON (or text) of the response, ``raw_body`` its bytes;
    ``error`` is that body parsed into the spec's error model for this status, when
    the spec declares one.
    """

    status_code: int
    headers: httpx.Headers
    body: Any
    raw_body: bytes
    error: Any
    response: httpx.Response

    def __init__(self, response: httpx.Response, *, body: Any, error: Any = None) -> None:
        request = response.request
        detail = body if isinstance(body, str) else repr(body)
        super().__init__(
            f"{request.method} {request.url.path} returned {response.status_code}:"
            f" {_preview(detail)}",
            request=request,
        )
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_body = response.content
        self.error = error
        self.response = response


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """500 and above"""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
