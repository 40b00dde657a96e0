"""Resource groups of the LangSmith Deployment Control Plane API, one module each, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .deployments import (
        AsyncDeploymentsResource as AsyncDeploymentsResource,
    )
    from .deployments import (
        AsyncDeploymentsResourceWithRawResponse as AsyncDeploymentsResourceWithRawResponse,
    )
    from .deployments import (
        DeploymentsResource as DeploymentsResource,
    )
    from .deployments import (
        DeploymentsResourceWithRawResponse as DeploymentsResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncDeploymentsResource": "deployments",
    "AsyncDeploymentsResourceWithRawResponse": "deployments",
    "DeploymentsResource": "deployments",
    "DeploymentsResourceWithRawResponse": "deployments",
}

__all__ = [
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
]


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
