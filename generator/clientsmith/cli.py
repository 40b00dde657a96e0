"""``clientsmith`` command line: generate, check, validate, ir.

Exit status: 0 success, 1 ``check`` found stale output, 2 invalid input or usage,
3 an internal error (a bug: reported in one line, traceback with CLIENTSMITH_DEBUG=1).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, ir
from .config import default_config
from .diagnostics import Diagnostic, Severity, SpecError
from .loader import load_spec
from .pipeline import build_ir, diff_tree, generate, provider_config, providers, write_tree
from .validator import validate

EXIT_OK, EXIT_STALE, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3


def _report(diagnostics: Sequence[Diagnostic], *, quiet: bool = False) -> None:
    for d in diagnostics:
        if quiet and d.severity is Severity.WARNING and not d.omitted:
            continue
        print(f"{d.severity.value}: {d.format()}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientsmith",
        description="Generate typed, self-contained Python client packages from OpenAPI documents.",
    )
    parser.add_argument("--version", action="version", version=f"clientsmith {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    gen = sub.add_parser(
        "generate",
        help="generate client packages",
        description="Generate one package per provider (all by default) from specs/<provider>/, "
        "or one package from --spec FILE into --out DIR.",
    )
    gen.add_argument("providers", nargs="*", metavar="PROVIDER")
    gen.add_argument("--specs-dir", type=Path, default=Path("specs"), help="default: specs")
    gen.add_argument("--out", type=Path, help="output folder (default: generated/)")
    gen.add_argument("--spec", type=Path, help="generate from this spec file, without a config")
    gen.add_argument("--name", help="with --spec: package name (default: from the file name)")
    gen.add_argument("--strict", action="store_true", help="fail (exit 2) on any spec problem")
    gen.add_argument("--no-validate", action="store_true", help="skip the OpenAPI schema check")
    gen.add_argument(
        "-q", "--quiet", action="store_true", help="only print problems that drop something"
    )

    chk = sub.add_parser(
        "check",
        help="exit 1 with a diff when generated/ is out of date",
        description="Regenerate in memory and compare with the committed output.",
    )
    chk.add_argument("providers", nargs="*", metavar="PROVIDER")
    chk.add_argument("--specs-dir", type=Path, default=Path("specs"))
    chk.add_argument("--out", type=Path, default=Path("generated"))

    val = sub.add_parser("validate", help="report every problem in a spec (exit 2 if any)")
    val.add_argument("spec", type=Path)

    irp = sub.add_parser("ir", help="print the intermediate representation of a spec as JSON")
    irp.add_argument("spec", type=Path)
    return parser


def _cmd_generate(args: argparse.Namespace) -> int:
    if args.spec is not None:
        if args.providers:
            raise SystemExit("clientsmith generate: give either PROVIDER names or --spec, not both")
        if args.out is None:
            raise SystemExit("clientsmith generate: --spec needs --out DIR")
        config = default_config(args.name or args.spec.stem)
        jobs = [(args.spec, config, args.spec.name, args.out)]
    else:
        out_root = args.out or Path("generated")
        names = args.providers or providers(args.specs_dir)
        if not names:
            raise SystemExit(f"clientsmith generate: no providers found in {args.specs_dir}")
        jobs = []
        for name in names:
            config = provider_config(args.specs_dir, name)
            assert config.spec_file is not None
            label = f"specs/{name}/{config.spec_file.name}"
            jobs.append((config.spec_file, config, label, out_root / name))
    status = EXIT_OK
    for spec_file, config, label, out in jobs:
        result = generate(spec_file, config, label, check=not args.no_validate)
        _report(result.diagnostics, quiet=args.quiet)
        if args.strict and result.diagnostics:
            print(
                f"clientsmith: {label}: {len(result.diagnostics)} problem(s); --strict",
                file=sys.stderr,
            )
            status = EXIT_INVALID
            continue
        changed = write_tree(result.files, out)
        omitted = f", left out {len(result.api.omitted)}" if result.api.omitted else ""
        print(
            f"{config.provider}: {len(result.files)} files in {out} ({len(changed)} changed{omitted})"
        )
    return status


def _cmd_check(args: argparse.Namespace) -> int:
    names = args.providers or providers(args.specs_dir)
    stale = False
    for name in names:
        config = provider_config(args.specs_dir, name)
        assert config.spec_file is not None
        label = f"specs/{name}/{config.spec_file.name}"
        result = generate(config.spec_file, config, label)
        diff = diff_tree(result.files, args.out / name, f"{args.out.as_posix()}/{name}")
        if diff:
            stale = True
            sys.stdout.write(diff)
            print(f"clientsmith check: {args.out / name} is out of date", file=sys.stderr)
    if stale:
        print("run `make generate` and commit the result", file=sys.stderr)
        return EXIT_STALE
    print(f"clientsmith check: {len(names)} package(s) up to date")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    spec = load_spec(args.spec)
    problems = validate(spec)
    _report(problems)
    if problems:
        print(f"clientsmith validate: {len(problems)} problem(s)", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.spec}: valid")
    return EXIT_OK


def _cmd_ir(args: argparse.Namespace) -> int:
    api, diagnostics = build_ir(args.spec, default_config(args.spec.stem))
    _report(diagnostics, quiet=True)
    sys.stdout.write(ir.to_json(api))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {
        "generate": _cmd_generate,
        "check": _cmd_check,
        "validate": _cmd_validate,
        "ir": _cmd_ir,
    }
    try:
        return handlers[args.command](args)
    except SpecError as exc:
        _report(exc.diagnostics)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("CLIENTSMITH_DEBUG"):
            raise
        print(
            f"clientsmith: internal error ({type(exc).__name__}: {exc}); this is a bug in"
            " clientsmith, not in your spec. Set CLIENTSMITH_DEBUG=1 for the traceback.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
