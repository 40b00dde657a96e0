"""Recognising paginated list operations from common request/response shapes.

Detection is a convenience; the provider config can set or switch off the
style per operation, so an unusual API never needs a code change here.
"""

from __future__ import annotations

from .. import ir
from ..config import PaginationConfig
from .operations import OperationDraft

_ITEM_FIELDS = ("data", "items", "results", "resources", "records", "entries", "values")
_CURSOR_RESPONSE_FIELDS = (
    "next_page",
    "next_cursor",
    "next_page_token",
    "nextPageToken",
    "next_token",
    "nextCursor",
    "cursor",
)
_CURSOR_PARAMETERS = (
    "page",
    "cursor",
    "page_token",
    "pageToken",
    "starting_after",
    "after",
    "next_token",
)


def _unwrap(expr: ir.TypeExpr) -> ir.TypeExpr:
    return expr.inner if isinstance(expr, ir.NullableType) else expr


def _items_property(model: ir.ObjectModel, wanted: str | None) -> ir.Property | None:
    arrays = [p for p in model.properties if isinstance(_unwrap(p.type), ir.ArrayType)]
    if wanted:
        return next((p for p in arrays if wanted in (p.wire_name, p.name)), None)
    for name in _ITEM_FIELDS:
        found = next((p for p in arrays if p.wire_name == name), None)
        if found:
            return found
    return arrays[0] if len(arrays) == 1 else None


def items_field(model: ir.ObjectModel) -> ir.Property | None:
    """The array property of a list envelope (``data``, ``items``, ``results``…), if any."""
    arrays = [p for p in model.properties if isinstance(_unwrap(p.type), ir.ArrayType)]
    return next((p for name in _ITEM_FIELDS for p in arrays if p.wire_name == name), None)


def detect(
    operation: OperationDraft,
    definitions: dict[str, ir.Definition],
    override: PaginationConfig | None,
) -> ir.Pagination | None:
    if override and override.style == "none":
        return None
    success = operation.success
    if success is None or not isinstance(success.type, ir.NamedType) or operation.method != "get":
        return None
    model = definitions.get(success.type.name)
    if not isinstance(model, ir.ObjectModel):
        return None
    items = _items_property(model, override.items if override else None)
    if items is None:
        return None
    item_array = _unwrap(items.type)
    assert isinstance(item_array, ir.ArrayType)
    query = {
        p.wire_name: p for p in operation.parameters if p.location is ir.ParameterLocation.QUERY
    }
    fields = {p.wire_name: p for p in model.properties}
    limit = next(
        (query[n].name for n in ("limit", "page_size", "per_page", "pageSize") if n in query), None
    )

    def build(style: ir.PaginationStyle, parameter: str, field: str) -> ir.Pagination | None:
        if parameter not in query or field not in fields:
            return None
        return ir.Pagination(
            style=style,
            items_field=items.name,
            request_parameter=query[parameter].name,
            response_field=fields[field].name,
            item_type=item_array.items,
            limit_parameter=limit,
        )

    if (
        override
        and override.style in ("cursor", "offset")
        and override.request_parameter
        and override.response_field
    ):
        style: ir.PaginationStyle = "cursor" if override.style == "cursor" else "offset"
        return build(style, override.request_parameter, override.response_field)
    if "offset" in query and "offset" in fields:
        return build("offset", "offset", "offset")
    for field in _CURSOR_RESPONSE_FIELDS:
        for parameter in _CURSOR_PARAMETERS:
            found = build("cursor", parameter, field)
            if found:
                return found
    return None
