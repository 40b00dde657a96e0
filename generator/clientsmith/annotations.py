"""IR type expressions -> Python annotations, recording which imports they need.

Four scopes: ``models`` (inside models.py), ``output`` (return types in
resource modules; where a method named ``list`` shadows the builtin inside the
class, ``builtins.list`` is written), ``input`` (parameters:
``Sequence``/``Mapping``, and enums that also accept plain values) and ``param``
(request bodies: objects as ``TypedDict`` params, enums as ``Literal``,
date-times and UUIDs also as strings), so plain dicts type-check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from . import ir

Scope = Literal["models", "output", "input", "param"]

_STRING_FORMATS = {
    "date-time": ("_dt.datetime", "datetime"),
    "date": ("_dt.date", "datetime"),
    "time": ("_dt.time", "datetime"),
    "uuid": ("_uuid.UUID", "uuid"),
    "binary": ("bytes", None),
}


_PARAM_STRINGS = {"date-time", "date", "time", "uuid"}


@dataclass
class Annotator:
    scope: Scope
    definitions: dict[str, ir.Definition]
    used: set[str] = field(default_factory=set)
    shadowed: frozenset[str] = frozenset()
    """Builtin names hidden by methods of the class being written (``def list``)."""
    param_names: dict[str, str] = field(default_factory=dict)
    """``param`` scope: object model name -> its TypedDict's name."""
    param_prefix: str = "params."
    """``param`` scope: how the TypedDicts are reached (empty inside the params module)."""
    models_prefix: str = "models."
    """How a resource module reaches the models (``_models.`` where a member is ``models``)."""
    _expanding: set[str] = field(default_factory=set)

    def _container(self, builtin: str, abstract: str) -> str:
        if self.scope in ("input", "param"):
            self.used.add(abstract)
            return abstract
        if builtin in self.shadowed:
            self.used.add("builtins")
            return f"builtins.{builtin}"
        return builtin

    def __call__(self, expr: ir.TypeExpr | None) -> str:
        if expr is None:
            return "None"
        parts = self._parts(expr)
        return " | ".join(self._merge_literals(parts))

    def _merge_literals(self, parts: list[str]) -> list[str]:
        literals = [p[len("Literal[") : -1] for p in parts if p.startswith("Literal[")]
        if len(literals) < 2:
            return parts
        merged = "Literal[" + ", ".join(literals) + "]"
        result: list[str] = []
        for part in parts:
            if part.startswith("Literal["):
                if merged not in result:
                    result.append(merged)
            else:
                result.append(part)
        return result

    def _parts(self, expr: ir.TypeExpr) -> list[str]:
        """The alternatives of a union, flattened, None last."""
        if isinstance(expr, ir.NullableType):
            inner = [p for p in self._parts(expr.inner) if p != "None"]
            return inner + ["None"]
        if isinstance(expr, ir.UnionType):
            result: list[str] = []
            has_none = False
            for variant in expr.variants:
                for part in self._parts(variant):
                    if part == "None":
                        has_none = True
                    elif part not in result:
                        result.append(part)
            if "Any" in result:
                return ["Any"]
            return result + (["None"] if has_none else [])
        return [self._single(expr)]

    def _single(self, expr: ir.TypeExpr) -> str:
        if isinstance(expr, ir.PrimitiveType):
            return self._primitive(expr)
        if isinstance(expr, ir.LiteralType):
            return self._literal(expr)
        if isinstance(expr, ir.ArrayType):
            return f"{self._container('list', 'Sequence')}[{self(expr.items)}]"
        if isinstance(expr, ir.MapType):
            return f"{self._container('dict', 'Mapping')}[str, {self(expr.values)}]"
        if isinstance(expr, ir.NamedType) and self.scope == "param":
            return self._param(expr)
        if isinstance(expr, ir.NamedType):
            name = expr.name if self.scope == "models" else f"{self.models_prefix}{expr.name}"
            if self.scope != "models":
                self.used.add("models")
            definition = self.definitions.get(expr.name)
            if self.scope == "input" and isinstance(definition, ir.EnumModel):
                return f"{name} | {definition.value_kind}"
            return name
        return self(expr)

    def _param(self, expr: ir.NamedType) -> str:
        """A request body's view of a named schema: what a plain dict may hold."""
        definition = self.definitions.get(expr.name)
        if expr.name in self.param_names:  # a TypedDict or a Literal alias in params.py
            if self.param_prefix:
                self.used.add("params")
            return self.param_prefix + self.param_names[expr.name]
        if isinstance(definition, ir.ObjectModel):
            self.used.add("Mapping")
            self.used.add("Any")
            return "Mapping[str, Any]"
        if isinstance(definition, ir.EnumModel):
            return self.literal_of(definition)
        if expr.name in self._expanding or not isinstance(
            definition, ir.UnionModel | ir.AliasModel
        ):
            self.used.add("Any")
            return "Any"  # a schema that contains itself other than through an object
        self._expanding.add(expr.name)
        try:
            if isinstance(definition, ir.UnionModel):
                return self(ir.UnionType(definition.variants))
            return self(definition.target)
        finally:
            self._expanding.discard(expr.name)

    def literal_of(self, enum: ir.EnumModel) -> str:
        """An enum's values as one ``Literal[...]`` (what a request may send)."""
        return self(ir.UnionType(tuple(ir.LiteralType(m.value) for m in enum.members)))

    def _builtin(self, name: str) -> str:
        """``str``, or ``builtins.str`` where a method of the class is called ``str``."""
        if name in self.shadowed:
            self.used.add("builtins")
            return f"builtins.{name}"
        return name

    def _primitive(self, expr: ir.PrimitiveType) -> str:
        if expr.kind == "string":
            annotation, module = _STRING_FORMATS.get(expr.format or "", ("str", None))
            if module:
                self.used.add(module)
            if annotation in ("str", "bytes"):
                annotation = self._builtin(annotation)
            if self.scope == "param" and expr.format in _PARAM_STRINGS:
                return f"{annotation} | {self._builtin('str')}"
            return annotation
        if expr.kind == "integer":
            return self._builtin("int")
        if expr.kind == "number":
            return self._builtin("float")
        if expr.kind == "boolean":
            return self._builtin("bool")
        if expr.kind == "null":
            return "None"
        self.used.add("Any")
        return "Any"

    def _literal(self, expr: ir.LiteralType) -> str:
        from .pytext import value_literal

        value = expr.value
        if value is None:
            return "None"
        if isinstance(value, float):
            return "float"
        if not isinstance(value, (str, int, bool)):
            self.used.add("Any")
            return "Any"
        self.used.add("Literal")
        return f"Literal[{value_literal(value)}]"
