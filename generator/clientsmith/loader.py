"""Reading spec files (YAML or JSON) and resolving ``$ref`` across them.

Only local files below the root spec's folder can be referenced; remote URLs are
refused unless the caller explicitly allows them (they are never fetched here).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from . import swagger2
from .diagnostics import Diagnostic, SpecError

MAX_SPEC_BYTES = 64 * 1024 * 1024
"""Larger files are refused before parsing: no real spec comes close (Graph is 20 MB)."""

MAX_YAML_ALIASES = 10_000
"""An 'alias bomb' multiplies a few nodes into billions through aliases; cap them."""

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML loading with JSON-like scalars: no timestamps, YAML 1.2 booleans.

    YAML 1.1 would turn ``2026-03-01`` into a date and ``on`` into True, silently
    changing enum values and examples; OpenAPI means strings there.
    """


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first, _resolvers in list(_SpecLoader.yaml_implicit_resolvers.items()):
    _SpecLoader.yaml_implicit_resolvers[_first] = [
        (tag, _BOOL_RE if tag == "tag:yaml.org,2002:bool" else regexp) for tag, regexp in _resolvers
    ]


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        # YAML reads `200:` as an int and `true:` as a bool; OpenAPI keys are strings.
        if isinstance(key, bool):
            key = "true" if key else "false"
        result[str(key) if not isinstance(key, str) else key] = loader.construct_object(
            value_node, deep=True
        )
    return result


def _construct_bool(loader: Any, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


_SpecLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_SpecLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def _count_aliases(text: str) -> int:
    return len(re.findall(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+", text))


def _too_deep(name: str) -> SpecError:
    return SpecError([Diagnostic(name, "", "document is nested too deeply to parse")])


def parse_text(text: str, name: str) -> Any:
    """Parse one document's text as JSON when it looks like JSON, else as YAML."""
    stripped = text.lstrip()
    if not stripped:
        raise SpecError([Diagnostic(name, "", "the file is empty")])
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # YAML flow style is a superset of JSON; let the YAML parser report.
        except RecursionError:
            raise _too_deep(name) from None
    if "*" in text and _count_aliases(text) > MAX_YAML_ALIASES:
        raise SpecError(
            [Diagnostic(name, "", f"more than {MAX_YAML_ALIASES} YAML aliases; refusing to expand")]
        )
    try:
        return yaml.load(text, Loader=_SpecLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(
            [Diagnostic(name, "", f"not valid YAML or JSON{where}: {problem}")]
        ) from None
    except RecursionError:
        raise _too_deep(name) from None


def read_document(path: Path, display: str) -> Any:
    """Read and parse one file, refusing oversized or undecodable input."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpecError([Diagnostic(display, "", f"cannot read file: {exc.strerror}")]) from None
    if size > MAX_SPEC_BYTES:
        raise SpecError(
            [Diagnostic(display, "", f"file is {size} bytes; the limit is {MAX_SPEC_BYTES}")]
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError([Diagnostic(display, "", f"not UTF-8 text: {exc.reason}")]) from None
    except OSError as exc:
        raise SpecError([Diagnostic(display, "", f"cannot read file: {exc.strerror}")]) from None
    return parse_text(text, display)


@dataclass(frozen=True)
class Location:
    """Where a node lives: the file (as shown to users) and its JSON pointer."""

    file: Path
    pointer: str


@dataclass
class Spec:
    """The root document plus every file it references, loaded on demand."""

    path: Path
    document: dict[str, Any]
    display_root: Path
    allow_remote_refs: bool = False
    original: dict[str, Any] | None = None
    """The document as written when ``document`` is its conversion (Swagger 2.0)."""
    pointers: swagger2.PointerMap | None = None
    """Where the converted document's parts sit in ``original``."""
    _documents: dict[Path, Any] = field(default_factory=dict, repr=False)

    @property
    def source(self) -> dict[str, Any]:
        """The root document as written, for validation and version checks."""
        return self.original if self.original is not None else self.document

    def source_pointer(self, location: Location) -> str:
        """The pointer of ``location`` in the file as written (converted parts map back)."""
        if self.pointers is None or location.file != self.path:
            return location.pointer
        return self.pointers.original(location.pointer)

    def source_document(self, path: Path) -> Any:
        """A file's document as written."""
        return self.source if path == self.path else self.document_at(path)

    def display(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.display_root))
        except ValueError:
            return str(path)

    def document_at(self, path: Path) -> Any:
        if path == self.path:
            return self.document
        if path not in self._documents:
            self._documents[path] = read_document(path, self.display(path))
        return self._documents[path]

    def resolve(self, ref: str, base: Path) -> tuple[Any, Location]:
        """Follow one ``$ref`` written in file ``base``; raise ValueError on a bad ref."""
        if not isinstance(ref, str):
            raise ValueError("$ref must be a string")  # noqa: TRY004 - callers report ValueErrors
        target, _, fragment = ref.partition("#")
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", target):
            if not self.allow_remote_refs:
                raise ValueError(f"remote reference {ref!r} refused (remote refs are not fetched)")
            raise ValueError(f"remote reference {ref!r} cannot be fetched")
        path = base
        if target:
            path = (base.parent / unquote(target)).resolve()
            root_dir = self.path.parent.resolve()
            if root_dir not in path.parents and path != root_dir:
                raise ValueError(f"reference {ref!r} points outside the spec's folder")
            if not path.is_file():
                raise ValueError(f"referenced file {target!r} does not exist")
        try:
            node = self.document_at(path)
        except SpecError as exc:
            raise ValueError("; ".join(d.message for d in exc.diagnostics)) from None
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise ValueError(f"reference {ref!r} has a fragment that is not a JSON pointer")
        for token in pointer.split("/")[1:] if pointer else []:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise ValueError(f"reference {ref!r} does not resolve")
        return node, Location(path, pointer)


def load_spec(path: str | Path, *, allow_remote_refs: bool = False) -> Spec:
    """Load the root spec file; it must be a mapping. Swagger 2.0 is converted to 3.0."""
    root = Path(path).resolve()
    display_root = Path.cwd().resolve()
    shown = str(root.relative_to(display_root)) if display_root in root.parents else str(root)
    document = read_document(root, shown)
    if not isinstance(document, dict):
        kind = type(document).__name__
        raise SpecError([Diagnostic(shown, "", f"a spec must be a mapping, got {kind}")])
    if swagger2.is_swagger2(document):
        converted, pointers = swagger2.convert(document)
        return Spec(root, converted, display_root, allow_remote_refs, document, pointers)
    return Spec(root, document, display_root, allow_remote_refs)
