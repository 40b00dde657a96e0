"""Docs pages -> one OpenAPI document: pull out the fenced YAML fragments and merge them.

Documentation sites (Mintlify and the like) embed one OpenAPI document per page, trimmed
to that page's operation and the components it uses. Merging them is mostly a union, but
pages are written at different times and disagree: two pages may define the same
component differently (Cartesia's ``Cartesia-Version`` header enum). Every disagreement is
reported with both pages and resolved by the rule the caller chose (``ON_CONFLICT``);
nothing is dropped silently.

This is a spec-to-spec tool: it works on documents, not on the IR.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, Severity, SpecError, escape_pointer_token, join_pointer
from .loader import parse_text
from .naming import pascal_case

ON_CONFLICT = ("rename", "first", "fail")
"""How conflicts are resolved (``rename`` is the default):

- ``rename``: keep both; the later page's component gets the page title as a suffix
  (``CartesiaVersionHeader`` -> ``CartesiaVersionHeaderGetAgent``) and that page's
  references follow it. What cannot be renamed (operations, ``info``, tags, servers)
  keeps the earlier page's version.
- ``first``: the earlier page's version wins everywhere.
- ``fail``: report every conflict and write nothing (exit 2).

Pages are taken in the order given, so "earlier" is under the caller's control.
"""

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TOP_ORDER = (
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "paths",
    "webhooks",
    "components",
)
_SECTION_ORDER = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)
_ITEM_ORDER = ("$ref", "summary", "description", "servers", "parameters", *METHODS)
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$")
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")
_REF = re.compile(r"^#/components/([^/]+)/([^/]+)$")


@dataclass(frozen=True)
class Fragment:
    """One OpenAPI document found in a page."""

    page: str
    line: int
    """Line of the opening fence."""
    title: str
    """The page's first ``# heading`` (or its file name): the suffix for renamed components."""
    document: dict[str, Any]


@dataclass
class Extraction:
    document: dict[str, Any]
    fragments: list[Fragment]
    problems: list[Diagnostic]
    pages_without_yaml: list[str]
    resolutions: list[str] = field(default_factory=list)
    """One line per conflict and how it was resolved, for the output's header comment."""

    @property
    def failed(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


def _blocks(text: str) -> Iterator[tuple[int, str, str]]:
    """(line, info word, body) of each fenced code block (CommonMark fences)."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match is None:
            index += 1
            continue
        indent, fence, info = len(match[1]), match[2], match[3].lower()
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        start, body = index + 1, []
        index += 1
        while index < len(lines) and not closing.match(lines[index]):
            line = lines[index]
            body.append(line[min(indent, len(line) - len(line.lstrip(" "))) :])
            index += 1
        index += 1
        yield start, info, "\n".join(body) + "\n"


def _title(text: str, fallback: str) -> str:
    inside = False
    for line in text.splitlines():
        if _FENCE.match(line):
            inside = not inside
        elif not inside and (match := _HEADING.match(line)):
            return match[1]
    return fallback


def read_page(path: Path, shown: str) -> tuple[list[Fragment], list[Diagnostic]]:
    """The OpenAPI fragments in one Markdown page, and problems with its YAML blocks."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise SpecError([Diagnostic(shown, "", f"cannot read page: {reason}")]) from None
    title = _title(text, path.stem)
    fragments: list[Fragment] = []
    problems: list[Diagnostic] = []
    for line, info, body in _blocks(text):
        if info not in ("yaml", "yml"):
            continue
        try:
            document = parse_text(body, shown)
        except SpecError as exc:
            for d in exc.diagnostics:
                problems.append(Diagnostic(shown, "", f"yaml block at line {line}: {d.message}"))
            continue
        if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3"):
            problems.append(
                Diagnostic(
                    shown,
                    "",
                    f"yaml block at line {line} is not an OpenAPI 3 document; skipped",
                    Severity.WARNING,
                )
            )
            continue
        fragments.append(Fragment(shown, line, title, document))
    return fragments, problems


def extract(pages: list[Path], *, on_conflict: str = "rename") -> Extraction:
    """Read every page and merge its fragments, in the order given."""
    if on_conflict not in ON_CONFLICT:
        raise ValueError(f"on_conflict must be one of {ON_CONFLICT}")
    fragments: list[Fragment] = []
    problems: list[Diagnostic] = []
    without: list[str] = []
    for path in pages:
        shown = str(path)
        found, page_problems = read_page(path, shown)
        problems += page_problems
        if not found and not page_problems:
            without.append(shown)
            problems.append(
                Diagnostic(
                    shown, "", "no ```yaml OpenAPI block in this page; skipped", Severity.WARNING
                )
            )
        fragments += found
    merger = _Merger(on_conflict)
    for fragment in fragments:
        merger.add(fragment)
    merger.finish()
    problems += merger.problems
    if not fragments and not any(p.severity is Severity.ERROR for p in problems):
        problems.append(Diagnostic(", ".join(map(str, pages)), "", "no OpenAPI fragments found"))
    return Extraction(merger.document(), fragments, problems, without, merger.resolutions)


# ---------------------------------------------------------------- merging


def _differences(first: Any, second: Any, pointer: str = "") -> Iterator[str]:
    """Where two values differ (leaf by leaf), for conflict messages."""
    if isinstance(first, dict) and isinstance(second, dict):
        for key in [*first, *(k for k in second if k not in first)]:
            where = join_pointer(pointer, key)
            if key not in second:
                yield f"{where} only in the first"
            elif key not in first:
                yield f"{where} only in the second"
            elif first[key] != second[key]:
                yield from _differences(first[key], second[key], where)
    elif (
        isinstance(first, list)
        and isinstance(second, list)
        and len(first) == len(second)
        and any(isinstance(v, (dict, list)) for v in first)
    ):
        for index, (a, b) in enumerate(zip(first, second, strict=True)):
            if a != b:
                yield from _differences(a, b, join_pointer(pointer, index))
    else:
        shown = f"{_short(first)} vs {_short(second)}"
        yield f"{pointer}: {shown}" if pointer else shown


def _difference(first: Any, second: Any, limit: int = 4) -> str:
    found = list(_differences(first, second))
    more = f"; and {len(found) - limit} more" if len(found) > limit else ""
    return "; ".join(found[:limit]) + more


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


def _rewrite(node: Any, renames: dict[tuple[str, str], str]) -> Any:
    """Point a fragment's references (and security requirements) at renamed components."""
    if not renames:
        return node
    if isinstance(node, list):
        return [_rewrite(v, renames) for v in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            result[key] = _rewrite_ref(value, renames)
        elif key == "discriminator" and isinstance(value, dict):
            mapping = value.get("mapping")
            result[key] = {
                **value,
                **(
                    {"mapping": {k: _rewrite_ref(v, renames) for k, v in mapping.items()}}
                    if isinstance(mapping, dict)
                    else {}
                ),
            }
        elif key == "security" and isinstance(value, list):
            result[key] = [
                {renames.get(("securitySchemes", k), k): v for k, v in req.items()}
                if isinstance(req, dict)
                else req
                for req in value
            ]
        else:
            result[key] = _rewrite(value, renames)
    return result


def _rewrite_ref(ref: Any, renames: dict[tuple[str, str], str]) -> Any:
    if not isinstance(ref, str) or (match := _REF.match(ref)) is None:
        return ref
    section, token = match[1], match[2]
    name = token.replace("~1", "/").replace("~0", "~")
    if (section, name) not in renames:
        return ref
    return f"#/components/{section}/{escape_pointer_token(renames[(section, name)])}"


class _Merger:
    def __init__(self, on_conflict: str) -> None:
        self.on_conflict = on_conflict
        self.top: dict[str, Any] = {}
        self.paths: dict[str, dict[str, dict[str, Any]]] = {"paths": {}, "webhooks": {}}
        self.components: dict[str, dict[str, Any]] = {}
        self.source: dict[str, str] = {}
        """JSON pointer in the merged document -> the page it came from."""
        self.problems: list[Diagnostic] = []
        self.resolutions: list[str] = []
        self.first_security: list[Any] | None = None
        self.first_servers: list[Any] | None = None

    # ------------------------------------------------------------ reporting

    def conflict(self, page: str, pointer: str, first: Any, second: Any, resolution: str) -> None:
        """Report a disagreement with both sources; ``fail`` turns it into an error."""
        earlier = self.source.get(pointer, "an earlier page")
        message = f"conflicts with {earlier}: {_difference(first, second)}"
        if self.on_conflict == "fail":
            self.problems.append(Diagnostic(page, pointer, f"{message} (--on-conflict=fail)"))
            return
        self.problems.append(
            Diagnostic(
                page,
                pointer,
                f"{message}; {resolution} (--on-conflict={self.on_conflict})",
                Severity.WARNING,
            )
        )
        self.resolutions.append(
            f"{pointer}: {Path(earlier).name} vs {Path(page).name}: {resolution}"
        )

    # ------------------------------------------------------------ one fragment

    def add(self, fragment: Fragment) -> None:
        document = copy.deepcopy(fragment.document)
        page = fragment.page
        renames = self.add_components(fragment, document.get("components"))
        document = _rewrite(document, renames)
        self.security(document)
        self.add_top(page, document)
        for kind in ("paths", "webhooks"):
            items = document.get(kind)
            if isinstance(items, dict):
                for path, item in items.items():
                    if isinstance(item, dict):
                        self.add_path_item(page, kind, path, item)

    def security(self, document: dict[str, Any]) -> None:
        """Keep each page's top-level security on its own operations when pages differ."""
        page_security = document.get("security", [])
        if self.first_security is None:
            self.first_security = page_security
            if "security" in document:
                self.top["security"] = page_security
                self.source["/security"] = "the first page"
            return
        if page_security == self.first_security:
            return
        for kind in ("paths", "webhooks"):
            for item in (document.get(kind) or {}).values():
                for method in METHODS:
                    operation = item.get(method) if isinstance(item, dict) else None
                    if isinstance(operation, dict) and "security" not in operation:
                        operation["security"] = copy.deepcopy(page_security)

    def add_top(self, page: str, document: dict[str, Any]) -> None:
        for key, value in document.items():
            if key in ("paths", "webhooks", "components", "security"):
                continue
            pointer = join_pointer("", key)
            if key == "servers" and isinstance(value, list):
                self.add_servers(page, value)
            elif key == "tags" and isinstance(value, list):
                self.add_tags(page, value)
            elif key not in self.top:
                self.top[key] = value
                self.source[pointer] = page
            elif self.top[key] != value:
                self.conflict(page, pointer, self.top[key], value, "kept the earlier page's")

    def add_servers(self, page: str, servers: list[Any]) -> None:
        merged = self.top.setdefault("servers", [])
        if self.first_servers is None:
            self.first_servers = servers
            self.source["/servers"] = page
        elif servers != self.first_servers:
            self.conflict(
                page,
                "/servers",
                self.first_servers,
                servers,
                "added this page's servers after the earlier page's",
            )
        for server in servers:
            if server not in merged:
                merged.append(server)

    def add_tags(self, page: str, tags: list[Any]) -> None:
        merged = self.top.setdefault("tags", [])
        by_name = {t.get("name"): t for t in merged if isinstance(t, dict)}
        for tag in tags:
            name = tag.get("name") if isinstance(tag, dict) else None
            pointer = join_pointer("/tags", str(name))
            if name not in by_name:
                merged.append(tag)
                by_name[name] = tag
                self.source[pointer] = page
            elif by_name[name] != tag:
                self.conflict(page, pointer, by_name[name], tag, "kept the earlier page's")

    def add_components(self, fragment: Fragment, components: Any) -> dict[tuple[str, str], str]:
        """Merge a page's components; return the renames its references must follow."""
        if not isinstance(components, dict):
            return {}
        page = fragment.page
        renames: dict[tuple[str, str], str] = {}
        dropped: set[tuple[str, str]] = set()
        reported: dict[tuple[str, str], Any] = {}
        while True:  # a renamed component can make the components that use it differ too
            rewritten = _rewrite(components, renames)
            found = [
                (section, name)
                for section, entries in rewritten.items()
                if isinstance(entries, dict)
                for name, value in entries.items()
                if (section, name) not in renames
                and (section, name) not in dropped
                and name in self.components.get(section, {})
                and self.components[section][name] != value
            ]
            if not found:
                break
            for section, name in found:
                reported[(section, name)] = rewritten[section][name]
                if self.on_conflict == "rename":
                    renames[(section, name)] = self.new_name(section, name, fragment, components)
                else:
                    dropped.add((section, name))
        for section, name in sorted(reported):
            pointer = join_pointer("/components", section, name)
            if (section, name) in renames:
                resolution = f"this page's is kept as {renames[(section, name)]}"
            else:
                resolution = "kept the earlier page's"
            self.conflict(
                page,
                pointer,
                self.components[section][name],
                reported[(section, name)],
                resolution,
            )
        for section, entries in rewritten.items():
            if not isinstance(entries, dict):
                continue
            target = self.components.setdefault(section, {})
            for name, value in entries.items():
                if (section, name) in dropped:
                    continue
                final = renames.get((section, name)) or str(name)
                if final not in target:
                    target[final] = value
                    self.source[join_pointer("/components", section, final)] = page
        return renames

    def new_name(
        self, section: str, name: str, fragment: Fragment, components: dict[str, Any]
    ) -> str:
        taken = set(self.components.get(section, {})) | set(components.get(section) or {})
        base = name + pascal_case(fragment.title)
        candidate, counter = base, 2
        while candidate in taken:
            candidate, counter = f"{base}{counter}", counter + 1
        return candidate

    def add_path_item(self, page: str, kind: str, path: str, item: dict[str, Any]) -> None:
        merged = self.paths[kind]
        pointer = join_pointer("", kind, path)
        if path not in merged:
            merged[path] = item
            self.source[pointer] = page
            for method in METHODS:
                if method in item:
                    self.source[join_pointer(pointer, method)] = page
            return
        existing = merged[path]
        if existing.get("parameters") != item.get("parameters"):
            _push_down_parameters(existing)
            _push_down_parameters(item)
        for key, value in item.items():
            where = join_pointer(pointer, key)
            if key not in existing:
                existing[key] = value
                self.source[where] = page
            elif existing[key] != value:
                self.conflict(page, where, existing[key], value, "kept the earlier page's")

    def finish(self) -> None:
        """Operation ids must stay unique across pages: the client's method names use them."""
        seen: dict[str, str] = {}
        for kind in ("paths", "webhooks"):
            for path, item in sorted(self.paths[kind].items()):
                for method in METHODS:
                    operation = item.get(method)
                    if not isinstance(operation, dict):
                        continue
                    op_id = operation.get("operationId")
                    pointer = join_pointer("", kind, path, method)
                    if isinstance(op_id, str) and op_id in seen:
                        severity = (
                            Severity.ERROR if self.on_conflict == "fail" else Severity.WARNING
                        )
                        self.problems.append(
                            Diagnostic(
                                self.source.get(pointer, ""),
                                pointer + "/operationId",
                                f"operationId {op_id!r} is also used by {seen[op_id]}",
                                severity,
                            )
                        )
                    elif isinstance(op_id, str):
                        seen[op_id] = f"{method.upper()} {path}"

    # ------------------------------------------------------------ output

    def document(self) -> dict[str, Any]:
        """The merged document with a fixed key order, so the same input gives the same bytes."""
        result: dict[str, Any] = {}
        extras = sorted(k for k in self.top if k not in _TOP_ORDER)
        for key in (*_TOP_ORDER, *extras):
            if key in ("paths", "webhooks"):
                if self.paths[key]:
                    result[key] = {
                        path: _ordered_item(self.paths[key][path])
                        for path in sorted(self.paths[key])
                    }
            elif key == "components":
                if self.components:
                    sections = [s for s in _SECTION_ORDER if s in self.components]
                    sections += sorted(s for s in self.components if s not in _SECTION_ORDER)
                    result[key] = {
                        s: {n: self.components[s][n] for n in sorted(self.components[s])}
                        for s in sections
                    }
            elif key in self.top:
                result[key] = self.top[key]
        return result


def _ordered_item(item: dict[str, Any]) -> dict[str, Any]:
    known = [k for k in _ITEM_ORDER if k in item]
    return {k: item[k] for k in (*known, *sorted(k for k in item if k not in _ITEM_ORDER))}


def _parameter_key(param: Any) -> Any:
    if isinstance(param, dict) and "$ref" not in param:
        return (param.get("name"), param.get("in"))
    return repr(param)


def _push_down_parameters(item: dict[str, Any]) -> None:
    """Move path-level parameters into each operation (operation-level ones take precedence).

    Needed before two pages' versions of a path are combined: otherwise one page's
    path-level parameters would silently apply to the other page's operations.
    """
    shared = item.pop("parameters", None)
    if not isinstance(shared, list):
        return
    for method in METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        own = operation.get("parameters") or []
        keys = {_parameter_key(p) for p in own}
        inherited = [copy.deepcopy(p) for p in shared if _parameter_key(p) not in keys]
        operation["parameters"] = inherited + own


# ---------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    """Block style with indented lists, multi-line strings as ``|`` blocks, no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def to_yaml(extraction: Extraction, on_conflict: str) -> str:
    """The merged document as YAML, with a header naming its sources and resolutions."""
    pages = sorted({Path(f.page).name for f in extraction.fragments})
    lines = [f"# Extracted by `clientsmith extract` from {len(pages)} page(s): {', '.join(pages)}"]
    if extraction.pages_without_yaml:
        skipped = sorted(Path(p).name for p in extraction.pages_without_yaml)
        lines.append(f"# Pages without an OpenAPI block: {', '.join(skipped)}")
    if extraction.resolutions:
        lines.append(f"# Conflicts (--on-conflict={on_conflict}):")
        lines += [f"#   {r}" for r in extraction.resolutions]
    body = yaml.dump(
        extraction.document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return "\n".join(lines) + "\n" + body
