"""Runtime behaviour through the async client: a twin of every test in test_runtime.py.

Each ``async def`` test below mirrors the sync test of the same name in test_runtime.py
(over httpx.MockTransport, with ``_sleep`` recorded instead of awaited). The tests at the
end pin behaviour that both clients share on their own, parametrised over sync and async:
backoff caps and jitter, discriminated unions, retried timeouts, a page cursor that stops
moving.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import functools
import inspect
import logging
from collections.abc import Callable, Coroutine, Iterable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pydantic
import pytest

from .runtime_fixture import ITEM, Recorder, json_response
from .test_runtime import KEY, _cursor_pages, async_client, client


def asynctest(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an ``async def`` test in a fresh event loop (fixtures and parametrize still apply)."""

    @functools.wraps(test)
    def in_new_loop(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return in_new_loop


# ------------------------------------------------------------------ auth


@asynctest
async def test_bearer_token_and_user_agent(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec).items.retrieve("i1")
    request = rec.requests[0]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["User-Agent"].startswith("runtime_fixture/0.1.0 ")
    assert request.headers["User-Agent"] == async_client(rt, rec).user_agent
    assert request.headers["User-Agent"] == client(rt, rec).user_agent
    assert str(request.url) == "https://api.example.test/v1/items/i1"


@asynctest
async def test_api_key_in_query_cookie_and_two_headers(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    c = async_client(rt, rec, api_token="qk", auth_cookie="ck", api_key_2="hk", tenant_id="tn")
    assert await c.auth.with_query_key() is None
    await c.auth.with_cookie()
    await c.auth.with_two_headers()
    query, cookie, both = rec.requests
    assert query.url.params["api_token"] == "qk"
    assert cookie.headers["Cookie"] == "auth_cookie=ck"
    assert (both.headers["X-Api-Key"], both.headers["X-Tenant-Id"]) == ("hk", "tn")
    assert "Authorization" not in both.headers


@asynctest
async def test_basic_auth(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    await async_client(rt, rec, username="u", password="p").auth.with_basic()
    assert rec.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(b"u:p").decode()


@asynctest
async def test_credentials_fall_back_to_environment(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNTIME_FIXTURE_API_KEY", "from-env")
    rec = Recorder(json_response(200, ITEM))
    c = rt.AsyncRuntimeFixture(http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec)))
    await c.items.retrieve("x")
    assert rec.requests[0].headers["Authorization"] == "Bearer from-env"


@asynctest
async def test_missing_credentials_are_a_clear_error(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RUNTIME_FIXTURE_API_KEY", raising=False)
    rec = Recorder(httpx.Response(204))
    c = rt.AsyncRuntimeFixture(http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec)))
    await c.auth.anonymous()  # an operation with `security: []` needs nothing
    with pytest.raises(rt.MissingCredentialsError, match="api_key="):
        await c.items.retrieve("x")
    assert len(rec.requests) == 1  # nothing was sent without credentials


@asynctest
async def test_secrets_stay_out_of_repr_errors_and_logs(
    rt: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder(json_response(404, {"message": "no"}))
    c = async_client(rt, rec, api_token=KEY)
    assert KEY not in repr(c)
    with (
        caplog.at_level(logging.DEBUG, logger="runtime_fixture"),
        pytest.raises(rt.NotFoundError) as caught,
    ):
        await c.items.retrieve("x")
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    rec.queue = [httpx.Response(204)]
    with caplog.at_level(logging.DEBUG, logger="runtime_fixture"):
        await c.auth.with_query_key()
    assert "GET https://api.example.test/v1/items/x -> 404" in caplog.text
    assert "/auth/query -> 204" in caplog.text
    assert KEY not in caplog.text


# ------------------------------------------------------------------ headers and serialisation


@asynctest
async def test_client_level_header_default_client_and_call_override(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec).items.retrieve("a")
    await async_client(rt, rec, x_version="2025-05-05").items.retrieve("a")
    await async_client(rt, rec, x_version="2025-05-05").items.retrieve("a", x_version="2026-06-06")
    assert [r.headers["X-Version"] for r in rec.requests] == [
        "2024-01-01",
        "2025-05-05",
        "2026-06-06",
    ]


@asynctest
async def test_query_styles_booleans_datetimes_and_headers(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, []))
    await async_client(rt, rec).search.list(
        tags=["a", "b"],
        ids=[1, 2],
        words=["x", "y"],
        filter={"name": "n", "kind": "k"},
        created_at_gte=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        active=False,
        color=rt.models.Color.GREEN,
        x_features=["f1", "f2"],
        session="s1",
    )
    request = rec.requests[0]
    assert request.url.params.get_list("tags") == ["a", "b"]
    assert request.url.params["ids"] == "1,2"
    assert request.url.params["words"] == "x y"
    assert request.url.params["filter[name]"] == "n" and request.url.params["filter[kind]"] == "k"
    assert request.url.params["created_at[gte]"] == "2024-01-02T03:04:05Z"
    assert request.url.params["active"] == "false"
    assert request.url.params["color"] == "green"
    assert request.headers["X-Features"] == "f1,f2"
    assert request.headers["Cookie"] == "session=s1"


@asynctest
async def test_unset_optional_parameters_are_not_sent(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, []))
    await async_client(rt, rec).search.list()
    assert rec.requests[0].url.query == b""
    assert "X-Features" not in rec.requests[0].headers


@asynctest
async def test_path_parameters_are_percent_encoded(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec).items.retrieve("a/b?c#d")
    assert rec.requests[0].url.raw_path == b"/v1/items/a%2Fb%3Fc%23d"
    with pytest.raises(ValueError, match="must not be"):
        await async_client(rt, rec).items.retrieve("..")
    assert len(rec.requests) == 1


@asynctest
async def test_optional_body_fields_not_given_are_not_sent(rt: ModuleType) -> None:
    rec = Recorder(json_response(201, ITEM))
    c = async_client(rt, rec)
    await c.items.create(color="red")
    await c.items.create(color="green", note=None)
    assert rec.requests[0].content == b'{"color":"red"}'
    assert rec.requests[1].content == b'{"color":"green","note":null}'
    assert rec.requests[0].headers["Content-Type"] == "application/json"


@asynctest
async def test_extra_headers_query_and_timeout_per_call(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec).items.retrieve(
        "a", extra_headers={"X-Trace": "t"}, extra_query={"debug": True}, timeout=3.5
    )
    request = rec.requests[0]
    assert request.headers["X-Trace"] == "t"
    assert request.url.params["debug"] == "true"
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


@asynctest
async def test_default_timeout_splits_connect_and_read(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec).items.retrieve("a")
    assert rec.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    await async_client(rt, rec, timeout=httpx.Timeout(10, connect=1)).items.retrieve("a")
    assert rec.requests[1].extensions["timeout"]["connect"] == 1
    await async_client(rt, rec, timeout=None).items.retrieve("a")
    assert set(rec.requests[2].extensions["timeout"].values()) == {None}


# ------------------------------------------------------------------ retries


@asynctest
async def test_retries_server_errors_with_bounded_exponential_backoff(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(500), json_response(200, ITEM))
    c = async_client(rt, rec)
    assert (await c.items.retrieve("a")).id == "i1"
    assert len(rec.requests) == 3
    first, second = c.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


@asynctest
async def test_gives_up_after_max_retries_and_raises_typed_error(rt: ModuleType) -> None:
    rec = Recorder(json_response(503, {"message": "busy"}))
    c = async_client(rt, rec, max_retries=3)
    with pytest.raises(rt.InternalServerError) as caught:
        await c.items.retrieve("a")
    assert len(rec.requests) == 4 and len(c.sleeps) == 3
    assert caught.value.status_code == 503
    rec.requests.clear()
    with pytest.raises(rt.InternalServerError):
        await c.items.retrieve("a", max_retries=0)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
@asynctest
async def test_retryable_statuses(rt: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), json_response(200, ITEM))
    c = async_client(rt, rec)
    await c.items.retrieve("a")
    assert len(rec.requests) == 2 and len(c.sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
@asynctest
async def test_client_errors_are_not_retried(rt: ModuleType, status: int) -> None:
    rec = Recorder(json_response(status, {"message": "no"}))
    c = async_client(rt, rec)
    with pytest.raises(rt.APIStatusError):
        await c.items.retrieve("a")
    assert len(rec.requests) == 1 and c.sleeps == []


@asynctest
async def test_retry_after_seconds_milliseconds_and_http_date(rt: ModuleType) -> None:
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)).strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    rec = Recorder(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(429, headers={"retry-after-ms": "1500"}),
        httpx.Response(429, headers={"Retry-After": later}),
        json_response(200, ITEM),
    )
    c = async_client(rt, rec, max_retries=3)
    await c.items.retrieve("a")
    assert c.sleeps[0] == 2 and c.sleeps[1] == 1.5
    assert 28 <= c.sleeps[2] <= 30


@asynctest
async def test_retries_never_sleep_past_the_timeout_budget(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(429, headers={"Retry-After": "5"}), json_response(200, ITEM))
    c = async_client(rt, rec)
    with pytest.raises(rt.RateLimitError):
        await c.items.retrieve("a", timeout=1.0)
    assert c.sleeps == [] and len(rec.requests) == 1


@asynctest
async def test_server_can_veto_or_force_a_retry(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(500, headers={"x-should-retry": "false"}))
    with pytest.raises(rt.InternalServerError):
        await async_client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 1
    rec = Recorder(
        httpx.Response(400, headers={"x-should-retry": "true"}), json_response(200, ITEM)
    )
    await async_client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 2


@asynctest
async def test_connection_errors_and_timeouts_are_retried_then_raised(rt: ModuleType) -> None:
    rec = Recorder(httpx.ConnectError("refused"), json_response(200, ITEM))
    c = async_client(rt, rec)
    assert (await c.items.retrieve("a")).id == "i1"
    assert len(rec.requests) == 2 and len(c.sleeps) == 1
    rec = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(rt.APIConnectionError) as caught:
        await async_client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 3
    assert not isinstance(caught.value, rt.APITimeoutError)
    rec = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(rt.APITimeoutError):
        await async_client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 3
    assert isinstance(rt.APITimeoutError(request=None), rt.APIConnectionError)


# ------------------------------------------------------------------ errors and decoding


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
@asynctest
async def test_status_codes_map_to_exception_classes(
    rt: ModuleType, status: int, name: str
) -> None:
    rec = Recorder(json_response(status, {"message": "boom", "code": "E1"}))
    with pytest.raises(rt.APIStatusError) as caught:
        await async_client(rt, rec, max_retries=0).items.retrieve("a")
    error = caught.value
    assert type(error).__name__ == name
    assert (error.status_code, error.body) == (status, {"message": "boom", "code": "E1"})
    assert error.headers["content-type"] == "application/json"
    if status < 500:  # the spec declares a 4XX error model for this operation
        assert isinstance(error.error, rt.models.Error) and error.error.code == "E1"
    else:
        assert error.error is None


@asynctest
async def test_declared_error_model_for_a_specific_status(rt: ModuleType) -> None:
    body = {"detail": [{"loc": ["body", "color"], "msg": "bad"}]}
    rec = Recorder(json_response(422, body))
    with pytest.raises(rt.UnprocessableEntityError) as caught:
        await async_client(rt, rec).items.create(color="red")
    assert isinstance(caught.value.error, rt.models.ValidationProblem)
    assert caught.value.error.detail[0].msg == "bad"


@asynctest
async def test_non_json_error_body_is_kept_as_text(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(rt.InternalServerError) as caught:
        await async_client(rt, rec, max_retries=0).items.retrieve("a")
    assert caught.value.body == "<html>bad gateway</html>" and caught.value.error is None
    assert caught.value.raw_body == b"<html>bad gateway</html>"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "Invalid JSON"),
        (b'{"id": "i1", "color": "red"}', "created_at: Field required"),
        (b'[{"kind": "circle"}]', "radius: Field required"),
    ],
)
@asynctest
async def test_malformed_success_bodies_raise_a_typed_error(
    rt: ModuleType, body: bytes, fragment: str
) -> None:
    rec = Recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    c = async_client(rt, rec)
    call = c.search.list if body.startswith(b"[") else lambda: c.items.retrieve("a")
    with pytest.raises(rt.APIResponseValidationError) as caught:
        await call()
    assert fragment in str(caught.value)
    assert body.decode()[:10] in str(caught.value)
    assert caught.value.status_code == 200
    assert len(rec.requests) == 1  # a body that does not validate is not retried


@asynctest
async def test_unknown_enum_values_and_fields_are_tolerated(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, {**ITEM, "color": "ultraviolet", "brand_new": {"x": 1}}))
    item = await async_client(rt, rec).items.retrieve("a")
    assert item.color.value == "ultraviolet" and item.color == "ultraviolet"
    assert item.model_extra == {"brand_new": {"x": 1}}
    assert item.to_dict()["brand_new"] == {"x": 1}


@asynctest
async def test_discriminated_unions_pick_the_variant(rt: ModuleType) -> None:
    rec = Recorder(
        json_response(200, [{"kind": "circle", "radius": 1}, {"kind": "square", "side": 2}])
    )
    shapes = await async_client(rt, rec).search.list()
    assert [type(s).__name__ for s in shapes] == ["Circle", "Square"]


@asynctest
async def test_text_bytes_and_empty_responses(rt: ModuleType) -> None:
    c = async_client(rt, Recorder(httpx.Response(200, text="héllo")))
    assert await c.content.get_text() == "héllo"
    c = async_client(rt, Recorder(httpx.Response(200, content=b"\x00\x01")))
    assert await (await c.content.get_bytes()).aread() == b"\x00\x01"
    c = async_client(rt, Recorder(httpx.Response(204)))
    assert await c.items.delete("a") is None


# ------------------------------------------------------------------ pagination and raw access


@asynctest
async def test_cursor_pagination_iterates_lazily_across_pages(rt: ModuleType) -> None:
    rec = Recorder(_cursor_pages)
    c = async_client(rt, rec)
    paginator = c.items.list(limit=2)
    assert rec.requests == []  # nothing is sent before the paginator is awaited or iterated
    page = await paginator
    assert len(rec.requests) == 1 and [i.id for i in page.items] == ["1", "2"]
    assert [i.id async for i in page] == ["1", "2", "3", "4", "5"]
    assert len(rec.requests) == 3
    assert [r.url.params.get("limit") for r in rec.requests] == ["2", "2", "2"]
    assert [r.url.params.get("cursor") for r in rec.requests] == [None, "c2", "c3"]
    assert [len(p.items) async for p in page.iter_pages()] == [2, 1, 2]
    second = await page.get_next_page()
    assert [i.id for i in second.items] == ["3"] and second.has_next_page()
    last = await second.get_next_page()
    assert not last.has_next_page()
    with pytest.raises(rt.LastPageError):
        await last.get_next_page()
    rec.requests.clear()
    assert [i.id async for i in c.items.list(limit=2)] == ["1", "2", "3", "4", "5"]
    assert len(rec.requests) == 3


@asynctest
async def test_an_empty_page_ends_iteration(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, {"data": [], "next_cursor": "more"}))
    page = await async_client(rt, rec).items.list()
    assert [i async for i in page] == [] and not page.has_next_page()
    assert len(rec.requests) == 1


@asynctest
async def test_offset_pagination_advances_by_items_and_stops_at_a_short_page(
    rt: ModuleType,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        ids = [str(n) for n in range(offset, min(offset + 2, 5))]
        return json_response(
            200, {"records": [{**ITEM, "id": i} for i in ids], "offset": offset + len(ids)}
        )

    rec = Recorder(handler)
    assert [r.id async for r in async_client(rt, rec).records.list()] == ["0", "1", "2", "3", "4"]
    assert [r.url.params.get("offset") for r in rec.requests] == [None, "2", "4"]
    rec.requests.clear()
    first = await async_client(rt, rec).records.list()
    assert [len(p.items) async for p in first.iter_pages()] == [2, 2, 1]


@asynctest
async def test_a_failing_page_raises_from_async_iteration(rt: ModuleType) -> None:
    first = {"data": [{**ITEM, "id": "1"}, {**ITEM, "id": "2"}], "next_cursor": "c2"}
    rec = Recorder(json_response(200, first), json_response(404, {}))
    seen: list[str] = []
    with pytest.raises(rt.NotFoundError):
        async for item in async_client(rt, rec).items.list():
            seen.append(item.id)
    assert seen == ["1", "2"] and len(rec.requests) == 2


@asynctest
async def test_raw_response(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM, **{"x-request-id": "r1"}))
    raw = await async_client(rt, rec).with_raw_response.items.retrieve("a")
    assert (raw.status_code, raw.headers["x-request-id"], raw.parse().id) == (200, "r1", "i1")
    assert isinstance(raw.http_response, httpx.Response)
    raw_page = await async_client(rt, Recorder(_cursor_pages)).with_raw_response.items.list()
    assert [i.id async for i in raw_page.parse()] == ["1", "2", "3", "4", "5"]
    # raw mode ends with the call: the next plain call returns the parsed value
    c = async_client(rt, rec)
    await c.with_raw_response.items.retrieve("a")
    assert isinstance(await c.items.retrieve("a"), rt.models.Item)


@asynctest
async def test_clients_close_their_pools_as_context_managers(rt: ModuleType) -> None:
    async with rt.AsyncRuntimeFixture(api_key=KEY) as c:
        pool = c._http
        assert isinstance(pool, httpx.AsyncClient) and not pool.is_closed
    assert pool.is_closed
    shared = httpx.AsyncClient()
    async with rt.AsyncRuntimeFixture(api_key=KEY, http_client=shared):
        pass
    assert not shared.is_closed  # a caller's own client is the caller's to close
    await shared.aclose()


@asynctest
async def test_base_url_from_argument_and_environment(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = Recorder(json_response(200, ITEM))
    await async_client(rt, rec, base_url="http://localhost:9/api/").items.retrieve("a")
    monkeypatch.setenv("RUNTIME_FIXTURE_BASE_URL", "http://env.test")
    await async_client(rt, rec).items.retrieve("a")
    assert [str(r.url) for r in rec.requests] == [
        "http://localhost:9/api/items/a",
        "http://env.test/items/a",
    ]


# ------------------------------------------------------------------ sync and async alike

MODES = ["sync", "async"]


def make(mode: str, rt: ModuleType, handler: Any, **kwargs: Any) -> Any:
    """A sync or async test client (sleeps recorded in ``.sleeps``)."""
    return (client if mode == "sync" else async_client)(rt, handler, **kwargs)


def run(c: Any, op: Callable[[Any], Any]) -> Any:
    """``op(c)``; what an async client's ``op`` returns is awaited in a fresh event loop."""
    result = op(c)
    if not inspect.isawaitable(result):
        return result

    async def wait() -> Any:
        return await result

    return asyncio.run(wait())


def all_items(c: Any) -> Any:
    """Every item of ``items.list()`` across pages, by the client's own (async) iteration."""
    pages = c.items.list()
    if isinstance(pages, Iterable):
        return list(pages)

    async def collect() -> list[Any]:
        return [item async for item in pages]

    return collect()


@pytest.mark.parametrize("mode", MODES)
def test_timeouts_are_retried_like_connection_errors(rt: ModuleType, mode: str) -> None:
    rec = Recorder(
        httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow"), json_response(200, ITEM)
    )
    c = make(mode, rt, rec)
    assert run(c, lambda c: c.items.retrieve("a")).id == "i1"
    assert len(rec.requests) == 3
    first, second = c.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


@pytest.mark.parametrize("mode", MODES)
def test_default_headers_are_sent_and_calls_can_override_them(rt: ModuleType, mode: str) -> None:
    rec = Recorder(json_response(200, ITEM))
    c = make(mode, rt, rec, default_headers={"X-App": "a1", "X-Trace": "default"})
    run(c, lambda c: c.items.retrieve("a"))
    run(c, lambda c: c.items.retrieve("a", extra_headers={"X-Trace": "call"}))
    assert [(r.headers["X-App"], r.headers["X-Trace"]) for r in rec.requests] == [
        ("a1", "default"),
        ("a1", "call"),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_cursor_that_does_not_move_ends_pagination(rt: ModuleType, mode: str) -> None:
    rec = Recorder(json_response(200, {"data": [ITEM], "next_cursor": "same"}))
    assert len(run(make(mode, rt, rec), all_items)) == 2
    assert [r.url.params.get("cursor") for r in rec.requests] == [None, "same"]


# -------------------------------------------------------------- backoff caps


@pytest.fixture()
def base(rt: ModuleType) -> ModuleType:
    """The generated package's ``_base_client`` module."""
    module: ModuleType = rt._base_client
    return module


@pytest.mark.parametrize("attempt", [4, 5, 10, 100, 1023, 1024, 5000, 10**6])
def test_backoff_never_exceeds_the_cap_for_large_attempt_numbers(
    base: ModuleType, attempt: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "random", SimpleNamespace(random=lambda: 0.0))  # the largest delay
    assert base.retry_delay(attempt, None) == base.MAX_RETRY_DELAY
    monkeypatch.setattr(base, "random", SimpleNamespace(random=lambda: 1.0))  # the most jitter
    assert base.retry_delay(attempt, None) == 0.75 * base.MAX_RETRY_DELAY
    assert base.retry_delay(attempt, httpx.Headers()) == 0.75 * base.MAX_RETRY_DELAY


def test_backoff_doubles_from_the_initial_delay_up_to_the_cap(
    base: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "random", SimpleNamespace(random=lambda: 0.0))
    delays = [base.retry_delay(attempt, None) for attempt in range(7)]
    assert base.INITIAL_RETRY_DELAY == 0.5 and base.MAX_RETRY_DELAY == 8.0
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_stays_within_a_quarter_below_the_backoff(base: ModuleType) -> None:
    for attempt in range(12):
        ceiling = min(base.INITIAL_RETRY_DELAY * 2**attempt, base.MAX_RETRY_DELAY)
        delays = {base.retry_delay(attempt, None) for _ in range(200)}
        assert all(0.75 * ceiling <= d <= ceiling for d in delays), (attempt, delays)
        assert len(delays) > 1  # jittered, not a fixed schedule


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "60"}, 60.0),
        ({"retry-after-ms": "60000"}, 60.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "-5"}, 0.0),
        ({"Retry-After": "61"}, None),
        ({"Retry-After": "3600"}, None),
        ({"retry-after-ms": "60001"}, None),
        ({"Retry-After": "soon"}, None),
        ({"retry-after-ms": "abc", "Retry-After": "3"}, 3.0),
    ],
)
def test_a_retry_after_above_60_seconds_is_ignored_for_backoff(
    base: ModuleType, headers: dict[str, str], expected: float | None
) -> None:
    for attempt in (0, 3):
        delay = base.retry_delay(attempt, httpx.Headers(headers))
        if expected is not None:
            assert delay == expected
        else:
            ceiling = min(base.INITIAL_RETRY_DELAY * 2**attempt, base.MAX_RETRY_DELAY)
            assert 0.75 * ceiling <= delay <= ceiling


def test_an_http_date_more_than_60_seconds_away_is_ignored_for_backoff(base: ModuleType) -> None:
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 0.375 <= base.retry_delay(0, httpx.Headers({"Retry-After": later})) <= 0.5


@pytest.mark.parametrize("mode", MODES)
def test_clients_back_off_instead_of_honouring_a_long_retry_after(
    rt: ModuleType, mode: str
) -> None:
    rec = Recorder(
        httpx.Response(429, headers={"Retry-After": "3600"}),
        httpx.Response(503, headers={"retry-after-ms": "120000"}),
        json_response(200, ITEM),
    )
    c = make(mode, rt, rec, timeout=None)
    assert run(c, lambda c: c.items.retrieve("a")).id == "i1"
    assert len(rec.requests) == 3
    first, second = c.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


@pytest.mark.parametrize("mode", MODES)
def test_clients_cap_every_sleep_over_many_retries(rt: ModuleType, mode: str) -> None:
    rec = Recorder(httpx.Response(503))
    c = make(mode, rt, rec, max_retries=12, timeout=None)
    with pytest.raises(rt.InternalServerError):
        run(c, lambda c: c.items.retrieve("a"))
    assert len(rec.requests) == 13 and len(c.sleeps) == 12
    assert max(c.sleeps) <= 8.0 and min(c.sleeps[4:]) >= 6.0


# -------------------------------------------------------------- discriminated unions

SHAPES = [{"kind": "square", "side": 2}, {"kind": "circle", "radius": 1.5}]


def test_the_union_model_is_a_tagged_union(rt: ModuleType) -> None:
    schema = pydantic.TypeAdapter(rt.models.Shape).core_schema
    assert schema["type"] == "function-wrap"  # OpenUnion: unknown tags parse as UnknownVariant
    inner = schema["schema"]
    assert inner["type"] == "tagged-union" and inner["discriminator"] == "kind"
    assert sorted(inner["choices"]) == ["circle", "square"]


@pytest.mark.parametrize("mode", MODES)
def test_a_discriminated_union_response_parses_into_the_tagged_variant(
    rt: ModuleType, mode: str
) -> None:
    rec = Recorder(json_response(200, SHAPES))
    shapes = run(make(mode, rt, rec), lambda c: c.search.list())
    square, circle = shapes
    assert type(square) is rt.models.Square and square.side == 2
    assert type(circle) is rt.models.Circle and circle.radius == 1.5
    assert (square.kind, circle.kind) == ("square", "circle")


@pytest.mark.parametrize("mode", MODES)
def test_the_tag_decides_the_variant_not_the_fields(rt: ModuleType, mode: str) -> None:
    # A square's fields under the circle tag: validated as a Circle only (missing radius),
    # never tried as a Square.
    rec = Recorder(json_response(200, [{"kind": "circle", "side": 2}]))
    with pytest.raises(rt.APIResponseValidationError) as caught:
        run(make(mode, rt, rec), lambda c: c.search.list())
    problems = str(caught.value).partition("\nbody:")[0]
    assert problems.endswith("spec: 0.circle.radius: Field required")
    assert "square" not in problems.lower()
    # Extra fields of the other variant are kept on the tagged one.
    rec = Recorder(json_response(200, [{"kind": "square", "side": 2, "radius": 9}]))
    (shape,) = run(make(mode, rt, rec), lambda c: c.search.list())
    assert type(shape) is rt.models.Square and shape.model_extra == {"radius": 9}


@pytest.mark.parametrize("mode", MODES)
def test_a_missing_tag_is_a_validation_error_and_an_unknown_one_is_kept(
    rt: ModuleType, mode: str
) -> None:
    rec = Recorder(json_response(200, [{"radius": 1}]))
    with pytest.raises(
        rt.APIResponseValidationError, match="Unable to extract tag using discriminator 'kind'"
    ):
        run(make(mode, rt, rec), lambda c: c.search.list())
    rec = Recorder(json_response(200, [{"kind": "triangle"}]))
    (shape,) = run(make(mode, rt, rec), lambda c: c.search.list())
    assert isinstance(shape, rt.UnknownVariant) and shape.model_extra == {"kind": "triangle"}
