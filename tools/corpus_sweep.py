"""Sweep clientsmith over a corpus of real-world specs: generate, import, type-check.

For every spec id in ``--list`` (paths relative to ``--corpus``) this runs, each
in its own subprocess and with a time limit:

1. ``clientsmith generate --spec SPEC --out DIR``
2. a fresh interpreter that imports every module of the package and builds a
   pydantic validator for every model and alias (catches broken forward refs)
3. ``mypy`` (not strict) on the package

and counts the spec's operations and component schemas against what the
generated code contains (or what a ``left out`` diagnostic names).  Results go to
a CSV; a summary table is printed.  ``make corpus`` is the usual entry point.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from clientsmith.diagnostics import SpecError
from clientsmith.loader import load_spec
from clientsmith.naming import UniqueNames, class_name
from clientsmith.reserved import MODELS_MODULE_NAMES

BIN = Path(sys.executable).parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
STAGES = ("crash", "timeout", "rejected", "import", "mypy", "ok")
"""Where a spec stopped; ``ok`` passed everything. Earlier stages are worse."""

IMPORT_CHECK = r"""
import importlib, pkgutil, sys, typing
import pydantic
name = sys.argv[1]
package = importlib.import_module(name)
for info in pkgutil.walk_packages(package.__path__, name + "."):
    importlib.import_module(info.name)
models = importlib.import_module(name + ".models")
for item in getattr(models, "__all__", []):
    value = getattr(models, item)
    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
        value.model_rebuild(force=True)
    pydantic.TypeAdapter(value)
"""

_LEFT_OUT = re.compile(r"^warning: .*?: (/\S*|/): .*\(left out: (.*)\)$")


@dataclass
class Outcome:
    """One row of the CSV."""

    spec: str
    stage: str = "crash"
    seconds: float = 0.0
    diagnostic: str = ""
    generate_s: float = 0.0
    mypy_s: float = 0.0
    warnings: int = 0
    left_out: int = 0
    operations: int = 0
    operations_present: int = 0
    operations_left_out: int = 0
    schemas: int = 0
    schemas_present: int = 0
    schemas_left_out: int = 0
    missing: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- spec inventory


@dataclass
class Inventory:
    """What a spec defines: the things a client should contain."""

    operations: list[tuple[str, str]] = field(default_factory=list)
    """(method, path) of every operation."""
    schema_keys: list[str] = field(default_factory=list)
    schema_classes: list[str] = field(default_factory=list)
    """The class name the generator gives each component schema."""
    schema_pointer: str = "/components/schemas"


def spec_inventory(path: Path) -> Inventory:
    try:
        spec = load_spec(path)
    except SpecError:
        return Inventory()  # not a spec at all: nothing to count
    document = spec.source
    found = Inventory()
    paths = document.get("paths")
    for route, item in sorted(paths.items()) if isinstance(paths, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            try:
                item, _ = spec.resolve(item["$ref"], spec.path)
            except ValueError:
                continue
        if isinstance(item, dict):
            found.operations += [(m, route) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
    components = document.get("components")
    container = components.get("schemas") if isinstance(components, dict) else None
    if container is None and isinstance(document.get("definitions"), dict):
        container, found.schema_pointer = document["definitions"], "/definitions"
    found.schema_keys = sorted(container) if isinstance(container, dict) else []
    # Component schemas are named first, in sorted order, so this mirrors the generator.
    names = UniqueNames(MODELS_MODULE_NAMES, separator="")
    found.schema_classes = [
        names.claim(class_name(key, MODELS_MODULE_NAMES)) for key in found.schema_keys
    ]
    return found


def generated_operations(package: Path) -> set[tuple[str, str]]:
    """(method, path) of every ``self._client.request…("method", "/path", …)`` call."""
    found: set[tuple[str, str]] = set()
    for module in (package / "resources").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in ("request", "request_page", "request_stream", "request_binary")
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                method, route = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                found.add((method, route))
    return found


def generated_models(package: Path) -> set[str]:
    """Names in ``__all__`` of ``models.py``, or of every module of a ``models/`` package."""
    modules = [package / "models.py"] if (package / "models.py").is_file() else []
    modules += sorted((package / "models").glob("*.py"))
    names: set[str] = set()
    for module in modules:
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
                and isinstance(node.value, ast.List | ast.Tuple)
            ):
                names.update(
                    e.value
                    for e in node.value.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                )
    return names


def left_out_pointers(stderr: str) -> list[str]:
    """JSON pointers of the diagnostics that say something was left out."""
    return [m.group(1) for line in stderr.splitlines() if (m := _LEFT_OUT.match(line))]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _covered(pointer: str, dropped: list[str]) -> bool:
    return any(pointer == d or pointer.startswith(d + "/") for d in dropped)


def count_coverage(outcome: Outcome, spec: Path, package: Path | None, stderr: str) -> None:
    inventory = spec_inventory(spec)
    dropped = left_out_pointers(stderr)
    present_ops = generated_operations(package) if package else set()
    present_models = generated_models(package) if package else set()
    outcome.operations, outcome.schemas = len(inventory.operations), len(inventory.schema_keys)
    for method, route in inventory.operations:
        pointer = f"/paths/{_escape(route)}/{method}"
        if (method, route) in present_ops or (method, route.partition("?")[0]) in present_ops:
            outcome.operations_present += 1
        elif _covered(pointer, dropped):
            outcome.operations_left_out += 1
        else:
            outcome.missing.append(f"{method.upper()} {route}")
    for key, cls in zip(inventory.schema_keys, inventory.schema_classes, strict=True):
        if cls in present_models:
            outcome.schemas_present += 1
        elif _covered(f"{inventory.schema_pointer}/{_escape(key)}", dropped):
            outcome.schemas_left_out += 1
        else:
            outcome.missing.append(f"schema {key}")


# ---------------------------------------------------------------- stages


def _run(command: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str] | None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1", "CLIENTSMITH_DEBUG": "1"}
    try:
        return subprocess.run(
            command, check=False, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env
        )
    except subprocess.TimeoutExpired:
        return None


def _first_error(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if "Traceback (most recent call last)" in text:
        return " | ".join(lines[-3:])[:500]
    errors = [line for line in lines if line.startswith("error:") or ": error:" in line]
    return (errors[0] if errors else (lines[-1] if lines else ""))[:500]


def _package_dir(out: Path) -> Path | None:
    return next((p for p in sorted(out.iterdir()) if (p / "__init__.py").is_file()), None)


@dataclass(frozen=True)
class Settings:
    corpus: Path
    work: Path
    timeout: float
    mypy: bool
    left_out_only: bool = False
    """Only parse (no rendering, import or mypy): fast left-out counts for the baseline."""


LEFT_OUT_COUNT = """
import sys
from pathlib import Path
from clientsmith.config import untitled_config
from clientsmith.diagnostics import SpecError
from clientsmith.pipeline import build_ir
path = Path(sys.argv[1])
try:
    _, found = build_ir(path, untitled_config(path.stem), check=False)
except SpecError as exc:
    found = exc.diagnostics
print(sum(1 for d in found if d.omitted))
"""


def sweep_one(spec_id: str, settings: Settings, worker: int) -> Outcome:
    """All stages for one spec; never raises."""
    outcome = Outcome(spec_id)
    started = time.monotonic()
    try:
        if settings.left_out_only:
            _count_left_out(outcome, settings)
        else:
            _stages(outcome, settings, worker)
    except Exception as exc:  # noqa: BLE001 - the sweep reports, it does not stop
        outcome.stage, outcome.diagnostic = "crash", f"sweep error: {exc!r}"[:500]
    outcome.seconds = round(time.monotonic() - started, 2)
    return outcome


def _count_left_out(outcome: Outcome, settings: Settings) -> None:
    """The parser's left-out diagnostics only, as ``generate`` would print them."""
    result = _run(
        [sys.executable, "-c", LEFT_OUT_COUNT, str(settings.corpus / outcome.spec)],
        settings.work,
        settings.timeout,
    )
    if result is None:
        outcome.stage, outcome.diagnostic = "timeout", f"parsing took over {settings.timeout}s"
    elif result.returncode != 0:
        outcome.stage, outcome.diagnostic = "crash", _first_error(result.stderr)
    else:
        outcome.stage, outcome.left_out = "ok", int(result.stdout.split()[-1])


def _stages(outcome: Outcome, settings: Settings, worker: int) -> None:
    spec = settings.corpus / outcome.spec
    out = settings.work / "packages" / re.sub(r"[^A-Za-z0-9_.-]+", "_", outcome.spec)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    command = [
        sys.executable,
        "-m",
        "clientsmith",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    started = time.monotonic()
    result = _run(command, settings.work, settings.timeout)
    outcome.generate_s = round(time.monotonic() - started, 2)
    if result is not None:
        (out / "generate.log").write_text(result.stderr, encoding="utf-8")
    if result is None:
        outcome.stage, outcome.diagnostic = "timeout", f"generate took over {settings.timeout}s"
        return
    stderr = result.stderr
    outcome.warnings = sum(1 for line in stderr.splitlines() if line.startswith("warning:"))
    outcome.left_out = sum(1 for line in stderr.splitlines() if "(left out:" in line)
    crashed = "Traceback (most recent call last)" in stderr or result.returncode not in (0, 2)
    package = _package_dir(out) if result.returncode == 0 else None
    count_coverage(outcome, spec, package, stderr)
    if crashed:
        outcome.stage, outcome.diagnostic = "crash", _first_error(stderr)
        return
    if package is None:
        outcome.stage, outcome.diagnostic = "rejected", _first_error(stderr)
        return
    check = _run([sys.executable, "-c", IMPORT_CHECK, package.name], out, settings.timeout)
    if check is None or check.returncode != 0:
        outcome.stage = "import"
        outcome.diagnostic = "import timed out" if check is None else _first_error(check.stderr)
        return
    if settings.mypy:
        cache = settings.work / f"mypy-cache-{worker}"
        started = time.monotonic()
        typed = _run(
            [str(BIN / "mypy"), "--cache-dir", str(cache), "--no-error-summary", package.name],
            out,
            settings.timeout * 3,
        )
        outcome.mypy_s = round(time.monotonic() - started, 2)
        if typed is None or typed.returncode != 0:
            outcome.stage = "mypy"
            outcome.diagnostic = (
                "mypy timed out" if typed is None else _mypy_summary(typed.stdout + typed.stderr)
            )
            return
    outcome.stage = "ok"


def _mypy_summary(text: str) -> str:
    errors = [line for line in text.splitlines() if ": error:" in line]
    first = errors[0] if errors else _first_error(text)
    return f"{len(errors)} error(s); first: {first}"[:500]


# ---------------------------------------------------------------- report


def write_csv(path: Path, outcomes: Iterable[Outcome]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = [f.name for f in fields(Outcome)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for outcome in outcomes:
            row: dict[str, Any] = asdict(outcome)
            row["missing"] = "; ".join(outcome.missing[:20])
            writer.writerow(row)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f} %" if whole else "     - "


def targets(outcomes: list[Outcome], mypy: bool) -> list[tuple[str, bool]]:
    """The issue's acceptance targets and whether this sweep meets each."""
    total = len(outcomes)
    stages = Counter(o.stage for o in outcomes)
    items = sum(o.operations + o.schemas for o in outcomes)
    present = sum(o.operations_present + o.schemas_present for o in outcomes)
    found = [
        ("no crash or timeout", stages["crash"] + stages["timeout"] == 0),
        (">= 99 % generate and import", stages["mypy"] + stages["ok"] >= 0.99 * total),
        (">= 99.5 % of operations and component schemas present", present >= 0.995 * items),
    ]
    if mypy:
        found.insert(2, (">= 95 % pass mypy", stages["ok"] >= 0.95 * total))
    return found


def summary(outcomes: list[Outcome], mypy: bool) -> str:
    total = len(outcomes)
    stages = Counter(o.stage for o in outcomes)
    reached_import = sum(stages[s] for s in ("mypy", "ok"))
    generated = reached_import + stages["import"]
    ops = sum(o.operations for o in outcomes)
    ops_ok = sum(o.operations_present for o in outcomes)
    ops_dropped = sum(o.operations_left_out for o in outcomes)
    schemas = sum(o.schemas for o in outcomes)
    schemas_ok = sum(o.schemas_present for o in outcomes)
    schemas_dropped = sum(o.schemas_left_out for o in outcomes)
    silent = sum(len(o.missing) for o in outcomes)
    lines = [
        f"specs swept                 {total:6d}",
        f"crashes                     {stages['crash']:6d}",
        f"timeouts                    {stages['timeout']:6d}",
        f"rejected with a diagnostic  {stages['rejected']:6d}",
        f"generated                   {generated:6d}  {_pct(generated, total)}",
        f"generated and imported      {reached_import:6d}  {_pct(reached_import, total)}",
    ]
    if mypy:
        lines.append(f"pass mypy                   {stages['ok']:6d}  {_pct(stages['ok'], total)}")
    lines += [
        f"operations present          {ops_ok:6d} / {ops:<6d} {_pct(ops_ok, ops)}"
        + f"  (+{ops_dropped} left out with a diagnostic)",
        f"component schemas present   {schemas_ok:6d} / {schemas:<6d} {_pct(schemas_ok, schemas)}"
        + f"  (+{schemas_dropped} left out with a diagnostic)",
        f"ops + schemas present       {ops_ok + schemas_ok:6d} / {ops + schemas:<6d}"
        + f" {_pct(ops_ok + schemas_ok, ops + schemas)}",
        f"missing without diagnostic  {silent:6d}",
        f"warnings / left-out notes   {sum(o.warnings for o in outcomes):6d} / "
        + f"{sum(o.left_out for o in outcomes)}",
    ]
    failures = [o for o in outcomes if o.stage != "ok"]
    if failures:
        lines += ["", "not ok:"]
        order = {stage: index for index, stage in enumerate(STAGES)}
        for o in sorted(failures, key=lambda o: (order[o.stage], o.spec)):
            lines.append(f"  {o.stage:8s} {o.spec}: {o.diagnostic[:200]}")
    slow = sorted(outcomes, key=lambda o: -o.seconds)[:5]
    lines += ["", "slowest: " + ", ".join(f"{o.spec} {o.seconds:.0f}s" for o in slow), ""]
    for label, met in targets(outcomes, mypy):
        lines.append(f"target {'met   ' if met else 'MISSED'} {label}")
    return "\n".join(lines)


def left_out_growth(outcomes: Iterable[Outcome], baseline: dict[str, int]) -> list[str]:
    """Specs whose left-out count rose above the committed baseline (unknown specs: 0)."""
    return [
        f"{o.spec}: {baseline.get(o.spec, 0)} -> {o.left_out}"
        for o in outcomes
        if o.left_out > baseline.get(o.spec, 0)
    ]


def read_baseline(path: Path) -> dict[str, int]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): int(v) for k, v in data.items()}


def write_baseline(path: Path, outcomes: Iterable[Outcome], previous: dict[str, int]) -> None:
    """The swept specs' counts, keeping other specs' entries (a partial sweep updates its part)."""
    merged = {**previous, **{o.spec: o.left_out for o in outcomes}}
    text = json.dumps(dict(sorted(merged.items())), indent=1, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def read_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip("\r\n") for line in lines if line.strip() and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder the ids are under")
    parser.add_argument("--list", type=Path, required=True, help="file of spec ids, one a line")
    parser.add_argument("--work", type=Path, default=Path(".corpus/sweep"), help="output folder")
    parser.add_argument("--csv", type=Path, help="default: WORK/results.csv")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per stage")
    parser.add_argument("--no-mypy", action="store_true")
    parser.add_argument(
        "--left-out-only",
        action="store_true",
        help="only count left-out constructs (parse, no package): fast, for --baseline",
    )
    parser.add_argument("--only", help="regular expression: sweep only matching ids")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="JSON of left-out counts per spec; the sweep fails when one grows",
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="write this sweep's left-out counts into --baseline instead of comparing",
    )
    args = parser.parse_args(argv)
    ids = read_list(args.list)
    if args.only:
        ids = [i for i in ids if re.search(args.only, i)]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        args.corpus.resolve(), work, args.timeout, not args.no_mypy, args.left_out_only
    )
    csv_path: Path = args.csv or work / "results.csv"
    outcomes: list[Outcome] = []
    slots = list(range(args.jobs))

    def task(spec_id: str) -> Outcome:
        worker = slots.pop()
        try:
            return sweep_one(spec_id, settings, worker)
        finally:
            slots.append(worker)

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(task, spec_id) for spec_id in ids]
        for index, future in enumerate(as_completed(futures), 1):
            outcome = future.result()
            outcomes.append(outcome)
            print(
                f"[{index}/{len(ids)}] {outcome.stage:8s} {outcome.seconds:6.1f}s"
                f" left out {outcome.left_out:3d}  {outcome.spec}",
                file=sys.stderr,
                flush=True,
            )
            if index % 25 == 0:
                write_csv(csv_path, outcomes)  # an interrupted sweep still leaves its rows
    position = {spec_id: index for index, spec_id in enumerate(ids)}
    outcomes.sort(key=lambda o: position[o.spec])
    write_csv(csv_path, outcomes)
    if settings.left_out_only:
        failed = [o for o in outcomes if o.stage != "ok"]
        for o in failed:
            print(f"  {o.stage:8s} {o.spec}: {o.diagnostic[:200]}")
        print(f"left out, {len(outcomes)} specs: {sum(o.left_out for o in outcomes)}")
        ok = not failed
    else:
        print(summary(outcomes, settings.mypy))
        print(f"\nCSV: {csv_path}")
        ok = all(met for _, met in targets(outcomes, settings.mypy))
    if args.baseline is not None:
        baseline = read_baseline(args.baseline)
        if args.update_baseline:
            write_baseline(args.baseline, outcomes, baseline)
            print(f"baseline written: {args.baseline}")
        else:
            grown = left_out_growth(outcomes, baseline)
            total = sum(baseline.get(o.spec, 0) for o in outcomes)
            print(
                f"left out: {sum(o.left_out for o in outcomes)} now, {total} in the baseline"
                f" ({args.baseline})"
            )
            for line in grown:
                print(f"  left out GREW  {line}")
            ok = ok and not grown
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
