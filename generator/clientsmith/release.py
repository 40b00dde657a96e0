"""Releasing a provider package: bump the version, record the CHANGELOG entry, move the baseline.

Everything a release decides is written into ``specs/<provider>/`` (the config's
``[package] version``, ``CHANGELOG.md`` and the ``.released/`` copy of spec and config
that the next release is compared with), so generating stays a pure function of
``specs/`` and ``clientsmith check`` keeps working.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import changelog
from .config import CHANGELOG_FILE, CONFIG_FILE, RELEASED_DIR, Config
from .diagnostics import Diagnostic, SpecError
from .pipeline import build_ir, released_config, unreleased_changes
from .specdiff import Report, parse_version


@dataclass(frozen=True)
class Plan:
    provider: str
    previous: str | None
    """The released version, or None for the first release."""
    version: str
    report: Report | None
    """Changes since ``previous`` (None for the first release)."""
    warning: str | None = None


def plan(config: Config, version: str | None = None) -> Plan | None:
    """What releasing now would do; None when nothing changed since the last release."""
    shown = str(config.config_file)
    if version is not None and parse_version(version) is None:
        raise SpecError([Diagnostic(shown, "/package/version", f"{version!r} is not X.Y.Z")])
    baseline = released_config(config)
    if baseline is None:
        return Plan(config.provider, None, version or config.version, None)
    assert config.spec_file is not None
    api, _ = build_ir(config.spec_file, config, check=False)
    pending = unreleased_changes(config, api)
    if pending is None and version is None and config.version == baseline.version:
        return None
    report = pending.report if pending is not None else Report(())
    suggested = report.bump(baseline.version).next
    chosen = version or (config.version if config.version != baseline.version else suggested)
    if chosen is None:
        raise SpecError(
            [
                Diagnostic(
                    shown,
                    "/package/version",
                    f"cannot bump {baseline.version!r} automatically; pass --version X.Y.Z",
                )
            ]
        )
    old_key, new_key = parse_version(baseline.version), parse_version(chosen)
    if old_key is not None and new_key is not None and new_key <= old_key:
        raise SpecError(
            [
                Diagnostic(
                    shown,
                    "/package/version",
                    f"{chosen} is not above the released {baseline.version}",
                )
            ]
        )
    warning = None
    suggested_key = parse_version(suggested) if suggested else None
    if new_key is not None and suggested_key is not None and new_key < suggested_key:
        warning = (
            f"{chosen} is below the suggested {suggested} ({report.bump(baseline.version).part})"
        )
    return Plan(config.provider, baseline.version, chosen, report, warning)


def apply(config: Config, release: Plan, date: str) -> list[Path]:
    """Write the release into the provider folder; return the paths written."""
    folder = config.folder
    assert folder is not None and config.config_file is not None
    set_version(config.config_file, release.version)
    history_file = folder / CHANGELOG_FILE
    history = (
        history_file.read_text(encoding="utf-8")
        if history_file.is_file()
        else changelog.new_history(config)
    )
    section = changelog.entry(release.version, date, release.report)
    history_file.write_text(changelog.insert(history, section), encoding="utf-8")
    refresh_baseline(folder)
    return [config.config_file, history_file, folder / RELEASED_DIR]


def set_version(path: Path, version: str) -> None:
    """Change ``[package] version`` in place, keeping the file's comments and layout."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header = next(
        (i for i, line in enumerate(lines) if re.match(r"^\s*\[\s*package\s*\]\s*(#.*)?$", line)),
        None,
    )
    assignment = f'version = "{version}"\n'
    if header is None:
        lines += ["\n" if lines and not lines[-1].endswith("\n") else "", "[package]\n", assignment]
    else:
        end = next(
            (i for i in range(header + 1, len(lines)) if lines[i].lstrip().startswith("[")),
            len(lines),
        )
        line = next(
            (i for i in range(header + 1, end) if re.match(r"^\s*version\s*=", lines[i])), None
        )
        if line is None:
            lines.insert(header + 1, assignment)
        else:
            lines[line] = re.sub(
                r"=\s*(\"[^\"]*\"|'[^']*')", f'= "{version}"', lines[line], count=1
            )
    updated = "".join(lines)
    if tomllib.loads(updated).get("package", {}).get("version") != version:
        raise SpecError([Diagnostic(str(path), "/package/version", "could not set the version")])
    path.write_text(updated, encoding="utf-8")


def refresh_baseline(folder: Path) -> None:
    """Copy the spec files and config into ``.released/`` (replacing the previous copy)."""
    target = folder / RELEASED_DIR
    staging = folder / f"{RELEASED_DIR}.new"
    shutil.rmtree(staging, ignore_errors=True)

    def skip(directory: str, names: list[str]) -> list[str]:
        top = Path(directory) == folder
        own = (RELEASED_DIR, staging.name, CHANGELOG_FILE)
        return [n for n in names if n == "__pycache__" or (top and n in own)]

    shutil.copytree(folder, staging, ignore=skip)
    if not (staging / CONFIG_FILE).is_file():  # pragma: no cover - copied above
        raise SpecError([Diagnostic(str(folder), "", f"no {CONFIG_FILE} to keep")])
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
