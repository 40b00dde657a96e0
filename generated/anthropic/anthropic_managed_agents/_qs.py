"""Serialising parameters the way OpenAPI's ``style``/``explode`` rules describe.

Values are turned into strings here once: booleans as ``true``/``false``,
datetimes as RFC 3339, enums by value, models by their wire names.
"""

from __future__ import annotations

import datetime as _dt
import enum
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import pydantic

__all__ = ["cookie_pairs", "header_value", "path_value", "query_pairs", "scalar"]


def scalar(value: Any) -> str:
    """One value as it is written in a URL or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return scalar(value.value)
    if isinstance(value, _dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if value is None:
        return ""
    return str(value)


def plain(value: Any) -> Any:
    """A model as its JSON-ready data (wire names); anything else unchanged."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def _is_sequence(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def query_pairs(
    name: str, value: Any, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """The ``(key, value)`` pairs one query parameter contributes (none when unset)."""
    value = plain(value)
    if value is None:
        return []
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items() if v is not None]
        if style == "deepObject":
            return [(f"{name}[{k}]", scalar(v)) for k, v in items]
        if explode:
            return [(k, scalar(v)) for k, v in items]
        return [(name, ",".join(f"{k},{scalar(v)}" for k, v in items))]
    if _is_sequence(value):
        if explode and style == "form":
            return [(name, scalar(v)) for v in value]
        return [(name, _DELIMITERS.get(style, ",").join(scalar(v) for v in value))]
    return [(name, scalar(value))]


def header_value(value: Any, explode: bool = False) -> str | None:
    """A header parameter (``simple`` style): arrays comma-separated."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, Mapping):
        sep = "=" if explode else ","
        return ",".join(f"{k}{sep}{scalar(v)}" for k, v in value.items())
    if _is_sequence(value):
        return ",".join(scalar(v) for v in value)
    return scalar(value)


def path_value(name: str, value: Any, style: str = "simple", explode: bool = False) -> str:
    """A path segment, percent-encoded so that no value can change the path's shape."""
    value = plain(value)

    def enc(v: Any) -> str:
        return quote(scalar(v), safe="")

    if _is_sequence(value):
        parts = [enc(v) for v in value]
        if style == "label":
            return "." + ("." if explode else ",").join(parts)
        if style == "matrix":
            if explode:
                return "".join(f";{name}={p}" for p in parts)
            return f";{name}=" + ",".join(parts)
        return ",".join(parts)
    if isinstance(value, Mapping):
        pairs = [(enc(k), enc(v)) for k, v in value.items()]
        joined = ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
        return joined
    text = enc(value)
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{name}={text}"
    if text in ("", ".", ".."):
        # An empty or dot segment would silently address another resource.
        raise ValueError(f"path parameter {name!r} must not be {scalar(value)!r}")
    return text


def cookie_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    value = plain(value)
    if value is None:
        return []
    if _is_sequence(value):
        return [(name, ",".join(scalar(v) for v in value))]
    return [(name, scalar(value))]
