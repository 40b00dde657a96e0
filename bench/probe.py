"""Timings inside a fresh interpreter, printed as one JSON object.

Standalone (no ``bench`` imports) because it also runs in the peers' venv against
openapi-python-client's package. Functions compared in one run are timed in
interleaved rounds, so load from other processes drifts onto all of them alike.

    python bench/probe.py parse     --path DIR --package P --client C --model M
                                    --resource R --method F --kwargs JSON --payload FILE
    python bench/probe.py floor     --path DIR --package P --model M --payload FILE
    python bench/probe.py parse-opc --path DIR --package P --model M --payload FILE
    python bench/probe.py request   --path DIR --package P --client C --resource R
                                    --method F --kwargs JSON --url URL --raw-path /x
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Fn = Callable[[], object]


def _time(fn: Fn, loops: int) -> float:
    started = time.perf_counter()
    for _ in range(loops):
        fn()
    return time.perf_counter() - started


def compare(fns: dict[str, Fn], rounds: int, budget: float = 0.05) -> dict[str, float]:
    """Median seconds per call of each function, after a warm-up call (adapters built)."""
    loops: dict[str, int] = {}
    for name, fn in fns.items():
        fn()
        loops[name] = 1
        while budget and _time(fn, loops[name]) < budget:
            loops[name] *= 2
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            samples[name].append(_time(fn, loops[name]) / loops[name])
    return {name: statistics.median(values) for name, values in samples.items()}


def _operation(client: Any, args: argparse.Namespace) -> Fn:
    method = getattr(getattr(client, args.resource), args.method)
    return functools.partial(method, **json.loads(args.kwargs))


def parse(args: argparse.Namespace) -> dict[str, Any]:
    """The generated client's call on a canned response vs pydantic on the same bytes."""
    import httpx
    import pydantic

    package = importlib.import_module(args.package)
    model = getattr(importlib.import_module(f"{args.package}.models"), args.model)
    payload = Path(args.payload).read_bytes()
    adapter = pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=payload, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    http = httpx.Client(transport=transport)
    client = getattr(package, args.client)(
        base_url="http://bench.invalid", http_client=httpx.Client(transport=transport)
    )
    call = _operation(client, args)
    parsed = call()
    items = len(adapter.validate_json(payload))
    if not (isinstance(parsed, list) and len(parsed) == items and isinstance(parsed[0], model)):
        raise SystemExit(f"the client did not return {items} {args.model}: {type(parsed)}")
    times = compare(
        {
            "floor": lambda: adapter.validate_json(payload),
            "client": call,
            "httpx_floor": lambda: adapter.validate_json(http.get("http://bench.invalid/").content),
        },
        args.rounds,
    )
    return {"items": items, "payload_bytes": len(payload)} | times


def floor(args: argparse.Namespace) -> dict[str, Any]:
    """pydantic's own ``TypeAdapter(list[M]).validate_json`` on a payload, nothing else."""
    import pydantic

    model = getattr(importlib.import_module(f"{args.package}.models"), args.model)
    payload = Path(args.payload).read_bytes()
    adapter = pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]
    items = len(adapter.validate_json(payload))
    return {"items": items} | compare(
        {"floor": lambda: adapter.validate_json(payload)}, args.rounds
    )


def parse_opc(args: argparse.Namespace) -> dict[str, Any]:
    """openapi-python-client's generated parsing: ``response.json()`` then ``from_dict``."""
    model = getattr(importlib.import_module(f"{args.package}.models"), args.model)
    payload = Path(args.payload).read_bytes()

    def run() -> list[Any]:
        return [model.from_dict(item) for item in json.loads(payload)]

    return {"items": len(run())} | compare({"opc": run}, args.rounds)


def request(args: argparse.Namespace) -> dict[str, Any]:
    """Seconds per request through the generated client vs raw httpx (+ ``.json()``)."""
    import httpx

    package = importlib.import_module(args.package)
    client = getattr(package, args.client)(base_url=args.url, http_client=httpx.Client())
    call = _operation(client, args)
    raw = httpx.Client()
    url = args.url.rstrip("/") + args.raw_path

    def raw_call() -> object:
        response = raw.get(url)
        response.raise_for_status()
        return response.json()

    def batch(fn: Fn) -> Fn:
        return lambda: [fn() for _ in range(args.requests)]

    times = compare({"raw": batch(raw_call), "client": batch(call)}, args.rounds, budget=0)
    return {"requests": args.requests} | {k: v / args.requests for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("parse", "floor", "parse-opc", "request"))
    parser.add_argument("--path", required=True, help="folder holding the package")
    parser.add_argument("--package", required=True)
    parser.add_argument("--client")
    parser.add_argument("--model")
    parser.add_argument("--resource")
    parser.add_argument("--method")
    parser.add_argument("--kwargs", default="{}")
    parser.add_argument("--payload")
    parser.add_argument("--url")
    parser.add_argument("--raw-path", default="/")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, args.path)
    modes = {"parse": parse, "floor": floor, "parse-opc": parse_opc, "request": request}
    print(json.dumps(modes[args.mode](args)))


if __name__ == "__main__":
    main()
