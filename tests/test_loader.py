"""Loading YAML/JSON safely and resolving $refs across files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clientsmith.diagnostics import SpecError
from clientsmith.loader import Location, load_spec, parse_text

from .conftest import FIXTURES


def test_yaml_keeps_dates_and_yes_as_strings() -> None:
    data = parse_text("a: 2026-03-01\nb: on\nc: true\n200: x\n", "t.yaml")
    assert data == {"a": "2026-03-01", "b": "on", "c": True, "200": "x"}


def test_json_documents_are_read_as_json() -> None:
    assert parse_text(json.dumps({"openapi": "3.1.0"}), "t.json") == {"openapi": "3.1.0"}


def test_invalid_yaml_names_line_and_column() -> None:
    with pytest.raises(SpecError) as caught:
        parse_text("a: [1, 2\nb: 3\n", "bad.yaml")
    assert "bad.yaml" in str(caught.value)
    assert "line" in str(caught.value)


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 1000) + "]")
    with pytest.raises(SpecError, match="aliases"):
        parse_text("\n".join(lines), "bomb.yaml")


def test_non_mapping_document_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- 1\n- 2\n")
    with pytest.raises(SpecError, match="must be a mapping"):
        load_spec(path)


def test_relative_file_refs_resolve() -> None:
    spec = load_spec(FIXTURES / "petstore.yaml")
    node, location = spec.resolve("./schemas.yaml#/Pet", spec.path)
    assert node["required"] == ["id", "kind"]
    assert location == Location((FIXTURES / "schemas.yaml").resolve(), "/Pet")


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("../../etc/passwd", "outside the spec's folder"),
        ("https://example.com/spec.yaml#/x", "remote reference"),
        ("#/components/schemas/Missing", "does not resolve"),
        ("missing.yaml#/x", "does not exist"),
    ],
)
def test_bad_refs_are_refused(ref: str, message: str) -> None:
    spec = load_spec(FIXTURES / "petstore.yaml")
    with pytest.raises(ValueError, match=message):
        spec.resolve(ref, spec.path)


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientsmith import loader

    monkeypatch.setattr(loader, "MAX_SPEC_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text("openapi: 3.1.0\n" + "x: " + "y" * 200 + "\n")
    with pytest.raises(SpecError, match="limit"):
        load_spec(path)
