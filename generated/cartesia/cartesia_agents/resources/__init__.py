"""Resource groups of the Cartesia API, one module each, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agents import (
        AgentsResource as AgentsResource,
    )
    from .agents import (
        AgentsResourceWithRawResponse as AgentsResourceWithRawResponse,
    )
    from .agents import (
        AsyncAgentsResource as AsyncAgentsResource,
    )
    from .agents import (
        AsyncAgentsResourceWithRawResponse as AsyncAgentsResourceWithRawResponse,
    )
    from .agents_deployments import (
        AgentsDeploymentsResource as AgentsDeploymentsResource,
    )
    from .agents_deployments import (
        AgentsDeploymentsResourceWithRawResponse as AgentsDeploymentsResourceWithRawResponse,
    )
    from .agents_deployments import (
        AsyncAgentsDeploymentsResource as AsyncAgentsDeploymentsResource,
    )
    from .agents_deployments import (
        AsyncAgentsDeploymentsResourceWithRawResponse as AsyncAgentsDeploymentsResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAgentsResource": "agents",
    "AsyncAgentsResourceWithRawResponse": "agents",
    "AgentsResource": "agents",
    "AgentsResourceWithRawResponse": "agents",
    "AsyncAgentsDeploymentsResource": "agents_deployments",
    "AsyncAgentsDeploymentsResourceWithRawResponse": "agents_deployments",
    "AgentsDeploymentsResource": "agents_deployments",
    "AgentsDeploymentsResourceWithRawResponse": "agents_deployments",
}

__all__ = [
    "AgentsDeploymentsResource",
    "AgentsDeploymentsResourceWithRawResponse",
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AsyncAgentsDeploymentsResource",
    "AsyncAgentsDeploymentsResourceWithRawResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
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
