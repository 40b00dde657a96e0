"""Base classes for generated models: tolerant of what newer servers may send."""

from __future__ import annotations

from enum import Enum
from typing import Any

import pydantic

__all__ = ["BaseModel", "UnknownValueEnum"]


class BaseModel(pydantic.BaseModel):
    """A model that keeps fields the spec does not know and accepts names or aliases.

    Servers add fields over time; ``extra="allow"`` keeps them on the instance
    (see ``model_extra``) instead of dropping them.
    """

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
        return member
