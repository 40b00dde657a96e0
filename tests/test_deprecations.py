"""Deprecated operations, parameters, body fields and model fields warn when used.

Calls go to a real loopback server; warnings are captured with ``pytest.warns`` and
type checkers' view is checked with mypy (``@deprecated`` operations are flagged).
"""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .loopback import Loopback, respond
from .packages import generate_package, imported_package

pytestmark = pytest.mark.slow

SPEC = """
openapi: 3.0.3
info: {title: Legacy, version: "1"}
servers:
  - url: https://legacy.example.com
paths:
  /reports:
    get:
      operationId: listReports
      parameters:
        - {name: format, in: query, deprecated: true, schema: {type: string}}
        - {name: limit, in: query, description: Page size., schema: {type: integer}}
      responses:
        "200":
          description: Reports.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Report"}}
    post:
      operationId: createReport
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [title]
              properties:
                title: {type: string}
                legacy_layout: {type: boolean, deprecated: true}
      responses:
        "200":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Report"}
  /reports/export:
    post:
      operationId: exportReports
      deprecated: true
      summary: Export every report.
      responses:
        "204": {description: Exported.}
components:
  schemas:
    Report:
      type: object
      properties:
        id: {type: string}
        old_id: {type: string, deprecated: true}
"""

REPORT = b'{"id": "r1", "old_id": "legacy-1"}'


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("legacy")
    generate_package(folder, "legacy", SPEC)
    return folder / "out"


@pytest.fixture(scope="module")
def legacy(package_dir: Path) -> Iterator[ModuleType]:
    with imported_package(package_dir.parent, "legacy") as package:
        yield package


def _app(handler: object) -> None:
    path = handler.path  # type: ignore[attr-defined]
    method = handler.command  # type: ignore[attr-defined]
    if method == "GET":
        respond(handler, b"[" + REPORT + b"]", content_type="application/json")  # type: ignore[arg-type]
    elif path.endswith("/export"):
        respond(handler, b"")  # type: ignore[arg-type]
    else:
        respond(handler, REPORT, content_type="application/json")  # type: ignore[arg-type]


def _caller(klass: type, url: str) -> Callable[[Callable[[Any], Any]], Any]:
    """Make one call; async calls get a fresh client and event loop each."""

    def call(make: Callable[[Any], Any]) -> Any:
        result = make(klass(base_url=url))
        return asyncio.run(result) if inspect.iscoroutine(result) else result

    return call


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_deprecated_inputs_warn_only_when_given(legacy: ModuleType, mode: str) -> None:
    klass = legacy.Legacy if mode == "sync" else legacy.AsyncLegacy
    with Loopback(_app) as server:
        call = _caller(klass, server.url)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # nothing deprecated used: no warning at all
            call(lambda c: c.reports.list(limit=5))
            call(lambda c: c.reports.create(title="Q3"))
        with pytest.warns(DeprecationWarning, match="`format` is deprecated"):
            call(lambda c: c.reports.list(format="csv"))
        with pytest.warns(DeprecationWarning, match="`legacy_layout` is deprecated"):
            call(lambda c: c.reports.create(title="Q3", legacy_layout=True))
        with pytest.warns(DeprecationWarning, match="POST /reports/export is deprecated"):
            call(lambda c: c.reports.export())
    queries = [seen["path"] for seen in server.seen if seen["method"] == "GET"]
    assert queries == ["/reports?limit=5", "/reports?format=csv"]  # still sent


def test_deprecated_model_fields_warn_when_read(legacy: ModuleType) -> None:
    report = legacy.models.Report.model_validate_json(REPORT)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert report.id == "r1"
        assert report.model_dump() == {"id": "r1", "old_id": "legacy-1"}
    with pytest.warns(DeprecationWarning):
        assert report.old_id == "legacy-1"


def test_docstrings_name_every_parameter_and_say_deprecated(legacy: ModuleType) -> None:
    doc = legacy.Legacy(base_url="http://127.0.0.1:1").reports.list.__doc__
    assert "format: Deprecated." in doc
    assert "limit: Page size." in doc
    export_doc = legacy.Legacy(base_url="http://127.0.0.1:1").reports.export.__doc__
    assert "Deprecated" in export_doc


def test_type_checkers_flag_deprecated_operations(package_dir: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from legacy import Legacy\n\n"
        "client = Legacy()\n"
        "client.reports.list(limit=1)\n"
        "client.reports.export()\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated", str(usage)],
        check=False,
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(package_dir), "PATH": ""},
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stdout
    # (the package's own raw-response wrappers are flagged too when it is read as source
    # through MYPYPATH; mypy does not report installed packages)
    flagged = [
        line
        for line in result.stdout.splitlines()
        if line.startswith("usage.py") and "[deprecated]" in line
    ]
    assert len(flagged) == 1 and "usage.py:5:" in flagged[0], result.stdout
