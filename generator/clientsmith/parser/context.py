"""State shared while one spec is turned into IR: names, memo tables, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import ir
from ..config import Config
from ..diagnostics import Diagnostics, Severity, join_pointer
from ..loader import Location, Spec
from ..naming import UniqueNames
from ..reserved import MODELS_MODULE_NAMES


@dataclass(frozen=True)
class Node:
    """A raw spec value together with where it was found."""

    value: Any
    location: Location

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for token in tokens:
            value = value[token]
        return Node(
            value, Location(self.location.file, join_pointer(self.location.pointer, *tokens))
        )

    def get(self, key: str) -> Node | None:
        if isinstance(self.value, dict) and key in self.value:
            return self.child(key)
        return None


@dataclass
class Context:
    spec: Spec
    config: Config
    diagnostics: Diagnostics
    class_names: UniqueNames = field(
        default_factory=lambda: UniqueNames(MODELS_MODULE_NAMES, separator="")
    )
    definitions: dict[str, ir.Definition] = field(default_factory=dict)
    named_by_location: dict[Location, str] = field(default_factory=dict)
    omitted: list[str] = field(default_factory=list)
    scheme_aliases: dict[str, str] = field(default_factory=dict)
    """Security schemes folded into another that takes the same credentials."""
    left_out_schemes: set[str] = field(default_factory=set)
    """Security schemes reported as left out (mutual TLS, unknown types): the caller sets
    them up on its own HTTP client, so requirements naming them ask nothing of the client."""

    shown_paths: dict[Path, str] = field(default_factory=dict)
    """``shown`` per file: every origin asks, and relative paths are not free."""

    def shown(self, path: Path) -> str:
        found = self.shown_paths.get(path)
        if found is None:
            found = self.shown_paths[path] = self.spec.display(path)
        return found

    def warn(self, location: Location, message: str, *, omitted: str | None = None) -> None:
        self.diagnostics.add(
            self.shown(location.file),
            self.spec.source_pointer(location),
            message,
            severity=Severity.WARNING,
            omitted=omitted,
        )
        if omitted:
            self.omitted.append(f"{omitted}: {message} ({self.spec.source_pointer(location)})")

    def origin(self, location: Location) -> str:
        return f"{self.shown(location.file)}#{self.spec.source_pointer(location)}"

    def root(self) -> Node:
        return Node(self.spec.document, Location(self.spec.path, ""))

    def deref(self, node: Node, *, max_hops: int = 50) -> Node:
        """Follow ``$ref`` chains (not schema refs, which become named types)."""
        hops = 0
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            hops += 1
            if hops > max_hops:
                raise ValueError("$ref chain is too long or circular")
            value, location = self.spec.resolve(node.value["$ref"], node.location.file)
            node = Node(value, location)
        return node
