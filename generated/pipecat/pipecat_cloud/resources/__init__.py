"""Resource groups of the Pipecat Cloud API, one module each, imported on first use."""

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
    from .agents_sessions import (
        AgentsSessionsResource as AgentsSessionsResource,
    )
    from .agents_sessions import (
        AgentsSessionsResourceWithRawResponse as AgentsSessionsResourceWithRawResponse,
    )
    from .agents_sessions import (
        AsyncAgentsSessionsResource as AsyncAgentsSessionsResource,
    )
    from .agents_sessions import (
        AsyncAgentsSessionsResourceWithRawResponse as AsyncAgentsSessionsResourceWithRawResponse,
    )
    from .builds import (
        AsyncBuildsResource as AsyncBuildsResource,
    )
    from .builds import (
        AsyncBuildsResourceWithRawResponse as AsyncBuildsResourceWithRawResponse,
    )
    from .builds import (
        BuildsResource as BuildsResource,
    )
    from .builds import (
        BuildsResourceWithRawResponse as BuildsResourceWithRawResponse,
    )
    from .properties import (
        AsyncPropertiesResource as AsyncPropertiesResource,
    )
    from .properties import (
        AsyncPropertiesResourceWithRawResponse as AsyncPropertiesResourceWithRawResponse,
    )
    from .properties import (
        PropertiesResource as PropertiesResource,
    )
    from .properties import (
        PropertiesResourceWithRawResponse as PropertiesResourceWithRawResponse,
    )
    from .regions import (
        AsyncRegionsResource as AsyncRegionsResource,
    )
    from .regions import (
        AsyncRegionsResourceWithRawResponse as AsyncRegionsResourceWithRawResponse,
    )
    from .regions import (
        RegionsResource as RegionsResource,
    )
    from .regions import (
        RegionsResourceWithRawResponse as RegionsResourceWithRawResponse,
    )
    from .secrets import (
        AsyncSecretsResource as AsyncSecretsResource,
    )
    from .secrets import (
        AsyncSecretsResourceWithRawResponse as AsyncSecretsResourceWithRawResponse,
    )
    from .secrets import (
        SecretsResource as SecretsResource,
    )
    from .secrets import (
        SecretsResourceWithRawResponse as SecretsResourceWithRawResponse,
    )
    from .sessions import (
        AsyncSessionsResource as AsyncSessionsResource,
    )
    from .sessions import (
        AsyncSessionsResourceWithRawResponse as AsyncSessionsResourceWithRawResponse,
    )
    from .sessions import (
        SessionsResource as SessionsResource,
    )
    from .sessions import (
        SessionsResourceWithRawResponse as SessionsResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAgentsResource": "agents",
    "AsyncAgentsResourceWithRawResponse": "agents",
    "AgentsResource": "agents",
    "AgentsResourceWithRawResponse": "agents",
    "AsyncAgentsSessionsResource": "agents_sessions",
    "AsyncAgentsSessionsResourceWithRawResponse": "agents_sessions",
    "AgentsSessionsResource": "agents_sessions",
    "AgentsSessionsResourceWithRawResponse": "agents_sessions",
    "AsyncBuildsResource": "builds",
    "AsyncBuildsResourceWithRawResponse": "builds",
    "BuildsResource": "builds",
    "BuildsResourceWithRawResponse": "builds",
    "AsyncPropertiesResource": "properties",
    "AsyncPropertiesResourceWithRawResponse": "properties",
    "PropertiesResource": "properties",
    "PropertiesResourceWithRawResponse": "properties",
    "AsyncRegionsResource": "regions",
    "AsyncRegionsResourceWithRawResponse": "regions",
    "RegionsResource": "regions",
    "RegionsResourceWithRawResponse": "regions",
    "AsyncSecretsResource": "secrets",
    "AsyncSecretsResourceWithRawResponse": "secrets",
    "SecretsResource": "secrets",
    "SecretsResourceWithRawResponse": "secrets",
    "AsyncSessionsResource": "sessions",
    "AsyncSessionsResourceWithRawResponse": "sessions",
    "SessionsResource": "sessions",
    "SessionsResourceWithRawResponse": "sessions",
}

__all__ = [
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AgentsSessionsResource",
    "AgentsSessionsResourceWithRawResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
    "AsyncAgentsSessionsResource",
    "AsyncAgentsSessionsResourceWithRawResponse",
    "AsyncBuildsResource",
    "AsyncBuildsResourceWithRawResponse",
    "AsyncPropertiesResource",
    "AsyncPropertiesResourceWithRawResponse",
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "AsyncSecretsResource",
    "AsyncSecretsResourceWithRawResponse",
    "AsyncSessionsResource",
    "AsyncSessionsResourceWithRawResponse",
    "BuildsResource",
    "BuildsResourceWithRawResponse",
    "PropertiesResource",
    "PropertiesResourceWithRawResponse",
    "RegionsResource",
    "RegionsResourceWithRawResponse",
    "SecretsResource",
    "SecretsResourceWithRawResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
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
