"""Spec update -> `generate` records the suggested bump -> `release` bumps, logs, moves the baseline."""

from __future__ import annotations

import filecmp
import re
import shutil
import tomllib
from pathlib import Path

import pytest
import yaml
from clientsmith.pipeline import generate, provider_config
from clientsmith.release import set_version

from .conftest import GENERATED, PROVIDERS, SPECS, run_cli


@pytest.mark.parametrize("provider", PROVIDERS)
def test_committed_providers_are_released_with_a_changelog(provider: str) -> None:
    """Nothing unreleased is committed, and the CHANGELOG's newest entry is the config version."""
    config = provider_config(SPECS, provider)
    assert config.spec_file is not None
    released = SPECS / provider / ".released"
    assert filecmp.cmp(released / "openapi.yaml", config.spec_file, shallow=False)
    result = generate(config.spec_file, config, f"specs/{provider}/openapi.yaml", check=False)
    assert result.unreleased is None
    changelog = (GENERATED / provider / "CHANGELOG.md").read_text()
    assert "## Unreleased" not in changelog
    newest = re.search(r"^## (\S+) \(\d{4}-\d\d-\d\d\)$", changelog, re.MULTILINE)
    assert newest is not None and newest[1] == config.version
    assert "Initial release." in changelog
    pyproject = tomllib.loads((GENERATED / provider / "pyproject.toml").read_text())
    assert pyproject["project"]["version"] == config.version
    assert f"package version {config.version}," in (GENERATED / provider / "README.md").read_text()


def _workspace(tmp_path: Path, provider: str) -> tuple[Path, Path]:
    specs, out = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(SPECS / provider, specs / provider)
    shutil.copytree(GENERATED / provider, out / provider)
    return specs, out


def test_spec_update_generate_then_release(tmp_path: Path) -> None:
    specs, out = _workspace(tmp_path, "cartesia")
    where = ("--specs-dir", str(specs), "--out", str(out))
    assert run_cli("check", *where).returncode == 0
    version = provider_config(specs, "cartesia").version

    # The provider changes its API: one field gone (breaking), one added.
    spec = specs / "cartesia" / "openapi.yaml"
    document = yaml.safe_load(spec.read_text())
    properties = document["components"]["schemas"]["Deployment"]["properties"]
    del properties["region"]
    properties["cluster"] = {"type": "string", "description": "Where it runs."}
    spec.write_text(yaml.safe_dump(document, sort_keys=False))

    stale = run_cli("check", *where)
    assert stale.returncode == 1
    assert "+## Unreleased" in stale.stdout

    generated = run_cli("generate", *where)
    assert generated.returncode == 0, generated.stderr
    major, minor, _ = (int(n) for n in version.split("."))
    expected = f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    assert (
        "cartesia: unreleased API changes (1 breaking, 1 non-breaking); suggested bump"
        in generated.stdout
    )
    assert f"{version} -> {expected}" in generated.stdout
    changelog = (out / "cartesia" / "CHANGELOG.md").read_text()
    unreleased = changelog[changelog.index("## Unreleased") : changelog.index(f"## {version} (")]
    assert "### Breaking changes\n\n- `models.Deployment.region`: field removed" in unreleased
    assert "### Non-breaking changes\n\n- `models.Deployment.cluster`: optional field added" in (
        unreleased
    )
    assert "`clientsmith release cartesia`" in unreleased
    # Generation stays deterministic: check agrees with what generate wrote.
    assert run_cli("check", *where).returncode == 0

    dry = run_cli("release", "cartesia", "--dry-run", *where)
    assert dry.returncode == 0
    assert f"would release {version} -> {expected}" in dry.stdout
    assert spec.read_text() != (specs / "cartesia" / ".released" / "openapi.yaml").read_text()

    released = run_cli("release", "cartesia", "--date", "2030-01-02", *where)
    assert released.returncode == 0, released.stderr
    assert f"cartesia: released {version} -> {expected}" in released.stdout
    config_text = (specs / "cartesia" / "clientsmith.toml").read_text()
    assert f'version = "{expected}"' in config_text
    assert config_text.startswith("# Generator settings for the Cartesia client")
    history = (specs / "cartesia" / "CHANGELOG.md").read_text()
    assert history.index(f"## {expected} (2030-01-02)") < history.index(f"## {version} (")
    assert "- `models.Deployment.region`: field removed" in history
    assert filecmp.cmp(spec, specs / "cartesia" / ".released" / "openapi.yaml", shallow=False)
    package = out / "cartesia"
    assert f'version = "{expected}"' in (package / "pyproject.toml").read_text()
    assert f"package version {expected}," in (package / "README.md").read_text()
    assert (
        f'__version__ = "{expected}"' in (package / "cartesia_agents" / "_version.py").read_text()
    )
    assert "## Unreleased" not in (package / "CHANGELOG.md").read_text()
    assert run_cli("check", *where).returncode == 0

    again = run_cli("release", "cartesia", *where)
    assert again.returncode == 0
    assert f"no changes since {expected}; nothing to release" in again.stdout


def test_release_refuses_a_version_that_is_not_higher(tmp_path: Path) -> None:
    specs, out = _workspace(tmp_path, "pipecat")
    spec = specs / "pipecat" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("List all agents", "List every agent"))
    version = provider_config(specs, "pipecat").version
    result = run_cli(
        "release", "pipecat", "--version", version, "--specs-dir", str(specs), "--out", str(out)
    )
    assert result.returncode == 2
    assert f"clientsmith.toml: /package/version: {version} is not above the released" in (
        result.stderr
    )
    patch = run_cli("release", "pipecat", "--dry-run", "--specs-dir", str(specs), "--out", str(out))
    assert "Other changes (1):" in patch.stdout
    assert "patch" in patch.stdout


def test_first_release_of_a_new_provider(tmp_path: Path) -> None:
    specs, out = _workspace(tmp_path, "pipecat")
    shutil.rmtree(specs / "pipecat" / ".released")
    (specs / "pipecat" / "CHANGELOG.md").unlink()
    where = ("--specs-dir", str(specs), "--out", str(out))
    assert run_cli("generate", *where).returncode == 0
    assert not (out / "pipecat" / "CHANGELOG.md").exists()  # no history: no changelog
    result = run_cli("release", "pipecat", "--date", "2030-01-02", *where)
    assert result.returncode == 0, result.stderr
    version = provider_config(specs, "pipecat").version
    assert f"released {version} (first)" in result.stdout
    changelog = (out / "pipecat" / "CHANGELOG.md").read_text()
    assert f"## {version} (2030-01-02)\n\nInitial release.\n" in changelog
    assert (specs / "pipecat" / ".released" / "clientsmith.toml").is_file()


def test_set_version_keeps_comments_and_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "clientsmith.toml"
    path.write_text(
        "# top\n[package]\nimport_name = 'x'  # name\nversion = '0.1.0'  # bumped by release\n"
        "\n[client]\nversion = 'not this one'\n"
    )
    set_version(path, "0.2.0")
    assert path.read_text() == (
        "# top\n[package]\nimport_name = 'x'  # name\nversion = \"0.2.0\"  # bumped by release\n"
        "\n[client]\nversion = 'not this one'\n"
    )
    bare = tmp_path / "bare.toml"
    bare.write_text("[client]\nclass_name = 'X'\n")
    set_version(bare, "1.0.0")
    assert tomllib.loads(bare.read_text())["package"]["version"] == "1.0.0"


def test_publish_refuses_unreleased_changes(tmp_path: Path) -> None:
    specs, out = _workspace(tmp_path, "pipecat")
    spec = specs / "pipecat" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("List all agents", "List every agent"))
    where = ("--specs-dir", str(specs), "--generated", str(out))
    assert run_cli("generate", "--specs-dir", str(specs), "--out", str(out)).returncode == 0
    url = ("--repository-url", "http://127.0.0.1:9/", "--dist", str(tmp_path / "dist"))
    result = run_cli("publish", "pipecat", *where, *url)
    assert result.returncode == 1
    assert "specs/pipecat has unreleased API changes (suggested bump patch" in result.stderr
    assert not (tmp_path / "dist").exists()
