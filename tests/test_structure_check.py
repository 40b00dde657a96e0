"""generate's fast meta-schema check for large specs still names problems by pointer."""

from __future__ import annotations

from pathlib import Path

import pytest
from clientsmith import validator
from clientsmith.diagnostics import Severity
from clientsmith.loader import load_spec

from .conftest import minimal_spec, write_spec


def test_large_specs_get_the_meta_schema_check(
    spec_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = minimal_spec(Thing={"type": "object", "properties": {"x": {"type": "string"}}})
    document["paths"]["/thing"]["get"]["responses"]["200"]["description"] = 42
    spec = load_spec(write_spec(spec_dir, document))
    monkeypatch.setattr(validator, "MAX_ADVISORY_BYTES", 10)
    problems = validator.advisory(spec)
    assert all(p.severity is Severity.WARNING for p in problems)
    pointers = [p.pointer for p in problems]
    assert "/paths/~1thing/get/responses/200/description" in pointers
    assert any("semantic checks skipped" in p.message for p in problems)


def test_the_meta_schema_check_accepts_valid_specs(spec_dir: Path) -> None:
    document = minimal_spec(Thing={"type": "object", "properties": {"x": {"type": "string"}}})
    assert validator.check_structure(load_spec(write_spec(spec_dir, document))) == []
