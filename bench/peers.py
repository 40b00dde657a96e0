"""The peers: a separate venv (their pins must not touch clientsmith's) and the
command line each one is timed with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.config import PEER_EXTRAS, PEERS
from bench.procs import Sample


def ensure_venv(venv: Path, requirements: list[str], log: Path) -> Path:
    """Create ``venv`` with exactly ``requirements`` unless it already has them.

    Returns its ``bin`` folder. The marker file makes re-runs instant while a changed
    pin reinstalls.
    """
    marker = venv / ".bench-requirements"
    wanted = "\n".join(sorted(requirements))
    if marker.is_file() and marker.read_text(encoding="utf-8") == wanted:
        return venv / "bin"
    print(f"installing {', '.join(requirements)} into {venv} ...", file=sys.stderr, flush=True)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as sink:
        steps = [
            [sys.executable, "-m", "venv", "--clear", str(venv)],
            [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
            [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
        ]
        for step in steps:
            done = subprocess.run(step, check=False, stdout=sink, stderr=subprocess.STDOUT)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(step)} failed; see {log}")
    marker.write_text(wanted, encoding="utf-8")
    return venv / "bin"


def peer_requirements() -> list[str]:
    """Every peer, whichever are selected: switching selections never reinstalls."""
    return [peer.requirement for peer in PEERS.values()] + PEER_EXTRAS


def peer_env(bin_dir: Path) -> dict[str, str]:
    """The peers find their own formatters (opc runs ``ruff`` from PATH)."""
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def command(
    key: str, bin_dir: Path, spec: Path, out: Path, config: dict[str, Any] | None
) -> list[str]:
    """The peer's documented CLI with its defaults, writing into ``out``."""
    if key == "opc":
        line = [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec)]
        line += ["--output-path", str(out), "--meta", "none", "--overwrite"]
        if config:
            path = out.parent / f"{out.name}.opc-config.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(config), encoding="utf-8")
            line += ["--config", str(path)]
        return line
    if key == "dmcg":
        # A folder: modular specs need one. black + isort are today's default formatters,
        # named so the peer does not print a deprecation warning about the default.
        line = [str(bin_dir / "datamodel-codegen"), "--input", str(spec)]
        line += ["--input-file-type", "openapi", "--output", str(out)]
        return [*line, "--formatters", "black", "isort"]
    raise KeyError(key)


def tolerated(key: str, sample: Sample) -> str | None:
    """A note when a failed peer run still produced its client and should be timed.

    openapi-python-client exits 1 when its ``ruff`` post-hook cannot parse a file it
    generated (GitHub 5.7 MB: ``api/pulls/...``); the client is written by then, so the
    run is timed like the issue's figures, with the failure noted.
    """
    if key == "opc" and sample.status == "crashed" and "ruff failed" in sample.output:
        detail = next((ln for ln in sample.output.splitlines() if ln.startswith("error:")), "")
        return f"exits 1: its ruff post-hook rejects generated code ({detail[:120]})"
    return None
