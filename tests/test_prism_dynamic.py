"""Prism in dynamic mode invents responses from the schemas: every one must parse.

Prism runs without ``--errors`` here: its response faker sometimes breaks the spec's own
limits (more than ``maxProperties`` keys), which ``--errors`` would turn into a 500.
Request validation is covered by test_prism.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic
import pytest
from clientsmith import ir

from .clients import arguments, credentials, imported, method, mock_spec, provider_api
from .conftest import PROVIDERS, prism

pytestmark = pytest.mark.slow

CALLS_PER_OPERATION = 25


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_responses_always_parse(provider: str, tmp_path: Path) -> None:
    api = provider_api(provider)
    operations = [
        op
        for op in api.operations
        if op.success is not None and op.success.decoding == "json" and op.success.type is not None
    ]
    with (
        prism(
            mock_spec(provider, tmp_path),
            dynamic=True,
            errors=False,
            log=tmp_path / "prism.log",
        ) as url,
        imported(provider, api) as package,
    ):
        crashed: set[str] = set()
        client = getattr(package, api.package.client_class)(
            base_url=url, max_retries=0, **credentials(api)
        )
        for op in operations:
            positional, keywords = arguments(op, api, full=False)
            call = method(client, op)
            for _ in range(CALLS_PER_OPERATION):
                try:
                    result = call(*positional, **keywords)
                except package.InternalServerError as exc:
                    if not _faker_crash(exc):
                        raise
                    crashed.add(f"{op.resource}.{op.name}")
                    continue
                value = result.response if op.pagination else result
                _check_typed(value, op, api)
        client.close()
    confusing = {f"{op.resource}.{op.name}" for op in operations if _holds_a_schema(op, api)}
    assert crashed <= confusing, sorted(crashed - confusing)


def _holds_a_schema(op: ir.Operation, api: ir.Api) -> bool:
    """The answer can hold a JSON Schema (an object with a property called ``properties``).

    Prism's response faker crashes on those (a 500 ``UNKNOWN`` from json-schema-faker);
    their answers are still checked against the spec's examples in test_prism.py.
    """
    definitions = {d.name: d for d in api.definitions}
    pending = [op.success.type] if op.success is not None and op.success.type else []
    seen: set[str] = set()
    while pending:
        expr = pending.pop()
        if isinstance(expr, ir.NullableType):
            pending.append(expr.inner)
        elif isinstance(expr, ir.ArrayType):
            pending.append(expr.items)
        elif isinstance(expr, ir.MapType):
            pending.append(expr.values)
        elif isinstance(expr, ir.UnionType):
            pending.extend(expr.variants)
        elif isinstance(expr, ir.NamedType) and expr.name not in seen:
            seen.add(expr.name)
            definition = definitions[expr.name]
            if isinstance(definition, ir.ObjectModel):
                if any(p.wire_name == "properties" for p in definition.properties):
                    return True
                pending.extend(p.type for p in definition.properties)
            elif isinstance(definition, ir.UnionModel):
                pending.extend(definition.variants)
            elif isinstance(definition, ir.AliasModel):
                pending.append(definition.target)
    return False


def _faker_crash(error: Any) -> bool:
    return isinstance(error.body, dict) and str(error.body.get("type", "")).endswith("#UNKNOWN")


def _check_typed(value: object, op: ir.Operation, api: ir.Api) -> None:
    """The value has the declared type: the model, a variant of the union, a list…"""
    assert op.success is not None and op.success.type is not None
    expr = op.success.type
    if isinstance(expr, ir.NamedType):
        definition = api.definition(expr.name)
        if isinstance(definition, ir.ObjectModel):
            assert isinstance(value, pydantic.BaseModel)
            assert type(value).__name__ == expr.name
        elif isinstance(definition, ir.UnionModel):
            names = {v.name for v in definition.variants if isinstance(v, ir.NamedType)}
            assert type(value).__name__ in names | {"UnknownVariant"} or not names
    elif isinstance(expr, ir.ArrayType):
        assert isinstance(value, list)
