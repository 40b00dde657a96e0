"""Which object schemas request bodies reach, and the ``TypedDict`` each gets.

Request bodies are keyword arguments; nested objects in them are plain dicts typed
by ``TypedDict`` params (``params.py``), so ``create(config={"region": "us"})``
type-checks without importing a model.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import ir
from .naming import UniqueNames


def _children(expr: ir.TypeExpr) -> Iterator[ir.TypeExpr]:
    if isinstance(expr, ir.ArrayType):
        yield expr.items
    elif isinstance(expr, ir.MapType):
        yield expr.values
    elif isinstance(expr, ir.UnionType):
        yield from expr.variants
    elif isinstance(expr, ir.NullableType):
        yield expr.inner


def body_roots(api: ir.Api) -> Iterator[ir.TypeExpr]:
    """The type of every keyword argument or whole body a request sends."""
    for operation in api.operations:
        body = operation.request_body
        if body is None:
            continue
        if body.fields is None:
            yield body.type
        else:
            yield from (f.type for f in body.fields)


def param_models(api: ir.Api) -> list[ir.ObjectModel | ir.EnumModel]:
    """Object models (TypedDicts) and enums (Literal aliases) request bodies reach, by name."""
    definitions = {d.name: d for d in api.definitions}
    found: dict[str, ir.ObjectModel | ir.EnumModel] = {}
    seen: set[str] = set()
    pending = list(body_roots(api))
    while pending:
        expr = pending.pop()
        if isinstance(expr, ir.NamedType):
            if expr.name in seen:
                continue
            seen.add(expr.name)
            definition = definitions.get(expr.name)
            if isinstance(definition, ir.ObjectModel):
                found[definition.name] = definition
                pending.extend(p.type for p in definition.properties if not p.read_only)
                if definition.extra is not None:
                    pending.append(definition.extra)
            elif isinstance(definition, ir.EnumModel):
                found[definition.name] = definition
            elif isinstance(definition, ir.UnionModel):
                pending.extend(definition.variants)
            elif isinstance(definition, ir.AliasModel):
                pending.append(definition.target)
        else:
            pending.extend(_children(expr))
    return [found[name] for name in sorted(found)]


def param_names(models: list[ir.ObjectModel | ir.EnumModel]) -> dict[str, str]:
    """Name in ``params.py``: ``Config`` -> ``ConfigParam``; ``XParams`` and enums keep theirs."""
    names = UniqueNames(separator="")
    result = {}
    for model in sorted(models, key=lambda m: isinstance(m, ir.EnumModel)):
        plain = not isinstance(model, ir.ObjectModel) or model.name.endswith(("Param", "Params"))
        result[model.name] = names.claim(model.name if plain else model.name + "Param")
    return result
