"""`clientsmith diff`: one fixture pair per kind of change, classified through the IR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from clientsmith import specdiff
from clientsmith.config import default_config
from clientsmith.pipeline import build_ir, provider_config
from clientsmith.specdiff import Level

from .conftest import FIXTURES, SPECS, run_cli

DIFF = FIXTURES / "diff"
BASE = DIFF / "base.yaml"

B, N, O = Level.BREAKING, Level.NON_BREAKING, Level.OTHER

# fixture -> the only change it may report: (level, kind, subject)
CASES = {
    "operation_removed": (B, "operation-removed", "agents.delete"),
    "field_removed": (B, "field-removed", "models.Agent.description"),
    "field_required": (B, "field-required", "models.AgentCreate.region"),
    "type_narrowed": (B, "type-narrowed", "agents.list(limit)"),
    "enum_value_removed": (B, "enum-value-removed", "models.Status"),
    "parameter_added_required": (B, "parameter-added-required", "agents.list(project)"),
    "response_type_changed": (B, "response-type-changed", "agents.retrieve"),
    "response_field_widened": (B, "type-widened", "models.Agent.name"),
    "operation_added": (N, "operation-added", "agents.pause"),
    "field_added": (N, "field-added", "models.Agent.created_at"),
    "parameter_added_optional": (N, "parameter-added", "agents.list(status)"),
    "enum_value_added": (N, "enum-value-added", "models.Status"),
    "response_field_required": (N, "field-required", "models.Agent.status"),
    "stream_added": (N, "stream-added", "agents.retrieve"),
    "description_changed": (O, "field-changed", "models.Agent.description"),
}


def _report(old: Path, new: Path) -> specdiff.Report:
    config = default_config("fixture")
    before, _ = build_ir(old, config, check=False)
    after, _ = build_ir(new, config, check=False)
    return specdiff.compare(before, after)


def test_every_fixture_is_a_case() -> None:
    assert {p.stem for p in DIFF.glob("*.yaml")} - {"base"} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_pair_reports_exactly_its_change(name: str) -> None:
    report = _report(BASE, DIFF / f"{name}.yaml")
    assert [(c.level, c.kind, c.subject) for c in report.changes] == [CASES[name]]
    part = {B: "major", N: "minor", O: "patch"}[CASES[name][0]]
    assert report.bump("1.2.3").part == part


def test_a_stream_option_removed_is_breaking() -> None:
    report = _report(DIFF / "stream_added.yaml", BASE)
    assert [(c.level, c.kind, c.subject) for c in report.changes] == [
        (B, "stream-removed", "agents.retrieve")
    ]


def test_identical_specs_have_no_changes_and_no_bump(tmp_path: Path) -> None:
    document = yaml.safe_load(BASE.read_text())
    reordered = tmp_path / "reordered.yaml"
    reordered.write_text(yaml.safe_dump(dict(reversed(list(document.items()))), sort_keys=False))
    report = _report(BASE, reordered)
    assert report.changes == ()
    assert report.bump("1.2.3") == specdiff.Bump(None, "1.2.3", "1.2.3")


@pytest.mark.parametrize(
    ("level", "version", "part", "following"),
    [
        (B, "1.2.3", "major", "2.0.0"),
        (N, "1.2.3", "minor", "1.3.0"),
        (O, "1.2.3", "patch", "1.2.4"),
        (B, "0.4.1", "minor", "0.5.0"),
        (N, "0.4.1", "patch", "0.4.2"),
        (O, "0.4.1", "patch", "0.4.2"),
        (B, "2.0.0rc1", "major", None),
    ],
)
def test_semver_rules(level: Level, version: str, part: str, following: str | None) -> None:
    bump = specdiff.suggest_bump(level, version)
    assert (bump.part, bump.next) == (part, following)


def test_cli_text_lists_breaking_and_non_breaking_and_suggests_the_bump(tmp_path: Path) -> None:
    document = yaml.safe_load((DIFF / "operation_removed.yaml").read_text())
    schemas = document["components"]["schemas"]
    schemas["Agent"]["properties"]["created_at"] = {"type": "string", "format": "date-time"}
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(document))
    result = run_cli("diff", str(BASE), str(new), "--package-version", "0.3.0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "Breaking changes (1):",
        "  - agents.delete: operation removed (DELETE /agents/{agent_id})",
        "Non-breaking changes (1):",
        "  - models.Agent.created_at: optional field added",
        (
            "Suggested bump: minor: 0.3.0 -> 0.4.0 (below 1.0, breaking changes bump the minor"
            " number, others the patch)"
        ),
    ]


def test_cli_json(tmp_path: Path) -> None:
    result = run_cli("diff", str(BASE), str(DIFF / "type_narrowed.yaml"), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["bump"] == "major"
    assert data["summary"] == {"breaking": 1, "non_breaking": 0, "other": 0}
    assert data["changes"] == [
        {
            "level": "breaking",
            "kind": "type-narrowed",
            "subject": "agents.list(limit)",
            "message": "parameter type narrowed: float -> int",
        }
    ]
    unchanged = run_cli("diff", str(BASE), str(BASE), "--format", "json")
    assert json.loads(unchanged.stdout)["bump"] is None


def test_cli_invalid_input_is_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [")
    result = run_cli("diff", str(BASE), str(broken))
    assert result.returncode == 2
    assert "broken.yaml: /: not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_value_enum_collapsing_to_a_literal_is_still_an_enum_change(tmp_path: Path) -> None:
    """Cartesia's single-value `Cartesia-Version` enum is a Literal alias in the IR."""
    document = yaml.safe_load(BASE.read_text())
    document["components"]["schemas"]["Status"]["enum"] = ["active"]
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(document))
    report = _report(BASE, new)
    assert [(c.kind, c.message) for c in report.changes] == [
        ("enum-value-removed", "enum value 'archived' removed"),
        ("enum-value-removed", "enum value 'paused' removed"),
    ]


def test_provider_config_changes_count_too(tmp_path: Path) -> None:
    """Renaming a method in clientsmith.toml breaks callers although the spec is unchanged."""
    shutil.copytree(SPECS / "pipecat", tmp_path / "pipecat")
    before = provider_config(tmp_path, "pipecat")
    config_file = tmp_path / "pipecat" / "clientsmith.toml"
    config_file.write_text(config_file.read_text().replace('name = "list"', 'name = "all"', 1))
    after = provider_config(tmp_path, "pipecat")
    assert before.spec_file is not None and after.spec_file is not None
    old, _ = build_ir(before.spec_file, before, check=False)
    new, _ = build_ir(after.spec_file, after, check=False)
    kinds = [(c.kind, c.subject) for c in specdiff.compare(old, new).changes]
    assert kinds == [("operation-removed", "agents.list"), ("operation-added", "agents.all")]
