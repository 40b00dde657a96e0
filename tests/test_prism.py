"""Each generated client over real HTTP against Prism serving its provider's spec.

Prism runs with ``--errors``: a request that breaks the spec (auth, headers,
parameters, body) gets an error response, which the client raises, failing the test.
Every operation is called through the sync and the async client, with its request
body's example; JSON answers must equal the spec's response examples.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest
from clientsmith import ir

from .clients import (
    arguments,
    credentials,
    imported,
    method,
    mock_spec,
    model_classes,
    normalise,
    provider_api,
    response_examples,
)
from .conftest import PROVIDERS, prism

pytestmark = pytest.mark.slow

STREAM_UNMOCKED = "stream not mocked"
"""Prism validates an event-stream request, then cannot send the stream (a 500)."""


def _stream_unmocked(op: ir.Operation, error: Any) -> bool:
    """A 500 about the response only: the request itself passed Prism's validation."""
    if _decoding(op) != "sse" or error.status_code != 500 or not isinstance(error.body, dict):
        return False
    if "NO_COMPLEX_OBJECT_TEXT" in str(error.body.get("type")):
        return True
    violations = error.body.get("validation") or []
    return bool(violations) and all(v["location"][0] == "response" for v in violations)


@pytest.fixture(scope="module", params=PROVIDERS)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    provider = request.param
    folder = tmp_path_factory.mktemp("prism")
    with prism(mock_spec(provider, folder), log=folder / f"{provider}.log") as url:
        yield provider, url


def _operations(api: ir.Api) -> list[ir.Operation]:
    return list(api.operations)


def _decoding(op: ir.Operation) -> str:
    return op.success.decoding if op.success is not None else "none"


def _plain(value: Any) -> Any:
    response = getattr(value, "response", None)
    return response if response is not None and hasattr(value, "items") else value


def _response_variants(api: ir.Api) -> set[str]:
    """Union variants a JSON response can hold (request-only unions are not returned)."""
    definitions = {d.name: d for d in api.definitions}
    seen: set[str] = set()
    variants: set[str] = set()
    pending: list[ir.TypeExpr] = [
        op.success.type
        for op in api.operations
        if op.success is not None and op.success.type is not None and _decoding(op) == "json"
    ]
    while pending:
        expr = pending.pop()
        if isinstance(expr, ir.NamedType):
            if expr.name in seen:
                continue
            seen.add(expr.name)
            definition = definitions[expr.name]
            if isinstance(definition, ir.ObjectModel):
                pending.extend(p.type for p in definition.properties if not p.write_only)
            elif isinstance(definition, ir.UnionModel):
                variants.update(v.name for v in definition.variants if isinstance(v, ir.NamedType))
                pending.extend(definition.variants)
            elif isinstance(definition, ir.AliasModel):
                pending.append(definition.target)
        elif isinstance(expr, ir.ArrayType):
            pending.append(expr.items)
        elif isinstance(expr, ir.MapType):
            pending.append(expr.values)
        elif isinstance(expr, ir.NullableType):
            pending.append(expr.inner)
        elif isinstance(expr, ir.UnionType):
            pending.extend(expr.variants)
    return variants


Call = tuple[ir.Operation, list[Any], dict[str, Any], str | None, Any]


def _calls(provider: str, api: ir.Api) -> list[Call]:
    """(operation, path values, keywords, example name, example) per call to make."""
    calls: list[Call] = []
    for op in _operations(api):
        examples = response_examples(provider, op)
        for full in (False, True):
            positional, keywords = arguments(op, api, full=full)
            if examples:
                calls.extend((op, positional, keywords, n, e) for n, e in examples.items())
            else:
                calls.append((op, positional, keywords, None, None))
    return calls


def _options(op: ir.Operation, name: str | None) -> dict[str, Any]:
    named = name is not None and name != "example"  # a lone `example` is Prism's default
    options: dict[str, Any] = {"extra_headers": {"Prefer": f"example={name}"}} if named else {}
    if _decoding(op) == "sse":
        options["max_retries"] = 0
    return options


def _sync_result(package: Any, client: Any, call: Call) -> Any:
    op, positional, keywords, name, _ = call
    try:
        result = method(client, op)(*positional, **keywords, **_options(op, name))
    except package.InternalServerError as exc:
        assert _stream_unmocked(op, exc), exc
        return STREAM_UNMOCKED
    if _decoding(op) == "binary":
        with result:
            return result.read()
    return _plain(result)


async def _async_results(package: Any, api: ir.Api, url: str, calls: list[Call]) -> list[Any]:
    results = []
    async with getattr(package, api.package.async_client_class)(
        base_url=url, **credentials(api)
    ) as client:
        for op, positional, keywords, name, _ in calls:
            try:
                result = await method(client, op)(*positional, **keywords, **_options(op, name))
            except package.InternalServerError as exc:
                assert _stream_unmocked(op, exc), exc
                results.append(STREAM_UNMOCKED)
                continue
            if _decoding(op) == "binary":
                async with result:
                    results.append(await result.aread())
            else:
                results.append(_plain(result))
    return results


def _check(call: Call, result: Any, async_result: Any) -> set[str]:
    """The call's answer is what the spec documents; returns the model classes seen."""
    op, _, _, name, example = call
    where = f"{op.resource}.{op.name} {name}"
    decoding = _decoding(op)
    assert async_result == result, where
    if decoding == "binary":
        assert isinstance(result, bytes), where
    elif decoding == "sse":
        assert result == STREAM_UNMOCKED, where
    elif name is not None:
        dumped = pydantic.TypeAdapter(Any).dump_python(
            result, mode="json", by_alias=True, exclude_unset=True
        )
        assert normalise(dumped) == normalise(example), where
        if isinstance(result, pydantic.BaseModel):
            assert result == type(result).model_validate(example), where
        return model_classes(result)
    return set()


def test_every_operation_is_accepted_and_returns_its_examples(served: tuple[str, str]) -> None:
    provider, url = served
    api = provider_api(provider)
    calls = _calls(provider, api)
    seen_classes: set[str] = set()
    with imported(provider, api) as package:  # models resolve their references while imported
        with getattr(package, api.package.client_class)(base_url=url, **credentials(api)) as client:
            results = [_sync_result(package, client, call) for call in calls]
        async_results = asyncio.run(_async_results(package, api, url, calls))
        for call, result, async_result in zip(calls, results, async_results, strict=True):
            seen_classes |= _check(call, result, async_result)
    called = {(op.resource, op.name) for op, *_ in calls}
    assert called == {(op.resource, op.name) for op in _operations(api)}
    missing = _response_variants(api) - seen_classes
    assert not missing, f"union variants never returned by an example: {sorted(missing)}"


def test_raw_response_gives_status_headers_and_value(served: tuple[str, str]) -> None:
    provider, url = served
    api = provider_api(provider)
    op = next(o for o in _operations(api) if o.method == "get" and _decoding(o) == "json")
    with imported(provider, api) as package:
        client = getattr(package, api.package.client_class)(base_url=url, **credentials(api))
        positional, keywords = arguments(op, api, full=False)
        raw = method(client.with_raw_response, op)(*positional, **keywords)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.parse() is not None
        client.close()


def _checkable(param: ir.Parameter, api: ir.Api) -> bool:
    expr = param.type.inner if isinstance(param.type, ir.NullableType) else param.type
    if isinstance(expr, ir.PrimitiveType):
        return expr.kind in ("integer", "boolean")
    if isinstance(expr, ir.NamedType):
        return isinstance(api.definition(expr.name), ir.EnumModel)
    return isinstance(expr, ir.LiteralType)


def test_prism_rejects_requests_that_break_the_spec(served: tuple[str, str]) -> None:
    """Proves the check above is live: a value the spec forbids fails the call."""
    provider, url = served
    api = provider_api(provider)
    op, param = next(
        (op, p)
        for op in _operations(api)
        for p in op.parameters
        if p.location is not ir.ParameterLocation.PATH and _checkable(p, api)
    )
    with (
        imported(provider, api) as package,
        getattr(package, api.package.client_class)(base_url=url, **credentials(api)) as client,
    ):
        positional, keywords = arguments(op, api, full=False)
        keywords[param.name] = "not-valid"
        with pytest.raises(package.UnprocessableEntityError) as caught:
            method(client, op)(*positional, **keywords)
        assert caught.value.status_code == 422
        body_op = next(
            (o for o in _operations(api) if o.request_body and o.request_body.fields), None
        )
        if body_op is not None:  # a body that breaks its schema is refused as well
            positional, keywords = arguments(body_op, api, full=False)
            with pytest.raises(package.APIStatusError) as refused:
                method(client, body_op)(
                    *positional,
                    **{**keywords, **_broken(body_op)},
                )
            assert refused.value.status_code in (400, 415, 422)


def _broken(op: ir.Operation) -> dict[str, Any]:
    """Keyword arguments whose values the body schema refuses: numbers where strings go."""
    assert op.request_body is not None and op.request_body.fields is not None
    for field in op.request_body.fields:
        if field.required:
            return {field.name: {"not": ["a", "valid", "value"]}}
    return {op.request_body.fields[0].name: {"not": ["a", "valid", "value"]}}
