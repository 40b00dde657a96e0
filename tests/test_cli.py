"""The command line: exit codes, diagnostics with JSON pointers, no tracebacks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from .conftest import FIXTURES, SPECS, run_cli


def test_help_lists_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("generate", "check", "validate", "ir"):
        assert command in result.stdout


def test_validate_accepts_every_provider_spec() -> None:
    for spec in sorted(SPECS.glob("*/openapi.yaml")):
        result = run_cli("validate", str(spec))
        assert result.returncode == 0, result.stderr


def test_validate_reports_a_broken_copy_with_a_pointer(tmp_path: Path) -> None:
    document = yaml.safe_load((SPECS / "anthropic" / "openapi.yaml").read_text())
    document["paths"]["/v1/deployments"]["get"]["parameters"][0]["in"] = "nowhere"
    del document["info"]["version"]
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(document))
    result = run_cli("validate", str(broken))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    info_line = next(line for line in result.stderr.splitlines() if "openapi.yaml: /info: " in line)
    assert "version" in info_line and "required" in info_line
    assert "/paths/~1v1~1deployments/get/parameters/0" in result.stderr


def test_validate_reports_dangling_refs_with_pointer(tmp_path: Path) -> None:
    document = yaml.safe_load((FIXTURES / "petstore.yaml").read_text())
    document["paths"]["/pets"]["get"]["responses"]["default"]["content"]["application/json"][
        "schema"
    ] = {"$ref": "#/components/schemas/Nope"}
    shutil.copy(FIXTURES / "schemas.yaml", tmp_path / "schemas.yaml")
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(document))
    result = run_cli("validate", str(tmp_path / "openapi.yaml"))
    assert result.returncode == 2
    assert (
        "/paths/~1pets/get/responses/default/content/application~1json/schema/$ref" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_generate_is_lenient_and_names_what_it_left_out(tmp_path: Path) -> None:
    document = yaml.safe_load((FIXTURES / "petstore.yaml").read_text())
    del document["info"]["version"]
    document["paths"]["/pets"]["get"]["parameters"].append({"name": "odd", "in": "body"})
    shutil.copy(FIXTURES / "schemas.yaml", tmp_path / "schemas.yaml")
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(document))
    out = tmp_path / "out"
    result = run_cli("generate", "--spec", str(tmp_path / "openapi.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "/info" in result.stderr
    assert "left out: parameter odd" in result.stderr
    assert (out / "tiny_pets" / "models.py").is_file()  # named after info.title
    strict = run_cli(
        "generate", "--strict", "--spec", str(tmp_path / "openapi.yaml"), "--out", str(out)
    )
    assert strict.returncode == 2


def test_garbage_input_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("{{{{ not yaml")
    result = run_cli("generate", "--spec", str(path), "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "x.yaml" in result.stderr and "Traceback" not in result.stderr


def test_ir_command_prints_json() -> None:
    result = run_cli("ir", str(SPECS / "pipecat" / "openapi.yaml"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["resources"][0]["operations"][0]["path"] == "/agents"


def test_check_reports_stale_output_with_a_diff(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "pipecat", specs / "pipecat")
    out = tmp_path / "generated"
    assert run_cli("generate", "--specs-dir", str(specs), "--out", str(out)).returncode == 0
    assert run_cli("check", "--specs-dir", str(specs), "--out", str(out)).returncode == 0
    models = out / "pipecat" / "pipecat_cloud" / "models.py"
    models.write_text(models.read_text().replace("Unique identifier", "Edited"))
    result = run_cli("check", "--specs-dir", str(specs), "--out", str(out))
    assert result.returncode == 1
    assert '-    """Edited for the agent"""' in result.stdout
    assert '+    """Unique identifier for the agent"""' in result.stdout


def test_generate_timings_names_every_stage_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = FIXTURES / "petstore.yaml"
    result = run_cli("generate", "--timings", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    (line,) = [ln for ln in result.stderr.splitlines() if ": timings: " in ln]
    stages = dict(part.rsplit(" ", 2)[:2] for part in line.split(": timings: ")[1].split(", "))
    assert list(stages) == [
        "load",
        "check",
        "parse",
        "render",
        "format",
        "changelog",
        "write",
        "total",
    ]
    seconds = {name: float(value) for name, value in stages.items()}
    assert all(value >= 0 for value in seconds.values())
    parts = sum(value for name, value in seconds.items() if name != "total")
    assert abs(seconds["total"] - parts) <= 0.01 * len(seconds)  # each part rounded to 0.01
    quiet = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert ": timings: " not in quiet.stderr
