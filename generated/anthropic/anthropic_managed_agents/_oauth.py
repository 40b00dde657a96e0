"""OAuth2 client-credentials tokens (RFC 6749 §4.4): fetched on first use, cached, renewed.

A client whose security scheme has a ``clientCredentials`` flow posts
``grant_type=client_credentials`` (and the operation's ``scope``) as a form to the token
endpoint, authenticating with HTTP Basic (RFC 6749 §2.3.1) or, when the generator was told
so, with ``client_id``/``client_secret`` form fields. Each token is cached per set of scopes
and replaced shortly before its ``expires_in`` runs out, or once after the API answers 401.
Tokens and secrets never appear in reprs, log records or exception messages.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import math
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import httpx

from ._exceptions import MissingCredentialsError, OAuthTokenError

__all__ = ["EXPIRY_MARGIN", "ClientCredentialsFlow", "TokenCache"]

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)

EXPIRY_MARGIN = 60.0
"""A token is replaced this many seconds before it expires (a tenth of its lifetime when
that is shorter), so a request never leaves with a token about to run out."""
_DETAIL_LIMIT = 300


@dataclass(frozen=True)
class ClientCredentialsFlow:
    """Where a scheme's tokens come from, and which client arguments hold the credentials."""

    token_url: str
    """Absolute, or relative to the client's base URL."""
    client_id: str
    """The name of the client argument holding the client ID."""
    client_secret: str
    """The name of the client argument holding the client secret."""
    client_auth: str = "basic"
    """``basic``: HTTP Basic (RFC 6749 §2.3.1); ``body``: ``client_id``/``client_secret`` fields."""


class _Token(NamedTuple):
    value: str
    expires_at: float | None
    """On the client's clock; None when the server gave no lifetime (kept until a 401)."""


def _form_encoded(text: str) -> str:
    return urllib.parse.quote_plus(text, safe="")


def _lifetime(value: Any) -> float | None:
    """``expires_in`` in seconds: a number, or a numeric string as some servers send."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None


def _text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    return text if len(text) <= _DETAIL_LIMIT else text[:_DETAIL_LIMIT] + "…"


class TokenCache:
    """The access tokens of one security scheme, by set of scopes.

    ``lock`` serialises the sync client's threads and ``async_lock`` the async client's
    tasks, so concurrent calls wait for one token request instead of each sending one.
    A ready token given to the client is used for every scope set until the API rejects it.
    """

    def __init__(
        self,
        *,
        scheme: str,
        url: httpx.URL,
        client_id: str | None,
        client_secret: str | None,
        client_auth: str,
        ready_token: str | None,
    ) -> None:
        self.scheme = scheme
        self.url = url
        self._client_id = client_id
        self._client_secret = client_secret
        self._client_auth = client_auth
        self._ready = ready_token
        self._tokens: dict[tuple[str, ...], _Token] = {}
        self.lock = threading.Lock()
        self.async_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"<TokenCache {self.scheme} token_url={str(self.url)!r}>"

    @property
    def can_fetch(self) -> bool:
        """Whether the client has a client ID and secret to ask for tokens with."""
        return bool(self._client_id and self._client_secret)

    def current(self, scopes: tuple[str, ...], now: float) -> str | None:
        """A token for ``scopes`` that is not about to expire, else None (fetch one)."""
        token = self._tokens.get(scopes)
        if token is not None:
            if token.expires_at is None or now < token.expires_at:
                return token.value
            del self._tokens[scopes]
            log.debug("the OAuth2 token of %s is about to expire: fetching a new one", self.scheme)
        return self._ready

    def reject(self, scopes: tuple[str, ...], value: str) -> None:
        """Forget ``value`` after the API answered 401 to it, if another can be fetched."""
        if not self.can_fetch:
            return
        token = self._tokens.get(scopes)
        if token is not None and token.value == value:
            del self._tokens[scopes]
        if self._ready == value:
            self._ready = None

    def request(
        self, scopes: tuple[str, ...], headers: Mapping[str, str], extensions: dict[str, Any]
    ) -> httpx.Request:
        """The token request: a form POST with the grant, the scopes and the credentials."""
        if self._client_id is None or self._client_secret is None:
            raise MissingCredentialsError(
                f"the OAuth2 token of {self.scheme} was rejected and no client ID and secret"
                " were given to fetch another"
            )
        form = [("grant_type", "client_credentials")]
        if scopes:
            form.append(("scope", " ".join(scopes)))
        sent = {
            **headers,
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        if self._client_auth == "body":
            form.extend([("client_id", self._client_id), ("client_secret", self._client_secret)])
        else:
            # RFC 6749 §2.3.1: both are form-encoded first, then joined for HTTP Basic
            pair = f"{_form_encoded(self._client_id)}:{_form_encoded(self._client_secret)}"
            sent["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        return httpx.Request(
            "POST",
            self.url,
            content=urllib.parse.urlencode(form).encode("ascii"),
            headers=sent,
            extensions=extensions,
        )

    def store(self, scopes: tuple[str, ...], response: httpx.Response, asked_at: float) -> str:
        """The token in the endpoint's answer, now cached; OAuthTokenError when there is none."""
        if not response.is_success:
            raise _refusal(response)
        try:
            data = response.json()
        except ValueError:
            data = None
        status = f"{response.status_code} {response.reason_phrase}".strip()
        if not isinstance(data, dict):
            raise OAuthTokenError(response, f"{status} with a body that is not a JSON object")
        value = data.get("access_token")
        if not isinstance(value, str) or not value:
            raise OAuthTokenError(response, f"{status} without an access_token")
        token_type = data.get("token_type")
        if isinstance(token_type, str) and token_type.lower() != "bearer":
            raise OAuthTokenError(
                response,
                f"token_type {_text(token_type)!r} is not supported (only Bearer, RFC 6750)",
            )
        lifetime = _lifetime(data.get("expires_in"))
        expires_at = None
        if lifetime is not None:
            expires_at = asked_at + lifetime - min(EXPIRY_MARGIN, lifetime / 10)
        self._tokens[scopes] = _Token(value, expires_at)
        log.debug(
            "got an OAuth2 token for %s (scopes: %s; expires in %s s)",
            self.scheme,
            " ".join(scopes) or "none",
            "?" if lifetime is None else f"{lifetime:g}",
        )
        return value


def _refusal(response: httpx.Response) -> OAuthTokenError:
    """The error for a non-2xx token response, with the OAuth2 error code when there is one."""
    try:
        data = response.json()
    except ValueError:
        data = None
    error = _text(data.get("error")) if isinstance(data, dict) else None
    description = _text(data.get("error_description")) if isinstance(data, dict) else None
    detail = f"{response.status_code} {response.reason_phrase}".strip()
    if error:
        detail += f": {error}"
        if description:
            detail += f" ({description})"
    else:
        detail += " (no OAuth2 error code in the body)"
    return OAuthTokenError(response, detail, error=error, error_description=description)
