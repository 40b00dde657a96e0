"""Driving a generated package generically from its IR (used by the HTTP tests)."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from clientsmith import ir
from clientsmith.loader import read_document
from clientsmith.pipeline import build_ir, provider_config

from .conftest import GENERATED, SPECS


def provider_api(provider: str) -> ir.Api:
    config = provider_config(SPECS, provider)
    assert config.spec_file is not None
    api, _ = build_ir(config.spec_file, config, check=False)
    return api


def mock_spec(provider: str, folder: Path) -> Path:
    """The provider's spec as Prism should serve it behind one base URL.

    Prism matches request paths and ignores ``servers``. An operation served beneath
    the API's base (``/v1/public``) is therefore moved to the prefixed path, so Prism
    refuses a client that forgets the prefix.
    """
    source = SPECS / provider / "openapi.yaml"
    api = provider_api(provider)
    prefixes = {
        (op.path, op.method): op.server.relative_path
        for op in api.operations
        if op.server is not None and op.server.relative_path
    }
    if not prefixes:
        return source
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for path, item in document["paths"].items():
        item.pop("servers", None)
        for method in [m for m in item if (path, m) in prefixes]:
            moved = paths.setdefault(f"/{prefixes[path, method]}{path}", {})
            moved.update({k: v for k, v in item.items() if k == "parameters"})
            moved[method] = {k: v for k, v in item.pop(method).items() if k != "servers"}
        if any(k in item for k in ("get", "put", "post", "delete", "patch", "head", "options")):
            paths[path] = item
    document["paths"] = paths
    target = folder / f"{provider}-mock.yaml"
    target.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return target


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
        if expr.kind == "string" and expr.format == "uuid":
            return "3fa85f64-5717-4562-b3fc-2c963f66afa6"
        return {"integer": 1, "number": 1.5, "boolean": True}.get(expr.kind, "sample")
    if isinstance(expr, ir.UnionType):
        return sample(expr.variants[0], api)
    return "sample"


def resource(client: Any, op: ir.Operation) -> Any:
    """``client.beta.deployments`` for an operation on ``beta.deployments``."""
    for name in op.resource.split("."):
        client = getattr(client, name)
    return client


def method(client: Any, op: ir.Operation) -> Any:
    return getattr(resource(client, op), op.name)


def _path_value(param: ir.Parameter) -> Any:
    if param.example is not ir.UNSET:
        return param.example
    expr = param.type
    if isinstance(expr, ir.PrimitiveType) and expr.format == "uuid":
        return "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    if isinstance(expr, ir.PrimitiveType) and expr.kind == "integer":
        return 1
    return "id-" + re.sub(r"[^a-z0-9]+", "-", param.wire_name.lower()).strip("-")


def body_arguments(op: ir.Operation, api: ir.Api) -> dict[str, Any]:
    """The request body's example (else sample values) as the method's keyword arguments."""
    from clientsmith.renderer import sample_value

    body = op.request_body
    if body is None:
        return {}
    definitions = {d.name: d for d in api.definitions}
    example = body.example
    if body.fields is None:
        if example is ir.UNSET:
            if not body.required:
                return {}
            example = sample_value(body.type, definitions)
        return {"body": _files(example, body.type)}
    if not isinstance(example, dict):
        example = sample_value(body.type, definitions)
    keywords = {}
    for field in body.fields:
        if field.wire_name in example:
            keywords[field.name] = _files(example[field.wire_name], field.type)
        elif field.required:
            keywords[field.name] = _files(sample_value(field.type, definitions), field.type)
    return keywords


def _files(value: Any, expr: ir.TypeExpr) -> Any:
    """A JSON example of a binary field as the bytes a caller would upload."""
    inner = expr.inner if isinstance(expr, ir.NullableType) else expr
    if isinstance(inner, ir.PrimitiveType) and inner.format == "binary" and isinstance(value, str):
        return value.encode()
    return value


def arguments(op: ir.Operation, api: ir.Api, *, full: bool) -> tuple[list[Any], dict[str, Any]]:
    """Positional path values and keyword arguments for a call, body included.

    Optional array headers are always sent: Prism 5.16 crashes on a request that
    leaves one out (its simple-style deserialiser splits an undefined value).
    """
    positional: list[Any] = []
    keywords: dict[str, Any] = body_arguments(op, api)
    for param in op.parameters:
        if param.location is ir.ParameterLocation.PATH:
            positional.append(_path_value(param))
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
    """The named examples of an operation's JSON success response, from the spec file."""
    if op.success is None or op.success.decoding != "json" or op.success.media_type is None:
        return {}
    document = read_document(SPECS / provider / "openapi.yaml", "spec")
    query = "&".join(f"{k}={v}" for k, v in op.fixed_query)
    path = op.path + (f"?{query}" if query else "")
    response = document["paths"][path][op.method]["responses"][op.success.status]
    media = response["content"][op.success.media_type]
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
