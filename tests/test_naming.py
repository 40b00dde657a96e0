"""Identifiers derived from arbitrary spec strings."""

from __future__ import annotations

import ast
import builtins
import keyword
import sys
from pathlib import Path

import pytest
from clientsmith import naming
from clientsmith.naming import (
    PYTHON_BUILTINS,
    UniqueNames,
    attribute_name,
    class_name,
    enum_member_name,
    snake_case,
)
from clientsmith.pynames import BUILTIN_NAMES, HARD_KEYWORDS, STDLIB_MODULES
from clientsmith.reserved import MODELS_MODULE_NAMES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("createdAt", "created_at"),
        ("HTTPResponseCode", "http_response_code"),
        ("agents_list-deployments", "agents_list_deployments"),
        ("created_at[gte]", "created_at_gte"),
        ("X-Api-Key", "x_api_key"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("class", "class_"),
        ("match", "match"),
        ("type", "type"),
        ("1st", "field_1st"),
        ("", "field"),
        ("Ünïcödé", "unicode"),
    ],
)
def test_attribute_names_are_valid_identifiers(text: str, expected: str) -> None:
    assert attribute_name(text) == expected


def test_reserved_attribute_gets_suffix() -> None:
    assert attribute_name("json", frozenset({"json"})) == "json_"


def test_non_latin_names_stay_distinct_and_valid() -> None:
    first, second = attribute_name("名前"), attribute_name("名字")
    assert first != second
    assert first.isidentifier() and second.isidentifier()


@pytest.mark.parametrize("text", ["for", "None", "123abc", "a b c", "😀", "__init__"])
def test_class_names_are_valid(text: str) -> None:
    name = class_name(text)
    assert name.isidentifier() and not keyword.iskeyword(name)
    assert name[0].isupper()


def test_signs_survive_in_enum_members() -> None:
    assert enum_member_name("+1") != enum_member_name("-1")
    assert enum_member_name(-1) == "MINUS_1"
    assert enum_member_name("") == "EMPTY"
    assert enum_member_name("2024-06-10") == "V2024_06_10"
    assert enum_member_name(True) == "TRUE"


def test_unique_names_suffix_collisions_stably() -> None:
    names = UniqueNames(frozenset({"id"}))
    assert [names.claim("id"), names.claim("id"), names.claim("name")] == ["id_2", "id_3", "name"]


def test_class_name_uniqueness_ignores_case() -> None:
    names = UniqueNames(separator="")
    assert [names.claim("Pet"), names.claim("PET")] == ["Pet", "PET2"]


def test_package_names_shadow_no_module_a_client_imports() -> None:
    from clientsmith.naming import package_name

    assert package_name("platform") == "platform_client"
    assert package_name("HTTPX") == "httpx_client"
    assert package_name("pydantic-core") == "pydantic_core_client"
    assert package_name("import") == "import_client"
    assert package_name("3scale") == "client_3scale"
    assert package_name("Petstore API") == "petstore_api"


# Names Python versions disagree on: the generator decides them from fixed lists
# (clientsmith.pynames), never from the interpreter it runs on.


@pytest.mark.parametrize("soft_keyword", ["type", "match", "case"])
def test_soft_keywords_are_plain_names_on_every_version(soft_keyword: str) -> None:
    assert attribute_name(soft_keyword) == soft_keyword
    assert class_name(soft_keyword) == soft_keyword.capitalize()


def test_underscore_field_gets_the_fallback_name() -> None:
    assert attribute_name("_") == "field"


@pytest.mark.parametrize(
    "builtin", ["PythonFinalizationError", "EncodingWarning", "BaseExceptionGroup", "Exception"]
)
def test_builtin_class_names_of_any_version_get_a_suffix(builtin: str) -> None:
    assert class_name(builtin, MODELS_MODULE_NAMES) == builtin + "Model"


@pytest.mark.parametrize(
    "module",
    [
        "cgi",  # removed in 3.13
        "asyncore",  # removed in 3.12
        "tomllib",  # in every supported version
        "telnetlib",  # removed in 3.13
    ],
)
def test_package_names_avoid_stdlib_modules_of_any_version(module: str) -> None:
    from clientsmith.naming import package_name

    assert package_name(module) == snake_case(module) + "_client"


def test_resource_named_after_a_module_keeps_its_name() -> None:
    # Resources are attributes, not modules: `cgi` and `tomllib` stay as they are.
    assert attribute_name("cgi", PYTHON_BUILTINS) == "cgi"
    assert attribute_name("tomllib", PYTHON_BUILTINS) == "tomllib"


def test_fixed_lists_cover_the_running_interpreter() -> None:
    """Fails on a Python whose names are missing: add them to clientsmith/pynames.py."""
    assert frozenset(keyword.kwlist) == HARD_KEYWORDS
    assert not set(dir(builtins)) - BUILTIN_NAMES
    assert not set(sys.stdlib_module_names) - STDLIB_MODULES
    assert not set(keyword.softkwlist) & HARD_KEYWORDS


def test_fixed_lists_are_the_union_over_supported_versions() -> None:
    assert {"PythonFinalizationError", "_IncompleteInputError"} <= BUILTIN_NAMES  # 3.13+
    assert {"cgi", "asyncore", "distutils", "imp"} <= STDLIB_MODULES  # gone in 3.12/3.13
    assert {"_pyrepl", "_colorize", "_sysconfig"} <= STDLIB_MODULES  # added in 3.13
    assert PYTHON_BUILTINS is BUILTIN_NAMES


def test_generator_never_asks_the_interpreter_for_reserved_names() -> None:
    for path in sorted(Path(naming.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported = {alias.name for alias in node.names}
            elif isinstance(node, ast.Attribute):
                imported = {node.attr} & {"stdlib_module_names", "builtin_module_names"}
            else:
                continue
            assert not imported & {"keyword", "builtins", "stdlib_module_names"}, (
                f"{path.name}:{node.lineno} asks the interpreter; use clientsmith.pynames"
            )
