"""Generated-client figures on the GitHub package: import time, parsing a 100-item
list response, and per-request overhead over raw httpx on a local server.

The payloads are the spec's own examples; everything runs in fresh interpreters
against the packages on disk, exactly as a user would import them.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import inventory, peers
from bench.config import CLIENT, FLOOR_SURVEY, PEERS, SPECS, TARGETS
from bench.procs import run, tail

HERE = Path(__file__).resolve().parent


def _example(document: dict[str, Any], name: str) -> Any:
    return document["components"]["examples"][name]["value"]


def _list_payload(document: dict[str, Any], example: str, items: int, target: Path) -> Path:
    """``items`` entries cycled from a list example, ids made distinct where there are ids."""
    listed = _example(document, example)
    many = [
        dict(item, id=index + 1) if isinstance(item, dict) and "id" in item else item
        for index, item in zip(range(items), itertools.cycle(listed))
    ]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(many), encoding="utf-8")
    return target


def floor_survey(
    package: Path,
    opc_package: Path,
    spec: Path,
    folder: Path,
    peers_python: Path,
    items: int,
    rounds: int,
) -> dict[str, Any]:
    """pydantic's floor vs openapi-python-client's ``from_dict`` on more list payloads."""
    document = json.loads(spec.read_bytes())
    rows = []
    for example, model in FLOOR_SURVEY:
        payload = _list_payload(document, example, items, folder / f"{example}.json")
        options = {"package": package.name, "model": model, "payload": payload, "rounds": rounds}
        ours = _probe(sys.executable, "floor", {"path": package.parent, **options})
        options["package"] = opc_package.name
        theirs = _probe(peers_python, "parse-opc", {"path": opc_package.parent, **options})
        rows.append(
            {
                "model": model,
                "floor_s": ours["floor"],
                "opc_s": theirs["opc"],
                "floor_speedup_opc": round(theirs["opc"] / ours["floor"], 2),
            }
        )
    ratios = [row["floor_speedup_opc"] for row in rows]
    return {
        "payloads": rows,
        "items": items,
        "min": min(ratios),
        "median": statistics.median(ratios),
        "max": max(ratios),
    }


def write_payloads(spec: Path, folder: Path, items: int) -> tuple[Path, Path]:
    """A list response of ``items`` repositories and one small object, as JSON files."""
    document = json.loads(spec.read_bytes())
    list_file = _list_payload(document, CLIENT.list_example, items, folder / "list.json")
    object_file = folder / "object.json"
    object_file.write_text(json.dumps(_example(document, CLIENT.request_example)), encoding="utf-8")
    return list_file, object_file


def ensure_clientsmith_package(out: Path, spec: Path, timeout: float) -> Path:
    """The package from the generation runs, else generated once now (untimed)."""
    if inventory.package_dir(out) is None:
        shutil.rmtree(out, ignore_errors=True)
        clientsmith = str(Path(sys.executable).parent / "clientsmith")
        sample = run(
            [
                clientsmith,
                "generate",
                "--spec",
                str(spec),
                "--out",
                str(out),
                "--name",
                CLIENT.package,
            ],
            timeout=timeout,
        )
        if sample.status != "ok":
            raise RuntimeError(f"clientsmith generate {sample.status}: {tail(sample.output)}")
    package = inventory.package_dir(out)
    assert package is not None
    return package


def ensure_opc_package(folder: Path, spec: Path, bin_dir: Path, timeout: float) -> Path:
    """openapi-python-client's GitHub client, generated once and kept across runs."""
    package = folder / CLIENT.opc_package
    marker = folder / ".bench-source"
    source = f"{spec.resolve()} {spec.stat().st_size} {PEERS['opc'].requirement}"
    if marker.is_file() and marker.read_text(encoding="utf-8") == source:
        return package
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    line = peers.command("opc", bin_dir, spec, package, None)
    sample = run(line, timeout=timeout, env=peers.peer_env(bin_dir))
    if sample.status != "ok" and not peers.tolerated("opc", sample):
        raise RuntimeError(f"openapi-python-client {sample.status}: {tail(sample.output)}")
    marker.write_text(source, encoding="utf-8")
    return package


def import_seconds(package: Path, runs: int) -> dict[str, Any]:
    """Wall time of ``import pkg`` in a fresh interpreter minus an empty interpreter.

    One untimed import first writes the bytecode, as installing a wheel would.
    """
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable

    def median(code: str) -> float:
        run([python, "-c", code], timeout=300, env=env)
        samples = [run([python, "-c", code], timeout=300, env=env) for _ in range(runs)]
        if any(s.status != "ok" for s in samples):
            raise RuntimeError(f"{code!r} failed: {tail(samples[-1].output)}")
        return statistics.median(s.seconds for s in samples)

    bare = median("pass")
    deps = median("import httpx, pydantic")
    total = median(f"import {package.name}")
    return {
        "seconds": round(total - bare, 4),
        "dependencies_seconds": round(deps - bare, 4),
        "interpreter_seconds": round(bare, 4),
    }


def _probe(python: Path | str, mode: str, options: dict[str, Any]) -> dict[str, Any]:
    line = [str(python), str(HERE / "probe.py"), mode]
    for key, value in options.items():
        line += [f"--{key.replace('_', '-')}", str(value)]
    done = subprocess.run(line, check=False, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"probe {mode} failed: {tail(done.stderr)}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def parse_figures(
    package: Path, opc_package: Path | None, payload: Path, peers_python: Path | None, rounds: int
) -> dict[str, Any]:
    call = CLIENT.list_call
    ours = _probe(
        sys.executable,
        "parse",
        {
            "path": package.parent,
            "package": package.name,
            "client": CLIENT.client,
            "model": CLIENT.list_model,
            "resource": call.resource,
            "method": call.method,
            "kwargs": json.dumps(call.kwargs),
            "payload": payload,
            "rounds": rounds,
        },
    )
    result = {
        "model": CLIENT.list_model,
        "items": ours["items"],
        "payload_kib": round(ours["payload_bytes"] / 1024),
        "client_s": ours["client"],
        "floor_s": ours["floor"],
        "httpx_floor_s": ours["httpx_floor"],
        "ratio_floor": round(ours["client"] / ours["floor"], 2),
        "opc_s": None,
        "speedup_opc": None,
    }
    if opc_package is None or peers_python is None:
        del result["speedup_opc"]  # the peer was not selected: not measured
        return result
    try:
        theirs = _probe(
            peers_python,
            "parse-opc",
            {
                "path": opc_package.parent,
                "package": opc_package.name,
                "model": CLIENT.opc_model,
                "payload": payload,
                "rounds": rounds,
            },
        )
    except RuntimeError as error:  # the peer's generated code cannot parse it
        return result | {"opc_error": str(error)}
    result["opc_s"] = theirs["opc"]
    result["speedup_opc"] = round(theirs["opc"] / ours["client"], 2)
    # The most any pydantic-based client can reach: shows whether 3x is attainable.
    result["floor_speedup_opc"] = round(theirs["opc"] / ours["floor"], 2)
    return result


def request_figures(package: Path, body: Path, requests: int, rounds: int) -> dict[str, Any]:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), str(body)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        call = CLIENT.request_call
        times = _probe(
            sys.executable,
            "request",
            {
                "path": package.parent,
                "package": package.name,
                "client": CLIENT.client,
                "resource": call.resource,
                "method": call.method,
                "kwargs": json.dumps(call.kwargs),
                "url": f"http://127.0.0.1:{port}",
                "raw_path": "/",
                "requests": requests,
                "rounds": rounds,
            },
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {
        "requests": requests,
        "client_s": times["client"],
        "raw_s": times["raw"],
        "ratio_raw": round(times["client"] / times["raw"], 2),
    }


def _failed(figure: str, error: Exception) -> dict[str, Any]:
    """A figure that could not be measured: its target metrics are ``None`` (missed)."""
    prefix = f"client.{figure}."
    leaves = {
        t.metric[len(prefix) :]: None for t in TARGETS.values() if t.metric.startswith(prefix)
    }
    return {"error": str(error)[:300], **leaves}


def bench_client(
    corpus: Path,
    work: Path,
    package_out: Path,
    peers_bin: Path | None,
    *,
    runs: int,
    items: int,
    requests: int,
    timeout: float,
) -> dict[str, Any]:
    """All three figures; one that fails is reported and the others still run."""
    spec = corpus / SPECS[CLIENT.spec].path
    result: dict[str, Any] = {"package": CLIENT.package, "spec": CLIENT.spec}
    try:
        package = ensure_clientsmith_package(package_out, spec, timeout)
        list_file, object_file = write_payloads(spec, work / "payloads", items)
    except (RuntimeError, OSError, KeyError, ValueError) as error:
        return result | {name: _failed(name, error) for name in ("import", "parse", "request")}
    result["package"] = package.name
    opc_package = None
    if peers_bin is not None:
        try:
            opc_package = ensure_opc_package(work / "clients" / "opc", spec, peers_bin, timeout)
        except RuntimeError as error:
            result["opc_error"] = str(error)
    peers_python = peers_bin / "python" if peers_bin is not None else None
    rounds = max(runs, 5)
    figures: dict[str, Callable[[], dict[str, Any]]] = {
        "import": lambda: import_seconds(package, rounds),
        "parse": lambda: parse_figures(package, opc_package, list_file, peers_python, rounds),
        "request": lambda: request_figures(package, object_file, requests, rounds),
    }
    if opc_package is not None and peers_python is not None:
        survey_package, survey_python = opc_package, peers_python
        figures["floor_survey"] = lambda: floor_survey(
            package, survey_package, spec, work / "payloads", survey_python, items, rounds
        )
    for name, measure in figures.items():
        print(f"  client    {name} ({package.name})", file=sys.stderr, flush=True)
        try:
            result[name] = measure()
        except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as error:
            result[name] = _failed(name, error)
    return result
