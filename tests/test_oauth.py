"""OAuth2 client credentials: generated clients fetch, cache and renew their own tokens.

A real loopback server plays both the token endpoint and the API, counting every request;
each behaviour runs through the sync and the async client. Expiry is driven by the client's
injectable clock, never by sleeping. The other OAuth2 flows, OpenID Connect and mutual TLS
are checked for their ``left out`` warnings and the ready-token argument they leave.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import importlib
import inspect
import json
import logging
import os
import re
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any, Self

import pytest
import yaml
from clientsmith import ir
from clientsmith.config import AuthConfig, default_config, load_config
from clientsmith.diagnostics import SpecError
from clientsmith.pipeline import build_ir, generate, write_tree

from .conftest import FIXTURES, write_spec
from .loopback import WAIT, Loopback, read_body

MODES = ["sync", "async"]
CLIENT_ID = "shop client"
SECRET = "s3cr:t+/ü"
"""Characters that HTTP Basic must see form-encoded first (RFC 6749 §2.3.1)."""
THING = {"id": "t1", "name": "one"}
SPEC = FIXTURES / "oauth.yaml"


# ------------------------------------------------------------------ a token endpoint + API


class Server:
    """The token endpoint (``POST /oauth/token``) and the API (``/v1/...``) on one loopback.

    Tokens are ``tok-1``, ``tok-2``… (numbered by token request); the API accepts those in
    ``valid``: every issued token until the test revokes them, none when ``accepting`` is
    off. ``token_answer`` replaces the endpoint's own answer.
    """

    def __init__(self) -> None:
        self.tokens: list[dict[str, Any]] = []
        self.api: list[dict[str, Any]] = []
        self.valid: set[str] = set()
        self.accepting = True
        self.expires_in: Any = 3600
        self.token_answer: tuple[int, Any] | None = None
        self.hold_tokens = False
        self._lock = threading.Lock()
        self.loopback = Loopback(self)

    def __enter__(self) -> Self:
        self.loopback.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.loopback.__exit__(None, None, None)

    @property
    def url(self) -> str:
        return self.loopback.url

    def revoke(self) -> None:
        with self._lock:
            self.valid.clear()

    def bearers(self) -> list[str]:
        """The Authorization header of every API request but the unauthenticated health."""
        return [r["authorization"] for r in self.api if not r["path"].endswith("/health")]

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        body = read_body(handler)
        path = urllib.parse.urlsplit(handler.path).path
        if handler.command == "POST" and path == "/oauth/token":
            self._token(handler, body)
        else:
            self._api(handler, path, body)

    def _token(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        form = dict(urllib.parse.parse_qsl(body.decode("ascii"), strict_parsing=True))
        authorization = handler.headers.get("Authorization")
        with self._lock:
            self.tokens.append(
                {
                    "authorization": authorization,
                    "content_type": handler.headers.get("Content-Type"),
                    "form": form,
                }
            )
            number = len(self.tokens)
        if self.hold_tokens:
            threading.Event().wait(0.3)  # concurrent callers pile up behind the first one
        if authorization:
            encoded = authorization.removeprefix("Basic ")
            user, _, password = base64.b64decode(encoded).decode().partition(":")
            given = (urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(password))
        else:
            given = (form.get("client_id", ""), form.get("client_secret", ""))
        if self.token_answer is not None:
            _json(handler, *self.token_answer)
        elif given != (CLIENT_ID, SECRET) or form.get("grant_type") != "client_credentials":
            _json(handler, 401, {"error": "invalid_client", "error_description": "who are you"})
        else:
            token = f"tok-{number}"
            with self._lock:
                self.valid.add(token)
            answer = {"access_token": token, "token_type": "Bearer"}
            if self.expires_in is not None:
                answer["expires_in"] = self.expires_in
            _json(handler, 200, answer)

    def _api(self, handler: BaseHTTPRequestHandler, path: str, body: bytes) -> None:
        authorization = handler.headers.get("Authorization") or ""
        with self._lock:
            self.api.append({"path": path, "authorization": authorization})
            allowed = self.accepting and authorization.removeprefix("Bearer ") in self.valid
        if path.endswith("/health"):
            _json(handler, 200, {"ok": True})
        elif not allowed:
            _json(handler, 401, {"error": "invalid_token"})
        elif handler.command == "POST":
            _json(handler, 201, {"id": "t2", **json.loads(body)})
        elif path.endswith("/things"):
            _json(handler, 200, [THING])
        else:
            _json(handler, 200, {**THING, "id": path.rsplit("/", 1)[-1]})


def _json(handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
    handler.wfile.flush()


def basic(user: str, password: str) -> str:
    pair = f"{urllib.parse.quote_plus(user)}:{urllib.parse.quote_plus(password)}"
    return "Basic " + base64.b64encode(pair.encode()).decode()


class Clock:
    """The client's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def at(self, when: float) -> Callable[[Any], None]:
        """A step that moves the clock."""

        def move(client: Any) -> None:
            self.now = when

        return move


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture(autouse=True)
def _no_credentials_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("TOKEN_SHOP"):
            monkeypatch.delenv(name)


# ------------------------------------------------------------------ generated packages


def _generate(spec: Path, out: Path, name: str, **auth: AuthConfig) -> Any:
    config = dataclasses.replace(default_config(name), auth=dict(auth))
    result = generate(spec, config, spec.name)
    write_tree(result.files, out)
    return result


@contextlib.contextmanager
def _imported(folder: Path, name: str) -> Iterator[ModuleType]:
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]


@pytest.fixture(scope="module")
def shop_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oauth_pkg")
    _generate(SPEC, out, "token_shop")
    return out


@pytest.fixture(scope="module")
def shop(shop_dir: Path) -> Iterator[ModuleType]:
    with _imported(shop_dir, "token_shop") as module:
        yield module


def run(
    mode: str,
    pkg: ModuleType,
    steps: list[Callable[[Any], Any]],
    *,
    clock: Clock | None = None,
    prefix: str = "TokenShop",
    **kwargs: Any,
) -> list[Any]:
    """Each step called with one client (sync or async by ``mode``): its result or APIError."""
    if mode == "sync":
        client = getattr(pkg, prefix)(**kwargs)
        if clock is not None:
            client._clock = clock
        with client:
            results = []
            for step in steps:
                try:
                    results.append(step(client))
                except pkg.APIError as exc:
                    results.append(exc)
            return results

    async def main() -> list[Any]:
        async with getattr(pkg, "Async" + prefix)(**kwargs) as client:
            if clock is not None:
                client._clock = clock
            results = []
            for step in steps:
                try:
                    value = step(client)
                    results.append(await value if inspect.isawaitable(value) else value)
                except pkg.APIError as exc:
                    results.append(exc)
            return results

    return asyncio.run(main())


def credentials(server: Server, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "base_url": server.url + "/v1",
        "max_retries": 0,
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def list_things(client: Any) -> Any:
    return client.things.list()


# ------------------------------------------------------------------ fetching and caching


@pytest.mark.parametrize("mode", MODES)
def test_one_token_is_fetched_for_several_calls(
    shop: ModuleType, server: Server, mode: str
) -> None:
    results = run(
        mode,
        shop,
        [
            lambda c: c.health.retrieve(),
            list_things,
            lambda c: c.things.retrieve("a"),
            list_things,
        ],
        **credentials(server),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert results[2].id == "a"
    assert server.tokens == [
        {
            "authorization": basic(CLIENT_ID, SECRET),
            "content_type": "application/x-www-form-urlencoded",
            "form": {"grant_type": "client_credentials", "scope": "things:read"},
        }
    ]
    assert server.api[0] == {"path": "/v1/health", "authorization": ""}
    assert server.bearers() == ["Bearer tok-1"] * 3


@pytest.mark.parametrize("mode", MODES)
def test_each_set_of_scopes_gets_its_own_token(shop: ModuleType, server: Server, mode: str) -> None:
    create = lambda c: c.things.create(name="x")
    results = run(mode, shop, [list_things, create, list_things, create], **credentials(server))
    assert [type(r).__name__ for r in results] == ["list", "Thing", "list", "Thing"]
    assert [t["form"]["scope"] for t in server.tokens] == [
        "things:read",
        "things:read things:write",
    ]
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-1", "Bearer tok-2"]


@pytest.mark.parametrize("mode", MODES)
def test_a_token_is_renewed_shortly_before_it_expires(
    shop: ModuleType, server: Server, mode: str
) -> None:
    server.expires_in = 600  # renewed a tenth of its lifetime early: from 1000 + 540 on
    clock = Clock()
    steps = [list_things, clock.at(1539.0), list_things, clock.at(1540.0), list_things]
    run(mode, shop, steps, clock=clock, **credentials(server))
    assert len(server.tokens) == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


@pytest.mark.parametrize(
    ("expires_in", "renewed_at"),
    [(3600, 1000.0 + 3600 - 60), ("30", 1000.0 + 30 - 3), (7.5, 1006.75), (1, 1000.9)],
)
def test_the_renewal_margin_is_a_minute_or_a_tenth_of_the_lifetime(
    shop: ModuleType, server: Server, expires_in: Any, renewed_at: float
) -> None:
    server.expires_in = expires_in  # a numeric string too, as some servers send
    clock = Clock()
    steps = [list_things, clock.at(renewed_at - 0.01), list_things, clock.at(renewed_at)]
    run("sync", shop, [*steps, list_things], clock=clock, **credentials(server))
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_a_token_that_expires_at_once_is_used_once(shop: ModuleType, server: Server) -> None:
    server.expires_in = 0
    run("sync", shop, [list_things, list_things], clock=Clock(), **credentials(server))
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-2"]


def test_a_token_without_expires_in_is_kept_until_rejected(
    shop: ModuleType, server: Server
) -> None:
    server.expires_in = None
    clock = Clock()
    run(
        "sync",
        shop,
        [list_things, clock.at(1e9), list_things, lambda c: server.revoke(), list_things],
        clock=clock,
        **credentials(server),
    )
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


# ------------------------------------------------------------------ 401s


@pytest.mark.parametrize("mode", MODES)
def test_a_401_gets_one_new_token_and_one_retry(
    shop: ModuleType, server: Server, mode: str
) -> None:
    results = run(
        mode, shop, [list_things, lambda c: server.revoke(), list_things], **credentials(server)
    )
    assert [type(r).__name__ for r in results] == ["list", "NoneType", "list"]
    assert len(server.tokens) == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


@pytest.mark.parametrize("mode", MODES)
def test_a_second_401_raises(shop: ModuleType, server: Server, mode: str) -> None:
    server.accepting = False
    (error,) = run(mode, shop, [list_things], **credentials(server))
    assert isinstance(error, shop.AuthenticationError)
    assert error.status_code == 401
    assert len(server.tokens) == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-2"]


@pytest.mark.parametrize("mode", MODES)
def test_a_ready_token_is_sent_as_it_is(shop: ModuleType, server: Server, mode: str) -> None:
    server.valid.add("tok-ready")
    results = run(
        mode,
        shop,
        [list_things, lambda c: server.revoke(), list_things],
        **credentials(server, client_id=None, client_secret=None, access_token="tok-ready"),
    )
    assert isinstance(results[0], list)
    assert isinstance(results[2], shop.AuthenticationError)  # nothing to fetch a new one with
    assert server.tokens == []
    assert server.bearers() == ["Bearer tok-ready"] * 2


@pytest.mark.parametrize("mode", MODES)
def test_a_rejected_ready_token_is_replaced_with_client_credentials(
    shop: ModuleType, server: Server, mode: str
) -> None:
    results = run(
        mode, shop, [list_things, list_things], **credentials(server, access_token="tok-old")
    )
    assert all(isinstance(r, list) for r in results)
    assert server.bearers() == ["Bearer tok-old", "Bearer tok-1", "Bearer tok-1"]


def test_a_calls_own_authorization_header_wins(shop: ModuleType, server: Server) -> None:
    server.valid.add("tok-mine")
    mine = lambda c: c.things.list(extra_headers={"authorization": "Bearer tok-mine"})
    results = run("sync", shop, [mine, list_things], **credentials(server))
    assert all(isinstance(r, list) for r in results)
    assert server.bearers() == ["Bearer tok-mine", "Bearer tok-1"]
    assert len(server.tokens) == 1


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("mode", MODES)
def test_a_refusing_token_endpoint_raises_a_clear_error(
    shop: ModuleType, server: Server, mode: str
) -> None:
    (error,) = run(mode, shop, [list_things], **credentials(server, client_secret="wrong-secret"))
    assert isinstance(error, shop.OAuthTokenError)
    assert isinstance(error, shop.APIError)
    token_url = server.url + "/oauth/token"
    assert str(error) == (
        f"OAuth2 token request to {token_url} failed: 401 Unauthorized: invalid_client"
        " (who are you)"
    )
    assert (error.token_url, error.status_code, error.error, error.error_description) == (
        token_url,
        401,
        "invalid_client",
        "who are you",
    )
    assert server.api == []


@pytest.mark.parametrize(
    ("answer", "detail"),
    [
        ((200, {"token": "tok-leaked"}), "200 OK without an access_token"),
        ((200, ["tok-leaked"]), "200 OK with a body that is not a JSON object"),
        (
            (200, {"access_token": "tok-leaked", "token_type": "mac"}),
            "token_type 'mac' is not supported (only Bearer, RFC 6750)",
        ),
        ((404, "<html>tok-leaked</html>"), "404 Not Found (no OAuth2 error code in the body)"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_an_unusable_token_answer_raises(
    shop: ModuleType, server: Server, mode: str, answer: tuple[int, Any], detail: str
) -> None:
    server.token_answer = answer
    (error,) = run(mode, shop, [list_things], **credentials(server))
    assert isinstance(error, shop.OAuthTokenError)
    assert str(error).endswith(f"failed: {detail}")
    assert "tok-leaked" not in str(error)
    assert server.api == []


@pytest.mark.parametrize("mode", MODES)
def test_missing_credentials_name_the_arguments(
    shop: ModuleType, server: Server, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_credentials = credentials(server, client_id=None, client_secret=None)
    results = run(
        mode,
        shop,
        [lambda c: c.health.retrieve(), list_things],
        **credentials(server, client_secret=None),
    )
    assert results[0].ok is True
    assert isinstance(results[1], shop.MissingCredentialsError)
    assert "pass client_id= and client_secret= (or access_token=)" in str(results[1])
    assert server.tokens == []
    monkeypatch.setenv("TOKEN_SHOP_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("TOKEN_SHOP_CLIENT_SECRET", SECRET)
    (things,) = run(mode, shop, [list_things], **no_credentials)
    assert isinstance(things, list)
    assert len(server.tokens) == 1


@pytest.mark.parametrize("mode", MODES)
def test_secrets_stay_out_of_reprs_logs_and_errors(
    shop: ModuleType, server: Server, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    results = run(
        mode,
        shop,
        [list_things, lambda c: server.revoke(), list_things, repr, lambda c: repr(c._tokens)],
        **credentials(server),
    )
    (refused,) = run(mode, shop, [list_things], **credentials(server, client_secret="wrong-pw"))
    assert len(server.tokens) == 3
    shown = "\n".join([caplog.text, *map(str, results), str(refused), repr(refused)])
    assert "got an OAuth2 token for machine" in caplog.text  # the log is not empty
    assert "/oauth/token -> 200" in caplog.text
    for secret in (SECRET, "wrong-pw", "tok-1", "tok-2", basic(CLIENT_ID, SECRET)[6:]):
        assert secret not in shown


# ------------------------------------------------------------------ concurrency


def test_threads_share_one_token_request(shop: ModuleType, server: Server) -> None:
    server.hold_tokens = True
    barrier = threading.Barrier(6, timeout=WAIT)
    results: list[Any] = []
    with shop.TokenShop(**credentials(server)) as client:

        def call() -> None:
            barrier.wait()
            results.append(client.things.list())

        threads = [threading.Thread(target=call) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT)
    assert len(results) == 6
    assert len(server.tokens) == 1
    assert server.bearers() == ["Bearer tok-1"] * 6


def test_tasks_share_one_token_request(shop: ModuleType, server: Server) -> None:
    server.hold_tokens = True

    async def main() -> list[Any]:
        async with shop.AsyncTokenShop(**credentials(server)) as client:
            return list(await asyncio.gather(*(client.things.list() for _ in range(6))))

    assert len(asyncio.run(main())) == 6
    assert len(server.tokens) == 1
    assert server.bearers() == ["Bearer tok-1"] * 6


# ------------------------------------------------------------------ token URLs


@pytest.mark.parametrize("mode", MODES)
def test_a_relative_token_url_follows_the_base_url(
    shop: ModuleType, server: Server, mode: str
) -> None:
    with Server() as other:
        moved = lambda c: c.with_options(base_url=other.url + "/v1").things.list()
        results = run(mode, shop, [list_things, moved, list_things], **credentials(server))
        assert all(isinstance(r, list) for r in results)
        assert len(server.tokens) == 1
        assert len(other.tokens) == 1
        assert other.bearers() == ["Bearer tok-1"]
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1"]


@pytest.mark.parametrize("mode", MODES)
def test_an_absolute_token_url_with_credentials_in_the_body(
    server: Server, mode: str, tmp_path: Path
) -> None:
    with Server() as auth:
        auth.valid = server.valid  # the API accepts what the authorisation server issues
        document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        flow = document["components"]["securitySchemes"]["machine"]["flows"]["clientCredentials"]
        flow["tokenUrl"] = auth.url + "/oauth/token"
        spec = write_spec(tmp_path, document)
        name = f"token_shop_body_{mode}"
        _generate(spec, tmp_path / "out", name, machine=AuthConfig(client_auth="body"))
        with _imported(tmp_path / "out", name) as pkg:
            prefix = "TokenShopBody" + mode.title()
            results = run(
                mode, pkg, [list_things, list_things], prefix=prefix, **credentials(server)
            )
    assert all(isinstance(r, list) for r in results)
    assert server.tokens == []
    assert auth.tokens == [
        {
            "authorization": None,
            "content_type": "application/x-www-form-urlencoded",
            "form": {
                "grant_type": "client_credentials",
                "scope": "things:read",
                "client_id": CLIENT_ID,
                "client_secret": SECRET,
            },
        }
    ]
    assert server.bearers() == ["Bearer tok-1"] * 2


# ------------------------------------------------------------------ generator side


def test_ir_keeps_flows_scopes_and_credential_arguments() -> None:
    api, _ = build_ir(SPEC, default_config("token_shop"), check=False)
    (scheme,) = api.security_schemes
    flow = ir.OAuthFlow(
        name="clientCredentials",
        token_url="/oauth/token",
        scopes=(
            ir.OAuthScope("things:read", "Read things"),
            ir.OAuthScope("things:write", "Create things"),
        ),
    )
    assert scheme == ir.SecurityScheme(
        key="machine",
        kind="oauth2_client_credentials",
        location="header",
        wire_name="Authorization",
        argument="access_token",
        env_var="TOKEN_SHOP_ACCESS_TOKEN",
        description="Machine-to-machine access.",
        type="oauth2",
        flows=(flow,),
        client_credentials=ir.ClientCredentials(
            flow=flow,
            client_id_argument="client_id",
            client_id_env="TOKEN_SHOP_CLIENT_ID",
            client_secret_argument="client_secret",
            client_secret_env="TOKEN_SHOP_CLIENT_SECRET",
        ),
    )
    assert scheme.arguments == ("access_token", "client_id", "client_secret")
    assert scheme.manual_flows == ()
    by_id = {op.operation_id: op for op in api.operations}
    assert by_id["createThing"].security == (("machine",),)
    assert by_id["createThing"].security_scopes == (
        ir.ScopeRequirement("machine", ("things:write", "things:read")),
    )
    assert by_id["listThings"].security_scopes == (
        ir.ScopeRequirement("machine", ("things:read",)),
    )
    assert by_id["getHealth"].security == ()
    assert by_id["getHealth"].security_scopes == ()
    assert '"client_credentials"' in ir.to_json(api)


def _flows_spec() -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Flows", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": {
            "/code": {
                "get": {"operationId": "viaCode", "security": [{"code": ["read"]}], "responses": ok}
            },
            "/mixed": {
                "get": {"operationId": "viaMixed", "security": [{"mixed": []}], "responses": ok}
            },
            "/oidc": {
                "get": {"operationId": "viaOidc", "security": [{"oidc": []}], "responses": ok}
            },
            "/tls": {"get": {"operationId": "viaTls", "security": [{"tls": []}], "responses": ok}},
            "/either": {
                "get": {
                    "operationId": "viaEither",
                    "security": [{"tls": [], "code": []}, {"mixed": ["a"]}],
                    "responses": ok,
                }
            },
        },
        "components": {
            "securitySchemes": {
                "code": {
                    "type": "oauth2",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": "https://auth.example.test/authorize",
                            "tokenUrl": "https://auth.example.test/token",
                            "scopes": {"read": "Read"},
                        },
                        "implicit": {
                            "authorizationUrl": "https://auth.example.test/authorize",
                            "scopes": {},
                        },
                        "password": {"tokenUrl": "https://auth.example.test/token", "scopes": {}},
                    },
                },
                "mixed": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": "/token", "scopes": {"a": "A"}},
                        "authorizationCode": {
                            "authorizationUrl": "/authorize",
                            "tokenUrl": "/token",
                            "scopes": {},
                        },
                    },
                },
                "oidc": {
                    "type": "openIdConnect",
                    "openIdConnectUrl": "https://auth.example.test/.well-known/openid-configuration",
                },
                "tls": {"type": "mutualTLS", "description": "Client certificates."},
            }
        },
    }


def test_flows_the_client_does_not_run_are_reported(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _flows_spec())
    result = generate(spec, default_config("flows"), "openapi.yaml")
    problems = [d.format() for d in result.diagnostics]
    expected = {
        "/components/securitySchemes/code/flows/authorizationCode": (
            "OAuth2 authorizationCode flow is not automated: pass a ready access token as "
            + "access_token= (or $FLOWS_ACCESS_TOKEN)",
            "left out: OAuth2 authorizationCode flow of security scheme code",
        ),
        "/components/securitySchemes/code/flows/implicit": (
            "OAuth2 implicit flow is not automated",
            "left out: OAuth2 implicit flow of security scheme code",
        ),
        "/components/securitySchemes/code/flows/password": (
            "OAuth2 password flow is not automated",
            "left out: OAuth2 password flow of security scheme code",
        ),
        "/components/securitySchemes/mixed/flows/authorizationCode": (
            "pass a ready access token as access_token_2=",
            "left out: OAuth2 authorizationCode flow of security scheme mixed",
        ),
        "/components/securitySchemes/oidc": (
            "OpenID Connect flows are not automated: pass a ready access token as access_token_3=",
            "left out: OpenID Connect sign-in of security scheme oidc",
        ),
        "/components/securitySchemes/tls": (
            "pass an httpx client holding the client certificate as http_client=",
            "left out: security scheme tls (mutualTLS)",
        ),
    }
    for pointer, needles in expected.items():
        matching = [p for p in problems if f": {pointer}: " in p]
        assert matching, (pointer, problems)
        assert all(n in matching[0] for n in needles), (matching, needles)
    assert not [p for p in problems if "undefined scheme" in p], problems
    assert len(result.api.omitted) == len(expected)

    schemes = {s.key: s for s in result.api.security_schemes}
    assert set(schemes) == {"code", "mixed", "oidc"}
    assert (schemes["code"].kind, schemes["code"].argument) == ("bearer", "access_token")
    assert [f.name for f in schemes["code"].manual_flows] == [
        "authorizationCode",
        "implicit",
        "password",
    ]
    assert schemes["mixed"].kind == "oauth2_client_credentials"
    assert [f.name for f in schemes["mixed"].manual_flows] == ["authorizationCode"]
    assert schemes["oidc"].openid_connect_url.endswith("/openid-configuration")
    ops = {op.operation_id: op for op in result.api.operations}
    assert ops["viaTls"].security == ((),)  # mutual TLS is the HTTP client's business
    assert ops["viaEither"].security == (("code",), ("mixed",))
    assert ops["viaEither"].security_scopes == (ir.ScopeRequirement("mixed", ("a",)),)

    client = result.files["flows/_client.py"]
    assert (
        "access_token: A ready OAuth2 access token for ``code``, obtained with the"
        " authorizationCode or implicit or password flow (this client does not run it)."
    ) in client
    assert "access_token_3: A ready OpenID Connect access token for ``oidc``" in client
    assert "client_id: OAuth2 client ID for ``mixed``" in client
    readme = result.files["README.md"]
    assert "`access_token` takes an access token obtained outside this client" in readme
    assert "a client certificate for mutual TLS: `httpx.Client(cert=...)`" in " ".join(
        readme.split()
    )


def test_an_unknown_scheme_type_is_left_out(tmp_path: Path) -> None:
    document = _flows_spec()
    document["components"]["securitySchemes"]["tls"] = {"type": "hmac"}
    spec = write_spec(tmp_path, document)
    api, diagnostics = build_ir(spec, default_config("flows"), check=False)
    (problem,) = [d.format() for d in diagnostics if d.pointer == "/components/securitySchemes/tls"]
    assert "security scheme type 'hmac'/'' is not supported" in problem
    assert "left out: security scheme tls" in problem
    assert {op.operation_id: op for op in api.operations}["viaTls"].security == ((),)


def test_auth_settings_are_checked(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    config = tmp_path / "clientsmith.toml"
    config.write_text('[auth.machine]\nclient_auth = "body"\nclient_id_env = "X_ID"\n')
    loaded = load_config(tmp_path, "shop").auth["machine"]
    assert (loaded.client_auth, loaded.client_id_env) == ("body", "X_ID")
    for text, pointer, message in [
        ('[auth.machine]\nclient_auth = "jwt"\n', "/auth/machine/client_auth", "'basic' or 'body'"),
        ('[auth.machine]\ntoken_url = "/x"\n', "/auth/machine/token_url", "unknown setting"),
        ("[auth.machine]\nenv = 3\n", "/auth/machine/env", "must be a string"),
    ]:
        config.write_text(text)
        with pytest.raises(SpecError) as caught:
            load_config(tmp_path, "shop")
        assert pointer in str(caught.value) and message in str(caught.value)


# ------------------------------------------------------------------ the package as users see it

_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _readme_blocks(shop_dir: Path, tmp_path: Path) -> list[str]:
    blocks = _BLOCK.findall((shop_dir / "README.md").read_text(encoding="utf-8"))
    names = []
    for index, block in enumerate(blocks):
        (tmp_path / f"block{index}.py").write_text(block, encoding="utf-8")
        names.append(f"block{index}.py")
    return names


def test_readme_documents_client_credentials(shop_dir: Path) -> None:
    readme = (shop_dir / "README.md").read_text(encoding="utf-8")
    assert "### OAuth2 client credentials (`machine`)" in readme
    assert "`grant_type=client_credentials`" in readme
    assert "`/oauth/token` (relative\nto the base URL)" in readme
    assert "- `OAuthTokenError`:" in readme


@pytest.mark.slow
def test_readme_examples_run(shop_dir: Path, server: Server, tmp_path: Path) -> None:
    names = _readme_blocks(shop_dir, tmp_path)
    assert any("OAuthTokenError" in (tmp_path / n).read_text() for n in names)
    env = {
        **os.environ,
        "PYTHONPATH": str(shop_dir),
        "TOKEN_SHOP_BASE_URL": server.url + "/v1",
        "TOKEN_SHOP_CLIENT_ID": CLIENT_ID,
        "TOKEN_SHOP_CLIENT_SECRET": SECRET,
    }
    for name in names:
        run_ = subprocess.run(
            [sys.executable, name],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert run_.returncode == 0, f"{name} failed:\n{run_.stderr}"
        assert "no token from" not in run_.stdout
    assert server.tokens and server.bearers()
    assert all(b.startswith("Bearer tok-") for b in server.bearers())


@pytest.mark.slow
def test_package_and_readme_pass_mypy_strict(shop_dir: Path, tmp_path: Path) -> None:
    names = _readme_blocks(shop_dir, tmp_path)
    for target, cwd in ((["token_shop"], shop_dir), (names, tmp_path)):
        checked = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *target],
            cwd=cwd,
            env={"MYPYPATH": str(shop_dir), "PATH": os.environ.get("PATH", "")},
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stdout


def test_method_docstrings_name_the_scopes(shop: ModuleType) -> None:
    client = shop.TokenShop(access_token="ready", base_url="http://127.0.0.1:1")
    doc = client.things.create.__doc__
    assert "OAuth2 scopes (machine): ``things:write``, ``things:read``." in doc
    assert "OAuth2 scopes" not in (client.health.retrieve.__doc__ or "")
