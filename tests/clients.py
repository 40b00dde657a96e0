"""Driving a generated package generically from its IR (used by the HTTP tests)."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from clientsmith import ir
from clientsmith.loader import read_document
from clientsmith.pipeline import build_ir, provider_config

from .conftest import GENERATED, SPECS


def provider_api(provider: str) -> ir.Api:
    config = provider_config(SPECS, provider)
    assert config.spec_file is not None
    api, _ = build_ir(config.spec_file, config, check=False)
    return api


@contextmanager
def imported(provider: str, api: ir.Api) -> Iterator[ModuleType]:
    """Import generated/<provider> as a package, then forget it again."""
    name = api.package.import_name
    sys.path.insert(0, str(GENERATED / provider))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(GENERATED / provider))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]


def credentials(api: ir.Api) -> dict[str, str]:
    values = {s.argument: f"test-{s.argument}" for s in api.security_schemes}
    if any(s.kind == "basic" for s in api.security_schemes):
        values["password"] = "test-password"
    return values


def sample(expr: ir.TypeExpr, api: ir.Api, default: Any = ir.UNSET) -> Any:
    """A value of this type that a strict mock server accepts."""
    if default is not ir.UNSET and default is not None:
        return default
    if isinstance(expr, ir.NullableType):
        return sample(expr.inner, api)
    if isinstance(expr, ir.LiteralType):
        return expr.value
    if isinstance(expr, ir.ArrayType):
        return [sample(expr.items, api)]
    if isinstance(expr, ir.NamedType):
        definition = api.definition(expr.name)
        if isinstance(definition, ir.EnumModel):
            return definition.members[0].value
        if isinstance(definition, ir.AliasModel):
            return sample(definition.target, api)
        return {}
    if isinstance(expr, ir.PrimitiveType):
        if expr.kind == "string" and expr.format == "date-time":
            return dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
        return {"integer": 1, "number": 1.5, "boolean": True}.get(expr.kind, "sample")
    if isinstance(expr, ir.UnionType):
        return sample(expr.variants[0], api)
    return "sample"


def arguments(op: ir.Operation, api: ir.Api, *, full: bool) -> tuple[list[Any], dict[str, Any]]:
    """Positional path values and keyword arguments for a call.

    Optional array headers are always sent: Prism 5.16 crashes on a request that
    leaves one out (its simple-style deserialiser splits an undefined value).
    """
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in op.parameters:
        if param.location is ir.ParameterLocation.PATH:
            positional.append(f"id-{param.name}")
            continue
        if param.client_option:
            continue
        array_header = param.location is ir.ParameterLocation.HEADER and isinstance(
            param.type, ir.ArrayType
        )
        if param.required or full or array_header:
            keywords[param.name] = sample(param.type, api, param.default)
    return positional, keywords


def response_examples(provider: str, op: ir.Operation) -> dict[str, Any]:
    """The named examples of an operation's success response, from the spec file."""
    document = read_document(SPECS / provider / "openapi.yaml", "spec")
    response = document["paths"][op.path][op.method]["responses"][op.success.status]  # type: ignore[union-attr]
    media = response["content"][op.success.media_type]  # type: ignore[union-attr]
    examples = {name: item["value"] for name, item in media.get("examples", {}).items()}
    if "example" in media:
        examples["example"] = media["example"]
    return examples


def normalise(value: Any) -> Any:
    """JSON with timestamps compared by instant, so formatting differences do not count."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def model_classes(value: Any) -> set[str]:
    """Names of every pydantic model class inside a parsed value."""
    import pydantic

    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, pydantic.BaseModel):
            found.add(type(item).__name__)
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found
