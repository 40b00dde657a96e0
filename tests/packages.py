"""Generate a client package from a spec into a folder, and import it for one test module."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from clientsmith.config import default_config
from clientsmith.pipeline import Result, generate, write_tree


def generate_package(
    folder: Path,
    name: str,
    spec_text: str | None = None,
    *,
    spec: Path | None = None,
    **config: Any,
) -> Result:
    """Write ``spec_text`` (or use ``spec``) and generate package ``name`` into ``folder/out``.

    ``config`` replaces fields of the default config (``spec_url=``, ``auth=``...).
    """
    folder.mkdir(parents=True, exist_ok=True)
    if spec is None:
        assert spec_text is not None
        spec = folder / f"{name}.yaml"
        spec.write_text(spec_text, encoding="utf-8")
    result = generate(spec, dataclasses.replace(default_config(name), **config), spec.name)
    write_tree(result.files, folder / "out")
    return result


@contextlib.contextmanager
def imported_package(folder: Path, name: str) -> Iterator[ModuleType]:
    """Import ``folder/out/<name>``; afterwards forget it, so another test may reuse the name."""
    out = str(folder / "out")
    sys.path.insert(0, out)
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(out)
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
