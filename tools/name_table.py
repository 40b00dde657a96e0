"""Print a Markdown table of how each operation is called, before and after a naming change.

Usage: python tools/name_table.py OLD_IR.json NEW_IR.json [--changed-only]
(IR files from ``clientsmith ir SPEC``, made by the two generator versions compared).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def calls(ir_file: Path) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> ``client.resource.method``."""
    api: dict[str, Any] = json.loads(ir_file.read_text(encoding="utf-8"))
    result: dict[tuple[str, str], str] = {}
    for resource in api["resources"]:
        for op in resource["operations"]:
            query = "&".join(f"{k}={v}" for k, v in op.get("fixed_query", []))
            path = op["path"] + (f"?{query}" if query else "")
            result[(op["method"].upper(), path)] = f"client.{op['resource']}.{op['name']}"
    return result


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    old, new = calls(Path(argv[0])), calls(Path(argv[1]))
    changed_only = "--changed-only" in argv
    print("| HTTP | before | after |\n| --- | --- | --- |")
    for key in sorted(set(old) | set(new), key=lambda k: (k[1], k[0])):
        before, after = old.get(key, "—"), new.get(key, "—")
        if changed_only and before == after:
            continue
        print(f"| `{key[0]} {key[1]}` | `{before}` | `{after}` |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
