"""Spec defaults -> Python default expressions, only where the value fits the type.

A default that does not match its schema (``"20"`` for an integer) would make
the generated code fail type-checking, so such defaults are dropped instead.
"""

from __future__ import annotations

from typing import Any

from . import ir
from .pytext import value_literal


def default_expression(
    expr: ir.TypeExpr, value: Any, definitions: dict[str, ir.Definition], qualifier: str = ""
) -> str | None:
    """The Python expression for ``value`` as a default of type ``expr``, or None."""
    if value is ir.UNSET:
        return None
    if isinstance(expr, ir.NullableType):
        if value is None:
            return "None"
        return default_expression(expr.inner, value, definitions, qualifier)
    if isinstance(expr, ir.PrimitiveType):
        return _primitive_default(expr, value)
    if isinstance(expr, ir.LiteralType):
        return (
            value_literal(value)
            if value == expr.value and type(value) is type(expr.value)
            else None
        )
    if isinstance(expr, ir.NamedType):
        definition = definitions.get(expr.name)
        if isinstance(definition, ir.EnumModel):
            for member in definition.members:
                if member.value == value and type(member.value) is type(value):
                    return f"{qualifier}{definition.name}.{member.name}"
        if isinstance(definition, ir.AliasModel):
            return default_expression(definition.target, value, definitions, qualifier)
        return None
    if isinstance(expr, ir.UnionType):
        for variant in expr.variants:
            found = default_expression(variant, value, definitions, qualifier)
            if found is not None:
                return found
    return None


def _primitive_default(expr: ir.PrimitiveType, value: Any) -> str | None:
    if (
        expr.kind == "string"
        and isinstance(value, str)
        and expr.format
        not in (
            "date-time",
            "date",
            "time",
            "uuid",
            "binary",
        )
    ):
        return value_literal(value)
    if expr.kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value_literal(value)
    if expr.kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value_literal(float(value))
    if expr.kind == "boolean" and isinstance(value, bool):
        return value_literal(value)
    if expr.kind == "any":
        return value_literal(value) if not isinstance(value, (list, dict)) else None
    return None


def is_nullable(expr: ir.TypeExpr) -> bool:
    if isinstance(expr, ir.NullableType):
        return True
    if isinstance(expr, ir.PrimitiveType):
        return expr.kind in ("any", "null")
    if isinstance(expr, ir.UnionType):
        return any(is_nullable(v) for v in expr.variants)
    return False
