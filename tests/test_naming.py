"""Identifiers derived from arbitrary spec strings."""

from __future__ import annotations

import keyword

import pytest
from clientsmith.naming import (
    UniqueNames,
    attribute_name,
    class_name,
    enum_member_name,
    snake_case,
)


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
