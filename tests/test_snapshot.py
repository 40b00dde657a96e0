"""generated/ is exactly what the generator emits, and emitting is deterministic."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from clientsmith.pipeline import diff_tree, generate, provider_config

from .conftest import GENERATED, PROVIDERS, ROOT, SPECS


@pytest.mark.parametrize("provider", PROVIDERS)
def test_committed_snapshot_is_up_to_date(provider: str) -> None:
    config = provider_config(SPECS, provider)
    assert config.spec_file is not None
    result = generate(config.spec_file, config, f"specs/{provider}/{config.spec_file.name}")
    diff = diff_tree(result.files, GENERATED / provider, f"generated/{provider}")
    assert not diff, f"generated/{provider} is stale; run `make generate`:\n{diff[:5000]}"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"seed{seed}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clientsmith",
                "generate",
                "-q",
                "--out",
                str(out),
                "anthropic",
                "langsmith",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        trees.append(_tree(out))
    assert trees[0] == trees[1] == trees[2]


def _reverse_mappings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reverse_mappings(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reverse_mappings(v) for v in value]
    return value


@pytest.mark.parametrize("provider", PROVIDERS)
def test_output_ignores_mapping_order(provider: str, tmp_path: Path) -> None:
    folder = tmp_path / provider
    shutil.copytree(SPECS / provider, folder)
    spec = folder / "openapi.yaml"
    spec.write_text(
        yaml.safe_dump(_reverse_mappings(yaml.safe_load(spec.read_text())), sort_keys=False)
    )
    config = provider_config(tmp_path, provider)
    assert config.spec_file is not None
    reversed_files = generate(config.spec_file, config, f"specs/{provider}/openapi.yaml").files
    diff = diff_tree(reversed_files, GENERATED / provider, provider)
    assert not diff, diff[:3000]
