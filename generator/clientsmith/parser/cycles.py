"""Recursive type aliases: Python evaluates an alias when the module runs, so
``Json: TypeAlias = list[Json]`` fails with NameError. Classes may recurse
(their annotations are lazy) but a cycle made only of aliases and unions may not;
each reference that closes such a cycle is typed ``Any`` instead, with a warning.
"""

from __future__ import annotations

import dataclasses

from .. import ir
from ..loader import Location
from .context import Context
from .schemas import ANY

_Alias = ir.AliasModel | ir.UnionModel


def named_refs(expr: ir.TypeExpr) -> set[str]:
    """Names of the definitions a type expression refers to."""
    if isinstance(expr, ir.NamedType):
        return {expr.name}
    if isinstance(expr, ir.ArrayType):
        return named_refs(expr.items)
    if isinstance(expr, ir.MapType):
        return named_refs(expr.values)
    if isinstance(expr, ir.NullableType):
        return named_refs(expr.inner)
    if isinstance(expr, ir.UnionType):
        return set().union(*(named_refs(v) for v in expr.variants))
    return set()


def without_refs(expr: ir.TypeExpr, names: set[str]) -> ir.TypeExpr:
    """``expr`` with every reference to ``names`` replaced by Any."""
    if isinstance(expr, ir.NamedType):
        return ANY if expr.name in names else expr
    if isinstance(expr, ir.ArrayType):
        return dataclasses.replace(expr, items=without_refs(expr.items, names))
    if isinstance(expr, ir.MapType):
        return ir.MapType(without_refs(expr.values, names))
    if isinstance(expr, ir.NullableType):
        inner = without_refs(expr.inner, names)
        return ANY if inner == ANY else ir.NullableType(inner)
    if isinstance(expr, ir.UnionType):
        return ir.UnionType(tuple(without_refs(v, names) for v in expr.variants))
    return expr


def _alias_refs(definition: _Alias) -> set[str]:
    if isinstance(definition, ir.AliasModel):
        return named_refs(definition.target)
    return set().union(*(named_refs(v) for v in definition.variants))


def _cut(definition: _Alias, names: set[str]) -> _Alias:
    if isinstance(definition, ir.AliasModel):
        return dataclasses.replace(definition, target=without_refs(definition.target, names))
    variants = tuple(without_refs(v, names) for v in definition.variants)
    return dataclasses.replace(definition, variants=variants, discriminator=None)


def break_alias_cycles(ctx: Context) -> None:
    """Replace the references that close alias-only cycles (in sorted, stable order)."""
    aliases = {
        name: d
        for name, d in ctx.definitions.items()
        if isinstance(d, ir.AliasModel | ir.UnionModel)
    }
    locations = {name: location for location, name in ctx.named_by_location.items()}
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(name: str) -> None:
        visiting.add(name)
        closing: set[str] = set()
        for dep in sorted(_alias_refs(aliases[name]) & aliases.keys()):
            if dep in visiting:
                closing.add(dep)
            elif dep not in done:
                visit(dep)
        if closing:
            ctx.definitions[name] = _cut(aliases[name], closing)
            where = locations.get(name, Location(ctx.spec.path, ""))
            ctx.warn(
                where,
                f"{name} refers back to {', '.join(sorted(closing))} through type aliases only,"
                " which Python cannot evaluate; that reference is typed Any",
            )
        visiting.discard(name)
        done.add(name)

    for name in sorted(aliases):
        if name not in done:
            visit(name)
