"""Copying a generated package into another code base under a new import name.

Generated packages import their own modules relatively, so the folder works under any
name once copied; this module checks that promise (an absolute self-import, or an import
of clientsmith, would break the copy) instead of rewriting code. A marker file lets a
later ``vendor`` run replace its own copy without ever deleting a folder it did not make.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from .diagnostics import Diagnostic, SpecError
from .pynames import HARD_KEYWORDS

MARKER = "VENDORED.txt"


def absolute_self_imports(package_dir: Path, import_name: str) -> list[Diagnostic]:
    """Imports that tie the package to its original name (or to clientsmith)."""
    forbidden = {import_name, "clientsmith"}
    problems: list[Diagnostic] = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        shown = path.as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=shown)
        except SyntaxError as exc:
            problems.append(Diagnostic(shown, "", f"not valid Python: {exc.msg}"))
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in forbidden:
                    problems.append(
                        Diagnostic(
                            shown,
                            "",
                            f"line {node.lineno}: absolute import of {name!r};"
                            " a vendored copy needs relative imports",
                        )
                    )
    return problems


def vendor(package_dir: Path, import_name: str, dest: Path, new_name: str, *, note: str) -> Path:
    """Copy ``package_dir`` to ``dest/new_name``; return the new package folder."""
    if not new_name.isidentifier() or new_name in HARD_KEYWORDS:
        raise SpecError([Diagnostic(new_name, "", "not a valid Python package name")])
    if not (package_dir / "__init__.py").is_file():
        raise SpecError(
            [Diagnostic(str(package_dir), "", "no generated package here; run `make generate`")]
        )
    problems = absolute_self_imports(package_dir, import_name)
    if problems:
        raise SpecError(problems)
    target = dest / new_name
    if target.exists() and not (target / MARKER).is_file():
        raise SpecError(
            [
                Diagnostic(
                    str(target),
                    "",
                    f"exists and was not made by `clientsmith vendor` (no {MARKER}); not replaced",
                )
            ]
        )
    dest.mkdir(parents=True, exist_ok=True)
    staging = dest / f".{new_name}.vendoring"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(package_dir, staging, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (staging / MARKER).write_text(note, encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target
