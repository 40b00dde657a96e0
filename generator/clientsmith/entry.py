"""The console entry point: answers an up-to-date ``generate`` before loading the generator.

Everything else goes to ``cli.main``; importing the full generator costs most of a
second, which ``make generate`` on an unchanged tree should not pay.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .freshness import is_fresh


def _fresh_generate(argv: Sequence[str]) -> bool:
    """True (after reporting) when ``argv`` is a provider generate whose outputs are fresh."""
    if not argv or argv[0] != "generate":
        return False
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("providers", nargs="*")
    parser.add_argument("--specs-dir", type=Path, default=Path("specs"))
    parser.add_argument("--out", type=Path, default=Path("generated"))
    parser.add_argument("-q", "--quiet", action="store_true")
    args, unknown = parser.parse_known_args(argv[1:])
    if unknown:
        return False
    names = args.providers or sorted(
        p.parent.name for p in args.specs_dir.glob("*/clientsmith.toml")
    )
    if not names or not all(
        is_fresh(name, args.specs_dir / name, args.out / name) for name in names
    ):
        return False
    for name in names:
        print(f"{name}: {args.out / name} is up to date (inputs unchanged)")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _fresh_generate(arguments):
        return 0
    from .cli import main as full_main

    return full_main(arguments)
