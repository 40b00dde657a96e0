"""Prism in dynamic mode invents responses from the schemas: every one must parse.

Prism runs without ``--errors`` here: its response faker sometimes breaks the spec's own
limits (more than ``maxProperties`` keys), which ``--errors`` would turn into a 500.
Request validation is covered by test_prism.py.
"""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest
from clientsmith import ir

from .clients import arguments, credentials, imported, provider_api
from .conftest import PROVIDERS, SPECS, prism

pytestmark = pytest.mark.slow

CALLS_PER_OPERATION = 100


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_responses_always_parse(provider: str, tmp_path: Path) -> None:
    api = provider_api(provider)
    operations = [op for r in api.resources for op in r.operations]
    with (
        prism(
            SPECS / provider / "openapi.yaml",
            dynamic=True,
            errors=False,
            log=tmp_path / "prism.log",
        ) as url,
        imported(provider, api) as package,
    ):
        client = getattr(package, api.package.client_class)(
            base_url=url, max_retries=0, **credentials(api)
        )
        for op in operations:
            positional, keywords = arguments(op, api, full=False)
            method = getattr(getattr(client, op.resource), op.name)
            for _ in range(CALLS_PER_OPERATION):
                result = method(*positional, **keywords)
                value = result.response if op.pagination else result
                _check_typed(value, op)
        client.close()


def _check_typed(value: object, op: ir.Operation) -> None:
    assert op.success is not None and op.success.type is not None
    if isinstance(op.success.type, ir.NamedType):
        assert isinstance(value, pydantic.BaseModel)
        assert type(value).__name__ == op.success.type.name
    elif isinstance(op.success.type, ir.ArrayType):
        assert isinstance(value, list)
