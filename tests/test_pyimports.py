"""Imports are data: the renderer builds them, templates only place the finished block."""

from __future__ import annotations

import re
from pathlib import Path

from clientsmith import pyimports
from clientsmith.pyimports import Import

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "package"


def test_block_is_in_isort_order_with_sections_and_type_checking() -> None:
    block = pyimports.render(
        [
            *pyimports.package(".._types", "NotGiven", "NOT_GIVEN", "Body"),
            pyimports.NAMED["Any"],
            pyimports.NAMED["datetime"],
            pyimports.NAMED["deprecated"],
            Import("..", "models", section="package"),
            pyimports.NAMED["cached_property"],
            Import("..", "params", section="package", type_checking=True),
            Import("..", "models", section="package", type_checking=True),  # eager wins
            pyimports.NAMED["Any"],  # twice, written once
        ]
    )
    assert block == (
        "import datetime as _dt\n"
        "from functools import cached_property\n"
        "from typing import Any\n"
        "\n"
        "from typing_extensions import deprecated\n"
        "\n"
        "from .. import models\n"
        "from .._types import NOT_GIVEN, Body, NotGiven\n"
        "\n"
        "if TYPE_CHECKING:\n"
        "    from .. import params"
    )


def test_long_from_lines_wrap_one_name_a_line() -> None:
    names = [f"VeryLongGeneratedClassName{index}" for index in range(5)]
    block = pyimports.render(pyimports.package(".resources.things", *names))
    assert block.splitlines()[0] == "from .resources.things import ("
    assert block.splitlines()[1] == "    VeryLongGeneratedClassName0,"
    assert block.endswith(")")


def test_templates_never_decide_imports_from_used_names() -> None:
    """The contract: a template places ``imports``; it does not test what a body used."""
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in sorted(TEMPLATES.rglob("*.jinja"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"\bin (\w+\.)?used\b", line)
    ]
    assert offenders == []


def test_each_definition_kind_owns_its_template() -> None:
    from typing import get_args

    from clientsmith import ir

    for kind in get_args(ir.DefinitionKind):
        assert (TEMPLATES / "definitions" / f"{kind}.py.jinja").is_file(), kind
    body = (TEMPLATES / "models_body.py.jinja").read_text(encoding="utf-8")
    assert "d.kind ==" not in body
