"""Property-based: no string in a spec can change what the generated code does.

Arbitrary text (quotes, backslashes, ``\\r``, NUL, lone surrogates, Jinja
delimiters, code) goes into every slot a spec author controls. The rendered
package must parse, keep the text as data, and hold no statement kind, import or
call that the templates do not emit for an ordinary spec of the same shape.
"""

from __future__ import annotations

import ast
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clientsmith.config import default_config
from clientsmith.diagnostics import escape_pointer_token
from clientsmith.pipeline import build_ir
from clientsmith.renderer import render_package, runtime_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import SPECS

SLOTS = (
    "token_url",
    "scope",
    "title",
    "version",
    "description",
    "summary",
    "server",
    "tag",
    "path",
    "operation_id",
    "parameter",
    "header",
    "default",
    "example",
    "enum",
    "schema",
    "property",
    "scheme",
    "webhook",
)
NASTY = (
    '"""',
    "'''",
    "\\",
    '\\"',
    "\r",
    "\r\n",
    "\n",
    "\x00",
    "\x0b",
    "\x85",
    "\u2028",
    "\ud800",
    "{{ x }}",
    "{% if true %}",
    "{#",
    "#",
    '"',
    "'",
    ")",
    "(",
    "}",
    "{",
    "/",
    "~1",
    "%2F",
    "\nimport os\n",
    "__import__('os').system('id')",
    "\\N{BULLET}",
    "é",
    "𝒳",
    " ",
)
hostile = st.lists(
    st.one_of(st.text(max_size=6), st.sampled_from(NASTY)), min_size=0, max_size=5
).map("".join)


def spec_for(text: Callable[[str], str]) -> dict[str, Any]:
    """One operation (with a callback), a webhook and one model whose every
    author-controlled string is ``text(slot)``."""
    schema = text("schema")
    ref = "#/components/schemas/" + escape_pointer_token(schema).replace("%", "%25")
    prose = {"description": text("description")}
    hook = {  # a webhook or callback request, whose payload is the model
        "summary": text("summary"),
        "requestBody": {"content": {"application/json": {"schema": {"$ref": ref}}}},
        "responses": {"204": {"description": text("summary")}},
        **prose,
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": text("title"), "version": text("version"), **prose},
        "servers": [{"url": text("server"), **prose}],
        "tags": [{"name": text("tag"), **prose}],
        "paths": {
            "/items/" + text("path"): {
                "get": {
                    "operationId": text("operation_id"),
                    "summary": text("summary"),
                    "security": [{"machine": [text("scope")]}],
                    "tags": [text("tag")],
                    "parameters": [
                        {
                            "name": text("parameter"),
                            "in": "query",
                            "schema": {"type": "string", "default": text("default")},
                            "example": text("example"),
                            **prose,
                        },
                        {
                            "name": text("header"),
                            "in": "header",
                            "schema": {"type": "string", "enum": [text("enum"), "fixed"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text("summary"),
                            "content": {"application/json": {"schema": {"$ref": ref}}},
                        }
                    },
                    "callbacks": {
                        text("webhook"): {
                            "{$request.query." + text("parameter") + "}": {
                                "post": {**hook, "operationId": text("operation_id")}
                            },
                        }
                    },
                    **prose,
                }
            }
        },
        "webhooks": {text("webhook"): {"post": hook}},
        "x-speakeasy-webhooks": {
            "security": {"type": "signature", "headerName": text("header")},
        },
        "components": {
            "schemas": {
                schema: {
                    "type": "object",
                    "title": text("title"),
                    "required": [text("property")],
                    "properties": {
                        text("property"): {
                            "type": "string",
                            "default": text("default"),
                            "example": text("example"),
                            **prose,
                        },
                        "status": {
                            "type": "string",
                            "enum": [text("enum"), "fixed"],
                            "default": text("enum"),
                        },
                        "kind": {"const": text("enum")},
                    },
                    **prose,
                }
            },
            "securitySchemes": {
                text("scheme"): {"type": "apiKey", "in": "header", "name": text("header"), **prose},
                "machine": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": text("token_url"),
                            "scopes": {text("scope"): text("description")},
                        }
                    },
                    **prose,
                },
            },
        },
    }


def render(document: dict[str, Any]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "openapi.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        api, _ = build_ir(path, default_config("hostile"), check=False)
    runtime = set(runtime_files())
    return {
        name: text
        for name, text in render_package(api, "openapi.json").items()
        if name.endswith(".py") and name.rsplit("/", 1)[-1] not in runtime
    }


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return _dotted(node.value) + "." + node.attr
    return "<" + type(node).__name__ + ">"


def shape(files: dict[str, str]) -> tuple[set[str], set[str], set[str], set[str]]:
    """Statement kinds (by scope), imports, call targets, and the package's own class names."""
    statements: set[str] = set()
    imports: set[str] = set()
    calls: set[str] = set()
    classes: set[str] = set()
    for text in files.values():
        tree = ast.parse(text)
        scopes: list[tuple[str, ast.AST]] = [("module", tree)]
        while scopes:
            scope, owner = scopes.pop()
            for statement in getattr(owner, "body", []):
                detail = type(statement).__name__
                if isinstance(statement, ast.Expr):
                    detail += ":" + type(statement.value).__name__
                statements.add(f"{scope}/{detail}")
                if isinstance(statement, ast.ClassDef):
                    classes.add(statement.name)
                    scopes.append(("class", statement))
                elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                    scopes.append(("function", statement))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imports.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imports.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Call):
                calls.add(_dotted(node.func))
    return statements, imports, calls, classes


def _ordinary(slot: str) -> str:
    ordinary = {
        "path": "{item_id}",
        "server": "https://api.example.com/v1",
        "token_url": "https://auth.example.com/token",
    }
    return ordinary.get(slot, f"Some {slot}")


BASELINE = [shape(render(spec_for(_ordinary)))]


def _allowed() -> tuple[set[str], set[str], set[str]]:
    statements, imports, calls = set(), set(), set()
    for found, imported, called, _ in BASELINE:
        statements |= found
        imports |= imported
        calls |= called
    # Every import the templates can emit, e.g. ``import builtins`` when a method is called
    # ``list``: taken from the baseline and the committed packages.
    for package in sorted(SPECS.parent.joinpath("generated").glob("*/*/")):
        files = {
            str(p): p.read_text(encoding="utf-8")
            for p in package.rglob("*.py")
            if p.name not in runtime_files()
        }
        found, imported, called, _ = shape(files)
        statements |= found
        imports |= imported
        calls |= called
    return statements, imports, calls


ALLOWED_STATEMENTS, ALLOWED_IMPORTS, ALLOWED_CALLS = _allowed()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.fixed_dictionaries({slot: hostile for slot in SLOTS}))
def test_spec_strings_stay_data(strings: dict[str, str]) -> None:
    files = render(spec_for(strings.__getitem__))
    statements, imports, calls, classes = shape(files)  # ast.parse of every module
    assert statements <= ALLOWED_STATEMENTS, statements - ALLOWED_STATEMENTS
    assert imports <= ALLOWED_IMPORTS, imports - ALLOWED_IMPORTS
    assert calls <= ALLOWED_CALLS | classes, calls - ALLOWED_CALLS - classes
    constants = {
        node.value
        for text in files.values()
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert "/items/" + strings["path"] in constants
    assert strings["enum"] in constants or strings["enum"] == "fixed"
