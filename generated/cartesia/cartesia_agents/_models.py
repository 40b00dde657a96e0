"""Base classes for generated models: tolerant of what newer servers may send."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any, ClassVar

import pydantic

__all__ = ["BaseModel", "OpenUnion", "UnknownValueEnum", "UnknownVariant", "strict_problems"]


class BaseModel(pydantic.BaseModel):
    """A model that keeps fields the spec does not know and accepts names or aliases.

    Servers add fields over time; ``extra="allow"`` keeps them on the instance
    (see ``model_extra``) instead of dropping them.
    """

    __extras_declared__: ClassVar[bool] = False
    """True when the schema declares ``additionalProperties``: undeclared fields are part
    of the contract (typed by ``__pydantic_extra__``), not news strict validation reports."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        ser_json_inf_nan="constants",
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with wire names, leaving out unset fields."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        """The model as a JSON string with wire names, leaving out unset fields."""
        return self.model_dump_json(by_alias=True, exclude_unset=True)


class UnknownValueEnum(Enum):
    """An enum that accepts values added to the API after this client was generated.

    An unknown value becomes a pseudo-member (not listed in iteration) whose
    ``value`` is what the server sent, so responses never fail on a new value.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        base = next((b for b in cls.__mro__ if b in (str, int)), None)
        if base is None or not isinstance(value, base) or isinstance(value, bool):
            return None
        member: Any = base.__new__(cls, value)  # type: ignore[type-var]
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        member._unknown_ = True
        return member


class UnknownVariant(BaseModel):
    """A member of a tagged union whose tag this client does not know yet.

    Its fields are all kept (``model_extra``, or attribute access), so newer
    server responses still parse; ``isinstance(value, UnknownVariant)`` finds them.
    """


def _open_union(value: Any, handler: pydantic.ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError as exc:
        unknown_tag = any(e["type"] == "union_tag_invalid" and not e["loc"] for e in exc.errors())
        if not unknown_tag or not isinstance(value, dict):
            raise
        return UnknownVariant.model_validate(value)


OpenUnion = pydantic.WrapValidator(_open_union)
"""Annotates a tagged union so that an unknown tag parses as ``UnknownVariant``."""


def _walk(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    yield where, value
    if isinstance(value, pydantic.BaseModel):
        fields = vars(value)  # not getattr: reading a deprecated field would warn
        for name in type(value).model_fields:
            yield from _walk(fields.get(name), f"{where}.{name}")
        for key, item in (value.model_extra or {}).items():
            yield from _walk(item, f"{where}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{where}[{key!r}]")


def strict_problems(value: Any) -> list[str]:
    """What lenient parsing let through: unknown fields, enum values and union variants.

    Run only with ``strict_response_validation=True``, so lenient parsing costs nothing.
    """
    problems: list[str] = []
    for where, item in _walk(value, "(body)"):
        if isinstance(item, UnknownVariant):
            problems.append(f"{where}: unknown union variant {item.model_extra!r:.80}")
        elif (
            isinstance(item, pydantic.BaseModel)
            and item.model_extra
            and not getattr(type(item), "__extras_declared__", False)
        ):
            problems.append(f"{where}: unknown fields {sorted(item.model_extra)}")
        elif isinstance(item, UnknownValueEnum) and getattr(item, "_unknown_", False):
            problems.append(f"{where}: unknown enum value {item.value!r}")
    return problems
