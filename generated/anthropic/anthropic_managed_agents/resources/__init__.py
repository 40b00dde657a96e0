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
    from .beta_environment_work import (
        AsyncBetaEnvironmentWorkResource as AsyncBetaEnvironmentWorkResource,
    )
    from .beta_environment_work import (
        AsyncBetaEnvironmentWorkResourceWithRawResponse as AsyncBetaEnvironmentWorkResourceWithRawResponse,
    )
    from .beta_environment_work import (
        BetaEnvironmentWorkResource as BetaEnvironmentWorkResource,
    )
    from .beta_environment_work import (
        BetaEnvironmentWorkResourceWithRawResponse as BetaEnvironmentWorkResourceWithRawResponse,
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
    from .beta_memories import (
        AsyncBetaMemoriesResource as AsyncBetaMemoriesResource,
    )
    from .beta_memories import (
        AsyncBetaMemoriesResourceWithRawResponse as AsyncBetaMemoriesResourceWithRawResponse,
    )
    from .beta_memories import (
        BetaMemoriesResource as BetaMemoriesResource,
    )
    from .beta_memories import (
        BetaMemoriesResourceWithRawResponse as BetaMemoriesResourceWithRawResponse,
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
    from .beta_memory_versions import (
        AsyncBetaMemoryVersionsResource as AsyncBetaMemoryVersionsResource,
    )
    from .beta_memory_versions import (
        AsyncBetaMemoryVersionsResourceWithRawResponse as AsyncBetaMemoryVersionsResourceWithRawResponse,
    )
    from .beta_memory_versions import (
        BetaMemoryVersionsResource as BetaMemoryVersionsResource,
    )
    from .beta_memory_versions import (
        BetaMemoryVersionsResourceWithRawResponse as BetaMemoryVersionsResourceWithRawResponse,
    )
    from .beta_session_events import (
        AsyncBetaSessionEventsResource as AsyncBetaSessionEventsResource,
    )
    from .beta_session_events import (
        AsyncBetaSessionEventsResourceWithRawResponse as AsyncBetaSessionEventsResourceWithRawResponse,
    )
    from .beta_session_events import (
        BetaSessionEventsResource as BetaSessionEventsResource,
    )
    from .beta_session_events import (
        BetaSessionEventsResourceWithRawResponse as BetaSessionEventsResourceWithRawResponse,
    )
    from .beta_session_resources import (
        AsyncBetaSessionResourcesResource as AsyncBetaSessionResourcesResource,
    )
    from .beta_session_resources import (
        AsyncBetaSessionResourcesResourceWithRawResponse as AsyncBetaSessionResourcesResourceWithRawResponse,
    )
    from .beta_session_resources import (
        BetaSessionResourcesResource as BetaSessionResourcesResource,
    )
    from .beta_session_resources import (
        BetaSessionResourcesResourceWithRawResponse as BetaSessionResourcesResourceWithRawResponse,
    )
    from .beta_session_threads import (
        AsyncBetaSessionThreadsResource as AsyncBetaSessionThreadsResource,
    )
    from .beta_session_threads import (
        AsyncBetaSessionThreadsResourceWithRawResponse as AsyncBetaSessionThreadsResourceWithRawResponse,
    )
    from .beta_session_threads import (
        BetaSessionThreadsResource as BetaSessionThreadsResource,
    )
    from .beta_session_threads import (
        BetaSessionThreadsResourceWithRawResponse as BetaSessionThreadsResourceWithRawResponse,
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
    from .beta_vault_credentials import (
        AsyncBetaVaultCredentialsResource as AsyncBetaVaultCredentialsResource,
    )
    from .beta_vault_credentials import (
        AsyncBetaVaultCredentialsResourceWithRawResponse as AsyncBetaVaultCredentialsResourceWithRawResponse,
    )
    from .beta_vault_credentials import (
        BetaVaultCredentialsResource as BetaVaultCredentialsResource,
    )
    from .beta_vault_credentials import (
        BetaVaultCredentialsResourceWithRawResponse as BetaVaultCredentialsResourceWithRawResponse,
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
    "AsyncBetaEnvironmentWorkResource": "beta_environment_work",
    "AsyncBetaEnvironmentWorkResourceWithRawResponse": "beta_environment_work",
    "BetaEnvironmentWorkResource": "beta_environment_work",
    "BetaEnvironmentWorkResourceWithRawResponse": "beta_environment_work",
    "AsyncBetaEnvironmentsResource": "beta_environments",
    "AsyncBetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "BetaEnvironmentsResource": "beta_environments",
    "BetaEnvironmentsResourceWithRawResponse": "beta_environments",
    "AsyncBetaMemoriesResource": "beta_memories",
    "AsyncBetaMemoriesResourceWithRawResponse": "beta_memories",
    "BetaMemoriesResource": "beta_memories",
    "BetaMemoriesResourceWithRawResponse": "beta_memories",
    "AsyncBetaMemoryStoresResource": "beta_memory_stores",
    "AsyncBetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "BetaMemoryStoresResource": "beta_memory_stores",
    "BetaMemoryStoresResourceWithRawResponse": "beta_memory_stores",
    "AsyncBetaMemoryVersionsResource": "beta_memory_versions",
    "AsyncBetaMemoryVersionsResourceWithRawResponse": "beta_memory_versions",
    "BetaMemoryVersionsResource": "beta_memory_versions",
    "BetaMemoryVersionsResourceWithRawResponse": "beta_memory_versions",
    "AsyncBetaSessionEventsResource": "beta_session_events",
    "AsyncBetaSessionEventsResourceWithRawResponse": "beta_session_events",
    "BetaSessionEventsResource": "beta_session_events",
    "BetaSessionEventsResourceWithRawResponse": "beta_session_events",
    "AsyncBetaSessionResourcesResource": "beta_session_resources",
    "AsyncBetaSessionResourcesResourceWithRawResponse": "beta_session_resources",
    "BetaSessionResourcesResource": "beta_session_resources",
    "BetaSessionResourcesResourceWithRawResponse": "beta_session_resources",
    "AsyncBetaSessionThreadsResource": "beta_session_threads",
    "AsyncBetaSessionThreadsResourceWithRawResponse": "beta_session_threads",
    "BetaSessionThreadsResource": "beta_session_threads",
    "BetaSessionThreadsResourceWithRawResponse": "beta_session_threads",
    "AsyncBetaSessionsResource": "beta_sessions",
    "AsyncBetaSessionsResourceWithRawResponse": "beta_sessions",
    "BetaSessionsResource": "beta_sessions",
    "BetaSessionsResourceWithRawResponse": "beta_sessions",
    "AsyncBetaVaultCredentialsResource": "beta_vault_credentials",
    "AsyncBetaVaultCredentialsResourceWithRawResponse": "beta_vault_credentials",
    "BetaVaultCredentialsResource": "beta_vault_credentials",
    "BetaVaultCredentialsResourceWithRawResponse": "beta_vault_credentials",
    "AsyncBetaVaultsResource": "beta_vaults",
    "AsyncBetaVaultsResourceWithRawResponse": "beta_vaults",
    "BetaVaultsResource": "beta_vaults",
    "BetaVaultsResourceWithRawResponse": "beta_vaults",
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
    "AsyncBetaEnvironmentWorkResource",
    "AsyncBetaEnvironmentWorkResourceWithRawResponse",
    "AsyncBetaEnvironmentsResource",
    "AsyncBetaEnvironmentsResourceWithRawResponse",
    "AsyncBetaMemoriesResource",
    "AsyncBetaMemoriesResourceWithRawResponse",
    "AsyncBetaMemoryStoresResource",
    "AsyncBetaMemoryStoresResourceWithRawResponse",
    "AsyncBetaMemoryVersionsResource",
    "AsyncBetaMemoryVersionsResourceWithRawResponse",
    "AsyncBetaResource",
    "AsyncBetaResourceWithRawResponse",
    "AsyncBetaSessionEventsResource",
    "AsyncBetaSessionEventsResourceWithRawResponse",
    "AsyncBetaSessionResourcesResource",
    "AsyncBetaSessionResourcesResourceWithRawResponse",
    "AsyncBetaSessionThreadsResource",
    "AsyncBetaSessionThreadsResourceWithRawResponse",
    "AsyncBetaSessionsResource",
    "AsyncBetaSessionsResourceWithRawResponse",
    "AsyncBetaVaultCredentialsResource",
    "AsyncBetaVaultCredentialsResourceWithRawResponse",
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
    "BetaEnvironmentWorkResource",
    "BetaEnvironmentWorkResourceWithRawResponse",
    "BetaEnvironmentsResource",
    "BetaEnvironmentsResourceWithRawResponse",
    "BetaMemoriesResource",
    "BetaMemoriesResourceWithRawResponse",
    "BetaMemoryStoresResource",
    "BetaMemoryStoresResourceWithRawResponse",
    "BetaMemoryVersionsResource",
    "BetaMemoryVersionsResourceWithRawResponse",
    "BetaResource",
    "BetaResourceWithRawResponse",
    "BetaSessionEventsResource",
    "BetaSessionEventsResourceWithRawResponse",
    "BetaSessionResourcesResource",
    "BetaSessionResourcesResourceWithRawResponse",
    "BetaSessionThreadsResource",
    "BetaSessionThreadsResourceWithRawResponse",
    "BetaSessionsResource",
    "BetaSessionsResourceWithRawResponse",
    "BetaVaultCredentialsResource",
    "BetaVaultCredentialsResourceWithRawResponse",
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
