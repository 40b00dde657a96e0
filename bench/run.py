"""``make bench`` entry point: run the selected parts, write ``results.md`` and
``results.json`` into the work folder, print the tables, exit 1 if a target is missed.

Every option has an environment variable, so ``make bench BENCH_SPECS=stripe`` works:

    BENCH_SPECS    stripe,github,github13,graph (default: all)
    BENCH_PEERS    opc,dmcg or none (default: all)
    BENCH_PARTS    generate,regen,client (default: all)
    BENCH_RUNS     runs per cell, median reported (default 3)
    BENCH_TIMEOUT  seconds per run before it counts as a timeout (default 300)
    BENCH_QUICK=1  Stripe only, 1 run, 500 requests (explicit settings still win)

Exit status: 0 every measured target met, 1 a target missed, 2 cannot run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import generation, peers, report
from bench.client import bench_client
from bench.config import CLIENT, PARTS, PEERS, SPECS
from bench.regen import bench_regen

REPO = Path(__file__).resolve().parent.parent


def _env(name: str, default: str, quick: str | None = None) -> str:
    if name in os.environ:
        return os.environ[name]
    return quick if quick is not None and os.environ.get("BENCH_QUICK") == "1" else default


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument("--corpus", type=Path, default=Path(_env("BENCH_CORPUS", ".corpus")))
    parser.add_argument("--work", type=Path, default=Path(_env("BENCH_WORK", ".bench")))
    parser.add_argument("--specs", default=_env("BENCH_SPECS", "all", "stripe"))
    parser.add_argument("--peers", default=_env("BENCH_PEERS", "all"))
    parser.add_argument("--parts", default=_env("BENCH_PARTS", "all"))
    parser.add_argument("--runs", type=int, default=int(_env("BENCH_RUNS", "3", "1")))
    parser.add_argument("--timeout", type=float, default=float(_env("BENCH_TIMEOUT", "300")))
    parser.add_argument("--items", type=int, default=int(_env("BENCH_ITEMS", "100")))
    parser.add_argument("--requests", type=int, default=int(_env("BENCH_REQUESTS", "2000", "500")))
    parser.add_argument("--render", action="store_true", help="re-render WORK/results.json only")
    return parser.parse_args(argv)


def select(text: str, known: Any, what: str) -> list[str]:
    """``all``, ``none`` or a comma list of known keys, in the known order."""
    if text.strip() in ("all", ""):
        return list(known)
    if text.strip() == "none":
        return []
    wanted = [item.strip() for item in text.split(",") if item.strip()]
    unknown = [item for item in wanted if item not in known]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
    return [key for key in known if key in wanted]


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def machine() -> dict[str, Any]:
    """Enough to judge the figures: what ran, where, and how busy the machine was."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = [line for line in cpuinfo.read_text().splitlines() if line.startswith("model name")]
        cpu = names[0].split(":", 1)[1].strip() if names else cpu
    dirty = _git("status", "--porcelain", "--", "generator", "templates", "pyproject.toml")
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": (_git("rev-parse", "--short", "HEAD") or "unknown")
        + (" + uncommitted generator changes" if dirty else ""),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_before": _load(),
    }


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def finish(results: dict[str, Any], work: Path) -> int:
    """Check the targets, write both files, print the tables; 1 if a target is missed."""
    checked = report.verdicts(results)
    results["targets"] = {
        v.name: {"label": v.target.label, "status": v.status, "measured": v.detail} for v in checked
    }
    text = report.markdown(results, checked)
    (work / "results.md").write_text(text, encoding="utf-8")
    (work / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(text)
    missed = [v.target.label for v in checked if v.status == report.MISSED]
    print(f"written: {work / 'results.md'}, {work / 'results.json'}", file=sys.stderr)
    if missed:
        print("targets missed:", *missed, sep="\n  ", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.render:
        work = args.work.resolve()
        return finish(json.loads((work / "results.json").read_text(encoding="utf-8")), work)
    specs = select(args.specs, SPECS, "spec")
    peer_keys = select(args.peers, PEERS, "peer")
    parts = select(args.parts, PARTS, "part")
    corpus, work = args.corpus.resolve(), args.work.resolve()
    needed = set(specs) if "generate" in parts else set()
    if "client" in parts:
        needed.add(CLIENT.spec)
    paths = [corpus / SPECS[key].path for key in sorted(needed)]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print("missing specs (run ../shared/corpus/fetch-corpus):", *missing, sep="\n  ")
        return 2
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "settings": {
            "specs": specs,
            "peers": peer_keys,
            "parts": parts,
            "runs": args.runs,
            "timeout": args.timeout,
            "items": args.items,
            "requests": args.requests,
        },
    }
    peers_bin = None
    if peer_keys:
        requirements = peers.peer_requirements()
        try:
            peers_bin = peers.ensure_venv(work / "peers-venv", requirements, work / "peers.log")
        except RuntimeError as error:
            print(f"cannot install the peers: {error}", file=sys.stderr)
            return 2
    settings = generation.Settings(corpus, work, args.runs, args.timeout, peer_keys, peers_bin)
    fresh_client_package = None
    if "generate" in parts:
        print("generation:", file=sys.stderr)
        results["generate"] = {key: generation.bench_spec(key, settings) for key in specs}
        done = results["generate"].get(CLIENT.spec, {}).get("tools", {}).get("clientsmith")
        if done and done["status"] == "ok":
            fresh_client_package = generation.clientsmith_out(work, CLIENT.spec)
    if "regen" in parts:
        print("unchanged make generate:", file=sys.stderr)
        venv = Path(sys.executable).parent.parent
        results["regen"] = bench_regen(REPO, work, venv, args.runs, args.timeout)
    if "client" in parts:
        print("generated client:", file=sys.stderr)
        # This run's GitHub package, else one generated now: never a stale earlier one.
        package_out = fresh_client_package or _clear(work / "clients" / "clientsmith")
        results["client"] = bench_client(
            corpus,
            work,
            package_out,
            peers_bin if "opc" in peer_keys else None,
            runs=args.runs,
            items=args.items,
            requests=args.requests,
            timeout=args.timeout,
        )
    results["machine"]["load_after"] = _load()
    return finish(results, work)


def _clear(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    return folder
