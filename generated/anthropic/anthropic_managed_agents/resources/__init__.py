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
    from .beta_agents import (
        AsyncBetaAgentsResource as AsyncBetaAgentsResource,
    )
    from .beta_agents import (
        AsyncBetaAgentsResourceWithRawResponse as AsyncBetaAgentsResourceWithRawResponse,
    )
    from .beta_agents import (
        BetaAgentsResource as BetaAgentsResource,
    )
    from .beta_agents import (
        BetaAgentsResourceWithRawResponse as BetaAgentsResourceWithRawResponse,
    )
    from .beta_agents_versions import (
        AsyncBetaAgentsVersionsResource as AsyncBetaAgentsVersionsResource,
    )
    from .beta_agents_versions import (
        AsyncBetaAgentsVersionsResourceWithRawResponse as AsyncBetaAgentsVersionsResourceWithRawResponse,
    )
    from .beta_agents_versions import (
        BetaAgentsVersionsResource as BetaAgentsVersionsResource,
    )
    from .beta_agents_versions import (
        BetaAgentsVersionsResourceWithRawResponse as BetaAgentsVersionsResourceWithRawResponse,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRunsResource as AsyncBetaDeploymentRunsResource,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRunsResourceWithRawResponse as AsyncBetaDeploymentRunsResourceWithRawResponse,
    )
    from .beta_deployment_runs import (
        BetaDeploymentRunsResource as BetaDeploymentRunsResource,
    )
    from .beta_deployment_runs import (
        BetaDeploymentRunsResourceWithRawResponse as BetaDeploymentRunsResourceWithRawResponse,
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
    from .beta_environments import (
        AsyncBetaEnvironmentsResource as AsyncBetaEnvironmentsResource,
    )
    from .beta_environments import (
        AsyncBetaEnvironmentsResourceWithRawResponse as AsyncBetaEnvironmentsResourceWithRawResponse,
    )
    from .beta_environments import (
        BetaEnvironmentsResource as BetaEnvironmentsResource,
    )
    from .beta_environments import (
        BetaEnvironmentsResourceWithRawResponse as BetaEnvironmentsResourceWithRawResponse,
    )
    from .beta_environments_work import (
        AsyncBetaEnvironmentsWorkResource as AsyncBetaEnvironmentsWorkResource,
    )
    from .beta_environments_work import (
        AsyncBetaEnvironmentsWorkResourceWithRawResponse as AsyncBetaEnvironmentsWorkResourceWithRawResponse,
    )
    from .beta_environments_work import (
        BetaEnvironmentsWorkResource as BetaEnvironmentsWorkResource,
    )
    from .beta_environments_work import (
        BetaEnvironmentsWorkResourceWithRawResponse as BetaEnvironmentsWorkResourceWithRawResponse,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStoresResource as AsyncBetaMemoryStoresResource,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStoresResourceWithRawResponse as AsyncBetaMemoryStoresResourceWithRawResponse,
    )
    from .beta_memory_stores import (
        BetaMemoryStoresResource as BetaMemoryStoresResource,
    )
    from .beta_memory_stores import (
        BetaMemoryStoresResourceWithRawResponse as BetaMemoryStoresResourceWithRawResponse,
    )
    from .beta_memory_stores_memories import (
        AsyncBetaMemoryStoresMemoriesResource as AsyncBetaMemoryStoresMemoriesResource,
    )
    from .beta_memory_stores_memories import (
        AsyncBetaMemoryStoresMemoriesResourceWithRawResponse as AsyncBetaMemoryStoresMemoriesResourceWithRawResponse,
    )
    from .beta_memory_stores_memories import (
        BetaMemoryStoresMemoriesResource as BetaMemoryStoresMemoriesResource,
    )
    from .beta_memory_stores_memories import (
        BetaMemoryStoresMemoriesResourceWithRawResponse as BetaMemoryStoresMemoriesResourceWithRawResponse,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryStoresMemoryVersionsResource as AsyncBetaMemoryStoresMemoryVersionsResource,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse as AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse,
    )
    from .beta_memory_stores_memory_versions import (
        BetaMemoryStoresMemoryVersionsResource as BetaMemoryStoresMemoryVersionsResource,
    )
    from .beta_memory_stores_memory_versions import (
        BetaMemoryStoresMemoryVersionsResourceWithRawResponse as BetaMemoryStoresMemoryVersionsResourceWithRawResponse,
    )
    from .beta_sessions import (
        AsyncBetaSessionsResource as AsyncBetaSessionsResource,
    )
    from .beta_sessions import (
        AsyncBetaSessionsResourceWithRawResponse as AsyncBetaSessionsResourceWithRawResponse,
    )
    from .beta_sessions import (
        BetaSessionsResource as BetaSessionsResource,
    )
    from .beta_sessions import (
        BetaSessionsResourceWithRawResponse as BetaSessionsResourceWithRawResponse,
    )
    from .beta_sessions_events import (
        AsyncBetaSessionsEventsResource as AsyncBetaSessionsEventsResource,
    )
    from .beta_sessions_events import (
        AsyncBetaSessionsEventsResourceWithRawResponse as AsyncBetaSessionsEventsResourceWithRawResponse,
    )
    from .beta_sessions_events import (
        BetaSessionsEventsResource as BetaSessionsEventsResource,
    )
    from .beta_sessions_events import (
        BetaSessionsEventsResourceWithRawResponse as BetaSessionsEventsResourceWithRawResponse,
    )
    from .beta_sessions_resources import (
        AsyncBetaSessionsResourcesResource as AsyncBetaSessionsResourcesResource,
    )
    from .beta_sessions_resources import (
        AsyncBetaSessionsResourcesResourceWithRawResponse as AsyncBetaSessionsResourcesResourceWithRawResponse,
    )
    from .beta_sessions_resources import (
        BetaSessionsResourcesResource as BetaSessionsResourcesResource,
    )
    from .beta_sessions_resources import (
        BetaSessionsResourcesResourceWithRawResponse as BetaSessionsResourcesResourceWithRawResponse,
    )
    from .beta_sessions_threads import (
        AsyncBetaSessionsThreadsResource as AsyncBetaSessionsThreadsResource,
    )
    from .beta_sessions_threads import (
        AsyncBetaSessionsThreadsResourceWithRawResponse as AsyncBetaSessionsThreadsResourceWithRawResponse,
    )
    from .beta_sessions_threads import (
        BetaSessionsThreadsResource as BetaSessionsThreadsResource,
    )
    from .beta_sessions_threads import (
        BetaSessionsThreadsResourceWithRawResponse as BetaSessionsThreadsResourceWithRawResponse,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaSessionsThreadsEventsResource as AsyncBetaSessionsThreadsEventsResource,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaSessionsThreadsEventsResourceWithRawResponse as AsyncBetaSessionsThreadsEventsResourceWithRawResponse,
    )
    from .beta_sessions_threads_events import (
        BetaSessionsThreadsEventsResource as BetaSessionsThreadsEventsResource,
    )
    from .beta_sessions_threads_events import (
        BetaSessionsThreadsEventsResourceWithRawResponse as BetaSessionsThreadsEventsResourceWithRawResponse,
    )
    from .beta_vaults import (
        AsyncBetaVaultsResource as AsyncBetaVaultsResource,
    )
    from .beta_vaults import (
        AsyncBetaVaultsResourceWithRawResponse as AsyncBetaVaultsResourceWithRawResponse,
    )
    from .beta_vaults import (
        BetaVaultsResource as BetaVaultsResource,
    )
    from .beta_vaults import (
        BetaVaultsResourceWithRawResponse as BetaVaultsResourceWithRawResponse,
    )
    from .beta_vaults_credentials import (
        AsyncBetaVaultsCredentialsResource as AsyncBetaVaultsCredentialsResource,
    )
    from .beta_vaults_credentials import (
        AsyncBetaVaultsCredentialsResourceWithRawResponse as AsyncBetaVaultsCredentialsResourceWithRawResponse,
    )
    from .beta_vaults_credentials import (
        BetaVaultsCredentialsResource as BetaVaultsCredentialsResource,
    )
    from .beta_vaults_credentials import (
        BetaVaultsCredentialsResourceWithRawResponse as BetaVaultsCredentialsResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncBetaResource": "beta",
    "AsyncBetaResourceWithRawResponse": "beta",
    "BetaResource": "beta",
    "BetaResourceWithRawResponse": "beta",
    "AsyncBetaAgentsResource": "beta_agents",
    "AsyncBetaAgentsResourceWithRawResponse": "beta_agents",
    "BetaAgentsResource": "beta_agents",
    "BetaAgentsResourceWithRawResponse": "beta_agents",
    "AsyncBetaAgentsVersionsResource": "beta_agents_versions",
    "AsyncBetaAgentsVersionsResourceWithRawResponse": "beta_agents_versions",
    "BetaAgentsVersionsResource": "beta_agents_versions",
    "BetaAgentsVersionsResourceWithRawResponse": "beta_agents_versions",
    "AsyncBetaDeploymentRunsResource": "beta_deployment_runs",
    "AsyncBetaDeploymentRunsResourceWithRawResponse": "beta_deployment_runs",
    "BetaDeploymentRunsResource": "beta_deployment_runs",
    "BetaDeploymentRunsResourceWithRawResponse": "beta_deployment_runs",
    "AsyncBetaDeploymentsResource": "beta_deployments",
    "AsyncBetaDeploymentsResourceWithRawResponse": "beta_deployments",
    "BetaDeploymentsResource": "beta_deployments",
    "BetaDeploymentsResourceWithRawResponse": "beta_deployments",
    "AsyncBetaEnvironmentsResource": "beta_environments",
    "AsyncBetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "BetaEnvironmentsResource": "beta_environments",
    "BetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "AsyncBetaEnvironmentsWorkResource": "beta_environments_work",
    "AsyncBetaEnvironmentsWorkResourceWithRawResponse": "beta_environments_work",
    "BetaEnvironmentsWorkResource": "beta_environments_work",
    "BetaEnvironmentsWorkResourceWithRawResponse": "beta_environments_work",
    "AsyncBetaMemoryStoresResource": "beta_memory_stores",
    "AsyncBetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "BetaMemoryStoresResource": "beta_memory_stores",
    "BetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "AsyncBetaMemoryStoresMemoriesResource": "beta_memory_stores_memories",
    "AsyncBetaMemoryStoresMemoriesResourceWithRawResponse": "beta_memory_stores_memories",
    "BetaMemoryStoresMemoriesResource": "beta_memory_stores_memories",
    "BetaMemoryStoresMemoriesResourceWithRawResponse": "beta_memory_stores_memories",
    "AsyncBetaMemoryStoresMemoryVersionsResource": "beta_memory_stores_memory_versions",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse": "beta_memory_stores_memory_versions",
    "BetaMemoryStoresMemoryVersionsResource": "beta_memory_stores_memory_versions",
    "BetaMemoryStoresMemoryVersionsResourceWithRawResponse": "beta_memory_stores_memory_versions",
    "AsyncBetaSessionsResource": "beta_sessions",
    "AsyncBetaSessionsResourceWithRawResponse": "beta_sessions",
    "BetaSessionsResource": "beta_sessions",
    "BetaSessionsResourceWithRawResponse": "beta_sessions",
    "AsyncBetaSessionsEventsResource": "beta_sessions_events",
    "AsyncBetaSessionsEventsResourceWithRawResponse": "beta_sessions_events",
    "BetaSessionsEventsResource": "beta_sessions_events",
    "BetaSessionsEventsResourceWithRawResponse": "beta_sessions_events",
    "AsyncBetaSessionsResourcesResource": "beta_sessions_resources",
    "AsyncBetaSessionsResourcesResourceWithRawResponse": "beta_sessions_resources",
    "BetaSessionsResourcesResource": "beta_sessions_resources",
    "BetaSessionsResourcesResourceWithRawResponse": "beta_sessions_resources",
    "AsyncBetaSessionsThreadsResource": "beta_sessions_threads",
    "AsyncBetaSessionsThreadsResourceWithRawResponse": "beta_sessions_threads",
    "BetaSessionsThreadsResource": "beta_sessions_threads",
    "BetaSessionsThreadsResourceWithRawResponse": "beta_sessions_threads",
    "AsyncBetaSessionsThreadsEventsResource": "beta_sessions_threads_events",
    "AsyncBetaSessionsThreadsEventsResourceWithRawResponse": "beta_sessions_threads_events",
    "BetaSessionsThreadsEventsResource": "beta_sessions_threads_events",
    "BetaSessionsThreadsEventsResourceWithRawResponse": "beta_sessions_threads_events",
    "AsyncBetaVaultsResource": "beta_vaults",
    "AsyncBetaVaultsResourceWithRawResponse": "beta_vaults",
    "BetaVaultsResource": "beta_vaults",
    "BetaVaultsResourceWithRawResponse": "beta_vaults",
    "AsyncBetaVaultsCredentialsResource": "beta_vaults_credentials",
    "AsyncBetaVaultsCredentialsResourceWithRawResponse": "beta_vaults_credentials",
    "BetaVaultsCredentialsResource": "beta_vaults_credentials",
    "BetaVaultsCredentialsResourceWithRawResponse": "beta_vaults_credentials",
}

__all__ = [
    "AsyncBetaAgentsResource",
    "AsyncBetaAgentsResourceWithRawResponse",
    "AsyncBetaAgentsVersionsResource",
    "AsyncBetaAgentsVersionsResourceWithRawResponse",
    "AsyncBetaDeploymentRunsResource",
    "AsyncBetaDeploymentRunsResourceWithRawResponse",
    "AsyncBetaDeploymentsResource",
    "AsyncBetaDeploymentsResourceWithRawResponse",
    "AsyncBetaEnvironmentsResource",
    "AsyncBetaEnvironmentsResourceWithRawResponse",
    "AsyncBetaEnvironmentsWorkResource",
    "AsyncBetaEnvironmentsWorkResourceWithRawResponse",
    "AsyncBetaMemoryStoresMemoriesResource",
    "AsyncBetaMemoryStoresMemoriesResourceWithRawResponse",
    "AsyncBetaMemoryStoresMemoryVersionsResource",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse",
    "AsyncBetaMemoryStoresResource",
    "AsyncBetaMemoryStoresResourceWithRawResponse",
    "AsyncBetaResource",
    "AsyncBetaResourceWithRawResponse",
    "AsyncBetaSessionsEventsResource",
    "AsyncBetaSessionsEventsResourceWithRawResponse",
    "AsyncBetaSessionsResource",
    "AsyncBetaSessionsResourceWithRawResponse",
    "AsyncBetaSessionsResourcesResource",
    "AsyncBetaSessionsResourcesResourceWithRawResponse",
    "AsyncBetaSessionsThreadsEventsResource",
    "AsyncBetaSessionsThreadsEventsResourceWithRawResponse",
    "AsyncBetaSessionsThreadsResource",
    "AsyncBetaSessionsThreadsResourceWithRawResponse",
    "AsyncBetaVaultsCredentialsResource",
    "AsyncBetaVaultsCredentialsResourceWithRawResponse",
    "AsyncBetaVaultsResource",
    "AsyncBetaVaultsResourceWithRawResponse",
    "BetaAgentsResource",
    "BetaAgentsResourceWithRawResponse",
    "BetaAgentsVersionsResource",
    "BetaAgentsVersionsResourceWithRawResponse",
    "BetaDeploymentRunsResource",
    "BetaDeploymentRunsResourceWithRawResponse",
    "BetaDeploymentsResource",
    "BetaDeploymentsResourceWithRawResponse",
    "BetaEnvironmentsResource",
    "BetaEnvironmentsResourceWithRawResponse",
    "BetaEnvironmentsWorkResource",
    "BetaEnvironmentsWorkResourceWithRawResponse",
    "BetaMemoryStoresMemoriesResource",
    "BetaMemoryStoresMemoriesResourceWithRawResponse",
    "BetaMemoryStoresMemoryVersionsResource",
    "BetaMemoryStoresMemoryVersionsResourceWithRawResponse",
    "BetaMemoryStoresResource",
    "BetaMemoryStoresResourceWithRawResponse",
    "BetaResource",
    "BetaResourceWithRawResponse",
    "BetaSessionsEventsResource",
    "BetaSessionsEventsResourceWithRawResponse",
    "BetaSessionsResource",
    "BetaSessionsResourceWithRawResponse",
    "BetaSessionsResourcesResource",
    "BetaSessionsResourcesResourceWithRawResponse",
    "BetaSessionsThreadsEventsResource",
    "BetaSessionsThreadsEventsResourceWithRawResponse",
    "BetaSessionsThreadsResource",
    "BetaSessionsThreadsResourceWithRawResponse",
    "BetaVaultsCredentialsResource",
    "BetaVaultsCredentialsResourceWithRawResponse",
    "BetaVaultsResource",
    "BetaVaultsResourceWithRawResponse",
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
