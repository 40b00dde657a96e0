"""``clientsmith`` command line: generate, check, validate, ir, and the spec-update workflow
(extract, diff, release, vendor, package, publish).

Exit status: 0 success; 1 ``check`` found stale output, or ``package``/``publish`` could
not go ahead (stale package, unreleased changes, build failed, upload refused); 2 invalid
input or usage; 3 an internal error (a bug: reported in one line, traceback with
CLIENTSMITH_DEBUG=1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, freshness, ir, publish, release, specdiff
from .config import Config, default_config, untitled_config
from .diagnostics import Diagnostic, Severity, SpecError
from .extract import ON_CONFLICT, extract, to_yaml
from .loader import load_spec
from .pipeline import (
    Result,
    build_ir,
    diff_tree,
    generate,
    provider_config,
    providers,
    released_config,
    write_tree,
)
from .timings import Timings
from .validator import validate
from .vendor import vendor

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
    gen.add_argument(
        "--name", help="with --spec: package name (default: from info.title, else the file name)"
    )
    gen.add_argument("--strict", action="store_true", help="fail (exit 2) on any spec problem")
    gen.add_argument("--no-validate", action="store_true", help="skip the OpenAPI schema check")
    gen.add_argument(
        "-q", "--quiet", action="store_true", help="only print problems that drop something"
    )
    gen.add_argument(
        "--timings", action="store_true", help="print the seconds each stage took (stderr)"
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
    _workflow_parsers(sub)
    return parser


def _workflow_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ext = sub.add_parser(
        "extract",
        help="merge the OpenAPI fragments of documentation pages into one spec",
        description="Pull the ```yaml OpenAPI blocks out of Markdown pages and merge them. "
        "Conflicting definitions are always reported with both pages. --on-conflict: "
        "rename (default) keeps both, the later page's component suffixed with its page "
        "title; first keeps the earlier page's; fail writes nothing and exits 2. "
        "Operations, info, tags and servers cannot be renamed: the earlier page's stay.",
    )
    ext.add_argument("pages", nargs="+", type=Path, metavar="PAGE")
    ext.add_argument("-o", "--output", type=Path, help="write the spec here (default: stdout)")
    ext.add_argument("--on-conflict", choices=ON_CONFLICT, default="rename")

    dif = sub.add_parser(
        "diff",
        help="breaking and non-breaking changes between two versions of a spec",
        description="Compare two specs through the IR and suggest the semver bump. Exit 0.",
    )
    dif.add_argument("old", type=Path)
    dif.add_argument("new", type=Path)
    dif.add_argument("--format", choices=("text", "json"), default="text")
    dif.add_argument(
        "--package-version", help="the package's current version, to name the next one"
    )

    rel = sub.add_parser(
        "release",
        help="bump a provider's version, add its CHANGELOG entry, refresh its baseline",
        description="Compare specs/<provider> with its .released/ copy, set [package] version "
        "in clientsmith.toml to the suggested (or given) version, prepend the CHANGELOG "
        "entry, copy spec and config to .released/ and regenerate the package. The first "
        "release (no .released/ yet) records 'Initial release.' at the configured version.",
    )
    rel.add_argument("providers", nargs="+", metavar="PROVIDER")
    rel.add_argument("--version", dest="new_version", help="release as this X.Y.Z")
    rel.add_argument("--date", help="date for the CHANGELOG heading (default: today, UTC)")
    rel.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    rel.add_argument("--specs-dir", type=Path, default=Path("specs"))
    rel.add_argument("--out", type=Path, default=Path("generated"))

    ven = sub.add_parser(
        "vendor",
        help="copy a generated package into another code base under a new import name",
        description="Copy generated/<provider>/<package> to DEST/<name>. The copy needs only "
        "httpx and pydantic; a copy made by an earlier `vendor` is replaced.",
    )
    ven.add_argument("provider", metavar="PROVIDER")
    ven.add_argument("dest", type=Path, metavar="DEST")
    ven.add_argument("--package-name", help="import name of the copy (default: unchanged)")
    ven.add_argument("--specs-dir", type=Path, default=Path("specs"))
    ven.add_argument("--generated", type=Path, default=Path("generated"))

    pkg = sub.add_parser(
        "package",
        help="build, twine-check and test-install sdist + wheel per provider",
        description="python -m build (no isolation: the pinned hatchling), twine check "
        "--strict, then install each wheel into a fresh venv and import it. Exit 1 on failure.",
    )
    pkg.add_argument("providers", nargs="*", metavar="PROVIDER")
    pkg.add_argument("--dist", type=Path, default=Path("dist"), help="default: dist/<provider>")
    pkg.add_argument("--no-install-check", action="store_true", help="skip the fresh-venv import")
    pkg.add_argument("--specs-dir", type=Path, default=Path("specs"))
    pkg.add_argument("--generated", type=Path, default=Path("generated"))

    pub = sub.add_parser(
        "publish",
        help="upload a provider's package with twine",
        description="Refuses (exit 1) when generated/<provider> is stale, the spec has "
        "unreleased changes, or the index already has this version. Credentials: "
        "TWINE_USERNAME / TWINE_PASSWORD.",
    )
    pub.add_argument("provider", metavar="PROVIDER")
    pub.add_argument("--repository-url", required=True, help="the index's upload URL")
    pub.add_argument("--index-url", help="its simple index (default: derived from the URL)")
    pub.add_argument("--dist", type=Path, default=Path("dist"))
    pub.add_argument("--specs-dir", type=Path, default=Path("specs"))
    pub.add_argument("--generated", type=Path, default=Path("generated"))


def _cmd_generate(args: argparse.Namespace) -> int:
    if args.spec is not None:
        if args.providers:
            raise SystemExit("clientsmith generate: give either PROVIDER names or --spec, not both")
        if args.out is None:
            raise SystemExit("clientsmith generate: --spec needs --out DIR")
        config = default_config(args.name) if args.name else untitled_config(args.spec.stem)
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
        timings = Timings()
        result = generate(spec_file, config, label, check=not args.no_validate, timings=timings)
        _report(result.diagnostics, quiet=args.quiet)
        if args.strict and result.diagnostics:
            print(
                f"clientsmith: {label}: {len(result.diagnostics)} problem(s); --strict",
                file=sys.stderr,
            )
            status = EXIT_INVALID
            continue
        with timings.stage("write"):
            _write(result, config, out)
        if args.timings:
            print(f"{config.provider}: timings: {timings.summary()}", file=sys.stderr)
        if config.folder is not None and args.spec is None:
            freshness.record(config.provider, config.folder, out)
    return status


def _write(result: Result, config: Config, out: Path) -> None:
    changed = write_tree(result.files, out)
    omitted = f", left out {len(result.api.omitted)}" if result.api.omitted else ""
    print(
        f"{config.provider}: {len(result.files)} files in {out} ({len(changed)} changed{omitted})"
    )
    if result.unreleased is not None:
        report = result.unreleased.report
        counts = ", ".join(
            f"{len(report.of(level))} {level.value}" for level in specdiff.Level if report.of(level)
        )
        print(
            f"{config.provider}: unreleased API changes ({counts}); suggested bump "
            f"{result.unreleased.bump.describe()}; see {out}/CHANGELOG.md, then "
            f"`clientsmith release {config.provider}`"
        )


def _provider(specs_dir: Path, name: str) -> tuple[Config, Path, str]:
    config = provider_config(specs_dir, name)
    assert config.spec_file is not None
    return config, config.spec_file, f"specs/{name}/{config.spec_file.name}"


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
    api, diagnostics = build_ir(args.spec, untitled_config(args.spec.stem))
    _report(diagnostics, quiet=True)
    sys.stdout.write(ir.to_json(api))
    return EXIT_OK


def _cmd_extract(args: argparse.Namespace) -> int:
    result = extract(args.pages, on_conflict=args.on_conflict)
    _report(result.problems)
    if result.failed:
        errors = sum(p.severity is Severity.ERROR for p in result.problems)
        print(f"clientsmith extract: {errors} problem(s); nothing written", file=sys.stderr)
        return EXIT_INVALID
    text = to_yaml(result, args.on_conflict)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    document = result.document
    pages = len({f.page for f in result.fragments})
    print(
        f"clientsmith extract: {len(result.fragments)} fragment(s) from {pages} of "
        f"{len(args.pages)} page(s): {len(document.get('paths', {}))} path(s), "
        f"{sum(len(v) for v in document.get('components', {}).values())} component(s), "
        f"{len(result.resolutions)} conflict(s) resolved ({args.on_conflict})"
        + (f" -> {args.output}" if args.output else ""),
        file=sys.stderr,
    )
    return EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> int:
    config = default_config(args.new.stem)
    old, old_problems = build_ir(args.old, config)
    new, new_problems = build_ir(args.new, config)
    _report([*old_problems, *new_problems], quiet=True)
    report = specdiff.compare(old, new)
    if args.format == "json":
        data = {"old": str(args.old), "new": str(args.new), **report.as_json(args.package_version)}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        header = f"clientsmith diff: {args.old} -> {args.new}"
        sys.stdout.write(specdiff.format_text(report, args.package_version, header=header))
    return EXIT_OK


def _cmd_release(args: argparse.Namespace) -> int:
    date = args.date or dt.datetime.now(dt.UTC).date().isoformat()
    for name in args.providers:
        config, spec_file, label = _provider(args.specs_dir, name)
        plan = release.plan(config, args.new_version)
        if plan is None:
            print(f"{name}: no changes since {config.version}; nothing to release")
            continue
        if plan.report is not None:
            sys.stdout.write(specdiff.format_text(plan.report, plan.previous))
        if plan.warning:
            print(f"warning: {config.config_file}: {plan.warning}", file=sys.stderr)
        what = f"{plan.previous} -> {plan.version}" if plan.previous else f"{plan.version} (first)"
        if args.dry_run:
            print(f"{name}: would release {what} (--dry-run: nothing written)")
            continue
        for path in release.apply(config, plan, date):
            print(f"{name}: wrote {path}")
        print(f"{name}: released {what}")
        config, spec_file, label = _provider(args.specs_dir, name)
        result = generate(spec_file, config, label)
        _report(result.diagnostics, quiet=True)
        _write(result, config, args.out / name)
    return EXIT_OK


def _stale(specs_dir: Path, name: str, generated: Path) -> tuple[Config, Result, str]:
    """The provider's config, a fresh generation, and the diff to what is on disk."""
    config, spec_file, label = _provider(specs_dir, name)
    result = generate(spec_file, config, label)
    return config, result, diff_tree(result.files, generated / name, f"{generated}/{name}")


def _cmd_vendor(args: argparse.Namespace) -> int:
    config, _, stale = _stale(args.specs_dir, args.provider, args.generated)
    if stale:
        print(
            f"warning: {args.generated / args.provider} is out of date with specs/; "
            "vendoring what is on disk (run `make generate` first to vendor the current spec)",
            file=sys.stderr,
        )
    new_name = args.package_name or config.import_name
    note = (
        f"Vendored by `clientsmith vendor {args.provider}` from {config.distribution} "
        f"{config.version} (originally imported as {config.import_name}).\n"
        f"Refresh: clientsmith vendor {args.provider} {args.dest} --package-name {new_name}\n"
        "Needs httpx and pydantic v2. Do not edit: a refresh replaces this folder.\n"
    )
    package_dir = args.generated / args.provider / config.import_name
    target = vendor(package_dir, config.import_name, args.dest, new_name, note=note)
    print(
        f"{args.provider}: {config.distribution} {config.version} -> {target} (import {new_name})"
    )
    return EXIT_OK


def _cmd_package(args: argparse.Namespace) -> int:
    publish.require_tools()
    names = args.providers or providers(args.specs_dir)
    for name in names:
        config, _, stale = _stale(args.specs_dir, name, args.generated)
        if stale:
            print(f"{name}: {args.generated / name} is stale; run `make generate`", file=sys.stderr)
            return EXIT_STALE
        built = publish.build(args.generated / name, args.dist / name, name)
        publish.twine_check(built)
        if not args.no_install_check:
            publish.verify_install(built, config)
        checked = "twine check passed" + (
            "" if args.no_install_check else ", imports in a fresh venv"
        )
        print(f"{name}: {', '.join(f.name for f in built.files)} ({checked})")
    return EXIT_OK


def _cmd_publish(args: argparse.Namespace) -> int:
    publish.require_tools()
    name = args.provider
    config, result, stale = _stale(args.specs_dir, name, args.generated)
    if stale:
        print(f"{name}: {args.generated / name} is stale; run `make generate`", file=sys.stderr)
        return EXIT_STALE
    baseline = released_config(config)
    if result.unreleased is not None or (baseline and baseline.version != config.version):
        what = (
            f"unreleased API changes (suggested bump {result.unreleased.bump.describe()})"
            if result.unreleased is not None
            else f"version {config.version} in its config, not released yet"
        )
        print(
            f"{name}: specs/{name} has {what}; run `clientsmith release {name}` first",
            file=sys.stderr,
        )
        return EXIT_STALE
    built = publish.build(args.generated / name, args.dist / name, name)
    publish.twine_check(built)
    index = args.index_url or publish.index_for(args.repository_url)
    there = publish.already_published(built, config.distribution, index)
    if there:
        print(
            f"{name}: {config.distribution} {config.version} is already on {index} "
            f"({', '.join(there)}); a published version cannot be replaced. "
            f"Release a new version (`clientsmith release {name}`) and publish that.",
            file=sys.stderr,
        )
        return EXIT_STALE
    publish.upload(built, args.repository_url)
    print(f"{name}: uploaded {', '.join(f.name for f in built.files)} to {args.repository_url}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {
        "generate": _cmd_generate,
        "check": _cmd_check,
        "validate": _cmd_validate,
        "ir": _cmd_ir,
        "extract": _cmd_extract,
        "diff": _cmd_diff,
        "release": _cmd_release,
        "vendor": _cmd_vendor,
        "package": _cmd_package,
        "publish": _cmd_publish,
    }
    try:
        return handlers[args.command](args)
    except SpecError as exc:
        _report(exc.diagnostics)
        return EXIT_INVALID
    except publish.PublishError as exc:
        print(f"clientsmith {args.command}: {exc}", file=sys.stderr)
        return EXIT_STALE
    except OSError as exc:  # a path given on the command line cannot be read or written
        where = exc.filename if exc.filename is not None else args.command
        print(f"error: {where}: /: {exc.strerror or exc}", file=sys.stderr)
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
