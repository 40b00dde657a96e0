"""Generation figures: the ``json.load`` floor, clientsmith and each peer on one spec."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import inventory, peers
from bench.config import OPC_DROP_TOLERANCE, SPECS
from bench.procs import Cell, Sample, repeat, run

JSON_LOAD = "import json, sys; json.load(open(sys.argv[1], 'rb'))"


@dataclass(frozen=True)
class Settings:
    corpus: Path
    work: Path
    runs: int
    timeout: float
    peers: list[str]
    peers_bin: Path | None


def _progress(spec: str, tool: str, runs: int) -> Callable[[Sample], None]:
    count = [0]

    def report(sample: Sample) -> None:
        count[0] += 1
        print(
            f"  {spec:9s} {tool:12s} run {count[0]}/{runs}: {sample.status:8s}"
            f" {sample.seconds:8.2f} s {sample.peak_mib:7.0f} MiB",
            file=sys.stderr,
            flush=True,
        )

    return report


def _fresh(out: Path) -> None:
    """Remove the last run's output (datamodel-codegen writes a file for a one-module spec),
    then flush the disk cache so its write-back does not land in the next timed run."""
    if out.is_file() or out.is_symlink():
        out.unlink()
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    os.sync()


def _timed(
    key: str,
    tool: str,
    settings: Settings,
    out: Path | None,
    line: list[str],
    env: dict[str, str] | None = None,
) -> tuple[Cell, Sample | None]:
    """N cold runs: a fresh output folder, and a fresh XDG cache folder so that a
    content-hash cache cannot turn run 2 into a no-op."""
    notes: set[str] = set()

    def once(_: int) -> Sample:
        if out is not None:
            _fresh(out)
        with tempfile.TemporaryDirectory(dir=settings.work) as cache:
            cold = {**(env or os.environ), "XDG_CACHE_HOME": cache}
            sample = run(line, timeout=settings.timeout, env=cold)
        note = peers.tolerated(tool, sample)
        if note:
            sample.status = "ok"
            notes.add(note)
        return sample

    cell, last = repeat(settings.runs, once, _progress(key, tool, settings.runs))
    cell.note = "; ".join(sorted(notes) + ([cell.note] if cell.note else []))
    return cell, last


def clientsmith_out(work: Path, key: str) -> Path:
    return work / "out" / "clientsmith" / key


def bench_spec(key: str, settings: Settings) -> dict[str, Any]:
    """All tools on one spec, each N times, cold (fresh output folder and cache dir)."""
    spec = SPECS[key]
    path = settings.corpus / spec.path
    result: dict[str, Any] = {"label": spec.label, "path": spec.path, "tools": {}}
    if not path.is_file():
        result["status"] = f"missing: {path} (run the corpus fetch)"
        return result
    counts = inventory.load_counts(path)
    result |= {
        "mb": round(counts.bytes / 2**20, 1),
        "operations": len(counts.operations),
        "schemas": len(counts.schemas),
    }
    tools: dict[str, Cell] = {}
    python = sys.executable
    floor = [python, "-c", JSON_LOAD, str(path)]
    tools["json.load"], _ = _timed(key, "json.load", settings, None, floor)

    out = clientsmith_out(settings.work, key)
    # named after the file, as the client figures expect (api.github.com -> api_github_com)
    line = [str(Path(python).parent / "clientsmith"), "generate", "--spec", str(path)]
    line += ["--name", path.stem]
    cell, last = _timed(key, "clientsmith", settings, out, [*line, "--out", str(out)])
    tools["clientsmith"] = cell
    if last is not None and last.status == "ok":
        result["coverage"] = inventory.clientsmith_coverage(counts, out, last.output)

    for peer in settings.peers:
        assert settings.peers_bin is not None
        peer_out = settings.work / "out" / peer / key
        config = spec.peer_config.get(peer)
        line = peers.command(peer, settings.peers_bin, path, peer_out, config)
        env = peers.peer_env(settings.peers_bin)
        cell, last = _timed(key, peer, settings, peer_out, line, env)
        if config:
            cell.note = "; ".join(filter(None, [_settings_note(config), cell.note]))
        if peer == "opc" and last is not None and last.status == "ok":
            result["opc_dropped_schemas"] = inventory.opc_dropped(last.output)
        tools[peer] = cell

    result["tools"] = {name: cell.as_dict() for name, cell in tools.items()}
    ours = tools["clientsmith"].seconds
    result["speedup"] = {
        name: _ratio(cell.seconds, ours) for name, cell in tools.items() if name in settings.peers
    }
    if "opc" in tools:
        works, why = opc_works(tools["opc"], result.get("opc_dropped_schemas"), counts.schemas)
        result["opc_works"] = {"works": works, "why": why}
        # The "10x faster than openapi-python-client where it works at all".
        result["speedup_where_works"] = {"opc": result["speedup"]["opc"] if works else None}
    result["vs_json_load"] = _ratio(ours, tools["json.load"].seconds)
    return result


def opc_works(cell: Cell, dropped: int | None, schemas: Sized) -> tuple[bool, str]:
    """Whether openapi-python-client produced a whole client: it exited cleanly and kept
    all but at most ``OPC_DROP_TOLERANCE`` of the spec's component schemas."""
    if cell.seconds is None:
        return False, f"it {cell.status}"
    if cell.note.startswith("exits"):
        return False, cell.note.split(" (", 1)[0]
    share = (dropped or 0) / max(len(schemas), 1)
    if share > OPC_DROP_TOLERANCE:
        return False, f"it drops {dropped} of {len(schemas)} component schemas"
    return True, f"it keeps {len(schemas) - (dropped or 0)} of {len(schemas)} component schemas"


def _settings_note(config: dict[str, Any]) -> str:
    return "with " + ", ".join(f"{k}: {str(v).lower()}" for k, v in config.items())


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 2) if numerator and denominator else None
