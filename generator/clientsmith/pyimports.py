"""Import statements as data: what a generated module needs, written in isort order.

The annotator and the renderer collect ``Import`` values while they write a module;
templates receive the finished block and never decide an import themselves. The block
is written in isort order (sections, plain imports before ``from`` imports, names by kind);
the formatting pass (``formatting.FIX_RULES``) would fix any slip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .formatting import LINE_LENGTH

ImportSection = Literal["stdlib", "third_party", "package"]
"""Where an import sorts: ``package`` is the generated package's own (relative) modules."""

_SECTION_ORDER: dict[ImportSection, int] = {"stdlib": 0, "third_party": 1, "package": 2}


@dataclass(frozen=True)
class Import:
    """``import module [as alias]`` when ``name`` is None, else ``from module import name``."""

    module: str
    name: str | None = None
    alias: str | None = None
    section: ImportSection = "stdlib"
    type_checking: bool = False
    """Only under ``if TYPE_CHECKING:`` (annotations, and modules imported on first use)."""

    def under_type_checking(self) -> Import:
        return Import(self.module, self.name, self.alias, self.section, True)

    def eager(self) -> Import:
        return Import(self.module, self.name, self.alias, self.section, False)


def typing(name: str) -> Import:
    return Import("typing", name)


def package(module: str, *names: str) -> list[Import]:
    """``from <module> import <names>`` for a module of the generated package."""
    return [Import(module, name, section="package") for name in names]


NAMED: dict[str, Import] = {
    "datetime": Import("datetime", alias="_dt"),
    "uuid": Import("uuid", alias="_uuid"),
    "builtins": Import("builtins"),
    "warnings": Import("warnings"),
    "NoneType": Import("types", "NoneType"),
    "cached_property": Import("functools", "cached_property"),
    "Mapping": Import("collections.abc", "Mapping"),
    "Sequence": Import("collections.abc", "Sequence"),
    "Annotated": typing("Annotated"),
    "Any": typing("Any"),
    "Literal": typing("Literal"),
    "Required": typing("Required"),
    "TYPE_CHECKING": typing("TYPE_CHECKING"),
    "TypeAlias": typing("TypeAlias"),
    "TypedDict": typing("TypedDict"),
    "overload": typing("overload"),
    "deprecated": Import("typing_extensions", "deprecated", section="third_party"),
    "Field": Import("pydantic", "Field", section="third_party"),
}
"""The import behind each name an annotator or helper records as used."""


def named(names: Iterable[str]) -> list[Import]:
    """The imports of the recorded names this table knows (others come from elsewhere)."""
    return [NAMED[name] for name in names if name in NAMED]


def _name_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then everything else (ruff's ``order-by-type``)."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _module_key(module: str) -> tuple[int, str]:
    """Relative modules: the furthest (most dots) first, then by name."""
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lstrip(".").lower())


def _from_line(module: str, names: list[str], indent: str) -> str:
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    body = "".join(f"{indent}    {name},\n" for name in names)
    return f"{indent}from {module} import (\n{body}{indent})"


def _section(imports: list[Import], indent: str) -> list[str]:
    plain = sorted(
        {(i.module, i.alias) for i in imports if i.name is None},
        key=lambda m: (m[0].lower(), m[1] or ""),
    )
    lines = [f"{indent}import {m}" + (f" as {a}" if a else "") for m, a in plain]
    by_module: dict[str, set[str]] = {}
    for item in imports:
        if item.name is not None:
            shown = item.name + (f" as {item.alias}" if item.alias else "")
            by_module.setdefault(item.module, set()).add(shown)
    for module in sorted(by_module, key=_module_key):
        names = sorted(by_module[module], key=_name_key)
        lines.append(_from_line(module, names, indent))
    return lines


def _blocks(imports: list[Import], indent: str) -> list[str]:
    """Sections separated by one blank line."""
    sections: list[str] = []
    for section in sorted({i.section for i in imports}, key=_SECTION_ORDER.__getitem__):
        lines = _section([i for i in imports if i.section == section], indent)
        sections.append("\n".join(lines))
    return sections


def render(imports: Iterable[Import]) -> str:
    """The module's import block (after ``from __future__``), without a trailing newline."""
    unique = list(dict.fromkeys(imports))
    eager = [i for i in unique if not i.type_checking]
    # a name needed at run time is imported there, not again for the type checker
    checked = [i for i in unique if i.type_checking and i.eager() not in eager]
    text = "\n\n".join(_blocks(eager, ""))
    if checked:
        text += "\n\nif TYPE_CHECKING:\n" + "\n\n".join(_blocks(checked, "    "))
    return text
