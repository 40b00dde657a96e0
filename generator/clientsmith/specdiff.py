"""Two versions of an API, compared through the IR, judged by what breaks client users.

The question is what breaks code written against the *generated client*, so things are
matched by their Python names (``client.<resource>.<method>``, model classes, fields,
keyword arguments), not by wire names or spec positions. Type changes are judged by
direction: a type that accepts less breaks callers where values go *in* (parameters,
request bodies, models used in them); a type that may hold more breaks callers where
values come *out* (responses and the models in them). Any other difference is reported
as a patch-level change, so nothing that changes the client goes unmentioned.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from . import ir
from .annotations import Annotator


class Level(enum.Enum):
    """How a change affects code written against the previous client."""

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    """Additions and relaxations: old code keeps working."""
    OTHER = "other"
    """Documentation, defaults, wire details: a patch release."""


_LEVEL_ORDER = {Level.BREAKING: 0, Level.NON_BREAKING: 1, Level.OTHER: 2}


@dataclass(frozen=True)
class Change:
    level: Level
    kind: str
    """A stable identifier such as ``operation-removed`` or ``field-required``."""
    subject: str
    """What changed, by its Python name: ``agents.get``, ``models.Agent.name``."""
    message: str

    def format(self) -> str:
        return f"{self.subject}: {self.message}"

    def as_json(self) -> dict[str, str]:
        return {
            "level": self.level.value,
            "kind": self.kind,
            "subject": self.subject,
            "message": self.message,
        }


@dataclass(frozen=True)
class Bump:
    """The suggested semantic-version bump for the client package."""

    part: str | None
    """``major``, ``minor``, ``patch``, or None when nothing changed."""
    current: str | None = None
    next: str | None = None

    def describe(self) -> str:
        """``minor: 0.1.0 -> 0.2.0 (below 1.0, …)``, or just the part without a version."""
        if self.part is None:
            return "none (no changes to the client)"
        if self.current is None or self.next is None:
            return self.part
        text = f"{self.part}: {self.current} -> {self.next}"
        if self.current.startswith("0."):
            text += " (below 1.0, breaking changes bump the minor number, others the patch)"
        return text


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    def of(self, level: Level) -> list[Change]:
        return [c for c in self.changes if c.level is level]

    @property
    def level(self) -> Level | None:
        """The most severe level present."""
        return min((c.level for c in self.changes), key=_LEVEL_ORDER.__getitem__, default=None)

    def bump(self, version: str | None = None) -> Bump:
        return suggest_bump(self.level, version)

    def as_json(self, version: str | None = None) -> dict[str, Any]:
        bump = self.bump(version)
        return {
            "bump": bump.part,
            "current_version": bump.current,
            "next_version": bump.next,
            "summary": {
                "breaking": len(self.of(Level.BREAKING)),
                "non_breaking": len(self.of(Level.NON_BREAKING)),
                "other": len(self.of(Level.OTHER)),
            },
            "changes": [c.as_json() for c in self.changes],
        }


SECTION_TITLES = {
    Level.BREAKING: "Breaking changes",
    Level.NON_BREAKING: "Non-breaking changes",
    Level.OTHER: "Other changes",
}

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse_version(version: str) -> tuple[int, int, int] | None:
    match = _VERSION.match(version)
    if match is None:
        return None
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def suggest_bump(level: Level | None, version: str | None = None) -> Bump:
    """Semver for the client package; in 0.x the minor number is the breaking-change number.

    From 1.0: breaking -> major, non-breaking -> minor, other -> patch. Below 1.0 (as Cargo
    and most Python projects treat it): breaking -> minor, anything else -> patch. A
    version that is not plain ``X.Y.Z`` gets the part but no next version.
    """
    if level is None:
        return Bump(None, version, version)
    parsed = parse_version(version) if version is not None else None
    zero = parsed is not None and parsed[0] == 0
    if level is Level.BREAKING:
        part = "minor" if zero else "major"
    elif level is Level.NON_BREAKING:
        part = "patch" if zero else "minor"
    else:
        part = "patch"
    if parsed is None:
        return Bump(part, version, None)
    major, minor, patch = parsed
    following = {
        "major": (major + 1, 0, 0),
        "minor": (major, minor + 1, 0),
        "patch": (major, minor, patch + 1),
    }[part]
    return Bump(part, version, ".".join(str(n) for n in following))


def format_text(report: Report, version: str | None = None, *, header: str | None = None) -> str:
    lines = [header] if header else []
    if not report.changes:
        lines.append("No changes to the client API.")
    for level in Level:
        changes = report.of(level)
        if changes:
            lines.append(f"{SECTION_TITLES[level]} ({len(changes)}):")
            lines.extend(f"  - {c.format()}" for c in changes)
    lines.append(f"Suggested bump: {report.bump(version).describe()}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- comparison

Relation = Literal["same", "narrower", "wider", "changed"]
Usage = frozenset[str]
_BOTH: Usage = frozenset({"input", "output"})


def compare(old: ir.Api, new: ir.Api) -> Report:
    """Every difference between two IRs that a client user could notice."""
    return _Comparison(old, new).run()


def _refs(expr: ir.TypeExpr | None) -> Iterator[str]:
    if isinstance(expr, ir.NamedType):
        yield expr.name
    elif isinstance(expr, ir.ArrayType):
        yield from _refs(expr.items)
    elif isinstance(expr, ir.MapType):
        yield from _refs(expr.values)
    elif isinstance(expr, ir.NullableType):
        yield from _refs(expr.inner)
    elif isinstance(expr, ir.UnionType):
        for variant in expr.variants:
            yield from _refs(variant)


def _definition_refs(item: ir.Definition) -> Iterator[str]:
    if isinstance(item, ir.ObjectModel):
        for prop in item.properties:
            yield from _refs(prop.type)
        yield from _refs(item.extra)
    elif isinstance(item, ir.UnionModel):
        for variant in item.variants:
            yield from _refs(variant)
    elif isinstance(item, ir.AliasModel):
        yield from _refs(item.target)


def operations(api: ir.Api) -> dict[str, ir.Operation]:
    """Operations by how users call them: ``resource.method``."""
    return {f"{op.resource}.{op.name}": op for op in api.operations}


def usage(api: ir.Api) -> dict[str, set[str]]:
    """Which definitions reach the server as input, which come back as output (or both)."""
    definitions = {d.name: d for d in api.definitions}
    found: dict[str, set[str]] = {}
    pending: list[tuple[str, str]] = []
    for op in operations(api).values():
        for param in op.parameters:
            pending += [(n, "input") for n in _refs(param.type)]
        if op.request_body is not None:
            pending += [(n, "input") for n in _refs(op.request_body.type)]
        for response in (*op.responses, *op.errors):
            pending += [(n, "output") for n in _refs(response.type)]
        if op.pagination is not None:
            pending += [(n, "output") for n in _refs(op.pagination.item_type)]
    for webhook in api.webhooks:  # received, like a response
        pending += [(n, "output") for n in _refs(webhook.payload)]
        if op.stream is not None:
            pending += [(n, "output") for n in _refs(op.stream.event_type)]
    while pending:
        name, direction = pending.pop()
        if direction in found.setdefault(name, set()):
            continue
        found[name].add(direction)
        if name in definitions:
            pending += [(n, direction) for n in _definition_refs(definitions[name])]
    return found


def _differing(old: Any, new: Any, skip: Iterable[str] = ()) -> list[str]:
    """Names of the dataclass fields that differ, except ``skip``."""
    skipped = {"origin", *skip}
    return [
        f.name
        for f in dataclasses.fields(old)
        if f.name not in skipped and getattr(old, f.name) != getattr(new, f.name)
    ]


def _all_but(item: Any, keep: tuple[str, ...]) -> tuple[str, ...]:
    """Every field name of a dataclass except ``keep`` (for ``_differing(skip=...)``)."""
    return tuple(f.name for f in dataclasses.fields(item) if f.name not in keep)


def _plural(items: list[str]) -> str:
    return ", ".join(i.replace("_", " ") for i in items)


class _Comparison:
    def __init__(self, old: ir.Api, new: ir.Api) -> None:
        self.old, self.new = old, new
        self.old_defs = {d.name: d for d in old.definitions}
        self.new_defs = {d.name: d for d in new.definitions}
        old_usage, new_usage = usage(old), usage(new)
        self.usage: dict[str, Usage] = {
            name: frozenset(old_usage.get(name, set()) | new_usage.get(name, set())) or _BOTH
            for name in set(self.old_defs) | set(self.new_defs)
        }
        self.changes: list[Change] = []

    def add(self, level: Level, kind: str, subject: str, message: str) -> None:
        self.changes.append(Change(level, kind, subject, message))

    def run(self) -> Report:
        self.package()
        self.client()
        self.operations()
        self.definitions()
        ordered = sorted(
            enumerate(self.changes), key=lambda pair: (_LEVEL_ORDER[pair[1].level], pair[0])
        )
        return Report(tuple(change for _, change in ordered))

    # ------------------------------------------------------------ package and client

    def package(self) -> None:
        old, new = self.old.package, self.new.package
        for field in ("import_name", "distribution", "client_class", "async_client_class"):
            before, after = getattr(old, field), getattr(new, field)
            if before != after:
                what = field.replace("_", " ")
                self.add(
                    Level.BREAKING, "package-renamed", "package", f"{what} {before} -> {after}"
                )
        other = _differing(
            old,
            new,
            skip=("version", "import_name", "distribution", "client_class", "async_client_class"),
        )
        if other:
            self.add(Level.OTHER, "package-changed", "package", f"{_plural(other)} changed")

    def client(self) -> None:
        old, new = self.old, self.new
        subject = new.package.client_class
        old_schemes = {s.key: s for s in old.security_schemes}
        new_schemes = {s.key: s for s in new.security_schemes}
        for key in sorted(set(old_schemes) | set(new_schemes)):
            before, after = old_schemes.get(key), new_schemes.get(key)
            if after is None:
                assert before is not None
                self.add(
                    Level.BREAKING,
                    "auth-removed",
                    subject,
                    f"authentication {key} (argument {before.argument}) removed",
                )
            elif before is None:
                self.add(
                    Level.NON_BREAKING,
                    "auth-added",
                    subject,
                    f"authentication {key} (argument {after.argument}) added",
                )
            elif (before.argument, before.env_var) != (after.argument, after.env_var):
                self.add(
                    Level.BREAKING,
                    "auth-renamed",
                    subject,
                    f"authentication {key}: argument/env {before.argument}/{before.env_var}"
                    f" -> {after.argument}/{after.env_var}",
                )
            elif set(before.arguments) - set(after.arguments):
                lost = sorted(set(before.arguments) - set(after.arguments))
                self.add(
                    Level.BREAKING,
                    "auth-renamed",
                    subject,
                    f"authentication {key}: argument(s) {', '.join(lost)} removed",
                )
            elif before != after:
                self.add(
                    Level.OTHER,
                    "auth-changed",
                    subject,
                    f"authentication {key}: {_plural(_differing(before, after))} changed",
                )
        old_options = {o.name: o for o in old.client_options}
        new_options = {o.name: o for o in new.client_options}
        for name in sorted(set(old_options) | set(new_options)):
            before_opt, after_opt = old_options.get(name), new_options.get(name)
            if after_opt is None:
                self.add(Level.BREAKING, "option-removed", subject, f"setting {name} removed")
            elif before_opt is None:
                self.add(Level.NON_BREAKING, "option-added", subject, f"setting {name} added")
            elif before_opt.env_var != after_opt.env_var:
                self.add(
                    Level.BREAKING,
                    "option-changed",
                    subject,
                    f"setting {name}: environment variable {before_opt.env_var}"
                    f" -> {after_opt.env_var}",
                )
            elif before_opt != after_opt:
                self.add(
                    Level.OTHER,
                    "option-changed",
                    subject,
                    f"setting {name}: {_plural(_differing(before_opt, after_opt))} changed",
                )
        other = _differing(
            old,
            new,
            skip=(
                "package",
                "security_schemes",
                "client_options",
                "definitions",
                "resources",
                "auth_required",
            ),
        )
        if other:
            shown = ["API version" if f == "version" else f for f in other]
            self.add(Level.OTHER, "api-changed", subject, f"{_plural(shown)} changed")

    # ------------------------------------------------------------ operations

    def operations(self) -> None:
        old_ops, new_ops = operations(self.old), operations(self.new)
        for key in sorted(set(old_ops) | set(new_ops)):
            before, after = old_ops.get(key), new_ops.get(key)
            if after is None:
                assert before is not None
                self.add(
                    Level.BREAKING,
                    "operation-removed",
                    key,
                    f"operation removed ({before.method.upper()} {before.path})",
                )
            elif before is None:
                self.add(
                    Level.NON_BREAKING,
                    "operation-added",
                    key,
                    f"operation added ({after.method.upper()} {after.path})",
                )
            else:
                self.operation(key, before, after)

    def operation(self, key: str, old: ir.Operation, new: ir.Operation) -> None:
        self.parameters(key, old, new)
        self.request_body(key, old.request_body, new.request_body)
        before = len(self.changes)
        self.returns(key, old, new)
        self.errors(key, old, new)
        responses = ("responses", "success", "errors")
        if len(self.changes) == before and _differing(old, new, skip=_all_but(old, responses)):
            self.add(Level.OTHER, "responses-changed", key, "response details changed")
        if new.deprecated and not old.deprecated:
            self.add(Level.NON_BREAKING, "operation-deprecated", key, "operation deprecated")
        self.stream(key, old.stream, new.stream)
        other = _differing(
            old,
            new,
            skip=(
                "parameters",
                "request_body",
                "responses",
                "success",
                "errors",
                "pagination",
                "deprecated",
                "name",
                "resource",
                "stream",
            ),
        )
        if "method" in other or "path" in other:
            self.add(
                Level.OTHER,
                "operation-moved",
                key,
                f"now calls {new.method.upper()} {new.path} (was {old.method.upper()} {old.path})",
            )
            other = [f for f in other if f not in ("method", "path")]
        if other:
            self.add(Level.OTHER, "operation-changed", key, f"{_plural(other)} changed")

    def stream(self, key: str, old: ir.StreamOption | None, new: ir.StreamOption | None) -> None:
        """The ``stream=True`` alternative to the JSON answer: added, removed or changed."""
        if old == new:
            return
        if old is None:
            assert new is not None
            self.add(Level.NON_BREAKING, "stream-added", key, f"{new.argument}=True streams events")
        elif new is None:
            self.add(Level.BREAKING, "stream-removed", key, f"{old.argument}=True is gone")
        elif old.argument != new.argument or old.switch != new.switch:
            self.add(
                Level.BREAKING,
                "stream-changed",
                key,
                f"now streams with {new.argument}=True (was {old.argument}=True)",
            )
        elif old.event_type is None or new.event_type is None:
            raw = "raw ServerSentEvent"
            shown = f"{self.show(old.event_type) if old.event_type else raw} -> " + (
                self.show(new.event_type) if new.event_type else raw
            )
            self.add(Level.BREAKING, "type-changed", key, f"stream event type changed: {shown}")
        else:
            self.type_change(key, "stream event", old.event_type, new.event_type, _OUTPUT)

    def parameters(self, key: str, old: ir.Operation, new: ir.Operation) -> None:
        old_params = {p.name: p for p in old.parameters}
        new_params = {p.name: p for p in new.parameters}
        for name in sorted(set(old_params) | set(new_params)):
            before, after = old_params.get(name), new_params.get(name)
            subject = f"{key}({name})"
            if after is None:
                self.add(Level.BREAKING, "parameter-removed", subject, "parameter removed")
                continue
            if before is None:
                if _python_required(after):
                    self.add(
                        Level.BREAKING,
                        "parameter-added-required",
                        subject,
                        "required parameter added",
                    )
                else:
                    self.add(
                        Level.NON_BREAKING,
                        "parameter-added",
                        subject,
                        "optional parameter added",
                    )
                continue
            found = False
            if _python_required(after) and not _python_required(before):
                self.add(Level.BREAKING, "parameter-required", subject, "parameter became required")
                found = True
            elif _python_required(before) and not _python_required(after):
                self.add(
                    Level.NON_BREAKING, "parameter-optional", subject, "parameter became optional"
                )
                found = True
            found |= self.type_change(subject, "parameter", before.type, after.type, _INPUT)
            if after.deprecated and not before.deprecated:
                self.add(Level.NON_BREAKING, "parameter-deprecated", subject, "deprecated")
                found = True
            other = _differing(before, after, skip=("type", "required", "deprecated", "name"))
            if other:
                self.add(Level.OTHER, "parameter-changed", subject, f"{_plural(other)} changed")
            elif not found and before != after:
                self.add(Level.OTHER, "parameter-changed", subject, "details changed")

    def request_body(
        self, key: str, old: ir.RequestBody | None, new: ir.RequestBody | None
    ) -> None:
        subject = f"{key}(body)"
        if old is None and new is None:
            return
        if new is None:
            self.add(Level.BREAKING, "body-removed", subject, "request body removed")
            return
        if old is None:
            if new.required:
                self.add(
                    Level.BREAKING, "body-added-required", subject, "required request body added"
                )
            else:
                self.add(Level.NON_BREAKING, "body-added", subject, "optional request body added")
            return
        if new.required and not old.required:
            self.add(Level.BREAKING, "body-required", subject, "request body became required")
        elif old.required and not new.required:
            self.add(Level.NON_BREAKING, "body-optional", subject, "request body became optional")
        self.type_change(subject, "request body", old.type, new.type, _INPUT)
        # keyword arguments follow the body model's properties, compared with the models
        other = _differing(
            old, new, skip=("type", "required", "fields", "example", "file_fields", "part_types")
        )
        if other:
            self.add(Level.OTHER, "body-changed", subject, f"{_plural(other)} changed")

    def returns(self, key: str, old: ir.Operation, new: ir.Operation) -> None:
        old_page, new_page = old.pagination, new.pagination
        if (old_page is None) != (new_page is None):
            self.add(
                Level.BREAKING,
                "response-type-changed",
                key,
                "now returns a page iterator" if new_page else "no longer returns a page iterator",
            )
            return
        if old_page is not None and new_page is not None:
            self.type_change(key, "page item", old_page.item_type, new_page.item_type, _OUTPUT)
            other = _differing(old_page, new_page, skip=("item_type",))
            if other:
                self.add(
                    Level.OTHER, "pagination-changed", key, f"pagination {_plural(other)} changed"
                )
            return
        old_type = old.success.type if old.success else None
        new_type = new.success.type if new.success else None
        if old_type is None and new_type is None:
            return
        if old_type is None or new_type is None:
            self.add(
                Level.BREAKING,
                "response-type-changed",
                key,
                f"response type changed: {self.show(old_type)} -> {self.show(new_type)}",
            )
            return
        relation = self.relate(old_type, new_type)
        if relation == "narrower":
            self.add(
                Level.NON_BREAKING,
                "response-type-narrowed",
                key,
                f"response type narrowed: {self.show(old_type)} -> {self.show(new_type)}",
            )
        elif relation != "same":
            self.add(
                Level.BREAKING,
                "response-type-changed",
                key,
                f"response type changed: {self.show(old_type)} -> {self.show(new_type)}",
            )

    def errors(self, key: str, old: ir.Operation, new: ir.Operation) -> None:
        old_errors = {r.status: r for r in old.errors}
        new_errors = {r.status: r for r in new.errors}
        for status in sorted(set(old_errors) | set(new_errors)):
            before, after = old_errors.get(status), new_errors.get(status)
            if after is None:
                self.add(Level.OTHER, "error-removed", key, f"error {status} no longer documented")
            elif before is None:
                self.add(Level.NON_BREAKING, "error-added", key, f"error {status} documented")
            elif self.relate(before.type, after.type) not in ("same", "narrower"):
                self.add(
                    Level.BREAKING,
                    "error-type-changed",
                    key,
                    f"error {status} body: {self.show(before.type)} -> {self.show(after.type)}",
                )

    # ------------------------------------------------------------ definitions

    def definitions(self) -> None:
        for name in sorted(set(self.old_defs) | set(self.new_defs)):
            before, after = self.old_defs.get(name), self.new_defs.get(name)
            subject = f"models.{name}"
            if after is None:
                self.add(Level.BREAKING, "model-removed", subject, "model removed")
            elif before is None:
                self.add(Level.NON_BREAKING, "model-added", subject, "model added")
            elif type(before) is not type(after):
                old_values, new_values = _enum_values(before), _enum_values(after)
                if old_values is not None and new_values is not None:
                    # A one-value enum is a Literal alias in the IR; compare the values.
                    self.enum_values(subject, old_values, new_values)
                else:
                    self.add(
                        Level.BREAKING,
                        "model-kind-changed",
                        subject,
                        f"{_kind(before)} became {_kind(after)}",
                    )
            else:
                self.definition(subject, before, after, self.usage[name])

    def definition(self, subject: str, old: ir.Definition, new: ir.Definition, use: Usage) -> None:
        if isinstance(old, ir.ObjectModel) and isinstance(new, ir.ObjectModel):
            self.object_model(subject, old, new, use)
            skip: tuple[str, ...] = ("properties", "name")
        elif isinstance(old, ir.EnumModel) and isinstance(new, ir.EnumModel):
            self.enum_model(subject, old, new)
            skip = ("members", "name", "value_kind")
        elif isinstance(old, ir.UnionModel) and isinstance(new, ir.UnionModel):
            self.type_change(
                subject, "union", ir.UnionType(old.variants), ir.UnionType(new.variants), use
            )
            skip = ("variants", "name")
        elif isinstance(old, ir.AliasModel) and isinstance(new, ir.AliasModel):
            self.type_change(subject, "type", old.target, new.target, use)
            skip = ("target", "name")
        else:  # pragma: no cover - kinds are checked by the caller
            return
        if getattr(new, "deprecated", False) and not getattr(old, "deprecated", False):
            self.add(Level.NON_BREAKING, "model-deprecated", subject, "deprecated")
        other = _differing(old, new, skip=(*skip, "deprecated"))
        if other:
            self.add(Level.OTHER, "model-changed", subject, f"{_plural(other)} changed")

    def object_model(
        self, subject: str, old: ir.ObjectModel, new: ir.ObjectModel, use: Usage
    ) -> None:
        old_props = {p.name: p for p in old.properties}
        new_props = {p.name: p for p in new.properties}
        for name in sorted(set(old_props) | set(new_props)):
            before, after = old_props.get(name), new_props.get(name)
            where = f"{subject}.{name}"
            if after is None:
                self.add(Level.BREAKING, "field-removed", where, "field removed")
                continue
            if before is None:
                if after.required and "input" in use:
                    self.add(
                        Level.BREAKING,
                        "field-added-required",
                        where,
                        "required field added to a model callers send",
                    )
                else:
                    state = "required" if after.required else "optional"
                    self.add(Level.NON_BREAKING, "field-added", where, f"{state} field added")
                continue
            found = False
            if after.required and not before.required:
                found = True
                if "input" in use:
                    self.add(Level.BREAKING, "field-required", where, "field became required")
                else:
                    self.add(
                        Level.NON_BREAKING,
                        "field-required",
                        where,
                        "field became required (only in responses: now always present)",
                    )
            elif before.required and not after.required:
                found = True
                if "output" in use:
                    self.add(
                        Level.BREAKING,
                        "field-optional",
                        where,
                        "field became optional (responses may now omit it)",
                    )
                else:
                    self.add(Level.NON_BREAKING, "field-optional", where, "field became optional")
            found |= self.type_change(where, "field", before.type, after.type, use)
            if after.deprecated and not before.deprecated:
                self.add(Level.NON_BREAKING, "field-deprecated", where, "deprecated")
                found = True
            other = _differing(before, after, skip=("type", "required", "deprecated", "name"))
            if other:
                self.add(Level.OTHER, "field-changed", where, f"{_plural(other)} changed")
            elif not found and before != after:
                self.add(Level.OTHER, "field-changed", where, "details changed")

    def enum_values(self, subject: str, old: list[Any], new: list[Any]) -> None:
        old_keys, new_keys = {_key(v): v for v in old}, {_key(v): v for v in new}
        for key in sorted(set(old_keys) - set(new_keys)):
            self.add(
                Level.BREAKING,
                "enum-value-removed",
                subject,
                f"enum value {old_keys[key]!r} removed",
            )
        for key in sorted(set(new_keys) - set(old_keys)):
            self.add(
                Level.NON_BREAKING,
                "enum-value-added",
                subject,
                f"enum value {new_keys[key]!r} added",
            )

    def enum_model(self, subject: str, old: ir.EnumModel, new: ir.EnumModel) -> None:
        if old.value_kind != new.value_kind:
            self.add(
                Level.BREAKING,
                "enum-kind-changed",
                subject,
                f"values are now {new.value_kind} (were {old.value_kind})",
            )
        old_members = {_key(m.value): m for m in old.members}
        new_members = {_key(m.value): m for m in new.members}
        for value_key in sorted(set(old_members) | set(new_members)):
            before, after = old_members.get(value_key), new_members.get(value_key)
            if after is None:
                assert before is not None
                self.add(
                    Level.BREAKING,
                    "enum-value-removed",
                    subject,
                    f"enum value {before.value!r} ({before.name}) removed",
                )
            elif before is None:
                self.add(
                    Level.NON_BREAKING,
                    "enum-value-added",
                    subject,
                    f"enum value {after.value!r} ({after.name}) added",
                )
            elif before.name != after.name:
                self.add(
                    Level.BREAKING,
                    "enum-member-renamed",
                    subject,
                    f"member for {after.value!r} renamed {before.name} -> {after.name}",
                )
            elif before != after:
                self.add(
                    Level.OTHER, "enum-value-changed", subject, f"{before.name}: details changed"
                )

    # ------------------------------------------------------------ types

    def type_change(
        self, subject: str, what: str, old: ir.TypeExpr, new: ir.TypeExpr, use: Usage
    ) -> bool:
        """Record a type change judged by direction; return whether there was one."""
        relation = self.relate(old, new)
        if relation == "same":
            return False
        shown = f"{self.show(old)} -> {self.show(new)}"
        if relation == "changed":
            self.add(Level.BREAKING, "type-changed", subject, f"{what} type changed: {shown}")
        elif relation == "narrower":
            level = Level.BREAKING if "input" in use else Level.NON_BREAKING
            note = "" if level is Level.BREAKING else " (only in responses)"
            self.add(level, "type-narrowed", subject, f"{what} type narrowed{note}: {shown}")
        else:
            level = Level.BREAKING if "output" in use else Level.NON_BREAKING
            note = " (responses may hold more)" if level is Level.BREAKING else ""
            self.add(level, "type-widened", subject, f"{what} type widened{note}: {shown}")
        return True

    def show(self, expr: ir.TypeExpr | None) -> str:
        return Annotator("models", {**self.old_defs, **self.new_defs})(expr)

    def relate(self, old: ir.TypeExpr | None, new: ir.TypeExpr | None) -> Relation:
        """How the set of values ``new`` allows compares with ``old``'s."""
        if old == new:
            return "same"
        if old is None or new is None:
            return "changed"
        if isinstance(old, ir.NullableType) and isinstance(new, ir.NullableType):
            return self.relate(old.inner, new.inner)
        if isinstance(old, ir.NullableType):
            return "narrower" if self.relate(old.inner, new) in ("same", "narrower") else "changed"
        if isinstance(new, ir.NullableType):
            return "wider" if self.relate(old, new.inner) in ("same", "wider") else "changed"
        if isinstance(old, ir.UnionType) or isinstance(new, ir.UnionType):
            return self._relate_alternatives(old, new)
        if isinstance(old, ir.ArrayType) and isinstance(new, ir.ArrayType):
            return self.relate(old.items, new.items)
        if isinstance(old, ir.MapType) and isinstance(new, ir.MapType):
            return self.relate(old.values, new.values)
        if isinstance(old, ir.PrimitiveType) and isinstance(new, ir.PrimitiveType):
            return self._relate_primitives(old, new)
        if isinstance(new, ir.LiteralType) and self._value_fits(new.value, old):
            return "narrower"
        if isinstance(old, ir.LiteralType) and self._value_fits(old.value, new):
            return "wider"
        if isinstance(old, ir.PrimitiveType) and self._enum_of(new, old):
            return "narrower"
        if isinstance(new, ir.PrimitiveType) and self._enum_of(old, new):
            return "wider"
        return "changed"

    def _relate_alternatives(self, old: ir.TypeExpr, new: ir.TypeExpr) -> Relation:
        old_alts: list[ir.TypeExpr] = list(old.variants) if isinstance(old, ir.UnionType) else [old]
        new_alts: list[ir.TypeExpr] = list(new.variants) if isinstance(new, ir.UnionType) else [new]

        def covered(alt: ir.TypeExpr, by: list[ir.TypeExpr], ok: tuple[str, ...]) -> bool:
            return any(self.relate(other, alt) in ok for other in by)

        narrower = all(covered(a, old_alts, ("same", "narrower")) for a in new_alts)
        wider = all(covered(a, new_alts, ("same", "narrower")) for a in old_alts)
        if narrower and wider:
            return "same"
        if narrower:
            return "narrower"
        if wider:
            return "wider"
        return "changed"

    def _relate_primitives(self, old: ir.PrimitiveType, new: ir.PrimitiveType) -> Relation:
        if old.kind == new.kind:
            same_python = self.show(old) == self.show(new)
            return "same" if same_python else "changed"
        if old.kind == "any":
            return "narrower"
        if new.kind == "any":
            return "wider"
        if (old.kind, new.kind) == ("integer", "number"):
            return "wider"
        if (old.kind, new.kind) == ("number", "integer"):
            return "narrower"
        return "changed"

    def _value_fits(self, value: Any, expr: ir.TypeExpr) -> bool:
        if not isinstance(expr, ir.PrimitiveType):
            return False
        if expr.kind == "any":
            return True
        if isinstance(value, bool):
            return expr.kind == "boolean"
        if isinstance(value, int):
            return expr.kind in ("integer", "number")
        if isinstance(value, float):
            return expr.kind == "number"
        if isinstance(value, str):
            return expr.kind == "string" and expr.format is None
        return False

    def _enum_of(self, expr: ir.TypeExpr, primitive: ir.PrimitiveType) -> bool:
        """Whether ``expr`` names an enum whose values are all of ``primitive``'s kind."""
        if not isinstance(expr, ir.NamedType):
            return False
        definition = self.new_defs.get(expr.name) or self.old_defs.get(expr.name)
        if not isinstance(definition, ir.EnumModel):
            return False
        return all(self._value_fits(m.value, primitive) for m in definition.members)


_INPUT: Usage = frozenset({"input"})
_OUTPUT: Usage = frozenset({"output"})


def _python_required(param: ir.Parameter) -> bool:
    """Required in the method signature: client-level headers are always optional there."""
    return param.required and param.client_option is None


def _key(value: Any) -> str:
    return f"{type(value).__name__}:{value!r}"


def _enum_values(item: ir.Definition) -> list[Any] | None:
    """The allowed values of an enum, or of a Literal alias (a one-value enum), else None."""
    if isinstance(item, ir.EnumModel):
        return [m.value for m in item.members]
    if isinstance(item, ir.AliasModel):
        target = item.target
        variants = target.variants if isinstance(target, ir.UnionType) else (target,)
        if all(isinstance(v, ir.LiteralType) for v in variants):
            return [v.value for v in variants if isinstance(v, ir.LiteralType)]
    return None


def _kind(item: ir.Definition) -> str:
    return {
        "ObjectModel": "object model",
        "EnumModel": "enum",
        "UnionModel": "union",
        "AliasModel": "type alias",
    }[type(item).__name__]
