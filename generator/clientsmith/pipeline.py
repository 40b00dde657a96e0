"""The generator as a library: spec (+ config) -> formatted package files -> disk.

The CLI is a thin layer over these functions; tests call them directly.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import changelog, ir, parallel, specdiff
from .config import CHANGELOG_FILE, CONFIG_FILE, RELEASED_DIR, Config, load_config, titled
from .diagnostics import Diagnostic, Diagnostics, SpecError
from .formatting import format_sources
from .freshness import is_output_file
from .loader import load_spec
from .parser import build_api
from .renderer import render_package
from .timings import Timings
from .validator import advisory

sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))


@dataclass(frozen=True)
class Unreleased:
    """What changed in a provider's API since its last release."""

    report: specdiff.Report
    released_version: str

    @property
    def bump(self) -> specdiff.Bump:
        return self.report.bump(self.released_version)


@dataclass(frozen=True)
class Result:
    api: ir.Api
    files: dict[str, str]
    diagnostics: list[Diagnostic]
    unreleased: Unreleased | None = None
    """Changes since the provider's released copy (None without one, or when unchanged)."""


def build_ir(
    spec_path: Path, config: Config, *, check: bool = True, timings: Timings | None = None
) -> tuple[ir.Api, list[Diagnostic]]:
    """Load, validate (as warnings) and parse a spec into the IR.

    The checks only report, so for large specs they run in a second process beside the
    parser; their findings still come first, as if they had run before it.
    """
    timings = timings or Timings()
    with timings.stage("load"):
        spec = load_spec(spec_path)
    document = spec.document
    if not any(k in document for k in ("paths", "components", "definitions", "webhooks")):
        raise SpecError(
            [
                Diagnostic(
                    spec.display(spec.path), "", "not an OpenAPI document: no paths or components"
                )
            ]
        )
    found = Diagnostics()
    info = document.get("info")
    config = titled(config, info.get("title") if isinstance(info, dict) else None)

    def parse() -> ir.Api:
        try:
            return build_api(spec, config, found)
        except RecursionError:
            raise SpecError(
                [
                    Diagnostic(
                        spec.display(spec.path), "", "schemas are nested too deeply to process"
                    )
                ]
            ) from None

    if not check:
        with timings.stage("parse"):
            return parse(), found.items
    if spec_path.stat().st_size < PARALLEL_CHECK_BYTES:
        with timings.stage("check"):
            checked = advisory(spec)
        with timings.stage("parse"):
            api = parse()
    else:
        with timings.stage("parse (checks beside it)"):
            checked, api = parallel.run_beside(lambda: advisory(spec), parse)
    diagnostics = Diagnostics()
    diagnostics.extend(checked)
    diagnostics.extend(found.items)
    return api, diagnostics.items


PARALLEL_CHECK_BYTES = 200_000
"""Specs this large check in a second process while the parser runs."""


def generate(
    spec_path: Path,
    config: Config,
    source_label: str,
    *,
    check: bool = True,
    timings: Timings | None = None,
) -> Result:
    timings = timings or Timings()
    api, diagnostics = build_ir(spec_path, config, check=check, timings=timings)
    with timings.stage("render"):
        rendered = render_package(api, source_label)
    with timings.stage("format"):
        files = format_sources(rendered)
    with timings.stage("changelog"):
        pending = unreleased_changes(config, api)
        history = provider_changelog(config, pending, str(PurePosixPath(source_label).parent))
    if history is not None:
        files["CHANGELOG.md"] = history
    return Result(api, files, diagnostics, pending)


def released_config(config: Config) -> Config | None:
    """The provider's config as of its last release (``specs/<provider>/.released/``)."""
    if config.folder is None or not (config.folder / RELEASED_DIR / CONFIG_FILE).is_file():
        return None
    return load_config(config.folder / RELEASED_DIR, provider=config.provider)


def unreleased_changes(config: Config, api: ir.Api) -> Unreleased | None:
    """Compare ``api`` with the released copy of the spec, each under its own config."""
    baseline = released_config(config)
    if baseline is None:
        return None
    assert baseline.spec_file is not None
    released_api, _ = build_ir(baseline.spec_file, baseline, check=False)
    report = specdiff.compare(released_api, api)
    return Unreleased(report, baseline.version) if report.changes else None


def provider_changelog(config: Config, pending: Unreleased | None, label: str) -> str | None:
    """The package's CHANGELOG.md, when the provider keeps one (or has been released)."""
    if config.folder is None:
        return None
    history_file = config.folder / CHANGELOG_FILE
    if history_file.is_file():
        history = history_file.read_text(encoding="utf-8")
    elif released_config(config) is not None:
        history = changelog.new_history(config)
    else:
        return None
    section = None
    if pending is not None:
        section = changelog.unreleased(pending.report, pending.released_version, config.provider)
    return changelog.render(history, section, f"{label}/{CHANGELOG_FILE}")


def provider_config(specs_dir: Path, provider: str) -> Config:
    folder = specs_dir / provider
    if not (folder / CONFIG_FILE).is_file():
        raise SpecError([Diagnostic(str(folder), "", f"no {CONFIG_FILE} in provider folder")])
    return load_config(folder)


def providers(specs_dir: Path) -> list[str]:
    return sorted(p.parent.name for p in specs_dir.glob(f"*/{CONFIG_FILE}"))


def write_tree(files: dict[str, str], out_dir: Path) -> list[str]:
    """Make ``out_dir`` hold exactly ``files``; return the paths that changed."""
    changed: list[str] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if is_output_file(p)}
    for name in sorted(existing - set(files)):
        (out_dir / name).unlink()
        changed.append(name)
    for name, text in sorted(files.items()):
        target = out_dir / name
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        changed.append(name)
    for folder in sorted((p for p in out_dir.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return changed


def diff_tree(files: dict[str, str], out_dir: Path, label: str) -> str:
    """A unified diff from what is on disk to what the generator emits now."""
    existing: dict[str, str] = {}
    if out_dir.is_dir():
        for path in sorted(out_dir.rglob("*")):
            if is_output_file(path):
                existing[path.relative_to(out_dir).as_posix()] = path.read_text(
                    encoding="utf-8", errors="replace"
                )
    chunks: list[str] = []
    for name in sorted(set(existing) | set(files)):
        old, new = existing.get(name), files.get(name)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"a/{label}/{name}" if old is not None else "/dev/null",
                tofile=f"b/{label}/{name}" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)
