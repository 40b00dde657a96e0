"""Count what a spec defines and what a generated package contains.

A generator that gets fast by dropping things is not faster, so every timing comes
with a coverage count. The count is deliberately simple and independent of the
generator's naming code: operations are matched by the ``METHOD /path`` first line of
method docstrings, component schemas by their name with case and punctuation ignored
against the classes and type aliases of the models module(s). It can under-count a
schema whose class was renamed to avoid a collision; the JSON lists the misses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_OPERATION = re.compile(
    r'^\s*(?:r|R)?"""(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (/\S*)', re.MULTILINE
)
_MODEL_NAME = re.compile(r"^(?:class (\w+)|type (\w+)\b|(\w+)(?:: *TypeAlias)? *= )", re.MULTILINE)
_OPC_DROPPED = "Failure to process schema has resulted in the removal of:"


@dataclass
class SpecCounts:
    """What the spec defines: the things a complete client contains."""

    bytes: int = 0
    operations: set[tuple[str, str]] = field(default_factory=set)
    schemas: list[str] = field(default_factory=list)


def spec_counts(document: dict[str, Any], size: int) -> SpecCounts:
    """Operations (method, path) and component schema names of a loaded spec."""
    counts = SpecCounts(bytes=size)
    paths = document.get("paths")
    for route, item in paths.items() if isinstance(paths, dict) else ():
        if isinstance(item, dict):
            counts.operations |= {(m.upper(), route) for m in HTTP_METHODS if m in item}
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if schemas is None:
        schemas = document.get("definitions")  # Swagger 2.0
    counts.schemas = sorted(schemas) if isinstance(schemas, dict) else []
    return counts


def load_counts(path: Path) -> SpecCounts:
    return spec_counts(json.loads(path.read_bytes()), path.stat().st_size)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _named(key: str, names: set[str]) -> bool:
    """The schema's class, possibly renamed away from a reserved name (``PageModel``)."""
    return any(key + suffix in names for suffix in ("", "model", "schema", "1", "2"))


def package_dir(out: Path) -> Path | None:
    """The generated package: the first folder under ``out`` with an ``__init__.py``."""
    if not out.is_dir():
        return None
    return next((p for p in sorted(out.iterdir()) if (p / "__init__.py").is_file()), None)


def clientsmith_coverage(counts: SpecCounts, out: Path, log: str) -> dict[str, Any]:
    """Spec operations and component schemas found in a clientsmith package."""
    package = package_dir(out)
    operations: set[tuple[str, str]] = set()
    names: set[str] = set()
    for module in sorted(package.rglob("*.py")) if package else []:
        text = module.read_text(encoding="utf-8")
        operations |= set(_DOC_OPERATION.findall(text))
        if "models" in module.relative_to(out).parts or module.stem == "models":
            names |= {_norm(next(g for g in m if g)) for m in _MODEL_NAME.findall(text)}
    missing_schemas = [s for s in counts.schemas if not _named(_norm(s), names)]
    missing_ops = sorted(counts.operations - operations)
    return {
        "operations": len(counts.operations),
        "operations_present": len(counts.operations) - len(missing_ops),
        "schemas": len(counts.schemas),
        "schemas_present": len(counts.schemas) - len(missing_schemas),
        "left_out_diagnostics": sum(1 for line in log.splitlines() if "(left out:" in line),
        "missing_examples": [f"{m} {p}" for m, p in missing_ops[:10]] + missing_schemas[:10],
    }


def opc_dropped(log: str) -> int:
    """Component schemas openapi-python-client says it removed."""
    return log.count(_OPC_DROPPED)
