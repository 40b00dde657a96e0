"""Webhooks and callbacks: payload models, ``webhooks.parse``, signature checks, on the wire.

The fixture (tests/fixtures/webhooks) has three webhooks with JSON payloads (one a
``$ref`` to a path item), a callback, and three constructs that are left out and must
be reported: a webhook without a body, a form-encoded one, and a callback whose URL is
no runtime expression. Its config signs requests with HMAC-SHA256 over
``{timestamp}.{body}``. Signatures in these tests are computed here with ``hmac``,
independently of the generated code.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import dataclasses
import datetime as dt
import hashlib
import hmac
import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from clientsmith import ir
from clientsmith.config import WebhooksConfig, default_config, load_config
from clientsmith.diagnostics import SpecError
from clientsmith.parser.webhooks import expression_problem
from clientsmith.pipeline import build_ir, generate, write_tree

from .conftest import FIXTURES, GENERATED, PROVIDERS, write_spec
from .loopback import Loopback, read_body

pytestmark = pytest.mark.slow

FOLDER = FIXTURES / "webhooks"
SECRET = "s3cr3t-value-for-tests"
CREATED = {"type": "order.created", "id": "o1", "total": 9.5, "created_at": "2025-01-02T03:04:05Z"}
CANCELLED = {"type": "order.cancelled", "id": "o2", "reason": "changed mind"}
REFUNDED = {"type": "order.refunded", "id": "o3", "amount": 950}
SHIPPED = {"type": "order.shipped", "id": "o4", "carrier": "ups"}


@contextlib.contextmanager
def _import(out: Path, name: str) -> Iterator[ModuleType]:
    """Import a generated package from ``out``, then forget it again."""
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(out))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]


@pytest.fixture(scope="module")
def shop_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shop_hooks")
    config = load_config(FOLDER)
    assert config.spec_file is not None
    write_tree(generate(config.spec_file, config, "webhooks/openapi.yaml").files, out)
    return out


@pytest.fixture(scope="module")
def shop(shop_dir: Path) -> Iterator[ModuleType]:
    with _import(shop_dir, "shop_hooks") as module:
        yield module


@pytest.fixture(scope="module")
def hooks(shop: ModuleType) -> ModuleType:
    return importlib.import_module("shop_hooks.webhooks")


def _untagged_spec() -> dict[str, Any]:
    """The fixture without the ``type`` tags: its payloads can only be tried in order."""
    document = yaml.safe_load((FOLDER / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    for name in ("OrderCreated", "OrderShipped", "OrderRefunded"):
        del schemas[name]["properties"]["type"]
        schemas[name]["required"].remove("type")
    inline = document["webhooks"]["order.cancelled"]["post"]["requestBody"]["content"]
    schema = inline["application/json"]["schema"]
    del schema["properties"]["type"]
    schema["required"] = ["id", "reason"]
    return document


@pytest.fixture(scope="module")
def plain_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plain_spec")
    spec = write_spec(folder, _untagged_spec())
    out = tmp_path_factory.mktemp("plain_hooks")
    write_tree(generate(spec, default_config("plain_hooks"), "openapi.yaml").files, out)
    return out


@pytest.fixture(scope="module")
def plain(plain_dir: Path) -> Iterator[ModuleType]:
    with _import(plain_dir, "plain_hooks") as module:
        yield module


def _sign(body: bytes, timestamp: int, secret: str = SECRET) -> dict[str, str]:
    """The fixture's scheme, written out: HMAC-SHA256 of ``{timestamp}.{body}``, hex."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return {"X-Shop-Signature": "sha256=" + digest.hexdigest(), "X-Shop-Timestamp": str(timestamp)}


# ------------------------------------------------------------------ the IR


def test_webhooks_and_callbacks_reach_the_ir_with_their_payload_models() -> None:
    config = load_config(FOLDER)
    assert config.spec_file is not None
    api, _ = build_ir(config.spec_file, config, check=False)
    by_key = {w.key: w for w in api.webhooks}
    assert [w.key for w in api.webhooks] == [
        "order.cancelled",
        "order.created",
        "order.refunded",
        "onShipped",
    ]
    created = by_key["order.created"]
    assert (created.kind, created.method, created.name) == ("webhook", "post", "order_created")
    # a referenced component schema is reused, not copied
    assert created.payload == ir.NamedType("OrderCreated")
    assert by_key["order.refunded"].payload == ir.NamedType("OrderRefunded")
    assert by_key["order.refunded"].summary == "Money went back to the customer."
    # an inline payload is named after the webhook's operationId
    cancelled = by_key["order.cancelled"]
    assert cancelled.payload == ir.NamedType("OrderCancelledPayload")
    assert (cancelled.name, cancelled.operation_id) == ("order_cancelled", "orderCancelled")
    shipped = by_key["onShipped"]
    assert (shipped.kind, shipped.parent, shipped.expression) == (
        "callback",
        "createOrder",
        "{$request.body#/callbackUrl}",
    )
    assert shipped.name == "create_order_on_shipped"
    assert shipped.payload == ir.NamedType("OrderShipped")
    names = [d.name for d in api.definitions]
    assert not [n for n in names if n.startswith("OrderCreated") and n != "OrderCreated"]
    assert api.webhook_discriminator is not None
    assert api.webhook_discriminator.wire_name == "type"
    assert dict(api.webhook_discriminator.mapping) == {
        "order.cancelled": "OrderCancelledPayload",
        "order.created": "OrderCreated",
        "order.refunded": "OrderRefunded",
        "order.shipped": "OrderShipped",
    }
    assert api.webhook_signing == ir.WebhookSigning(
        header="X-Shop-Signature",
        secret_env="SHOP_HOOKS_WEBHOOK_SECRET",
        prefix="sha256=",
        signed_content="{timestamp}.{body}",
        timestamp_header="X-Shop-Timestamp",
        tolerance=120,
    )
    assert json.loads(ir.to_json(api))["webhooks"][3]["expression"] == shipped.expression


def test_what_cannot_be_typed_is_named_with_its_pointer() -> None:
    config = load_config(FOLDER)
    assert config.spec_file is not None
    api, diagnostics = build_ir(config.spec_file, config, check=False)
    reported = {(d.pointer, d.omitted) for d in diagnostics if d.omitted}
    assert ("/webhooks/ping/post", "webhook ping (POST)") in reported
    assert (
        "/webhooks/survey.sent/post/requestBody/content/application~1x-www-form-urlencoded",
        "webhook survey.sent (POST)",
    ) in reported
    assert (
        "/paths/~1orders/post/callbacks/onLegacy/{$request.body.callbackUrl}",
        "callback onLegacy of createOrder",
    ) in reported
    assert len([o for o in api.omitted if "webhook" in o or "callback" in o]) == 3


@pytest.mark.parametrize(
    ("key", "valid"),
    [
        ("{$request.body#/callbackUrl}", True),
        ("{$request.query.url}", True),
        ("{$request.header.X-Callback}", True),
        ("https://hooks.example/{$request.path.id}/done?at={$response.body#/ts}", True),
        ("$request.body#/url", True),
        ("{$url}/events", True),
        ("https://fixed.example/hook", True),
        ("{$request.body.callbackUrl}", False),
        ("{$request.cookie.x}", False),
        ("{request.body#/url}", False),
        ("{$request.body#/url", False),
        ("$foo", False),
    ],
)
def test_callback_url_expressions(key: str, valid: bool) -> None:
    assert (expression_problem(key) is None) is valid


def test_payloads_without_a_shared_tag_are_tried_in_order(tmp_path: Path) -> None:
    api, _ = build_ir(write_spec(tmp_path, _untagged_spec()), default_config("t"), check=False)
    assert api.webhook_discriminator is None
    assert api.webhook_event == (
        ir.NamedType("OrderCancelledPayload"),
        ir.NamedType("OrderCreated"),
        ir.NamedType("OrderRefunded"),
        ir.NamedType("OrderShipped"),
    )
    assert api.webhook_signing is None


def test_a_spec_without_webhooks_gets_no_webhook_module_and_warns_about_signing(
    tmp_path: Path,
) -> None:
    document = _untagged_spec()
    del document["webhooks"]
    del document["paths"]["/orders"]["post"]["callbacks"]
    config = dataclasses.replace(
        default_config("t"), webhooks=WebhooksConfig(signature_header="X-Sig")
    )
    result = generate(write_spec(tmp_path, document), config, "openapi.yaml")
    assert result.api.webhooks == () and result.api.webhook_signing is None
    assert not [f for f in result.files if "webhooks" in f]
    assert "## Webhooks" not in result.files["README.md"]
    assert any("no webhooks or callbacks" in d.message for d in result.diagnostics)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_committed_packages_without_webhooks_have_no_webhook_files(provider: str) -> None:
    assert not list((GENERATED / provider).rglob("*webhooks.py"))


def test_spec_extension_declares_the_signature(tmp_path: Path) -> None:
    document = _untagged_spec()
    document["x-speakeasy-webhooks"] = {
        "security": {
            "type": "signature",
            "headerName": "x-signature",
            "signatureTextEncoding": "base64",
            "algorithm": "hmac-sha512",
        }
    }
    spec = write_spec(tmp_path, document)
    api, _ = build_ir(spec, default_config("acme"), check=False)
    assert api.webhook_signing == ir.WebhookSigning(
        header="x-signature",
        secret_env="ACME_WEBHOOK_SECRET",
        algorithm="sha512",
        encoding="base64",
    )
    # the config's keys win over the extension's
    config = dataclasses.replace(
        default_config("acme"), webhooks=WebhooksConfig(encoding="hex", secret_env="MY_SECRET")
    )
    api, _ = build_ir(spec, config, check=False)
    assert api.webhook_signing is not None
    assert (api.webhook_signing.encoding, api.webhook_signing.secret_env) == ("hex", "MY_SECRET")
    document["x-speakeasy-webhooks"]["security"] = {"type": "custom"}
    api, diagnostics = build_ir(write_spec(tmp_path, document), default_config("a"), check=False)
    assert api.webhook_signing is None
    assert any(
        d.pointer == "/x-speakeasy-webhooks/security"
        and d.omitted == "webhook signature verification"
        for d in diagnostics
    )


@pytest.mark.parametrize(
    ("table", "pointer"),
    [
        ("signature_hedder = 'X-Sig'", "/webhooks/signature_hedder"),
        ("signature_header = 'X-Sig'\nalgorithm = 'md5'", "/webhooks/algorithm"),
        ("signature_header = 'X-Sig'\ntolerance = '5m'", "/webhooks/tolerance"),
        (
            "signature_header = 'X-Sig'\nsigned_content = '{timestamp}.{body}'",
            "/webhooks/signed_content",
        ),
        ("signature_header = 'X-Sig'\nsigned_content = '{body}{body}'", "/webhooks/signed_content"),
        (
            "signature_header = 'X-Sig'\nsigned_content = '{nonce}.{body}'",
            "/webhooks/signed_content",
        ),
        ("scheme = 'stripe'", "/webhooks/scheme"),
    ],
)
def test_bad_webhook_config_is_a_clear_error(tmp_path: Path, table: str, pointer: str) -> None:
    (tmp_path / "openapi.yaml").write_text((FOLDER / "openapi.yaml").read_text())
    (tmp_path / "clientsmith.toml").write_text(f"[webhooks]\n{table}\n")
    with pytest.raises(SpecError) as caught:
        load_config(tmp_path)
    assert [d.pointer for d in caught.value.diagnostics] == [pointer]


# ------------------------------------------------------------------ parsing payloads


def test_each_payload_parses_into_its_model(shop: ModuleType, hooks: ModuleType) -> None:
    models = shop.models
    created = hooks.parse(json.dumps(CREATED))
    assert isinstance(created, models.OrderCreated)
    assert created.created_at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert created.total == 9.5
    cancelled = hooks.parse(json.dumps(CANCELLED).encode())
    assert isinstance(cancelled, models.OrderCancelledPayload)
    assert cancelled.reason == "changed mind"
    assert isinstance(hooks.parse(json.dumps(REFUNDED)), models.OrderRefunded)
    shipped = hooks.parse(json.dumps({**SHIPPED, "new_field": 1}))
    assert isinstance(shipped, models.OrderShipped)
    assert shipped.model_extra == {"new_field": 1}


def test_an_unknown_payload_parses_as_the_unknown_variant(
    shop: ModuleType, hooks: ModuleType
) -> None:
    for body in (
        {"type": "order.teleported", "id": "o5", "where": "moon"},
        {"id": "o6", "note": "no tag at all"},
    ):
        event = hooks.parse(json.dumps(body))
        assert isinstance(event, shop.UnknownVariant)
        assert event.model_extra == body


def test_a_known_tag_with_a_broken_body_and_bad_json_raise(
    shop: ModuleType, hooks: ModuleType
) -> None:
    with pytest.raises(hooks.WebhookPayloadError, match="not a payload this client knows"):
        hooks.parse(json.dumps({"type": "order.created", "id": "o1"}))
    for body in (b"{not json", b"", "\ud800", b"\xff\xfe"):
        with pytest.raises(shop.WebhookPayloadError, match="not valid JSON"):
            hooks.parse(body)
    with pytest.raises(shop.WebhookPayloadError):
        hooks.parse(b"[1, 2]")  # JSON, but no object: no payload at all
    assert issubclass(shop.WebhookPayloadError, shop.APIError)
    assert hooks.WebhookPayloadError is shop.WebhookPayloadError


def test_untagged_payloads_take_the_first_model_that_accepts_them(
    plain: ModuleType,
) -> None:
    hooks = importlib.import_module("plain_hooks.webhooks")
    models = plain.models
    cancelled = hooks.parse(json.dumps({"id": "o2", "reason": "changed mind"}))
    assert isinstance(cancelled, models.OrderCancelledPayload)
    created = hooks.parse(
        json.dumps({"id": "o1", "total": 1.5, "created_at": "2025-01-02T03:04:05Z"})
    )
    assert isinstance(created, models.OrderCreated)
    assert isinstance(hooks.parse(json.dumps({"id": "o3", "amount": 950})), models.OrderRefunded)
    unknown = hooks.parse(json.dumps({"kind": "something new"}))
    assert isinstance(unknown, plain.UnknownVariant)
    with pytest.raises(hooks.WebhookPayloadError):
        hooks.parse(b"not json")
    # no signing scheme declared: no verification helper either
    for name in ("verify_signature", "unwrap", "signature_headers", "WebhookSignatureError"):
        assert not hasattr(hooks, name)
        assert not hasattr(plain, name)


# ------------------------------------------------------------------ signatures


def test_a_correct_signature_verifies_and_unwraps(shop: ModuleType, hooks: ModuleType) -> None:
    body = json.dumps(CREATED).encode()
    now = int(time.time())
    headers = _sign(body, now)
    hooks.verify_signature(body, headers, secret=SECRET)
    event = hooks.unwrap(body, headers, secret=SECRET)
    assert isinstance(event, shop.models.OrderCreated)
    # header names in any case, str bodies, and any mapping-like headers object
    lowered = {k.lower(): v for k, v in headers.items()}
    hooks.verify_signature(body.decode(), httpx.Headers(lowered), secret=SECRET)
    # what signature_headers makes is what the API sends (checked against our own HMAC)
    assert hooks.signature_headers(body, secret=SECRET, timestamp=now) == headers


def test_wrong_expired_or_missing_signatures_raise(shop: ModuleType, hooks: ModuleType) -> None:
    body = json.dumps(CREATED).encode()
    now = int(time.time())
    error = shop.WebhookSignatureError
    problems: list[tuple[dict[str, str], str]] = [
        (_sign(body, now, secret="another-secret"), "does not match"),
        ({**_sign(body, now), "X-Shop-Timestamp": str(now + 1)}, "does not match"),
        (_sign(body, now - 600), "away from now"),
        (_sign(body, now + 600), "away from now"),
        ({"X-Shop-Timestamp": str(now)}, "no X-Shop-Signature header"),
        ({"X-Shop-Signature": _sign(body, now)["X-Shop-Signature"]}, "no X-Shop-Timestamp"),
        ({**_sign(body, now), "X-Shop-Timestamp": "yesterday"}, "not a Unix time"),
        ({**_sign(body, now), "X-Shop-Signature": ""}, "no X-Shop-Signature header"),
    ]
    messages = []
    for headers, message in problems:
        with pytest.raises(error, match=message) as caught:
            hooks.unwrap(body, headers, secret=SECRET)
        messages.append(str(caught.value))
    with pytest.raises(error, match="does not match"):  # the body changed after signing
        hooks.verify_signature(body + b" ", _sign(body, now), secret=SECRET)
    # a wider tolerance accepts the old request; the default would not
    hooks.verify_signature(body, _sign(body, now - 600), secret=SECRET, tolerance=900)
    assert not [m for m in messages if SECRET in m]


def test_the_secret_comes_from_the_environment_and_is_never_shown(
    shop: ModuleType, hooks: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = json.dumps(CANCELLED).encode()
    headers = _sign(body, int(time.time()))
    monkeypatch.delenv("SHOP_HOOKS_WEBHOOK_SECRET", raising=False)
    with pytest.raises(shop.MissingCredentialsError, match="SHOP_HOOKS_WEBHOOK_SECRET"):
        hooks.unwrap(body, headers)
    monkeypatch.setenv("SHOP_HOOKS_WEBHOOK_SECRET", SECRET)
    assert isinstance(hooks.unwrap(body, headers), shop.models.OrderCancelledPayload)
    monkeypatch.setenv("SHOP_HOOKS_WEBHOOK_SECRET", "wrong-" + SECRET)
    with pytest.raises(shop.WebhookSignatureError) as caught:
        hooks.unwrap(body, headers)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in repr(hooks._SIGNING)


def test_standard_webhooks_scheme(tmp_path: Path) -> None:
    """``scheme = "standard-webhooks"``: a base64 ``whsec_`` secret, ``v1,`` signatures
    over ``{id}.{timestamp}.{body}``, several signatures in one header (key rotation)."""
    spec_folder = tmp_path / "std"
    spec_folder.mkdir()
    (spec_folder / "openapi.yaml").write_text((FOLDER / "openapi.yaml").read_text())
    (spec_folder / "clientsmith.toml").write_text(
        '[package]\nimport_name = "std_hooks"\n[webhooks]\nscheme = "standard-webhooks"\n'
    )
    config = load_config(spec_folder)
    assert config.spec_file is not None
    out = tmp_path / "out"
    write_tree(generate(config.spec_file, config, "openapi.yaml").files, out)
    key = os.urandom(24)
    secret = "whsec_" + base64.b64encode(key).decode()
    body = json.dumps(REFUNDED).encode()
    stamp = str(int(time.time()))
    mac = hmac.new(key, f"msg_1.{stamp}.".encode() + body, hashlib.sha256).digest()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": stamp,
        "webhook-signature": "v1,bm90LXRoaXMtb25l v1," + base64.b64encode(mac).decode(),
    }
    with _import(out, "std_hooks") as module:
        hooks = importlib.import_module("std_hooks.webhooks")
        event = hooks.unwrap(body, headers, secret=secret)
        assert isinstance(event, module.models.OrderRefunded)
        with pytest.raises(module.WebhookSignatureError, match="no webhook-id"):
            hooks.unwrap(
                body, {k: v for k, v in headers.items() if k != "webhook-id"}, secret=secret
            )
        with pytest.raises(module.WebhookSignatureError, match="does not match"):
            hooks.unwrap(body, {**headers, "webhook-id": "msg_2"}, secret=secret)
        with pytest.raises(module.MissingCredentialsError, match="not base64") as caught:
            hooks.unwrap(body, headers, secret="whsec_not base64!")
        assert "not base64!" not in str(caught.value)
        signed = hooks.signature_headers(body, secret=secret, timestamp=int(stamp), webhook_id="m")
        hooks.verify_signature(body, signed, secret=secret)


# ------------------------------------------------------------------ over HTTP


def test_a_receiver_verifies_and_parses_what_is_posted(shop: ModuleType, hooks: ModuleType) -> None:
    """A real endpoint (http.server on loopback) uses the generated helper on what httpx posts."""
    received: list[Any] = []

    def endpoint(handler: BaseHTTPRequestHandler) -> None:
        body = read_body(handler)
        try:
            event = hooks.unwrap(body, handler.headers, secret=SECRET)
        except hooks.WebhookSignatureError as exc:
            status, answer = 401, str(exc)
        except hooks.WebhookPayloadError as exc:
            status, answer = 400, str(exc)
        else:
            received.append(event)
            status, answer = 204, ""
        data = answer.encode()
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def post(client: httpx.Client, body: bytes, headers: dict[str, str]) -> int:
        response = client.post("/hooks", content=body, headers=headers)
        return response.status_code

    now = int(time.time())
    created = json.dumps(CREATED).encode()
    shipped = json.dumps(SHIPPED, indent=2).encode()
    unknown = json.dumps({"type": "order.teleported", "id": "o9"}).encode()
    with Loopback(endpoint) as server, httpx.Client(base_url=server.url) as client:
        assert post(client, created, _sign(created, now)) == 204
        assert post(client, shipped, _sign(shipped, now)) == 204
        assert post(client, unknown, _sign(unknown, now)) == 204
        assert post(client, created, _sign(created, now, secret="forged")) == 401
        assert post(client, created.replace(b"9.5", b"0.5"), _sign(created, now)) == 401
        assert post(client, created, {}) == 401
        assert post(client, created, _sign(created, now - 3600)) == 401
        assert post(client, b"{oops", _sign(b"{oops", now)) == 400
    assert server.errors == []
    assert [type(e).__name__ for e in received] == [
        "OrderCreated",
        "OrderShipped",
        "UnknownVariant",
    ]
    assert received[0].total == 9.5 and received[1].carrier == "ups"


# ------------------------------------------------------------------ the generated code


def test_generated_package_passes_linters_and_mypy_strict_with_a_usage_file(
    shop_dir: Path, plain_dir: Path, tmp_path: Path
) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(
        """
import http.client

import httpx

from shop_hooks import UnknownVariant, WebhookSignatureError, models, webhooks
from plain_hooks import webhooks as plain_webhooks


def total(body: bytes, headers: dict[str, str]) -> float | None:
    try:
        event = webhooks.unwrap(body, headers, secret="x", tolerance=60)
    except WebhookSignatureError:
        return None
    if isinstance(event, models.OrderCreated):
        return event.total
    if isinstance(event, UnknownVariant):
        return None
    reveal_type(event)
    return None


def parsed(body: str) -> webhooks.WebhookEvent | UnknownVariant:
    webhooks.verify_signature(body, webhooks.signature_headers(body, secret="x"), secret="x")
    return webhooks.parse(body)


def any_headers(body: bytes, message: http.client.HTTPMessage, headers: httpx.Headers) -> None:
    webhooks.verify_signature(body, message)  # what http.server hands a handler
    webhooks.verify_signature(body, headers)


def untyped(body: bytes) -> str:
    event = plain_webhooks.parse(body)
    return type(event).__name__
""",
        encoding="utf-8",
    )
    bin_dir = Path(sys.executable).parent
    for folder in (shop_dir, plain_dir):
        for tool in (["ruff", "check", "--no-cache", "."], ["black", "--check", "-q", "."]):
            run = subprocess.run(
                [str(bin_dir / tool[0]), *tool[1:]],
                cwd=folder,
                capture_output=True,
                text=True,
                check=False,
            )
            assert run.returncode == 0, run.stdout + run.stderr
    run = subprocess.run(  # imported modules are checked too (they are on MYPYPATH)
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(usage)],
        env={**os.environ, "MYPYPATH": f"{shop_dir}{os.pathsep}{plain_dir}"},
        capture_output=True,
        text=True,
        check=False,
    )
    # the narrowing leaves the three other payload models
    assert "OrderCancelledPayload" in run.stdout and "OrderShipped" in run.stdout, run.stdout
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert errors == [], run.stdout


def test_generation_is_deterministic(shop_dir: Path, tmp_path: Path) -> None:
    config = load_config(FOLDER)
    assert config.spec_file is not None
    again = generate(config.spec_file, config, "webhooks/openapi.yaml").files
    for name, text in again.items():
        assert (shop_dir / name).read_text(encoding="utf-8") == text, name
    shuffled = copy.deepcopy(yaml.safe_load((FOLDER / "openapi.yaml").read_text()))
    shuffled["webhooks"] = dict(reversed(list(shuffled["webhooks"].items())))
    spec = write_spec(tmp_path, shuffled)
    other = generate(spec, config, "webhooks/openapi.yaml").files
    assert other["shop_hooks/webhooks.py"] == again["shop_hooks/webhooks.py"]
    assert other["shop_hooks/models.py"] == again["shop_hooks/models.py"]


_BODY = {"content": {"application/json": {"schema": {"type": "object"}}}}


@pytest.mark.parametrize(
    ("webhooks", "callbacks", "pointer"),
    [
        (["not", "a", "map"], None, "/webhooks"),
        ({"a": "not an item"}, None, "/webhooks/a"),
        ({"a": {"post": "not an operation"}}, None, "/webhooks/a/post"),
        ({"a": {"$ref": "#/components/pathItems/Missing"}}, None, "/webhooks/a"),
        ({"a": {"post": {"requestBody": {"$ref": "#/nowhere"}}}}, None, "/webhooks/a/post"),
        ({"a": {"post": {"requestBody": {"content": {}}}}}, None, "/webhooks/a/post/requestBody"),
        ({"a": {"summary": "no operations"}}, None, "/webhooks/a"),
        ({}, "not a map", "/paths/~1orders/post/callbacks"),
        (
            {},
            {"cb": {"$ref": "#/components/callbacks/Missing"}},
            "/paths/~1orders/post/callbacks/cb",
        ),
        ({}, {"cb": {}}, "/paths/~1orders/post/callbacks/cb"),
    ],
)
def test_malformed_webhooks_are_reported_not_fatal(
    tmp_path: Path, webhooks: Any, callbacks: Any, pointer: str
) -> None:
    document = _untagged_spec()
    document["webhooks"] = webhooks
    if callbacks is not None:
        document["paths"]["/orders"]["post"]["callbacks"] = callbacks
    result = generate(write_spec(tmp_path, document), default_config("bad"), "openapi.yaml")
    found = [d for d in result.diagnostics if d.omitted and d.pointer.startswith(pointer)]
    assert found, [d.format() for d in result.diagnostics]
    compile(result.files.get("bad/webhooks.py", ""), "webhooks.py", "exec")
