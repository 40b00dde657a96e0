"""Each generated client over real HTTP against Prism serving its provider's spec.

Prism runs with ``--errors``: a request that breaks the spec (auth, headers,
parameters) gets an error response, which the client raises, failing the test.
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
    model_classes,
    normalise,
    provider_api,
    response_examples,
)
from .conftest import PROVIDERS, SPECS, prism

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=PROVIDERS)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    provider = request.param
    log = tmp_path_factory.mktemp("prism") / f"{provider}.log"
    with prism(SPECS / provider / "openapi.yaml", log=log) as url:
        yield provider, url


def _operations(api: ir.Api) -> list[ir.Operation]:
    return [op for resource in api.resources for op in resource.operations]


def _plain(value: Any) -> Any:
    response = getattr(value, "response", None)
    return response if response is not None and hasattr(value, "items") else value


def _union_variants(api: ir.Api) -> set[str]:
    names: set[str] = set()
    for definition in api.definitions:
        if isinstance(definition, ir.UnionModel):
            names.update(v.name for v in definition.variants if isinstance(v, ir.NamedType))
    return names


def _calls(
    provider: str, api: ir.Api
) -> list[tuple[ir.Operation, list[Any], dict[str, Any], str, Any]]:
    calls = []
    for op in _operations(api):
        examples = response_examples(provider, op)
        assert examples, f"{op.path} has no response example to compare with"
        for full in (False, True):
            positional, keywords = arguments(op, api, full=full)
            for name, example in examples.items():
                calls.append((op, positional, keywords, name, example))
    return calls


async def _async_results(package: Any, api: ir.Api, url: str, calls: list[Any]) -> list[Any]:
    results = []
    async with getattr(package, api.package.async_client_class)(
        base_url=url, **credentials(api)
    ) as client:
        for op, positional, keywords, name, _ in calls:
            method = getattr(getattr(client, op.resource), op.name)
            headers = {"Prefer": f"example={name}"}
            results.append(_plain(await method(*positional, extra_headers=headers, **keywords)))
    return results


def test_every_operation_returns_the_documented_examples(served: tuple[str, str]) -> None:
    provider, url = served
    api = provider_api(provider)
    calls = _calls(provider, api)
    seen_classes: set[str] = set()
    with imported(provider, api) as package:
        with getattr(package, api.package.client_class)(base_url=url, **credentials(api)) as client:
            results = []
            for op, positional, keywords, name, _ in calls:
                method = getattr(getattr(client, op.resource), op.name)
                headers = {"Prefer": f"example={name}"}
                results.append(_plain(method(*positional, extra_headers=headers, **keywords)))
        async_results = asyncio.run(_async_results(package, api, url, calls))
        for (op, _, _, name, example), result, async_result in zip(calls, results, async_results):
            dumped = pydantic.TypeAdapter(Any).dump_python(
                result, mode="json", by_alias=True, exclude_unset=True
            )
            assert normalise(dumped) == normalise(example), f"{op.name} {name}"
            if isinstance(result, pydantic.BaseModel):
                assert result == type(result).model_validate(example)
            assert async_result == result
            seen_classes |= model_classes(result)
    assert len(calls) >= 2 * len(_operations(api))
    missing = _union_variants(api) - seen_classes
    assert not missing, f"union variants never returned by an example: {sorted(missing)}"


def test_raw_response_gives_status_headers_and_value(served: tuple[str, str]) -> None:
    provider, url = served
    api = provider_api(provider)
    op = _operations(api)[0]
    with imported(provider, api) as package:
        client = getattr(package, api.package.client_class)(base_url=url, **credentials(api))
        positional, keywords = arguments(op, api, full=False)
        raw = getattr(getattr(client.with_raw_response, op.resource), op.name)(
            *positional, **keywords
        )
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
    """Proves the check above is live: a parameter value the spec forbids fails the call."""
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
        method = getattr(getattr(client, op.resource), op.name)
        with pytest.raises(package.UnprocessableEntityError) as caught:
            method(*positional, **keywords)
        assert caught.value.status_code == 422
