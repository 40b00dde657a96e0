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
        AsyncBetaResourceWithStreamingResponse as AsyncBetaResourceWithStreamingResponse,
    )
    from .beta import (
        BetaResource as BetaResource,
    )
    from .beta import (
        BetaResourceWithRawResponse as BetaResourceWithRawResponse,
    )
    from .beta import (
        BetaResourceWithStreamingResponse as BetaResourceWithStreamingResponse,
    )
    from .beta_agents import (
        AsyncBetaAgentsResource as AsyncBetaAgentsResource,
    )
    from .beta_agents import (
        AsyncBetaAgentsResourceWithRawResponse as AsyncBetaAgentsResourceWithRawResponse,
    )
    from .beta_agents import (
        AsyncBetaAgentsResourceWithStreamingResponse as AsyncBetaAgentsResourceWithStreamingResponse,
    )
    from .beta_agents import (
        BetaAgentsResource as BetaAgentsResource,
    )
    from .beta_agents import (
        BetaAgentsResourceWithRawResponse as BetaAgentsResourceWithRawResponse,
    )
    from .beta_agents import (
        BetaAgentsResourceWithStreamingResponse as BetaAgentsResourceWithStreamingResponse,
    )
    from .beta_agents_versions import (
        AsyncBetaAgentsVersionsResource as AsyncBetaAgentsVersionsResource,
    )
    from .beta_agents_versions import (
        AsyncBetaAgentsVersionsResourceWithRawResponse as AsyncBetaAgentsVersionsResourceWithRawResponse,
    )
    from .beta_agents_versions import (
        AsyncBetaAgentsVersionsResourceWithStreamingResponse as AsyncBetaAgentsVersionsResourceWithStreamingResponse,
    )
    from .beta_agents_versions import (
        BetaAgentsVersionsResource as BetaAgentsVersionsResource,
    )
    from .beta_agents_versions import (
        BetaAgentsVersionsResourceWithRawResponse as BetaAgentsVersionsResourceWithRawResponse,
    )
    from .beta_agents_versions import (
        BetaAgentsVersionsResourceWithStreamingResponse as BetaAgentsVersionsResourceWithStreamingResponse,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRunsResource as AsyncBetaDeploymentRunsResource,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRunsResourceWithRawResponse as AsyncBetaDeploymentRunsResourceWithRawResponse,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRunsResourceWithStreamingResponse as AsyncBetaDeploymentRunsResourceWithStreamingResponse,
    )
    from .beta_deployment_runs import (
        BetaDeploymentRunsResource as BetaDeploymentRunsResource,
    )
    from .beta_deployment_runs import (
        BetaDeploymentRunsResourceWithRawResponse as BetaDeploymentRunsResourceWithRawResponse,
    )
    from .beta_deployment_runs import (
        BetaDeploymentRunsResourceWithStreamingResponse as BetaDeploymentRunsResourceWithStreamingResponse,
    )
    from .beta_deployments import (
        AsyncBetaDeploymentsResource as AsyncBetaDeploymentsResource,
    )
    from .beta_deployments import (
        AsyncBetaDeploymentsResourceWithRawResponse as AsyncBetaDeploymentsResourceWithRawResponse,
    )
    from .beta_deployments import (
        AsyncBetaDeploymentsResourceWithStreamingResponse as AsyncBetaDeploymentsResourceWithStreamingResponse,
    )
    from .beta_deployments import (
        BetaDeploymentsResource as BetaDeploymentsResource,
    )
    from .beta_deployments import (
        BetaDeploymentsResourceWithRawResponse as BetaDeploymentsResourceWithRawResponse,
    )
    from .beta_deployments import (
        BetaDeploymentsResourceWithStreamingResponse as BetaDeploymentsResourceWithStreamingResponse,
    )
    from .beta_environments import (
        AsyncBetaEnvironmentsResource as AsyncBetaEnvironmentsResource,
    )
    from .beta_environments import (
        AsyncBetaEnvironmentsResourceWithRawResponse as AsyncBetaEnvironmentsResourceWithRawResponse,
    )
    from .beta_environments import (
        AsyncBetaEnvironmentsResourceWithStreamingResponse as AsyncBetaEnvironmentsResourceWithStreamingResponse,
    )
    from .beta_environments import (
        BetaEnvironmentsResource as BetaEnvironmentsResource,
    )
    from .beta_environments import (
        BetaEnvironmentsResourceWithRawResponse as BetaEnvironmentsResourceWithRawResponse,
    )
    from .beta_environments import (
        BetaEnvironmentsResourceWithStreamingResponse as BetaEnvironmentsResourceWithStreamingResponse,
    )
    from .beta_environments_work import (
        AsyncBetaEnvironmentsWorkResource as AsyncBetaEnvironmentsWorkResource,
    )
    from .beta_environments_work import (
        AsyncBetaEnvironmentsWorkResourceWithRawResponse as AsyncBetaEnvironmentsWorkResourceWithRawResponse,
    )
    from .beta_environments_work import (
        AsyncBetaEnvironmentsWorkResourceWithStreamingResponse as AsyncBetaEnvironmentsWorkResourceWithStreamingResponse,
    )
    from .beta_environments_work import (
        BetaEnvironmentsWorkResource as BetaEnvironmentsWorkResource,
    )
    from .beta_environments_work import (
        BetaEnvironmentsWorkResourceWithRawResponse as BetaEnvironmentsWorkResourceWithRawResponse,
    )
    from .beta_environments_work import (
        BetaEnvironmentsWorkResourceWithStreamingResponse as BetaEnvironmentsWorkResourceWithStreamingResponse,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStoresResource as AsyncBetaMemoryStoresResource,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStoresResourceWithRawResponse as AsyncBetaMemoryStoresResourceWithRawResponse,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStoresResourceWithStreamingResponse as AsyncBetaMemoryStoresResourceWithStreamingResponse,
    )
    from .beta_memory_stores import (
        BetaMemoryStoresResource as BetaMemoryStoresResource,
    )
    from .beta_memory_stores import (
        BetaMemoryStoresResourceWithRawResponse as BetaMemoryStoresResourceWithRawResponse,
    )
    from .beta_memory_stores import (
        BetaMemoryStoresResourceWithStreamingResponse as BetaMemoryStoresResourceWithStreamingResponse,
    )
    from .beta_memory_stores_memories import (
        AsyncBetaMemoryStoresMemoriesResource as AsyncBetaMemoryStoresMemoriesResource,
    )
    from .beta_memory_stores_memories import (
        AsyncBetaMemoryStoresMemoriesResourceWithRawResponse as AsyncBetaMemoryStoresMemoriesResourceWithRawResponse,
    )
    from .beta_memory_stores_memories import (
        AsyncBetaMemoryStoresMemoriesResourceWithStreamingResponse as AsyncBetaMemoryStoresMemoriesResourceWithStreamingResponse,
    )
    from .beta_memory_stores_memories import (
        BetaMemoryStoresMemoriesResource as BetaMemoryStoresMemoriesResource,
    )
    from .beta_memory_stores_memories import (
        BetaMemoryStoresMemoriesResourceWithRawResponse as BetaMemoryStoresMemoriesResourceWithRawResponse,
    )
    from .beta_memory_stores_memories import (
        BetaMemoryStoresMemoriesResourceWithStreamingResponse as BetaMemoryStoresMemoriesResourceWithStreamingResponse,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryStoresMemoryVersionsResource as AsyncBetaMemoryStoresMemoryVersionsResource,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse as AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryStoresMemoryVersionsResourceWithStreamingResponse as AsyncBetaMemoryStoresMemoryVersionsResourceWithStreamingResponse,
    )
    from .beta_memory_stores_memory_versions import (
        BetaMemoryStoresMemoryVersionsResource as BetaMemoryStoresMemoryVersionsResource,
    )
    from .beta_memory_stores_memory_versions import (
        BetaMemoryStoresMemoryVersionsResourceWithRawResponse as BetaMemoryStoresMemoryVersionsResourceWithRawResponse,
    )
    from .beta_memory_stores_memory_versions import (
        BetaMemoryStoresMemoryVersionsResourceWithStreamingResponse as BetaMemoryStoresMemoryVersionsResourceWithStreamingResponse,
    )
    from .beta_sessions import (
        AsyncBetaSessionsResource as AsyncBetaSessionsResource,
    )
    from .beta_sessions import (
        AsyncBetaSessionsResourceWithRawResponse as AsyncBetaSessionsResourceWithRawResponse,
    )
    from .beta_sessions import (
        AsyncBetaSessionsResourceWithStreamingResponse as AsyncBetaSessionsResourceWithStreamingResponse,
    )
    from .beta_sessions import (
        BetaSessionsResource as BetaSessionsResource,
    )
    from .beta_sessions import (
        BetaSessionsResourceWithRawResponse as BetaSessionsResourceWithRawResponse,
    )
    from .beta_sessions import (
        BetaSessionsResourceWithStreamingResponse as BetaSessionsResourceWithStreamingResponse,
    )
    from .beta_sessions_events import (
        AsyncBetaSessionsEventsResource as AsyncBetaSessionsEventsResource,
    )
    from .beta_sessions_events import (
        AsyncBetaSessionsEventsResourceWithRawResponse as AsyncBetaSessionsEventsResourceWithRawResponse,
    )
    from .beta_sessions_events import (
        AsyncBetaSessionsEventsResourceWithStreamingResponse as AsyncBetaSessionsEventsResourceWithStreamingResponse,
    )
    from .beta_sessions_events import (
        BetaSessionsEventsResource as BetaSessionsEventsResource,
    )
    from .beta_sessions_events import (
        BetaSessionsEventsResourceWithRawResponse as BetaSessionsEventsResourceWithRawResponse,
    )
    from .beta_sessions_events import (
        BetaSessionsEventsResourceWithStreamingResponse as BetaSessionsEventsResourceWithStreamingResponse,
    )
    from .beta_sessions_resources import (
        AsyncBetaSessionsResourcesResource as AsyncBetaSessionsResourcesResource,
    )
    from .beta_sessions_resources import (
        AsyncBetaSessionsResourcesResourceWithRawResponse as AsyncBetaSessionsResourcesResourceWithRawResponse,
    )
    from .beta_sessions_resources import (
        AsyncBetaSessionsResourcesResourceWithStreamingResponse as AsyncBetaSessionsResourcesResourceWithStreamingResponse,
    )
    from .beta_sessions_resources import (
        BetaSessionsResourcesResource as BetaSessionsResourcesResource,
    )
    from .beta_sessions_resources import (
        BetaSessionsResourcesResourceWithRawResponse as BetaSessionsResourcesResourceWithRawResponse,
    )
    from .beta_sessions_resources import (
        BetaSessionsResourcesResourceWithStreamingResponse as BetaSessionsResourcesResourceWithStreamingResponse,
    )
    from .beta_sessions_threads import (
        AsyncBetaSessionsThreadsResource as AsyncBetaSessionsThreadsResource,
    )
    from .beta_sessions_threads import (
        AsyncBetaSessionsThreadsResourceWithRawResponse as AsyncBetaSessionsThreadsResourceWithRawResponse,
    )
    from .beta_sessions_threads import (
        AsyncBetaSessionsThreadsResourceWithStreamingResponse as AsyncBetaSessionsThreadsResourceWithStreamingResponse,
    )
    from .beta_sessions_threads import (
        BetaSessionsThreadsResource as BetaSessionsThreadsResource,
    )
    from .beta_sessions_threads import (
        BetaSessionsThreadsResourceWithRawResponse as BetaSessionsThreadsResourceWithRawResponse,
    )
    from .beta_sessions_threads import (
        BetaSessionsThreadsResourceWithStreamingResponse as BetaSessionsThreadsResourceWithStreamingResponse,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaSessionsThreadsEventsResource as AsyncBetaSessionsThreadsEventsResource,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaSessionsThreadsEventsResourceWithRawResponse as AsyncBetaSessionsThreadsEventsResourceWithRawResponse,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaSessionsThreadsEventsResourceWithStreamingResponse as AsyncBetaSessionsThreadsEventsResourceWithStreamingResponse,
    )
    from .beta_sessions_threads_events import (
        BetaSessionsThreadsEventsResource as BetaSessionsThreadsEventsResource,
    )
    from .beta_sessions_threads_events import (
        BetaSessionsThreadsEventsResourceWithRawResponse as BetaSessionsThreadsEventsResourceWithRawResponse,
    )
    from .beta_sessions_threads_events import (
        BetaSessionsThreadsEventsResourceWithStreamingResponse as BetaSessionsThreadsEventsResourceWithStreamingResponse,
    )
    from .beta_vaults import (
        AsyncBetaVaultsResource as AsyncBetaVaultsResource,
    )
    from .beta_vaults import (
        AsyncBetaVaultsResourceWithRawResponse as AsyncBetaVaultsResourceWithRawResponse,
    )
    from .beta_vaults import (
        AsyncBetaVaultsResourceWithStreamingResponse as AsyncBetaVaultsResourceWithStreamingResponse,
    )
    from .beta_vaults import (
        BetaVaultsResource as BetaVaultsResource,
    )
    from .beta_vaults import (
        BetaVaultsResourceWithRawResponse as BetaVaultsResourceWithRawResponse,
    )
    from .beta_vaults import (
        BetaVaultsResourceWithStreamingResponse as BetaVaultsResourceWithStreamingResponse,
    )
    from .beta_vaults_credentials import (
        AsyncBetaVaultsCredentialsResource as AsyncBetaVaultsCredentialsResource,
    )
    from .beta_vaults_credentials import (
        AsyncBetaVaultsCredentialsResourceWithRawResponse as AsyncBetaVaultsCredentialsResourceWithRawResponse,
    )
    from .beta_vaults_credentials import (
        AsyncBetaVaultsCredentialsResourceWithStreamingResponse as AsyncBetaVaultsCredentialsResourceWithStreamingResponse,
    )
    from .beta_vaults_credentials import (
        BetaVaultsCredentialsResource as BetaVaultsCredentialsResource,
    )
    from .beta_vaults_credentials import (
        BetaVaultsCredentialsResourceWithRawResponse as BetaVaultsCredentialsResourceWithRawResponse,
    )
    from .beta_vaults_credentials import (
        BetaVaultsCredentialsResourceWithStreamingResponse as BetaVaultsCredentialsResourceWithStreamingResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncBetaResource": "beta",
    "AsyncBetaResourceWithRawResponse": "beta",
    "AsyncBetaResourceWithStreamingResponse": "beta",
    "BetaResource": "beta",
    "BetaResourceWithRawResponse": "beta",
    "BetaResourceWithStreamingResponse": "beta",
    "AsyncBetaAgentsResource": "beta_agents",
    "AsyncBetaAgentsResourceWithRawResponse": "beta_agents",
    "AsyncBetaAgentsResourceWithStreamingResponse": "beta_agents",
    "BetaAgentsResource": "beta_agents",
    "BetaAgentsResourceWithRawResponse": "beta_agents",
    "BetaAgentsResourceWithStreamingResponse": "beta_agents",
    "AsyncBetaAgentsVersionsResource": "beta_agents_versions",
    "AsyncBetaAgentsVersionsResourceWithRawResponse": "beta_agents_versions",
    "AsyncBetaAgentsVersionsResourceWithStreamingResponse": "beta_agents_versions",
    "BetaAgentsVersionsResource": "beta_agents_versions",
    "BetaAgentsVersionsResourceWithRawResponse": "beta_agents_versions",
    "BetaAgentsVersionsResourceWithStreamingResponse": "beta_agents_versions",
    "AsyncBetaDeploymentRunsResource": "beta_deployment_runs",
    "AsyncBetaDeploymentRunsResourceWithRawResponse": "beta_deployment_runs",
    "AsyncBetaDeploymentRunsResourceWithStreamingResponse": "beta_deployment_runs",
    "BetaDeploymentRunsResource": "beta_deployment_runs",
    "BetaDeploymentRunsResourceWithRawResponse": "beta_deployment_runs",
    "BetaDeploymentRunsResourceWithStreamingResponse": "beta_deployment_runs",
    "AsyncBetaDeploymentsResource": "beta_deployments",
    "AsyncBetaDeploymentsResourceWithRawResponse": "beta_deployments",
    "AsyncBetaDeploymentsResourceWithStreamingResponse": "beta_deployments",
    "BetaDeploymentsResource": "beta_deployments",
    "BetaDeploymentsResourceWithRawResponse": "beta_deployments",
    "BetaDeploymentsResourceWithStreamingResponse": "beta_deployments",
    "AsyncBetaEnvironmentsResource": "beta_environments",
    "AsyncBetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "AsyncBetaEnvironmentsResourceWithStreamingResponse": "beta_environments",
    "BetaEnvironmentsResource": "beta_environments",
    "BetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "BetaEnvironmentsResourceWithStreamingResponse": "beta_environments",
    "AsyncBetaEnvironmentsWorkResource": "beta_environments_work",
    "AsyncBetaEnvironmentsWorkResourceWithRawResponse": "beta_environments_work",
    "AsyncBetaEnvironmentsWorkResourceWithStreamingResponse": "beta_environments_work",
    "BetaEnvironmentsWorkResource": "beta_environments_work",
    "BetaEnvironmentsWorkResourceWithRawResponse": "beta_environments_work",
    "BetaEnvironmentsWorkResourceWithStreamingResponse": "beta_environments_work",
    "AsyncBetaMemoryStoresResource": "beta_memory_stores",
    "AsyncBetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "AsyncBetaMemoryStoresResourceWithStreamingResponse": "beta_memory_stores",
    "BetaMemoryStoresResource": "beta_memory_stores",
    "BetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "BetaMemoryStoresResourceWithStreamingResponse": "beta_memory_stores",
    "AsyncBetaMemoryStoresMemoriesResource": "beta_memory_stores_memories",
    "AsyncBetaMemoryStoresMemoriesResourceWithRawResponse": "beta_memory_stores_memories",
    "AsyncBetaMemoryStoresMemoriesResourceWithStreamingResponse": "beta_memory_stores_memories",
    "BetaMemoryStoresMemoriesResource": "beta_memory_stores_memories",
    "BetaMemoryStoresMemoriesResourceWithRawResponse": "beta_memory_stores_memories",
    "BetaMemoryStoresMemoriesResourceWithStreamingResponse": "beta_memory_stores_memories",
    "AsyncBetaMemoryStoresMemoryVersionsResource": "beta_memory_stores_memory_versions",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse": "beta_memory_stores_memory_versions",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithStreamingResponse": "beta_memory_stores_memory_versions",
    "BetaMemoryStoresMemoryVersionsResource": "beta_memory_stores_memory_versions",
    "BetaMemoryStoresMemoryVersionsResourceWithRawResponse": "beta_memory_stores_memory_versions",
    "BetaMemoryStoresMemoryVersionsResourceWithStreamingResponse": "beta_memory_stores_memory_versions",
    "AsyncBetaSessionsResource": "beta_sessions",
    "AsyncBetaSessionsResourceWithRawResponse": "beta_sessions",
    "AsyncBetaSessionsResourceWithStreamingResponse": "beta_sessions",
    "BetaSessionsResource": "beta_sessions",
    "BetaSessionsResourceWithRawResponse": "beta_sessions",
    "BetaSessionsResourceWithStreamingResponse": "beta_sessions",
    "AsyncBetaSessionsEventsResource": "beta_sessions_events",
    "AsyncBetaSessionsEventsResourceWithRawResponse": "beta_sessions_events",
    "AsyncBetaSessionsEventsResourceWithStreamingResponse": "beta_sessions_events",
    "BetaSessionsEventsResource": "beta_sessions_events",
    "BetaSessionsEventsResourceWithRawResponse": "beta_sessions_events",
    "BetaSessionsEventsResourceWithStreamingResponse": "beta_sessions_events",
    "AsyncBetaSessionsResourcesResource": "beta_sessions_resources",
    "AsyncBetaSessionsResourcesResourceWithRawResponse": "beta_sessions_resources",
    "AsyncBetaSessionsResourcesResourceWithStreamingResponse": "beta_sessions_resources",
    "BetaSessionsResourcesResource": "beta_sessions_resources",
    "BetaSessionsResourcesResourceWithRawResponse": "beta_sessions_resources",
    "BetaSessionsResourcesResourceWithStreamingResponse": "beta_sessions_resources",
    "AsyncBetaSessionsThreadsResource": "beta_sessions_threads",
    "AsyncBetaSessionsThreadsResourceWithRawResponse": "beta_sessions_threads",
    "AsyncBetaSessionsThreadsResourceWithStreamingResponse": "beta_sessions_threads",
    "BetaSessionsThreadsResource": "beta_sessions_threads",
    "BetaSessionsThreadsResourceWithRawResponse": "beta_sessions_threads",
    "BetaSessionsThreadsResourceWithStreamingResponse": "beta_sessions_threads",
    "AsyncBetaSessionsThreadsEventsResource": "beta_sessions_threads_events",
    "AsyncBetaSessionsThreadsEventsResourceWithRawResponse": "beta_sessions_threads_events",
    "AsyncBetaSessionsThreadsEventsResourceWithStreamingResponse": "beta_sessions_threads_events",
    "BetaSessionsThreadsEventsResource": "beta_sessions_threads_events",
    "BetaSessionsThreadsEventsResourceWithRawResponse": "beta_sessions_threads_events",
    "BetaSessionsThreadsEventsResourceWithStreamingResponse": "beta_sessions_threads_events",
    "AsyncBetaVaultsResource": "beta_vaults",
    "AsyncBetaVaultsResourceWithRawResponse": "beta_vaults",
    "AsyncBetaVaultsResourceWithStreamingResponse": "beta_vaults",
    "BetaVaultsResource": "beta_vaults",
    "BetaVaultsResourceWithRawResponse": "beta_vaults",
    "BetaVaultsResourceWithStreamingResponse": "beta_vaults",
    "AsyncBetaVaultsCredentialsResource": "beta_vaults_credentials",
    "AsyncBetaVaultsCredentialsResourceWithRawResponse": "beta_vaults_credentials",
    "AsyncBetaVaultsCredentialsResourceWithStreamingResponse": "beta_vaults_credentials",
    "BetaVaultsCredentialsResource": "beta_vaults_credentials",
    "BetaVaultsCredentialsResourceWithRawResponse": "beta_vaults_credentials",
    "BetaVaultsCredentialsResourceWithStreamingResponse": "beta_vaults_credentials",
}

__all__ = [
    "AsyncBetaAgentsResource",
    "AsyncBetaAgentsResourceWithRawResponse",
    "AsyncBetaAgentsResourceWithStreamingResponse",
    "AsyncBetaAgentsVersionsResource",
    "AsyncBetaAgentsVersionsResourceWithRawResponse",
    "AsyncBetaAgentsVersionsResourceWithStreamingResponse",
    "AsyncBetaDeploymentRunsResource",
    "AsyncBetaDeploymentRunsResourceWithRawResponse",
    "AsyncBetaDeploymentRunsResourceWithStreamingResponse",
    "AsyncBetaDeploymentsResource",
    "AsyncBetaDeploymentsResourceWithRawResponse",
    "AsyncBetaDeploymentsResourceWithStreamingResponse",
    "AsyncBetaEnvironmentsResource",
    "AsyncBetaEnvironmentsResourceWithRawResponse",
    "AsyncBetaEnvironmentsResourceWithStreamingResponse",
    "AsyncBetaEnvironmentsWorkResource",
    "AsyncBetaEnvironmentsWorkResourceWithRawResponse",
    "AsyncBetaEnvironmentsWorkResourceWithStreamingResponse",
    "AsyncBetaMemoryStoresMemoriesResource",
    "AsyncBetaMemoryStoresMemoriesResourceWithRawResponse",
    "AsyncBetaMemoryStoresMemoriesResourceWithStreamingResponse",
    "AsyncBetaMemoryStoresMemoryVersionsResource",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithRawResponse",
    "AsyncBetaMemoryStoresMemoryVersionsResourceWithStreamingResponse",
    "AsyncBetaMemoryStoresResource",
    "AsyncBetaMemoryStoresResourceWithRawResponse",
    "AsyncBetaMemoryStoresResourceWithStreamingResponse",
    "AsyncBetaResource",
    "AsyncBetaResourceWithRawResponse",
    "AsyncBetaResourceWithStreamingResponse",
    "AsyncBetaSessionsEventsResource",
    "AsyncBetaSessionsEventsResourceWithRawResponse",
    "AsyncBetaSessionsEventsResourceWithStreamingResponse",
    "AsyncBetaSessionsResource",
    "AsyncBetaSessionsResourceWithRawResponse",
    "AsyncBetaSessionsResourceWithStreamingResponse",
    "AsyncBetaSessionsResourcesResource",
    "AsyncBetaSessionsResourcesResourceWithRawResponse",
    "AsyncBetaSessionsResourcesResourceWithStreamingResponse",
    "AsyncBetaSessionsThreadsEventsResource",
    "AsyncBetaSessionsThreadsEventsResourceWithRawResponse",
    "AsyncBetaSessionsThreadsEventsResourceWithStreamingResponse",
    "AsyncBetaSessionsThreadsResource",
    "AsyncBetaSessionsThreadsResourceWithRawResponse",
    "AsyncBetaSessionsThreadsResourceWithStreamingResponse",
    "AsyncBetaVaultsCredentialsResource",
    "AsyncBetaVaultsCredentialsResourceWithRawResponse",
    "AsyncBetaVaultsCredentialsResourceWithStreamingResponse",
    "AsyncBetaVaultsResource",
    "AsyncBetaVaultsResourceWithRawResponse",
    "AsyncBetaVaultsResourceWithStreamingResponse",
    "BetaAgentsResource",
    "BetaAgentsResourceWithRawResponse",
    "BetaAgentsResourceWithStreamingResponse",
    "BetaAgentsVersionsResource",
    "BetaAgentsVersionsResourceWithRawResponse",
    "BetaAgentsVersionsResourceWithStreamingResponse",
    "BetaDeploymentRunsResource",
    "BetaDeploymentRunsResourceWithRawResponse",
    "BetaDeploymentRunsResourceWithStreamingResponse",
    "BetaDeploymentsResource",
    "BetaDeploymentsResourceWithRawResponse",
    "BetaDeploymentsResourceWithStreamingResponse",
    "BetaEnvironmentsResource",
    "BetaEnvironmentsResourceWithRawResponse",
    "BetaEnvironmentsResourceWithStreamingResponse",
    "BetaEnvironmentsWorkResource",
    "BetaEnvironmentsWorkResourceWithRawResponse",
    "BetaEnvironmentsWorkResourceWithStreamingResponse",
    "BetaMemoryStoresMemoriesResource",
    "BetaMemoryStoresMemoriesResourceWithRawResponse",
    "BetaMemoryStoresMemoriesResourceWithStreamingResponse",
    "BetaMemoryStoresMemoryVersionsResource",
    "BetaMemoryStoresMemoryVersionsResourceWithRawResponse",
    "BetaMemoryStoresMemoryVersionsResourceWithStreamingResponse",
    "BetaMemoryStoresResource",
    "BetaMemoryStoresResourceWithRawResponse",
    "BetaMemoryStoresResourceWithStreamingResponse",
    "BetaResource",
    "BetaResourceWithRawResponse",
    "BetaResourceWithStreamingResponse",
    "BetaSessionsEventsResource",
    "BetaSessionsEventsResourceWithRawResponse",
    "BetaSessionsEventsResourceWithStreamingResponse",
    "BetaSessionsResource",
    "BetaSessionsResourceWithRawResponse",
    "BetaSessionsResourceWithStreamingResponse",
    "BetaSessionsResourcesResource",
    "BetaSessionsResourcesResourceWithRawResponse",
    "BetaSessionsResourcesResourceWithStreamingResponse",
    "BetaSessionsThreadsEventsResource",
    "BetaSessionsThreadsEventsResourceWithRawResponse",
    "BetaSessionsThreadsEventsResourceWithStreamingResponse",
    "BetaSessionsThreadsResource",
    "BetaSessionsThreadsResourceWithRawResponse",
    "BetaSessionsThreadsResourceWithStreamingResponse",
    "BetaVaultsCredentialsResource",
    "BetaVaultsCredentialsResourceWithRawResponse",
    "BetaVaultsCredentialsResourceWithStreamingResponse",
    "BetaVaultsResource",
    "BetaVaultsResourceWithRawResponse",
    "BetaVaultsResourceWithStreamingResponse",
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
