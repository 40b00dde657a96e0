"""Receiving webhooks and callbacks: decode what the API posts, check its HMAC signature.

Only packages whose API declares webhooks or callbacks have this module; their
``webhooks`` module binds it to the API's payload types and signing scheme.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Literal, Protocol, TypeVar

import pydantic

from ._exceptions import APIError, MissingCredentialsError
from ._models import UnknownVariant
from ._types import ResponseType

__all__ = [
    "HeadersLike",
    "Payloads",
    "SigningScheme",
    "WebhookPayloadError",
    "WebhookSignatureError",
]

T = TypeVar("T")

_UNKNOWN_TAG = ("union_tag_invalid", "union_tag_not_found")


class HeadersLike(Protocol):
    """Request headers as any web framework gives them: a dict, ``httpx.Headers``,
    ``http.server``'s message, Starlette's or Werkzeug's headers. Names match in any case."""

    def items(self) -> Iterable[tuple[str, str]]: ...


class WebhookPayloadError(APIError):
    """A webhook or callback body that is not JSON, or not a payload the API documents."""


class WebhookSignatureError(APIError):
    """A webhook request whose signature is missing, wrong or too old: do not trust it."""


def _header(headers: HeadersLike, name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return str(value)
    return None


def _as_bytes(body: str | bytes) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


class Payloads(Generic[T]):
    """The payload types of an API's webhooks and callbacks, parsed as one union.

    With a ``discriminator`` (the tag every payload model has), a JSON object whose tag
    is unknown or missing parses as ``UnknownVariant``, and one with a known tag must
    match that model. Without one, the models are tried in order and an object none
    of them accepts parses as ``UnknownVariant``. Its fields are kept either way.
    """

    def __init__(self, annotation: ResponseType[T], *, discriminator: str | None) -> None:
        self._annotation = annotation.annotation
        self._discriminator = discriminator
        self._adapter: pydantic.TypeAdapter[T] | None = None

    def _validator(self) -> pydantic.TypeAdapter[T]:
        if self._adapter is None:  # built on first use: importing the package stays fast
            self._adapter = pydantic.TypeAdapter(self._annotation)
        return self._adapter

    def parse(self, body: str | bytes) -> T | UnknownVariant:
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookPayloadError(f"webhook body is not valid JSON: {exc}") from None
        try:
            return self._validator().validate_python(data)
        except pydantic.ValidationError as exc:
            if isinstance(data, dict) and self._unknown(exc):
                return UnknownVariant.model_validate(data)
            raise WebhookPayloadError(
                f"webhook body is not a payload this client knows: {exc}"
            ) from None

    def _unknown(self, exc: pydantic.ValidationError) -> bool:
        """A payload of a kind added after this client was generated?"""
        if self._discriminator is None:
            return True  # untagged: no way to tell a new kind from a broken one
        return any(e["type"] in _UNKNOWN_TAG and not e["loc"] for e in exc.errors())


@dataclass(frozen=True)
class SigningScheme:
    """How the API signs its webhook requests: an HMAC over the body (and headers)."""

    header: str
    secret_env: str
    algorithm: Literal["sha1", "sha256", "sha512"] = "sha256"
    encoding: Literal["hex", "base64"] = "hex"
    prefix: str = ""
    signed_content: str = "{body}"
    timestamp_header: str | None = None
    tolerance: int = 300
    id_header: str | None = None
    secret_encoding: Literal["text", "hex", "base64"] = "text"
    secret_prefix: str = ""

    def _key(self, secret: str | None) -> bytes:
        if secret is None:
            secret = os.environ.get(self.secret_env)
        if not secret:
            raise MissingCredentialsError(
                f"No webhook secret: pass secret= or set the {self.secret_env}"
                " environment variable."
            )
        secret = secret.removeprefix(self.secret_prefix)
        if self.secret_encoding == "text":
            return secret.encode("utf-8")
        try:
            if self.secret_encoding == "hex":
                return bytes.fromhex(secret)
            return base64.b64decode(secret, validate=True)
        except (binascii.Error, ValueError):
            # the message names where the secret came from, never the secret itself
            raise MissingCredentialsError(
                f"The webhook secret (from secret= or {self.secret_env}) is not"
                f" {self.secret_encoding}."
            ) from None

    def _content(self, body: bytes, timestamp: str | None, delivery_id: str | None) -> bytes:
        before, _, after = self.signed_content.partition("{body}")
        fields = {"timestamp": timestamp or "", "id": delivery_id or ""}
        return (
            before.format(**fields).encode("utf-8") + body + after.format(**fields).encode("utf-8")
        )

    def _digest(self, key: bytes, content: bytes) -> str:
        mac = hmac.new(key, content, getattr(hashlib, self.algorithm)).digest()
        return mac.hex() if self.encoding == "hex" else base64.b64encode(mac).decode("ascii")

    def _required(self, headers: HeadersLike, name: str) -> str:
        value = _header(headers, name)
        if value is None or not value.strip():
            raise WebhookSignatureError(f"The webhook request has no {name} header.")
        return value.strip()

    def verify(
        self,
        body: str | bytes,
        headers: HeadersLike,
        *,
        secret: str | None,
        tolerance: float | None,
        now: float | None = None,
    ) -> None:
        key = self._key(secret)
        signatures = self._required(headers, self.header)
        timestamp = None
        if self.timestamp_header is not None:
            timestamp = self._required(headers, self.timestamp_header)
            try:
                sent = int(timestamp)
            except ValueError:
                raise WebhookSignatureError(
                    f"The webhook {self.timestamp_header} header is not a Unix time in seconds."
                ) from None
            allowed = self.tolerance if tolerance is None else tolerance
            current = time.time() if now is None else now
            if abs(current - sent) > allowed:
                raise WebhookSignatureError(
                    f"The webhook timestamp is {abs(current - sent):.0f} s away from now"
                    f" (more than the {allowed:g} s allowed): an old or replayed request."
                )
        delivery_id = None
        if self.id_header is not None:
            delivery_id = self._required(headers, self.id_header)
        expected = self._digest(key, self._content(_as_bytes(body), timestamp, delivery_id))
        for candidate in signatures.split():
            candidate = candidate.removeprefix(self.prefix)
            if self.encoding == "hex":
                candidate = candidate.lower()
            # constant time: how much of a forged signature matches must not show
            if hmac.compare_digest(candidate.encode("utf-8"), expected.encode("utf-8")):
                return
        raise WebhookSignatureError(
            f"The webhook {self.header} header does not match the body: wrong secret,"
            " or a body changed (or re-encoded) after it was signed."
        )

    def sign(
        self,
        body: str | bytes,
        *,
        secret: str | None,
        timestamp: int | None = None,
        delivery_id: str | None = None,
    ) -> dict[str, str]:
        """The headers the API would send with ``body``: for testing a receiver."""
        headers: dict[str, str] = {}
        stamp = None
        if self.timestamp_header is not None:
            stamp = str(int(time.time()) if timestamp is None else timestamp)
            headers[self.timestamp_header] = stamp
        if self.id_header is not None:
            delivery_id = delivery_id or f"msg_{secrets.token_hex(12)}"
            headers[self.id_header] = delivery_id
        digest = self._digest(self._key(secret), self._content(_as_bytes(body), stamp, delivery_id))
        headers[self.header] = self.prefix + digest
        return headers

    def __repr__(self) -> str:
        return f"SigningScheme(header={self.header!r}, algorithm={self.algorithm!r})"
