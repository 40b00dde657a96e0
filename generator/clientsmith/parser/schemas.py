"""JSON Schema (OpenAPI flavours 3.0 and 3.1) -> IR type expressions and definitions.

Every schema reached through a ``$ref`` and every inline object, enum or
discriminated union becomes a named definition, memoised by its location so
recursive schemas terminate and shared schemas are emitted once.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from ..loader import Location
from ..naming import UniqueNames, attribute_name, class_name, enum_member_name, pascal_case
from ..reserved import FIELD_RESERVED, MODELS_MODULE_NAMES
from .context import Context, Node

MAX_INLINE_DEPTH = 64
"""Deeper inline nesting than this is unreadable as a client; it degrades to ``Any``."""

ANY = ir.PrimitiveType("any")
_PRIMITIVES: dict[str, ir.PrimitiveKind] = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}
_ANNOTATION_KEYS = {
    "description",
    "title",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "externalDocs",
    "xml",
    "$comment",
    "discriminator",
}


def text_of(value: Any) -> str | None:
    """A description or summary as text, or None when absent or blank."""
    if isinstance(value, str):
        return value.strip() or None
    return None


def _is_null_schema(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    if value.get("type") == "null":
        return True
    enum = value.get("enum")
    return isinstance(enum, list) and enum == [None]


def _only_annotations(value: dict[str, Any]) -> bool:
    return all(key in _ANNOTATION_KEYS or key.startswith("x-") for key in value)


_CONSTRAINT_KEYS = frozenset(
    {"required", "minProperties", "maxProperties", "not", "dependentRequired"}
)


def union_key(value: dict[str, Any]) -> str | None:
    """``oneOf`` or ``anyOf`` when the schema is a union of types.

    ``anyOf: [{required: [a]}, {required: [b]}]`` beside ``properties`` only
    constrains which fields are present: that is no union, and types nothing.
    """
    for key in ("oneOf", "anyOf"):
        variants = value.get(key)
        if isinstance(variants, list) and not (
            variants and all(_constraint(v, value.get("type")) for v in variants)
        ):
            return key
    return None


def _constraint(variant: Any, own_type: Any) -> bool:
    """A variant that only says which fields are present (``{required: [a]}``)."""
    return isinstance(variant, dict) and all(
        k in _CONSTRAINT_KEYS
        or k in _ANNOTATION_KEYS
        or k.startswith("x-")
        or (k == "type" and variant[k] == own_type)
        for k in variant
    )


def _structure(value: Any) -> Any:
    """A schema without its annotations: what decides the type."""
    if not isinstance(value, dict):
        return value
    return {k: v for k, v in value.items() if k not in _ANNOTATION_KEYS and not k.startswith("x-")}


def _annotation_part(value: Any) -> bool:
    """An allOf part that only annotates (``{nullable: true}``, ``{description: …}``), or
    says "or null" (``{type: "null"}``: taken literally no value could match the allOf)."""
    return isinstance(value, dict) and (_only_annotations(value) or _is_null_schema(value))


def _nullable_part(parts: list[Any]) -> bool:
    return any(
        _annotation_part(p) and (p.get("nullable") is True or _is_null_schema(p)) for p in parts
    )


def nullable(expr: ir.TypeExpr) -> ir.TypeExpr:
    if isinstance(expr, ir.NullableType) or expr == ir.PrimitiveType("null"):
        return expr
    if expr == ANY:
        return expr
    return ir.NullableType(expr)


class SchemaParser:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._building: set[str] = set()
        self._ref_siblings_apply = str(ctx.spec.source.get("openapi", "")).startswith("3.1")

    # ------------------------------------------------------------ entry points

    def declare(self, node: Node, name: str) -> str:
        """Reserve a class name for a schema at a location before parsing anything."""
        existing = self.ctx.named_by_location.get(node.location)
        if existing:
            return existing
        claimed = self.ctx.class_names.claim(class_name(name, MODELS_MODULE_NAMES))
        self.ctx.named_by_location[node.location] = claimed
        return claimed

    def define(self, node: Node, name: str, depth: int = 0) -> ir.TypeExpr:
        """Make sure the schema at ``node`` exists as a named definition; return a reference."""
        claimed = self.declare(node, name)
        if claimed not in self.ctx.definitions and claimed not in self._building:
            self._building.add(claimed)
            try:
                definition = self._definition(node, claimed, depth)
            finally:
                self._building.discard(claimed)
            self.ctx.definitions[claimed] = definition
        reference: ir.TypeExpr = ir.NamedType(claimed)
        if self._is_nullable(node.value):
            reference = nullable(reference)
        return reference

    def type_of(self, node: Node, hint: str, depth: int = 0) -> ir.TypeExpr:
        """The type of a schema used in place (property, parameter, body…)."""
        value = node.value
        if value is True or value == {}:
            return ANY
        if not isinstance(value, dict):
            if value is not False:
                self.ctx.warn(node.location, "schema must be an object or boolean; using Any")
            return ANY
        if depth > MAX_INLINE_DEPTH:
            self.ctx.warn(node.location, f"schema nested deeper than {MAX_INLINE_DEPTH}; using Any")
            return ANY
        if "$ref" in value:
            if self._ref_with_structure(value):
                return self.define(node, hint, depth)  # merged like an allOf
            return self._ref(node, depth)
        core = self._core(node, hint, depth)
        return nullable(core) if self._is_nullable(value) else core

    # ------------------------------------------------------------ references

    def _ref_with_structure(self, value: Any) -> bool:
        """OpenAPI 3.1 applies keywords beside ``$ref`` as well (3.0 ignores them)."""
        if not self._ref_siblings_apply or not isinstance(value, dict) or "$ref" not in value:
            return False
        return not _only_annotations({k: v for k, v in value.items() if k != "$ref"})

    def _ref(self, node: Node, depth: int) -> ir.TypeExpr:
        value = node.value
        try:
            target_value, location = self.ctx.spec.resolve(value["$ref"], node.location.file)
        except ValueError as exc:
            self.ctx.warn(node.location, f"{exc}; using Any")
            return ANY
        target = Node(target_value, location)
        if location in self.ctx.named_by_location or isinstance(target_value, dict):
            name = self._name_for_location(location)
            reference = self.define(target, name, depth + 1)
        else:
            reference = self.type_of(target, "Schema", depth + 1)
        if value.get("nullable") is True:
            reference = nullable(reference)
        return reference

    @staticmethod
    def _name_for_location(location: Location) -> str:
        token = location.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        if not token or token.isdigit():
            token = location.file.stem + (token or "")
        return token

    # ------------------------------------------------------------ dispatch

    def _is_nullable(self, value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        if value.get("nullable") is True:
            return True
        types = value.get("type")
        if isinstance(types, list) and "null" in types and len(types) > 1:
            return True
        enum = value.get("enum")
        if isinstance(enum, list) and None in enum and len(enum) > 1:
            return True
        for key in ("oneOf", "anyOf"):
            variants = value.get(key)
            if (
                isinstance(variants, list)
                and len(variants) > 1
                and any(_is_null_schema(v) for v in variants)
            ):
                return True
        return False

    def _schema_types(self, value: dict[str, Any]) -> list[str]:
        types = value.get("type")
        if isinstance(types, str):
            return [types]
        if isinstance(types, list):
            found = [t for t in types if isinstance(t, str) and t != "null"]
            return found or (["null"] if "null" in types else [])
        return []

    def _core(self, node: Node, hint: str, depth: int) -> ir.TypeExpr:
        """The type of a schema ignoring its nullability."""
        value = node.value
        if "const" in value:
            return ir.LiteralType(value["const"])
        if isinstance(value.get("enum"), list):
            return self._enum(node, hint)
        if isinstance(value.get("allOf"), list):
            return self._all_of(node, hint, depth)
        key = union_key(value)
        if key is not None:
            return self._union(node, key, hint, depth)
        types = self._schema_types(value)
        if len(types) > 1:
            variants = [self._typed(node, t, hint, depth) for t in types]
            return ir.UnionType(tuple(_dedupe(variants)))
        kind = types[0] if types else self._implied_type(value)
        return self._typed(node, kind, hint, depth)

    @staticmethod
    def _implied_type(value: dict[str, Any]) -> str | None:
        if "properties" in value or "additionalProperties" in value:
            return "object"
        if "items" in value:
            return "array"
        return None

    def _typed(self, node: Node, kind: str | None, hint: str, depth: int) -> ir.TypeExpr:
        value = node.value
        if kind == "object":
            return self._object_type(node, hint, depth)
        if kind == "array":
            return self._array(node, hint, depth)
        primitive = _PRIMITIVES.get(kind or "")
        if primitive is not None:
            fmt = value.get("format")
            return ir.PrimitiveType(primitive, fmt if isinstance(fmt, str) else None)
        if kind is not None:
            self.ctx.warn(node.location, f"unknown schema type {kind!r}; using Any")
        return ANY

    # ------------------------------------------------------------ arrays and maps

    def _array(self, node: Node, hint: str, depth: int) -> ir.TypeExpr:
        value = node.value
        unique = value.get("uniqueItems") is True
        if "prefixItems" in value:
            self.ctx.warn(
                node.location, "prefixItems (tuples) is not supported; items are typed as Any"
            )
            return ir.ArrayType(ANY, unique)
        items = node.get("items")
        if items is None:
            return ir.ArrayType(ANY, unique)
        return ir.ArrayType(self.type_of(items, hint + "Item", depth + 1), unique)

    def _object_type(self, node: Node, hint: str, depth: int) -> ir.TypeExpr:
        value = node.value
        properties = value.get("properties")
        if not isinstance(properties, dict) or not properties:
            return ir.MapType(self._extra_type(node, hint, depth) or ANY)
        return self.define(node, hint, depth)

    def _extra_type(self, node: Node, hint: str, depth: int) -> ir.TypeExpr | None:
        extra = node.get("additionalProperties")
        if extra is None or extra.value is True:
            return ANY if extra is not None else None
        if extra.value is False:
            return None
        return self.type_of(extra, hint + "Value", depth + 1)

    # ------------------------------------------------------------ named definitions

    def _definition(self, node: Node, name: str, depth: int) -> ir.Definition:
        value = node.value
        description = text_of(value.get("description")) if isinstance(value, dict) else None
        deprecated = isinstance(value, dict) and value.get("deprecated") is True
        origin = self.ctx.origin(node.location)
        if not isinstance(value, dict) or ("$ref" in value and not self._ref_with_structure(value)):
            target = self.type_of(node, name + "Target", depth)
            return ir.AliasModel(name, target, description, deprecated, origin)
        if isinstance(value.get("enum"), list) and "const" not in value:
            enum = self._enum_definition(node, name)
            if enum is not None:
                return enum
        if isinstance(value.get("allOf"), list) or "$ref" in value:
            merged = self._merge_all_of(node, name, depth)
            if isinstance(merged, ir.ObjectModel):
                return merged
            return ir.AliasModel(name, merged, description, deprecated, origin)
        key = union_key(value)
        if key is not None:
            return self._union_definition(node, key, name, depth)
        types = self._schema_types(value)
        kind = types[0] if len(types) == 1 else self._implied_type(value) if not types else None
        if kind == "object" and isinstance(value.get("properties"), dict) and value["properties"]:
            return self._object_model(node, name, depth)
        core = self._core(node, name, depth)
        return ir.AliasModel(name, core, description, deprecated, origin)

    def _object_model(
        self, node: Node, name: str, depth: int, extra_parts: list[Node] | None = None
    ) -> ir.ObjectModel:
        """An object model from one schema, or from the object parts of an allOf."""
        parts = extra_parts if extra_parts is not None else [node]
        required_set: set[str] = set()
        for part in parts:
            required = part.value.get("required")
            if isinstance(required, list):
                required_set.update(r for r in required if isinstance(r, str))
        properties: dict[str, Node] = {}
        closed = False
        extra: ir.TypeExpr | None = None
        for part in parts:
            props = part.get("properties")
            if props is not None and isinstance(props.value, dict):
                for wire in props.value:
                    if wire in properties and _structure(properties[wire].value) != _structure(
                        props.value[wire]
                    ):
                        self.ctx.warn(
                            props.child(wire).location,
                            f"property {wire!r} is defined differently by several allOf parts;"
                            " the last one wins",
                        )
                    properties[wire] = props.child(wire)
            if part.value.get("additionalProperties") is False:
                closed = True
            unevaluated = part.value.get("unevaluatedProperties")
            if unevaluated is False:
                closed = True  # no allOf parts are left to evaluate them: the same as above
            elif unevaluated is not None and unevaluated is not True:
                self.ctx.warn(
                    part.location,
                    "unevaluatedProperties with a schema is ignored; such fields stay untyped extras",
                )
            part_extra = self._extra_type(part, name, depth)
            if part_extra is not None:
                extra = part_extra
        names = UniqueNames(FIELD_RESERVED)
        fields: list[ir.Property] = []
        for wire in sorted(properties):
            prop_node = properties[wire]
            required = wire in required_set
            prop_value = prop_node.value if isinstance(prop_node.value, dict) else {}
            attr = names.claim(attribute_name(wire, FIELD_RESERVED))
            prop_type = self.type_of(prop_node, name + pascal_case(wire or "field"), depth + 1)
            description = text_of(prop_value.get("description"))
            if description is None and "$ref" in prop_value:
                description = self._referenced_description(prop_node)
            fields.append(
                ir.Property(
                    name=attr,
                    wire_name=wire,
                    type=prop_type,
                    required=required,
                    description=description,
                    default=prop_value.get("default", ir.UNSET),
                    deprecated=prop_value.get("deprecated") is True,
                    read_only=prop_value.get("readOnly") is True,
                    write_only=prop_value.get("writeOnly") is True,
                )
            )
        value = node.value
        return ir.ObjectModel(
            name=name,
            properties=tuple(fields),
            description=text_of(value.get("description")) or text_of(value.get("title")),
            extra=extra,
            closed=closed,
            deprecated=value.get("deprecated") is True,
            origin=self.ctx.origin(node.location),
        )

    def _referenced_description(self, node: Node) -> str | None:
        try:
            target = self.ctx.deref(node)
        except ValueError:
            return None
        value = target.value
        return text_of(value.get("description")) if isinstance(value, dict) else None

    # ------------------------------------------------------------ allOf

    def _all_of(self, node: Node, hint: str, depth: int) -> ir.TypeExpr:
        parts = node.value["allOf"]
        own_structure = {k: v for k, v in node.value.items() if k != "allOf"}
        structural = [i for i, part in enumerate(parts) if not _annotation_part(part)]
        if len(structural) == 1 and _only_annotations(own_structure):
            # allOf: [{$ref: X}, {nullable: true}, {description: …}] is X, maybe nullable
            inner = self.type_of(node.child("allOf", structural[0]), hint, depth + 1)
            return nullable(inner) if _nullable_part(parts) else inner
        return self.define(node, hint, depth)

    def _collect_object_parts(self, node: Node, seen: set[Location], depth: int) -> list[Node]:
        """Flatten an allOf tree into the schemas whose properties it merges."""
        if node.location in seen or depth > MAX_INLINE_DEPTH:
            return []
        seen = seen | {node.location}
        parts: list[Node] = []
        if self._ref_with_structure(node.value):
            ref = Node(
                {"$ref": node.value["$ref"]},
                Location(node.location.file, node.location.pointer + "/$ref"),
            )
            parts.extend(self._collect_object_parts(ref, seen, depth + 1))
            node = Node({k: v for k, v in node.value.items() if k != "$ref"}, node.location)
        try:
            node = self.ctx.deref(node)
        except ValueError as exc:
            self.ctx.warn(node.location, f"{exc}; part ignored")
            return []
        value = node.value
        if not isinstance(value, dict):
            return []
        all_of = node.get("allOf")
        if all_of is not None and isinstance(all_of.value, list):
            for index in range(len(all_of.value)):
                parts.extend(self._collect_object_parts(all_of.child(index), seen, depth + 1))
        own = {k: v for k, v in value.items() if k != "allOf"}
        if own:
            parts.append(Node(own, node.location))
        return parts

    def _merge_all_of(self, node: Node, name: str, depth: int) -> ir.ObjectModel | ir.TypeExpr:
        parts = self._collect_object_parts(node, set(), depth)
        structural = [p for p in parts if not _annotation_part(p.value)]
        objects = [
            p
            for p in structural
            if "properties" in p.value
            or p.value.get("type") == "object"
            or "additionalProperties" in p.value
            or "required" in p.value
        ]
        others = [p for p in structural if p not in objects]
        if not objects and others:
            merged: ir.TypeExpr = ANY
            for other in reversed(others):  # the last part that gives a type ({maxLength} does not)
                merged = self.type_of(other, name, depth + 1)
                if merged != ANY:
                    break
            return nullable(merged) if _nullable_part([p.value for p in parts]) else merged
        for other in others:
            self.ctx.warn(
                other.location,
                "allOf part is not an object schema; only its object parts are merged",
            )
        return self._object_model(node, name, depth, extra_parts=objects)

    # ------------------------------------------------------------ unions

    def _union_variants(self, node: Node, key: str, hint: str, depth: int) -> list[ir.TypeExpr]:
        variants_node = node.child(key)
        variants: list[ir.TypeExpr] = []
        for index, variant in enumerate(variants_node.value):
            if _is_null_schema(variant):
                continue
            variant_node = variants_node.child(index)
            variant_hint = hint + f"Variant{index + 1}"
            if isinstance(variant, dict):
                title = text_of(variant.get("title"))
                if title:
                    variant_hint = pascal_case(title) or variant_hint
            variants.append(self.type_of(variant_node, variant_hint, depth + 1))
        return _dedupe(variants)

    def _union(self, node: Node, key: str, hint: str, depth: int) -> ir.TypeExpr:
        value = node.value
        non_null = [v for v in value[key] if not _is_null_schema(v)]
        if not non_null:
            return ir.PrimitiveType("null") if value[key] else ANY
        if len(non_null) == 1 and _only_annotations(
            {k: v for k, v in value.items() if k not in (key,)}
        ):
            index = value[key].index(non_null[0])
            return self.type_of(node.child(key, index), hint, depth + 1)
        if isinstance(value.get("discriminator"), dict) or self._has_sibling_structure(value, key):
            return self.define(node, hint, depth)
        variants = self._union_variants(node, key, hint, depth)
        if len(variants) == 1:
            return variants[0]
        return ir.UnionType(tuple(variants))

    @staticmethod
    def _has_sibling_structure(value: dict[str, Any], key: str) -> bool:
        return "properties" in value

    def _variants_extend(self, variants: list[ir.TypeExpr], value: dict[str, Any]) -> bool:
        """Every variant is a model that has all the properties declared beside the union
        (the usual base-and-subtypes shape): then the union alone says it all."""
        shared = value.get("properties")
        if not isinstance(shared, dict) or not variants:
            return False
        for variant in variants:
            model = (
                self.ctx.definitions.get(variant.name)
                if isinstance(variant, ir.NamedType)
                else None
            )
            if not isinstance(model, ir.ObjectModel):
                return False
            if not set(shared) <= {p.wire_name for p in model.properties}:
                return False
        return True

    def _union_definition(self, node: Node, key: str, name: str, depth: int) -> ir.Definition:
        value = node.value
        description = text_of(value.get("description"))
        deprecated = value.get("deprecated") is True
        origin = self.ctx.origin(node.location)
        sibling = self._has_sibling_structure(value, key)
        refs_only = all(isinstance(v, dict) and "$ref" in v for v in value[key])
        variants = self._union_variants(node, key, name, depth) if refs_only or not sibling else []
        if sibling and not self._variants_extend(variants, value):
            self.ctx.warn(
                node.location,
                f"{key} beside 'properties' is not supported; the object's own properties are used",
            )
            return self._object_model(node, name, depth)
        if len(variants) == 1:
            return ir.AliasModel(name, variants[0], description, deprecated, origin)
        discriminator = self._discriminator(node, variants)
        return ir.UnionModel(name, tuple(variants), discriminator, description, deprecated, origin)

    def _discriminator(self, node: Node, variants: list[ir.TypeExpr]) -> ir.Discriminator | None:
        spec = node.value.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        wire = spec["propertyName"]
        mapping: list[tuple[str, str]] = []
        attr: str | None = None
        for variant in variants:
            definition = (
                self.ctx.definitions.get(variant.name)
                if isinstance(variant, ir.NamedType)
                else None
            )
            field = None
            if isinstance(definition, ir.ObjectModel):
                field = next((p for p in definition.properties if p.wire_name == wire), None)
            if field is None or not isinstance(field.type, ir.LiteralType) or not field.required:
                self.ctx.warn(
                    node.location,
                    f"discriminator {wire!r} is not a required single-valued property of every"
                    " variant; the union is matched by trying each variant",
                )
                return None
            assert isinstance(variant, ir.NamedType)
            attr = field.name
            mapping.append((str(field.type.value), variant.name))
        tags = [tag for tag, _ in mapping]
        if attr is None or len(set(tags)) != len(tags):
            self.ctx.warn(node.location, f"discriminator {wire!r} values are not unique")
            return None
        return ir.Discriminator(attr, wire, tuple(mapping))

    # ------------------------------------------------------------ enums

    def _enum(self, node: Node, hint: str) -> ir.TypeExpr:
        values = [v for v in node.value["enum"] if v is not None]
        if not values:
            return ir.PrimitiveType("null")
        if len(values) == 1:
            return ir.LiteralType(values[0])
        kind = self._enum_kind(values)
        if kind is None:
            return self._literal_union(node, values)
        return self.define(node, hint)

    @staticmethod
    def _enum_kind(values: list[Any]) -> str | None:
        if all(isinstance(v, str) for v in values):
            return "str"
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
        return None

    def _literal_union(self, node: Node, values: list[Any]) -> ir.TypeExpr:
        if all(isinstance(v, bool) for v in values):
            return ir.PrimitiveType("boolean")
        literals: list[ir.TypeExpr] = [
            ir.LiteralType(v) for v in values if isinstance(v, (str, int, bool))
        ]
        if len(literals) != len(values):
            kinds = self._schema_types(node.value)
            if kinds:
                return self._typed(node, kinds[0], "Enum", 0)
            # no declared type: the literals, plus float for 1.5 and Any for lists/objects
            literals += [
                ir.PrimitiveType("number") if isinstance(v, float) else ANY
                for v in values
                if not isinstance(v, (str, int, bool))
            ]
        return ir.UnionType(tuple(_dedupe(literals)))

    def _enum_definition(self, node: Node, name: str) -> ir.Definition | None:
        value = node.value
        values = [v for v in value["enum"] if v is not None]
        kind = self._enum_kind(values)
        if kind is None or len(values) < 2:
            return None
        names = UniqueNames(separator="_")
        labels = value.get("x-enum-varnames") or value.get("x-enumNames")
        descriptions = value.get("x-enum-descriptions")
        members: list[ir.EnumMember] = []
        seen: set[Any] = set()
        for index, item in enumerate(values):
            if item in seen:
                continue
            seen.add(item)
            label = (
                labels[index]
                if isinstance(labels, list)
                and len(labels) == len(values)
                and isinstance(labels[index], str)
                else None
            )
            member_name = names.claim(enum_member_name(label if label else item))
            doc = (
                text_of(descriptions[index])
                if isinstance(descriptions, list) and len(descriptions) == len(values)
                else None
            )
            members.append(ir.EnumMember(member_name, item, doc))
        return ir.EnumModel(
            name=name,
            members=tuple(members),
            value_kind=kind,
            description=text_of(value.get("description")),
            deprecated=value.get("deprecated") is True,
            origin=self.ctx.origin(node.location),
        )


def _dedupe(items: list[ir.TypeExpr]) -> list[ir.TypeExpr]:
    result: list[ir.TypeExpr] = []
    for item in items:
        if not any(_same(item, kept) for kept in result):
            result.append(item)
    return result


def _same(a: ir.TypeExpr, b: ir.TypeExpr) -> bool:
    """Equal, and for literals of the same type: ``Literal[True]`` is not ``Literal[1]``."""
    if isinstance(a, ir.LiteralType) and isinstance(b, ir.LiteralType):
        return type(a.value) is type(b.value) and a.value == b.value
    return a == b
