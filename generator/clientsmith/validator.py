"""Strict checks of a loaded spec against the OpenAPI schema, as diagnostics.

The structural check is openapi-spec-validator's; before it we check every
``$ref`` ourselves, because a dangling or escaping ref must be reported with
its JSON pointer rather than crash the third-party validator.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Severity, join_pointer
from .loader import Spec

_MAX_DEPTH = 2_000


def _walk_refs(node: Any, pointer: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (pointer, ref) for every ``$ref`` in a document, iteratively bounded.

    Paths are kept as linked tuples and joined into pointers only for the refs found:
    large specs have hundreds of thousands of nodes and a few thousand refs.
    """
    stack: list[tuple[Any, tuple[Any, ...] | None, int]] = [(node, None, depth)]
    while stack:
        current, path, level = stack.pop()
        if level > _MAX_DEPTH:
            continue
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield join_pointer(pointer, *_tokens(path), "$ref"), ref
            for key, value in reversed(current.items()):
                if isinstance(value, (dict, list)) and (
                    level == 0 or key not in ("example", "examples", "x-examples")
                ):
                    stack.append((value, (path, key), level + 1))
        elif isinstance(current, list):
            for index in range(len(current) - 1, -1, -1):
                if isinstance(current[index], (dict, list)):
                    stack.append((current[index], (path, index), level + 1))


def _tokens(path: tuple[Any, ...] | None) -> list[str | int]:
    tokens: list[str | int] = []
    while path is not None:
        path, token = path
        tokens.append(token)
    return tokens[::-1]


def check_refs(spec: Spec) -> list[Diagnostic]:
    """Every ``$ref`` in the root file and the files it reaches must resolve."""
    problems: list[Diagnostic] = []
    pending: list[Path] = [spec.path]
    visited: set[Path] = set()
    while pending:
        path = pending.pop()
        if path in visited:
            continue
        visited.add(path)
        shown = spec.display(path)
        for pointer, ref in _walk_refs(spec.source_document(path), ""):
            try:
                _, location = spec.resolve(ref, path)
            except ValueError as exc:
                problems.append(Diagnostic(shown, pointer, str(exc)))
                continue
            if location.file != path:
                pending.append(location.file)
    return problems


def _validator_class(document: dict[str, Any]) -> Any:
    import openapi_spec_validator as osv

    version = str(document.get("openapi") or document.get("swagger") or "")
    if version.startswith("2"):
        return osv.OpenAPIV2SpecValidator
    if version.startswith("3.0"):
        return osv.OpenAPIV30SpecValidator
    if version.startswith("3.2"):
        return getattr(osv, "OpenAPIV32SpecValidator", osv.OpenAPIV31SpecValidator)
    return osv.OpenAPIV31SpecValidator


def _pointer_of(error: Any) -> str:
    path = getattr(error, "absolute_path", None) or getattr(error, "path", None) or []
    return join_pointer("", *path)


def check_schema(spec: Spec) -> list[Diagnostic]:
    """Run openapi-spec-validator and turn each of its errors into a diagnostic."""
    shown = spec.display(spec.path)
    document = spec.source
    version = document.get("openapi", document.get("swagger"))
    if not isinstance(version, str):
        return [Diagnostic(shown, "/openapi", "missing or non-string 'openapi' version field")]
    validator = _validator_class(document)(document, base_uri=spec.path.as_uri())
    problems: list[Diagnostic] = []
    try:
        with warnings.catch_warnings():
            # a spec's odd regex makes `re` warn from inside the validator: not our output
            warnings.simplefilter("ignore")
            for error in validator.iter_errors():
                message = str(getattr(error, "message", error)).strip().split("\n", 1)[0]
                problems.append(Diagnostic(shown, _pointer_of(error), message))
    except RecursionError:
        problems.append(Diagnostic(shown, "", "schema nesting is too deep to validate"))
    except Exception as exc:  # noqa: BLE001 - the third-party validator can fail on odd input
        problems.append(Diagnostic(shown, "", f"validator could not finish: {exc}"[:500]))
    return problems


def validate(spec: Spec) -> list[Diagnostic]:
    """All problems in the spec, refs first, each as an error."""
    ref_problems = check_refs(spec)
    if ref_problems:
        return ref_problems
    return check_schema(spec)


MAX_ADVISORY_BYTES = 1_000_000
"""``generate`` skips the schema check above this size: openapi-spec-validator takes
about 15 s per MB (Stripe's 2.5 MB: 40 s), for warnings that change nothing generated."""


def check_structure(spec: Spec) -> list[Diagnostic]:
    """The document against the OpenAPI meta-schema only, compiled by jsonschema-rs.

    Milliseconds even for 20 MB specs; it leaves out openapi-spec-validator's semantic
    checks (defaults and examples against their schemas, path parameters…).
    """
    try:
        import jsonschema_rs
        from openapi_spec_validator import schemas
    except ImportError:  # no wheel for this platform: fall back to the full check
        return check_schema(spec)
    document = spec.source  # as written: a Swagger 2.0 file against the 2.0 schema
    version = str(document.get("openapi") or document.get("swagger") or "")
    meta = {"2": schemas.schema_v2, "3.0": schemas.schema_v30}.get(
        version[:3] if version.startswith("3.0") else version[:1], schemas.schema_v31
    )
    validator = jsonschema_rs.validator_for(dict(meta))
    shown = spec.display(spec.path)
    return [
        Diagnostic(shown, join_pointer("", *error.instance_path), error.message[:500])
        for error in validator.iter_errors(document)
    ]


def advisory(spec: Spec) -> list[Diagnostic]:
    """The problems ``generate`` reports as warnings: all of them for specs of normal size;
    for larger ones refs and the meta-schema, with a note that ``validate`` does the rest."""
    size = spec.path.stat().st_size
    if size <= MAX_ADVISORY_BYTES:
        return as_warnings(validate(spec))
    note = Diagnostic(
        spec.display(spec.path),
        "",
        f"semantic checks skipped for a {size / 1e6:.1f} MB spec; `clientsmith validate` runs them",
        Severity.WARNING,
    )
    structural = check_refs(spec) or check_structure(spec)
    return [*as_warnings(structural), note]


def as_warnings(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [
        Diagnostic(d.file, d.pointer, d.message, Severity.WARNING, d.omitted) for d in diagnostics
    ]
