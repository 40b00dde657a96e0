"""Runtime behaviour of generated clients, over httpx.MockTransport (no real waiting)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
from types import ModuleType
from typing import Any

import httpx
import pytest

from .runtime_fixture import ITEM, Recorder, json_response

KEY = "sk-secret-123"


def client(rt: ModuleType, handler: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", KEY)
    c = rt.RuntimeFixture(
        http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )
    c.sleeps = []
    c._sleep = c.sleeps.append
    return c


def async_client(rt: ModuleType, handler: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", KEY)
    c = rt.AsyncRuntimeFixture(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs
    )
    c.sleeps = []

    async def sleep(seconds: float) -> None:
        c.sleeps.append(seconds)

    c._sleep = sleep
    return c


# ------------------------------------------------------------------ auth


def test_bearer_token_and_user_agent(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec).items.retrieve("i1")
    request = rec.requests[0]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["User-Agent"].startswith("runtime_fixture/0.1.0 ")
    assert str(request.url) == "https://api.example.test/v1/items/i1"


def test_api_key_in_query_cookie_and_two_headers(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    c = client(rt, rec, api_token="qk", auth_cookie="ck", api_key_2="hk", tenant_id="tn")
    c.auth.with_query_key()
    c.auth.with_cookie()
    c.auth.with_two_headers()
    query, cookie, both = rec.requests
    assert query.url.params["api_token"] == "qk"
    assert cookie.headers["Cookie"] == "auth_cookie=ck"
    assert (both.headers["X-Api-Key"], both.headers["X-Tenant-Id"]) == ("hk", "tn")
    assert "Authorization" not in both.headers


def test_basic_auth(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    client(rt, rec, username="u", password="p").auth.with_basic()
    assert rec.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(b"u:p").decode()


def test_credentials_fall_back_to_environment(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNTIME_FIXTURE_API_KEY", "from-env")
    rec = Recorder(json_response(200, ITEM))
    c = rt.RuntimeFixture(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    c.items.retrieve("x")
    assert rec.requests[0].headers["Authorization"] == "Bearer from-env"


def test_missing_credentials_are_a_clear_error(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RUNTIME_FIXTURE_API_KEY", raising=False)
    c = rt.RuntimeFixture(
        http_client=httpx.Client(transport=httpx.MockTransport(Recorder(httpx.Response(204))))
    )
    c.auth.anonymous()  # an operation with `security: []` needs nothing
    with pytest.raises(rt.MissingCredentialsError, match="api_key="):
        c.items.retrieve("x")


def test_secrets_stay_out_of_repr_errors_and_logs(
    rt: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder(json_response(404, {"message": "no"}))
    c = client(rt, rec, api_token=KEY)
    assert KEY not in repr(c)
    with (
        caplog.at_level(logging.DEBUG, logger="runtime_fixture"),
        pytest.raises(rt.NotFoundError) as caught,
    ):
        c.items.retrieve("x")
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    rec.queue = [httpx.Response(204)]
    with caplog.at_level(logging.DEBUG, logger="runtime_fixture"):
        c.auth.with_query_key()
    assert "GET https://api.example.test/v1/items/x -> 404" in caplog.text
    assert "/auth/query -> 204" in caplog.text
    assert KEY not in caplog.text


# ------------------------------------------------------------------ headers and serialisation


def test_client_level_header_default_client_and_call_override(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec).items.retrieve("a")
    client(rt, rec, x_version="2025-05-05").items.retrieve("a")
    client(rt, rec, x_version="2025-05-05").items.retrieve("a", x_version="2026-06-06")
    assert [r.headers["X-Version"] for r in rec.requests] == [
        "2024-01-01",
        "2025-05-05",
        "2026-06-06",
    ]


def test_query_styles_booleans_datetimes_and_headers(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, []))
    client(rt, rec).search.list(
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


def test_unset_optional_parameters_are_not_sent(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, []))
    client(rt, rec).search.list()
    assert rec.requests[0].url.query == b""
    assert "X-Features" not in rec.requests[0].headers


def test_path_parameters_are_percent_encoded(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec).items.retrieve("a/b?c#d")
    assert rec.requests[0].url.raw_path == b"/v1/items/a%2Fb%3Fc%23d"
    with pytest.raises(ValueError, match="must not be"):
        client(rt, rec).items.retrieve("..")


def test_optional_body_fields_not_given_are_not_sent(rt: ModuleType) -> None:
    rec = Recorder(json_response(201, ITEM))
    c = client(rt, rec)
    c.items.create(color="red")
    c.items.create(color="green", note=None)
    assert rec.requests[0].content == b'{"color":"red"}'
    assert rec.requests[1].content == b'{"color":"green","note":null}'
    assert rec.requests[0].headers["Content-Type"] == "application/json"


def test_extra_headers_query_and_timeout_per_call(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec).items.retrieve(
        "a", extra_headers={"X-Trace": "t"}, extra_query={"debug": True}, timeout=3.5
    )
    request = rec.requests[0]
    assert request.headers["X-Trace"] == "t"
    assert request.url.params["debug"] == "true"
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_default_timeout_splits_connect_and_read(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec).items.retrieve("a")
    assert rec.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    client(rt, rec, timeout=httpx.Timeout(10, connect=1)).items.retrieve("a")
    assert rec.requests[1].extensions["timeout"]["connect"] == 1


# ------------------------------------------------------------------ retries


def test_retries_server_errors_with_bounded_exponential_backoff(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(500), json_response(200, ITEM))
    c = client(rt, rec)
    assert c.items.retrieve("a").id == "i1"
    assert len(rec.requests) == 3
    first, second = c.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


def test_gives_up_after_max_retries_and_raises_typed_error(rt: ModuleType) -> None:
    rec = Recorder(json_response(503, {"message": "busy"}))
    c = client(rt, rec, max_retries=3)
    with pytest.raises(rt.InternalServerError) as caught:
        c.items.retrieve("a")
    assert len(rec.requests) == 4 and len(c.sleeps) == 3
    assert caught.value.status_code == 503
    rec.requests.clear()
    with pytest.raises(rt.InternalServerError):
        c.items.retrieve("a", max_retries=0)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("status", [408, 409, 429, 502])
def test_retryable_statuses(rt: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), json_response(200, ITEM))
    client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(rt: ModuleType, status: int) -> None:
    rec = Recorder(json_response(status, {"message": "no"}))
    with pytest.raises(rt.APIStatusError):
        client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 1


def test_retry_after_seconds_milliseconds_and_http_date(rt: ModuleType) -> None:
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)).strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    rec = Recorder(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(429, headers={"retry-after-ms": "1500"}),
        httpx.Response(429, headers={"Retry-After": later}),
        json_response(200, ITEM),
    )
    c = client(rt, rec, max_retries=3)
    c.items.retrieve("a")
    assert c.sleeps[0] == 2 and c.sleeps[1] == 1.5
    assert 28 <= c.sleeps[2] <= 30


def test_retries_never_sleep_past_the_timeout_budget(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(429, headers={"Retry-After": "5"}), json_response(200, ITEM))
    c = client(rt, rec)
    with pytest.raises(rt.RateLimitError):
        c.items.retrieve("a", timeout=1.0)
    assert c.sleeps == [] and len(rec.requests) == 1


def test_server_can_veto_or_force_a_retry(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(500, headers={"x-should-retry": "false"}))
    with pytest.raises(rt.InternalServerError):
        client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 1
    rec = Recorder(
        httpx.Response(400, headers={"x-should-retry": "true"}), json_response(200, ITEM)
    )
    client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 2


def test_connection_errors_and_timeouts_are_retried_then_raised(rt: ModuleType) -> None:
    rec = Recorder(httpx.ConnectError("refused"), json_response(200, ITEM))
    assert client(rt, rec).items.retrieve("a").id == "i1"
    rec = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(rt.APIConnectionError):
        client(rt, rec).items.retrieve("a")
    assert len(rec.requests) == 3
    rec = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(rt.APITimeoutError):
        client(rt, rec).items.retrieve("a")
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
def test_status_codes_map_to_exception_classes(rt: ModuleType, status: int, name: str) -> None:
    rec = Recorder(json_response(status, {"message": "boom", "code": "E1"}))
    with pytest.raises(rt.APIStatusError) as caught:
        client(rt, rec, max_retries=0).items.retrieve("a")
    error = caught.value
    assert type(error).__name__ == name
    assert (error.status_code, error.body) == (status, {"message": "boom", "code": "E1"})
    assert error.headers["content-type"] == "application/json"
    if status < 500:  # the spec declares a 4XX error model for this operation
        assert isinstance(error.error, rt.models.Error) and error.error.code == "E1"
    else:
        assert error.error is None


def test_declared_error_model_for_a_specific_status(rt: ModuleType) -> None:
    body = {"detail": [{"loc": ["body", "color"], "msg": "bad"}]}
    rec = Recorder(json_response(422, body))
    with pytest.raises(rt.UnprocessableEntityError) as caught:
        client(rt, rec).items.create(color="red")
    assert caught.value.error.detail[0].msg == "bad"


def test_non_json_error_body_is_kept_as_text(rt: ModuleType) -> None:
    rec = Recorder(httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(rt.InternalServerError) as caught:
        client(rt, rec, max_retries=0).items.retrieve("a")
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
def test_malformed_success_bodies_raise_a_typed_error(
    rt: ModuleType, body: bytes, fragment: str
) -> None:
    rec = Recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    c = client(rt, rec)
    call = c.search.list if body.startswith(b"[") else lambda: c.items.retrieve("a")
    with pytest.raises(rt.APIResponseValidationError) as caught:
        call()
    assert fragment in str(caught.value)
    assert body.decode()[:10] in str(caught.value)
    assert caught.value.status_code == 200


def test_unknown_union_variants_parse_and_strict_mode_rejects_them(rt: ModuleType) -> None:
    body = b'[{"kind": "triangle", "sides": 3}, {"kind": "square", "side": 2}]'
    rec = Recorder(*(httpx.Response(200, content=body) for _ in range(2)))
    shapes = client(rt, rec).search.list()
    assert isinstance(shapes[0], rt.UnknownVariant)
    assert shapes[0].model_extra == {"kind": "triangle", "sides": 3}
    assert isinstance(shapes[1], rt.models.Square) and shapes[1].side == 2
    with pytest.raises(rt.APIResponseValidationError, match="unknown union variant"):
        client(rt, rec, strict_response_validation=True).search.list()


def test_unknown_enum_values_and_fields_are_tolerated(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, {**ITEM, "color": "ultraviolet", "brand_new": {"x": 1}}))
    item = client(rt, rec).items.retrieve("a")
    assert item.color.value == "ultraviolet" and item.color == "ultraviolet"
    assert item.model_extra == {"brand_new": {"x": 1}}
    assert item.to_dict()["brand_new"] == {"x": 1}


def test_discriminated_unions_pick_the_variant(rt: ModuleType) -> None:
    rec = Recorder(
        json_response(200, [{"kind": "circle", "radius": 1}, {"kind": "square", "side": 2}])
    )
    shapes = client(rt, rec).search.list()
    assert [type(s).__name__ for s in shapes] == ["Circle", "Square"]


def test_text_bytes_and_empty_responses(rt: ModuleType) -> None:
    c = client(rt, Recorder(httpx.Response(200, text="héllo")))
    assert c.content.get_text() == "héllo"
    c = client(rt, Recorder(httpx.Response(200, content=b"\x00\x01")))
    assert c.content.get_bytes().read() == b"\x00\x01"
    c = client(rt, Recorder(httpx.Response(204)))
    assert c.items.delete("a") is None


# ------------------------------------------------------------------ pagination and raw access


def _cursor_pages(request: httpx.Request) -> httpx.Response:
    cursor = request.url.params.get("cursor")
    pages = {None: ("c2", ["1", "2"]), "c2": ("c3", ["3"]), "c3": (None, ["4", "5"])}
    following, ids = pages[cursor]
    return json_response(200, {"data": [{**ITEM, "id": i} for i in ids], "next_cursor": following})


def test_cursor_pagination_iterates_lazily_across_pages(rt: ModuleType) -> None:
    rec = Recorder(_cursor_pages)
    page = client(rt, rec).items.list(limit=2)
    assert len(rec.requests) == 1 and [i.id for i in page.items] == ["1", "2"]
    assert [i.id for i in page] == ["1", "2", "3", "4", "5"]
    assert len(rec.requests) == 3
    assert [r.url.params.get("limit") for r in rec.requests] == ["2", "2", "2"]
    assert [len(p.items) for p in page.iter_pages()] == [2, 1, 2]


def test_an_empty_page_ends_iteration(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, {"data": [], "next_cursor": "more"}))
    page = client(rt, rec).items.list()
    assert list(page) == [] and not page.has_next_page()


def test_offset_pagination_advances_by_items_and_stops_at_a_short_page(rt: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        ids = [str(n) for n in range(offset, min(offset + 2, 5))]
        return json_response(
            200, {"records": [{**ITEM, "id": i} for i in ids], "offset": offset + len(ids)}
        )

    rec = Recorder(handler)
    assert [r.id for r in client(rt, rec).records.list()] == ["0", "1", "2", "3", "4"]
    assert [r.url.params.get("offset") for r in rec.requests] == [None, "2", "4"]


def test_async_pagination_with_async_for(rt: ModuleType) -> None:
    async def main() -> tuple[list[str], list[int]]:
        async with async_client(rt, Recorder(_cursor_pages)) as c:
            ids = [item.id async for item in c.items.list()]
            first = await c.items.list()
            sizes = [len(p.items) async for p in first.iter_pages()]
        return ids, sizes

    assert asyncio.run(main()) == (["1", "2", "3", "4", "5"], [2, 1, 2])


def test_async_client_retries_and_raises_like_sync(rt: ModuleType) -> None:
    async def main() -> Any:
        c = async_client(rt, Recorder(httpx.Response(503), json_response(200, ITEM)))
        item = await c.items.retrieve("a")
        await c.close()
        return item, c.sleeps

    item, sleeps = asyncio.run(main())
    assert item.id == "i1" and len(sleeps) == 1


def test_raw_response_sync_and_async(rt: ModuleType) -> None:
    rec = Recorder(json_response(200, ITEM, **{"x-request-id": "r1"}))
    raw = client(rt, rec).with_raw_response.items.retrieve("a")
    assert (raw.status_code, raw.headers["x-request-id"], raw.parse().id) == (200, "r1", "i1")
    raw_page = client(rt, Recorder(_cursor_pages)).with_raw_response.items.list()
    assert [i.id for i in raw_page.parse()] == ["1", "2", "3", "4", "5"]

    async def main() -> Any:
        c = async_client(rt, Recorder(_cursor_pages))
        raw = await c.with_raw_response.items.list()
        return raw.status_code, [i.id async for i in raw.parse()]

    assert asyncio.run(main()) == (200, ["1", "2", "3", "4", "5"])


def test_clients_close_their_pools_as_context_managers(rt: ModuleType) -> None:
    with rt.RuntimeFixture(api_key=KEY) as c:
        pool = c._http
    assert pool.is_closed
    shared = httpx.Client()
    with rt.RuntimeFixture(api_key=KEY, http_client=shared):
        pass
    assert not shared.is_closed  # a caller's own client is the caller's to close
    shared.close()


def test_base_url_from_argument_and_environment(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = Recorder(json_response(200, ITEM))
    client(rt, rec, base_url="http://localhost:9/api/").items.retrieve("a")
    monkeypatch.setenv("RUNTIME_FIXTURE_BASE_URL", "http://env.test")
    client(rt, rec).items.retrieve("a")
    assert [str(r.url) for r in rec.requests] == [
        "http://localhost:9/api/items/a",
        "http://env.test/items/a",
    ]
