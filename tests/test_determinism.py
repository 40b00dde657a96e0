"""The same input gives byte-identical packages whatever the hash seed or mapping order,
for the code paths the provider snapshots do not reach (test_snapshot.py covers those):
Swagger 2.0 conversion, OpenAPI 3.1 merging, webhooks and callbacks, alias-cycle cutting,
odd names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from clientsmith.config import default_config
from clientsmith.pipeline import generate

from .conftest import FIXTURES, ROOT
from .test_real_world_constructs import PACKAGE_SPEC

SCRIPT = """
import hashlib, json, sys
from pathlib import Path
from clientsmith.config import default_config
from clientsmith.pipeline import generate
digests = {}
for spec in sys.argv[1:]:
    files = generate(Path(spec), default_config("t"), Path(spec).name).files
    digests[spec] = {n: hashlib.sha256(t.encode()).hexdigest() for n, t in sorted(files.items())}
print(json.dumps(digests, sort_keys=True))
"""


def _reverse_mappings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reverse_mappings(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reverse_mappings(v) for v in value]
    return value


def _specs(folder: Path) -> list[Path]:
    odd = folder / "odd.json"
    odd.write_text(json.dumps(PACKAGE_SPEC))
    return [
        FIXTURES / "swagger2" / "petstore.yaml",
        FIXTURES / "openapi31" / "openapi.yaml",
        FIXTURES / "webhooks" / "openapi.yaml",
        odd,
    ]


def test_hash_seed_does_not_change_output(tmp_path: Path) -> None:
    specs = [str(s) for s in _specs(tmp_path)]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", SCRIPT, *specs],
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(outputs) == 1


def test_mapping_order_does_not_change_output(tmp_path: Path) -> None:
    for spec in _specs(tmp_path):
        document = yaml.safe_load(spec.read_text())
        flipped = tmp_path / "flipped" / spec.name
        flipped.parent.mkdir(exist_ok=True)
        flipped.write_text(json.dumps(_reverse_mappings(document)))
        config = default_config("t")
        original = generate(spec, config, spec.name).files
        assert generate(flipped, config, spec.name).files == original, spec.name
