"""Turn ``results.json`` into the markdown tables and the target verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.config import PEERS, TARGETS, Target

MET, MISSED, NOT_APPLICABLE, NOT_MEASURED = "met", "MISSED", "n/a", "not measured"


@dataclass
class Verdict:
    name: str
    target: Target
    status: str
    detail: str


def lookup(data: Any, metric: str) -> list[tuple[str, Any]]:
    """(path, value) for every match of a dotted ``metric`` with ``*`` wildcards.

    A path that does not exist was not measured (a spec or part not selected); a path
    that exists with ``None`` was measured and failed (a crash, a timeout).
    """
    found = [("", data)]
    for part in metric.split("."):
        step = []
        for path, node in found:
            if isinstance(node, dict):
                keys = list(node) if part == "*" else [part] if part in node else []
                step += [(f"{path}.{key}".lstrip("."), node[key]) for key in keys]
        found = step
    return found


def _value(value: Any) -> str:
    return "none" if value is None else f"{value:.3g}"


def verdicts(results: dict[str, Any]) -> list[Verdict]:
    out = []
    for name, target in TARGETS.items():
        cells = lookup(results, target.metric)
        if not cells:
            out.append(Verdict(name, target, NOT_MEASURED, ""))
            continue
        failed, details = [], []
        for path, value in cells:
            label = path.split(".")[1] if path.startswith("generate.") else ""
            shown = "n/a" if value is None and target.where_available else _value(value)
            details.append(f"{label} {shown}".strip())
            if value is None:
                if not target.where_available:
                    failed.append(path)
            elif (value < target.limit) if target.at_least else (value > target.limit):
                failed.append(path)
        if all(value is None for _, value in cells) and target.where_available:
            status = NOT_APPLICABLE
        else:
            status = MISSED if failed else MET
        out.append(Verdict(name, target, status, ", ".join(details)))
    return out


# ------------------------------------------------------------------ formatting


def _s(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _small(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1e6:.0f} µs" if seconds < 1e-3 else f"{seconds * 1e3:.2f} ms"


def _x(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def _cell(tool: dict[str, Any] | None, timeout: float) -> str:
    if tool is None:
        return "not run"
    if tool["status"] == "timeout":
        return f"timeout (> {timeout:g} s)"
    if tool["status"] != "ok":
        return str(tool["status"])
    return f"{_s(tool['seconds'])} / {tool['peak_mib']:.0f} MiB"


def generation_table(results: dict[str, Any]) -> list[str]:
    settings = results["settings"]
    peers = settings["peers"]
    head = ["Spec", "MB", "json.load", "clientsmith", "÷ json.load", "ops / schemas present"]
    for peer in peers:
        head += [PEERS[peer].label, "speedup"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    notes: list[str] = []
    for key, spec in results.get("generate", {}).items():
        tools = spec["tools"]
        coverage = spec.get("coverage")
        present = (
            f"{coverage['operations_present']}/{coverage['operations']}, "
            f"{coverage['schemas_present']}/{coverage['schemas']}"
            if coverage
            else "—"
        )
        row = [
            spec["label"],
            f"{spec.get('mb', '—')}",
            _cell(tools.get("json.load"), settings["timeout"]),
            _cell(tools.get("clientsmith"), settings["timeout"]),
            _x(spec.get("vs_json_load")),
            present,
        ]
        for peer in peers:
            row += [_cell(tools.get(peer), settings["timeout"]), _x(spec["speedup"].get(peer))]
        lines.append("| " + " | ".join(row) + " |")
        for name, tool in tools.items():
            if tool.get("note"):
                notes.append(f"- {key}, {name}: {tool['note']}")
        if "opc_dropped_schemas" in spec:
            notes.append(
                f"- {key}, opc: dropped {spec['opc_dropped_schemas']} of {spec['schemas']}"
                " component schemas (its own warnings)"
            )
        works = spec.get("opc_works")
        if works and not works["works"]:
            notes.append(f"- {key}, opc: the 10x target does not apply here: {works['why']}")
        if coverage and coverage.get("missing_examples"):
            notes.append(
                f"- {key}, clientsmith: not found: {', '.join(coverage['missing_examples'])}"
            )
    return lines + ([""] + notes if notes else [])


def client_table(results: dict[str, Any]) -> list[str]:
    client, regen = results.get("client"), results.get("regen")
    lines = ["| Figure | clientsmith | reference | ratio |", "|---|---|---|---|"]
    if client:
        imp, parse, req = (
            client.get("import", {}),
            client.get("parse", {}),
            client.get("request", {}),
        )
        if "seconds" in imp:
            lines.append(
                f"| `import {client['package']}` (fresh interpreter, minus bare start-up) "
                f"| {_s(imp['seconds'])} | httpx + pydantic alone: "
                f"{_s(imp.get('dependencies_seconds'))} | — |"
            )
        if "client_s" in parse:
            lines.append(
                f"| parse {parse['items']} × `{parse['model']}` ({parse['payload_kib']} KiB), "
                "client call on a canned response "
                f"| {_small(parse['client_s'])} | `TypeAdapter(list[M]).validate_json`: "
                f"{_small(parse['floor_s'])} | {_x(parse['ratio_floor'])} |"
            )
            opc = (
                f"{_small(parse['opc_s'])}"
                if parse.get("opc_s")
                else parse.get("opc_error", "not run")
            )
            lines.append(
                f"| same payload, openapi-python-client `from_dict` | {_small(parse['client_s'])} "
                f"| {opc} | {_x(parse.get('speedup_opc'))} faster |"
            )
            if parse.get("floor_speedup_opc"):
                lines.append(
                    "| (the `TypeAdapter` floor vs openapi-python-client `from_dict`) "
                    f"| {_small(parse['floor_s'])} | {opc} "
                    f"| {_x(parse['floor_speedup_opc'])} faster |"
                )
        survey = client.get("floor_survey", {})
        if "median" in survey:
            lines.append(
                f"| (the same floor on {len(survey['payloads'])} more GitHub list payloads of "
                f"{survey['items']} items: {', '.join(r['model'] for r in survey['payloads'])}) "
                f"| | openapi-python-client `from_dict` | {_x(survey['min'])} to "
                f"{_x(survey['max'])} faster, median {_x(survey['median'])} |"
            )
        if "client_s" in req:
            lines.append(
                f"| per request, local server ({req['requests']} requests) "
                f"| {_small(req['client_s'])} | raw httpx + `.json()`: {_small(req['raw_s'])} "
                f"| {_x(req['ratio_raw'])} |"
            )
        for name in ("import", "parse", "request", "floor_survey"):
            if client.get(name, {}).get("error"):
                lines.append(f"| {name} | failed: {client[name]['error']} | | |")
    if regen:
        first = f"first run {_s(regen.get('first_seconds'))}"
        lines.append(
            f"| unchanged `make generate`, second run | {_s(regen.get('seconds'))} | {first} | — |"
        )
        if regen.get("note"):
            lines.append(f"| `make generate` | {regen['status']}: {regen['note']} | | |")
    return lines if len(lines) > 2 else []


def target_table(checked: list[Verdict]) -> list[str]:
    lines = ["| Target (issue 5) | Measured | Result |", "|---|---|---|"]
    for verdict in checked:
        shown = f"**{verdict.status}**" if verdict.status == MISSED else verdict.status
        lines.append(f"| {verdict.target.label} | {verdict.detail or '—'} | {shown} |")
    return lines


def markdown(results: dict[str, Any], checked: list[Verdict]) -> str:
    machine, settings = results["machine"], results["settings"]
    lines = [
        "# clientsmith benchmark",
        "",
        (
            f"{machine['date']} · commit {machine['commit']} · {machine['cpu']}"
            f" × {machine['cores']} · Python {machine['python']} · load average"
            f" {machine['load_before']} before, {machine['load_after']} after"
        ),
        "",
        (
            f"Median of {settings['runs']} run(s) of the whole process; peak = largest RSS"
            f" of the process and its children; per-run limit {settings['timeout']:g} s."
        ),
    ]
    if results.get("generate"):
        lines += ["", "## Generation", "", *generation_table(results)]
    extra = client_table(results)
    if extra:
        lines += ["", "## Generated client and unchanged `make generate`", "", *extra]
    lines += ["", "## Targets", "", *target_table(checked), ""]
    return "\n".join(lines)
