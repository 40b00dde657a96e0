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
        AgentsResourceWithStreamingResponse as AgentsResourceWithStreamingResponse,
    )
    from .agents import (
        AsyncAgentsResource as AsyncAgentsResource,
    )
    from .agents import (
        AsyncAgentsResourceWithRawResponse as AsyncAgentsResourceWithRawResponse,
    )
    from .agents import (
        AsyncAgentsResourceWithStreamingResponse as AsyncAgentsResourceWithStreamingResponse,
    )
    from .agents_sessions import (
        AgentsSessionsResource as AgentsSessionsResource,
    )
    from .agents_sessions import (
        AgentsSessionsResourceWithRawResponse as AgentsSessionsResourceWithRawResponse,
    )
    from .agents_sessions import (
        AgentsSessionsResourceWithStreamingResponse as AgentsSessionsResourceWithStreamingResponse,
    )
    from .agents_sessions import (
        AsyncAgentsSessionsResource as AsyncAgentsSessionsResource,
    )
    from .agents_sessions import (
        AsyncAgentsSessionsResourceWithRawResponse as AsyncAgentsSessionsResourceWithRawResponse,
    )
    from .agents_sessions import (
        AsyncAgentsSessionsResourceWithStreamingResponse as AsyncAgentsSessionsResourceWithStreamingResponse,
    )
    from .builds import (
        AsyncBuildsResource as AsyncBuildsResource,
    )
    from .builds import (
        AsyncBuildsResourceWithRawResponse as AsyncBuildsResourceWithRawResponse,
    )
    from .builds import (
        AsyncBuildsResourceWithStreamingResponse as AsyncBuildsResourceWithStreamingResponse,
    )
    from .builds import (
        BuildsResource as BuildsResource,
    )
    from .builds import (
        BuildsResourceWithRawResponse as BuildsResourceWithRawResponse,
    )
    from .builds import (
        BuildsResourceWithStreamingResponse as BuildsResourceWithStreamingResponse,
    )
    from .properties import (
        AsyncPropertiesResource as AsyncPropertiesResource,
    )
    from .properties import (
        AsyncPropertiesResourceWithRawResponse as AsyncPropertiesResourceWithRawResponse,
    )
    from .properties import (
        AsyncPropertiesResourceWithStreamingResponse as AsyncPropertiesResourceWithStreamingResponse,
    )
    from .properties import (
        PropertiesResource as PropertiesResource,
    )
    from .properties import (
        PropertiesResourceWithRawResponse as PropertiesResourceWithRawResponse,
    )
    from .properties import (
        PropertiesResourceWithStreamingResponse as PropertiesResourceWithStreamingResponse,
    )
    from .regions import (
        AsyncRegionsResource as AsyncRegionsResource,
    )
    from .regions import (
        AsyncRegionsResourceWithRawResponse as AsyncRegionsResourceWithRawResponse,
    )
    from .regions import (
        AsyncRegionsResourceWithStreamingResponse as AsyncRegionsResourceWithStreamingResponse,
    )
    from .regions import (
        RegionsResource as RegionsResource,
    )
    from .regions import (
        RegionsResourceWithRawResponse as RegionsResourceWithRawResponse,
    )
    from .regions import (
        RegionsResourceWithStreamingResponse as RegionsResourceWithStreamingResponse,
    )
    from .secrets import (
        AsyncSecretsResource as AsyncSecretsResource,
    )
    from .secrets import (
        AsyncSecretsResourceWithRawResponse as AsyncSecretsResourceWithRawResponse,
    )
    from .secrets import (
        AsyncSecretsResourceWithStreamingResponse as AsyncSecretsResourceWithStreamingResponse,
    )
    from .secrets import (
        SecretsResource as SecretsResource,
    )
    from .secrets import (
        SecretsResourceWithRawResponse as SecretsResourceWithRawResponse,
    )
    from .secrets import (
        SecretsResourceWithStreamingResponse as SecretsResourceWithStreamingResponse,
    )
    from .sessions import (
        AsyncSessionsResource as AsyncSessionsResource,
    )
    from .sessions import (
        AsyncSessionsResourceWithRawResponse as AsyncSessionsResourceWithRawResponse,
    )
    from .sessions import (
        AsyncSessionsResourceWithStreamingResponse as AsyncSessionsResourceWithStreamingResponse,
    )
    from .sessions import (
        SessionsResource as SessionsResource,
    )
    from .sessions import (
        SessionsResourceWithRawResponse as SessionsResourceWithRawResponse,
    )
    from .sessions import (
        SessionsResourceWithStreamingResponse as SessionsResourceWithStreamingResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAgentsResource": "agents",
    "AsyncAgentsResourceWithRawResponse": "agents",
    "AsyncAgentsResourceWithStreamingResponse": "agents",
    "AgentsResource": "agents",
    "AgentsResourceWithRawResponse": "agents",
    "AgentsResourceWithStreamingResponse": "agents",
    "AsyncAgentsSessionsResource": "agents_sessions",
    "AsyncAgentsSessionsResourceWithRawResponse": "agents_sessions",
    "AsyncAgentsSessionsResourceWithStreamingResponse": "agents_sessions",
    "AgentsSessionsResource": "agents_sessions",
    "AgentsSessionsResourceWithRawResponse": "agents_sessions",
    "AgentsSessionsResourceWithStreamingResponse": "agents_sessions",
    "AsyncBuildsResource": "builds",
    "AsyncBuildsResourceWithRawResponse": "builds",
    "AsyncBuildsResourceWithStreamingResponse": "builds",
    "BuildsResource": "builds",
    "BuildsResourceWithRawResponse": "builds",
    "BuildsResourceWithStreamingResponse": "builds",
    "AsyncPropertiesResource": "properties",
    "AsyncPropertiesResourceWithRawResponse": "properties",
    "AsyncPropertiesResourceWithStreamingResponse": "properties",
    "PropertiesResource": "properties",
    "PropertiesResourceWithRawResponse": "properties",
    "PropertiesResourceWithStreamingResponse": "properties",
    "AsyncRegionsResource": "regions",
    "AsyncRegionsResourceWithRawResponse": "regions",
    "AsyncRegionsResourceWithStreamingResponse": "regions",
    "RegionsResource": "regions",
    "RegionsResourceWithRawResponse": "regions",
    "RegionsResourceWithStreamingResponse": "regions",
    "AsyncSecretsResource": "secrets",
    "AsyncSecretsResourceWithRawResponse": "secrets",
    "AsyncSecretsResourceWithStreamingResponse": "secrets",
    "SecretsResource": "secrets",
    "SecretsResourceWithRawResponse": "secrets",
    "SecretsResourceWithStreamingResponse": "secrets",
    "AsyncSessionsResource": "sessions",
    "AsyncSessionsResourceWithRawResponse": "sessions",
    "AsyncSessionsResourceWithStreamingResponse": "sessions",
    "SessionsResource": "sessions",
    "SessionsResourceWithRawResponse": "sessions",
    "SessionsResourceWithStreamingResponse": "sessions",
}

__all__ = [
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AgentsResourceWithStreamingResponse",
    "AgentsSessionsResource",
    "AgentsSessionsResourceWithRawResponse",
    "AgentsSessionsResourceWithStreamingResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
    "AsyncAgentsResourceWithStreamingResponse",
    "AsyncAgentsSessionsResource",
    "AsyncAgentsSessionsResourceWithRawResponse",
    "AsyncAgentsSessionsResourceWithStreamingResponse",
    "AsyncBuildsResource",
    "AsyncBuildsResourceWithRawResponse",
    "AsyncBuildsResourceWithStreamingResponse",
    "AsyncPropertiesResource",
    "AsyncPropertiesResourceWithRawResponse",
    "AsyncPropertiesResourceWithStreamingResponse",
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "AsyncRegionsResourceWithStreamingResponse",
    "AsyncSecretsResource",
    "AsyncSecretsResourceWithRawResponse",
    "AsyncSecretsResourceWithStreamingResponse",
    "AsyncSessionsResource",
    "AsyncSessionsResourceWithRawResponse",
    "AsyncSessionsResourceWithStreamingResponse",
    "BuildsResource",
    "BuildsResourceWithRawResponse",
    "BuildsResourceWithStreamingResponse",
    "PropertiesResource",
    "PropertiesResourceWithRawResponse",
    "PropertiesResourceWithStreamingResponse",
    "RegionsResource",
    "RegionsResourceWithRawResponse",
    "RegionsResourceWithStreamingResponse",
    "SecretsResource",
    "SecretsResourceWithRawResponse",
    "SecretsResourceWithStreamingResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
    "SessionsResourceWithStreamingResponse",
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
