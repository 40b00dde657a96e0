"""Turning arbitrary spec strings into valid, stable, readable Python identifiers.

Wire names stay untouched elsewhere (as aliases); these helpers only choose the
Python side. Every function is pure, so the same spec always gets the same names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .pynames import BUILTIN_NAMES, HARD_KEYWORDS, STDLIB_MODULES

_SYMBOL_WORDS = {
    "+": "plus",
    "-": "minus",
    "*": "star",
    "/": "slash",
    "@": "at",
    "#": "hash",
    "$": "dollar",
    "%": "percent",
    "&": "and",
    "=": "eq",
    "<": "lt",
    ">": "gt",
    "!": "not",
    "~": "tilde",
    ".": "dot",
    ":": "colon",
    "?": "question",
}

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")

PYTHON_BUILTINS = BUILTIN_NAMES

_TAKEN_MODULES = STDLIB_MODULES | {
    # what a generated package imports at runtime, directly or through its dependencies
    "annotated_types",
    "anyio",
    "certifi",
    "h11",
    "httpcore",
    "httpx",
    "idna",
    "pydantic",
    "pydantic_core",
    "sniffio",
    "typing_extensions",
    "typing_inspection",
}


def _ascii_words(text: str) -> list[str]:
    """Split any string into ASCII words, keeping non-ASCII letters as code points."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isascii():
            parts.append(char)
        elif unicodedata.combining(char):
            continue  # accents: 'é' decomposes to 'e' + accent
        elif char.isalnum():
            parts.append(f" u{ord(char):04x} ")
        else:
            parts.append(" ")
    spaced = _CAMEL_BOUNDARY.sub(" ", "".join(parts))
    return [w for w in _NON_WORD.split(spaced) if w]


def _symbol_words(text: str) -> list[str]:
    """Words for a string made only of symbols, such as ``+1`` or ``>=``."""
    words: list[str] = []
    for char in text:
        if char in _SYMBOL_WORDS:
            words.append(_SYMBOL_WORDS[char])
        elif char.isascii() and char.isalnum():
            if words and words[-1].isalnum() and not words[-1] in _SYMBOL_WORDS.values():
                words[-1] += char
            else:
                words.append(char)
    return words


def words_of(text: str) -> list[str]:
    """The words of a name; leading sign symbols count so that ``+1`` != ``-1``."""
    return list(_words_of(text))


@functools.lru_cache(maxsize=1 << 16)
def _words_of(text: str) -> tuple[str, ...]:
    """``words_of``, memoised: large specs name the same strings many times over."""
    words = _ascii_words(text)
    stripped = text.strip()
    if stripped[:1] in ("+", "-") and len(stripped) > 1:
        words = [_SYMBOL_WORDS[stripped[0]], *words]
    if not words:
        words = _symbol_words(text)
    return tuple(words)


@functools.lru_cache(maxsize=1 << 16)
def snake_case(text: str) -> str:
    return "_".join(w.lower() for w in _words_of(text))


@functools.lru_cache(maxsize=1 << 16)
def pascal_case(text: str) -> str:
    result = []
    for word in _words_of(text):
        result.append(word[:1].upper() + word[1:] if word[:1].isupper() else word.capitalize())
    return "".join(result)


def upper_snake_case(text: str) -> str:
    return snake_case(text).upper()


def _guard(name: str, *, fallback: str, digit_prefix: str, reserved: frozenset[str]) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = digit_prefix + name
    if name in HARD_KEYWORDS or name in reserved:
        name += "_"
    return name


def attribute_name(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A snake_case attribute or argument name (``class`` -> ``class_``)."""
    return _guard(snake_case(text), fallback="field", digit_prefix="field_", reserved=reserved)


def class_name(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A PascalCase class name; reserved names get a ``Model`` suffix."""
    name = pascal_case(text)
    if not name:
        name = "Model"
    if name[0].isdigit():
        name = "Model" + name
    if name in HARD_KEYWORDS or name in reserved:
        name += "Model"
    return name


def package_name(text: str) -> str:
    """A top-level package name that shadows no standard-library or dependency module.

    A package called ``platform`` or ``http`` would be imported in place of the
    module pydantic or httpx asks for.
    """
    name = snake_case(text) or "client"
    if name[0].isdigit():
        name = "client_" + name
    if name in HARD_KEYWORDS or name in _TAKEN_MODULES:
        name += "_client"
    return name


def enum_member_name(value: object) -> str:
    """An UPPER_SNAKE member name for an enum value of any JSON type."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = str(value)
    if text == "":
        return "EMPTY"
    name = upper_snake_case(text)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        name = ("MINUS_" if value < 0 else "") + upper_snake_case(str(abs(value)))
    # Enum reserves names starting and ending with underscores; keep clear of them.
    return _guard(name or "VALUE", fallback="VALUE", digit_prefix="V", reserved=frozenset({"MRO"}))


class UniqueNames:
    """Hands out names, suffixing ``_2``, ``_3``… (or ``2``, ``3``… for classes) on clashes."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset(), *, separator: str = "_"):
        self._taken = {name.lower() if separator == "" else name for name in taken}
        self._reserved = set(self._taken)
        self._separator = separator
        self._case_insensitive = separator == ""

    def release(self, name: str) -> None:
        """Free a reserved name nothing has claimed (its reason does not apply here)."""
        key = self._key(name)
        if key in self._reserved:
            self._reserved.discard(key)
            self._taken.discard(key)

    def _key(self, name: str) -> str:
        return name.lower() if self._case_insensitive else name

    def claim(self, base: str) -> str:
        name = base
        counter = 2
        while self._key(name) in self._taken:
            name = f"{base}{self._separator}{counter}"
            counter += 1
        self._taken.add(self._key(name))
        return name

    def __contains__(self, name: str) -> bool:
        return self._key(name) in self._taken
