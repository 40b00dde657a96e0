"""Spec text -> safe Python source text: string literals, docstrings, values.

Every string that comes from a spec reaches generated code through these
functions, so no description, enum value or URL can end a literal early or
inject code, whatever quotes, backslashes or control characters it holds.
"""

from __future__ import annotations

import functools
import json
import math
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """Normalise newlines and drop control characters that have no place in prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\x85\u2028\u2029\x0b\x0c" else "", text)
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


@functools.lru_cache(maxsize=1 << 16)  # names, wire names and paths repeat across modules
def string_literal(text: str) -> str:
    """A double-quoted Python string literal with exactly this value."""
    # Lone surrogates cannot be written as UTF-8 source: escape just those (JSON's ASCII
    # mode would write astral characters as surrogate pairs, which Python reads as two).
    literal = _SURROGATE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False)
    )
    # JSON escapes are valid Python escapes; U+2028/9 are fine in Python literals but
    # formatters count them as line breaks, so escape them too.
    return (
        literal.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\x85")
    )


def value_literal(value: Any) -> str:
    """A Python expression for a JSON value."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, list):
        return "[" + ", ".join(value_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{string_literal(str(k))}: {value_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return string_literal(str(value))


def docstring_body(text: str) -> str:
    """Text made safe to sit between triple double quotes."""
    return clean_text(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docstring(text: str | None, indent: int = 0) -> str:
    """A complete docstring literal, continuation lines indented to ``indent`` spaces."""
    body = docstring_body(text or "")
    if not body:
        return '""""""'
    lines = body.split("\n")
    if len(lines) == 1:
        # A last quote would merge with the closing ones; black and ruff both write a space.
        return f'"""{lines[0]} """' if lines[0].endswith('"') else f'"""{lines[0]}"""'
    pad = " " * indent
    rest = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def comment_safe(text: str) -> str:
    """One line of text for a ``#`` comment."""
    return " ".join(clean_text(text).split())
