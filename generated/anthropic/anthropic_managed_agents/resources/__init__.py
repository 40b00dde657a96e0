"""Resource groups of the Anthropic Managed Agents API, one module each, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .beta import (
        AsyncBetaResource as AsyncBetaResource,
    )
    from .beta import (
        AsyncBetaResourceWithRawResponse as AsyncBetaResourceWithRawResponse,
    )
    from .beta import (
        BetaResource as BetaResource,
    )
    from .beta import (
        BetaResourceWithRawResponse as BetaResourceWithRawResponse,
    )
    from .beta_deployments import (
        AsyncBetaDeploymentsResource as AsyncBetaDeploymentsResource,
    )
    from .beta_deployments import (
        AsyncBetaDeploymentsResourceWithRawResponse as AsyncBetaDeploymentsResourceWithRawResponse,
    )
    from .beta_deployments import (
        BetaDeploymentsResource as BetaDeploymentsResource,
    )
    from .beta_deployments import (
        BetaDeploymentsResourceWithRawResponse as BetaDeploymentsResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncBetaResource": "beta",
    "AsyncBetaResourceWithRawResponse": "beta",
    "BetaResource": "beta",
    "BetaResourceWithRawResponse": "beta",
    "AsyncBetaDeploymentsResource": "beta_deployments",
    "AsyncBetaDeploymentsResourceWithRawResponse": "beta_deployments",
    "BetaDeploymentsResource": "beta_deployments",
    "BetaDeploymentsResourceWithRawResponse": "beta_deployments",
}

__all__ = [
    "AsyncBetaDeploymentsResource",
    "AsyncBetaDeploymentsResourceWithRawResponse",
    "AsyncBetaResource",
    "AsyncBetaResourceWithRawResponse",
    "BetaDeploymentsResource",
    "BetaDeploymentsResourceWithRawResponse",
    "BetaResource",
    "BetaResourceWithRawResponse",
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
