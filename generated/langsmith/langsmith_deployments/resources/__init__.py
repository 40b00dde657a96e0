"""Resource groups of the LangSmith Deployment Control Plane API, one module each, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .auth import (
        AsyncAuthResource as AsyncAuthResource,
    )
    from .auth import (
        AsyncAuthResourceWithRawResponse as AsyncAuthResourceWithRawResponse,
    )
    from .auth import (
        AuthResource as AuthResource,
    )
    from .auth import (
        AuthResourceWithRawResponse as AuthResourceWithRawResponse,
    )
    from .auth_agents import (
        AsyncAuthAgentsResource as AsyncAuthAgentsResource,
    )
    from .auth_agents import (
        AsyncAuthAgentsResourceWithRawResponse as AsyncAuthAgentsResourceWithRawResponse,
    )
    from .auth_agents import (
        AuthAgentsResource as AuthAgentsResource,
    )
    from .auth_agents import (
        AuthAgentsResourceWithRawResponse as AuthAgentsResourceWithRawResponse,
    )
    from .auth_agents_connections import (
        AsyncAuthAgentsConnectionsResource as AsyncAuthAgentsConnectionsResource,
    )
    from .auth_agents_connections import (
        AsyncAuthAgentsConnectionsResourceWithRawResponse as AsyncAuthAgentsConnectionsResourceWithRawResponse,
    )
    from .auth_agents_connections import (
        AuthAgentsConnectionsResource as AuthAgentsConnectionsResource,
    )
    from .auth_agents_connections import (
        AuthAgentsConnectionsResourceWithRawResponse as AuthAgentsConnectionsResourceWithRawResponse,
    )
    from .auth_providers import (
        AsyncAuthProvidersResource as AsyncAuthProvidersResource,
    )
    from .auth_providers import (
        AsyncAuthProvidersResourceWithRawResponse as AsyncAuthProvidersResourceWithRawResponse,
    )
    from .auth_providers import (
        AuthProvidersResource as AuthProvidersResource,
    )
    from .auth_providers import (
        AuthProvidersResourceWithRawResponse as AuthProvidersResourceWithRawResponse,
    )
    from .auth_tokens import (
        AsyncAuthTokensResource as AsyncAuthTokensResource,
    )
    from .auth_tokens import (
        AsyncAuthTokensResourceWithRawResponse as AsyncAuthTokensResourceWithRawResponse,
    )
    from .auth_tokens import (
        AuthTokensResource as AuthTokensResource,
    )
    from .auth_tokens import (
        AuthTokensResourceWithRawResponse as AuthTokensResourceWithRawResponse,
    )
    from .auth_tokens_workspace import (
        AsyncAuthTokensWorkspaceResource as AsyncAuthTokensWorkspaceResource,
    )
    from .auth_tokens_workspace import (
        AsyncAuthTokensWorkspaceResourceWithRawResponse as AsyncAuthTokensWorkspaceResourceWithRawResponse,
    )
    from .auth_tokens_workspace import (
        AuthTokensWorkspaceResource as AuthTokensWorkspaceResource,
    )
    from .auth_tokens_workspace import (
        AuthTokensWorkspaceResourceWithRawResponse as AuthTokensWorkspaceResourceWithRawResponse,
    )
    from .auth_tokens_workspace_slack import (
        AsyncAuthTokensWorkspaceSlackResource as AsyncAuthTokensWorkspaceSlackResource,
    )
    from .auth_tokens_workspace_slack import (
        AsyncAuthTokensWorkspaceSlackResourceWithRawResponse as AsyncAuthTokensWorkspaceSlackResourceWithRawResponse,
    )
    from .auth_tokens_workspace_slack import (
        AuthTokensWorkspaceSlackResource as AuthTokensWorkspaceSlackResource,
    )
    from .auth_tokens_workspace_slack import (
        AuthTokensWorkspaceSlackResourceWithRawResponse as AuthTokensWorkspaceSlackResourceWithRawResponse,
    )
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
    from .deployments_revisions import (
        AsyncDeploymentsRevisionsResource as AsyncDeploymentsRevisionsResource,
    )
    from .deployments_revisions import (
        AsyncDeploymentsRevisionsResourceWithRawResponse as AsyncDeploymentsRevisionsResourceWithRawResponse,
    )
    from .deployments_revisions import (
        DeploymentsRevisionsResource as DeploymentsRevisionsResource,
    )
    from .deployments_revisions import (
        DeploymentsRevisionsResourceWithRawResponse as DeploymentsRevisionsResourceWithRawResponse,
    )
    from .integrations import (
        AsyncIntegrationsResource as AsyncIntegrationsResource,
    )
    from .integrations import (
        AsyncIntegrationsResourceWithRawResponse as AsyncIntegrationsResourceWithRawResponse,
    )
    from .integrations import (
        IntegrationsResource as IntegrationsResource,
    )
    from .integrations import (
        IntegrationsResourceWithRawResponse as IntegrationsResourceWithRawResponse,
    )
    from .integrations_forge import (
        AsyncIntegrationsForgeResource as AsyncIntegrationsForgeResource,
    )
    from .integrations_forge import (
        AsyncIntegrationsForgeResourceWithRawResponse as AsyncIntegrationsForgeResourceWithRawResponse,
    )
    from .integrations_forge import (
        IntegrationsForgeResource as IntegrationsForgeResource,
    )
    from .integrations_forge import (
        IntegrationsForgeResourceWithRawResponse as IntegrationsForgeResourceWithRawResponse,
    )
    from .integrations_forge_github import (
        AsyncIntegrationsForgeGithubResource as AsyncIntegrationsForgeGithubResource,
    )
    from .integrations_forge_github import (
        AsyncIntegrationsForgeGithubResourceWithRawResponse as AsyncIntegrationsForgeGithubResourceWithRawResponse,
    )
    from .integrations_forge_github import (
        IntegrationsForgeGithubResource as IntegrationsForgeGithubResource,
    )
    from .integrations_forge_github import (
        IntegrationsForgeGithubResourceWithRawResponse as IntegrationsForgeGithubResourceWithRawResponse,
    )
    from .integrations_forge_github_repos import (
        AsyncIntegrationsForgeGithubReposResource as AsyncIntegrationsForgeGithubReposResource,
    )
    from .integrations_forge_github_repos import (
        AsyncIntegrationsForgeGithubReposResourceWithRawResponse as AsyncIntegrationsForgeGithubReposResourceWithRawResponse,
    )
    from .integrations_forge_github_repos import (
        IntegrationsForgeGithubReposResource as IntegrationsForgeGithubReposResource,
    )
    from .integrations_forge_github_repos import (
        IntegrationsForgeGithubReposResourceWithRawResponse as IntegrationsForgeGithubReposResourceWithRawResponse,
    )
    from .integrations_github import (
        AsyncIntegrationsGithubResource as AsyncIntegrationsGithubResource,
    )
    from .integrations_github import (
        AsyncIntegrationsGithubResourceWithRawResponse as AsyncIntegrationsGithubResourceWithRawResponse,
    )
    from .integrations_github import (
        IntegrationsGithubResource as IntegrationsGithubResource,
    )
    from .integrations_github import (
        IntegrationsGithubResourceWithRawResponse as IntegrationsGithubResourceWithRawResponse,
    )
    from .integrations_github_repos import (
        AsyncIntegrationsGithubReposResource as AsyncIntegrationsGithubReposResource,
    )
    from .integrations_github_repos import (
        AsyncIntegrationsGithubReposResourceWithRawResponse as AsyncIntegrationsGithubReposResourceWithRawResponse,
    )
    from .integrations_github_repos import (
        IntegrationsGithubReposResource as IntegrationsGithubReposResource,
    )
    from .integrations_github_repos import (
        IntegrationsGithubReposResourceWithRawResponse as IntegrationsGithubReposResourceWithRawResponse,
    )
    from .listeners import (
        AsyncListenersResource as AsyncListenersResource,
    )
    from .listeners import (
        AsyncListenersResourceWithRawResponse as AsyncListenersResourceWithRawResponse,
    )
    from .listeners import (
        ListenersResource as ListenersResource,
    )
    from .listeners import (
        ListenersResourceWithRawResponse as ListenersResourceWithRawResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAuthResource": "auth",
    "AsyncAuthResourceWithRawResponse": "auth",
    "AuthResource": "auth",
    "AuthResourceWithRawResponse": "auth",
    "AsyncAuthAgentsResource": "auth_agents",
    "AsyncAuthAgentsResourceWithRawResponse": "auth_agents",
    "AuthAgentsResource": "auth_agents",
    "AuthAgentsResourceWithRawResponse": "auth_agents",
    "AsyncAuthAgentsConnectionsResource": "auth_agents_connections",
    "AsyncAuthAgentsConnectionsResourceWithRawResponse": "auth_agents_connections",
    "AuthAgentsConnectionsResource": "auth_agents_connections",
    "AuthAgentsConnectionsResourceWithRawResponse": "auth_agents_connections",
    "AsyncAuthProvidersResource": "auth_providers",
    "AsyncAuthProvidersResourceWithRawResponse": "auth_providers",
    "AuthProvidersResource": "auth_providers",
    "AuthProvidersResourceWithRawResponse": "auth_providers",
    "AsyncAuthTokensResource": "auth_tokens",
    "AsyncAuthTokensResourceWithRawResponse": "auth_tokens",
    "AuthTokensResource": "auth_tokens",
    "AuthTokensResourceWithRawResponse": "auth_tokens",
    "AsyncAuthTokensWorkspaceResource": "auth_tokens_workspace",
    "AsyncAuthTokensWorkspaceResourceWithRawResponse": "auth_tokens_workspace",
    "AuthTokensWorkspaceResource": "auth_tokens_workspace",
    "AuthTokensWorkspaceResourceWithRawResponse": "auth_tokens_workspace",
    "AsyncAuthTokensWorkspaceSlackResource": "auth_tokens_workspace_slack",
    "AsyncAuthTokensWorkspaceSlackResourceWithRawResponse": "auth_tokens_workspace_slack",
    "AuthTokensWorkspaceSlackResource": "auth_tokens_workspace_slack",
    "AuthTokensWorkspaceSlackResourceWithRawResponse": "auth_tokens_workspace_slack",
    "AsyncDeploymentsResource": "deployments",
    "AsyncDeploymentsResourceWithRawResponse": "deployments",
    "DeploymentsResource": "deployments",
    "DeploymentsResourceWithRawResponse": "deployments",
    "AsyncDeploymentsRevisionsResource": "deployments_revisions",
    "AsyncDeploymentsRevisionsResourceWithRawResponse": "deployments_revisions",
    "DeploymentsRevisionsResource": "deployments_revisions",
    "DeploymentsRevisionsResourceWithRawResponse": "deployments_revisions",
    "AsyncIntegrationsResource": "integrations",
    "AsyncIntegrationsResourceWithRawResponse": "integrations",
    "IntegrationsResource": "integrations",
    "IntegrationsResourceWithRawResponse": "integrations",
    "AsyncIntegrationsForgeResource": "integrations_forge",
    "AsyncIntegrationsForgeResourceWithRawResponse": "integrations_forge",
    "IntegrationsForgeResource": "integrations_forge",
    "IntegrationsForgeResourceWithRawResponse": "integrations_forge",
    "AsyncIntegrationsForgeGithubResource": "integrations_forge_github",
    "AsyncIntegrationsForgeGithubResourceWithRawResponse": "integrations_forge_github",
    "IntegrationsForgeGithubResource": "integrations_forge_github",
    "IntegrationsForgeGithubResourceWithRawResponse": "integrations_forge_github",
    "AsyncIntegrationsForgeGithubReposResource": "integrations_forge_github_repos",
    "AsyncIntegrationsForgeGithubReposResourceWithRawResponse": "integrations_forge_github_repos",
    "IntegrationsForgeGithubReposResource": "integrations_forge_github_repos",
    "IntegrationsForgeGithubReposResourceWithRawResponse": "integrations_forge_github_repos",
    "AsyncIntegrationsGithubResource": "integrations_github",
    "AsyncIntegrationsGithubResourceWithRawResponse": "integrations_github",
    "IntegrationsGithubResource": "integrations_github",
    "IntegrationsGithubResourceWithRawResponse": "integrations_github",
    "AsyncIntegrationsGithubReposResource": "integrations_github_repos",
    "AsyncIntegrationsGithubReposResourceWithRawResponse": "integrations_github_repos",
    "IntegrationsGithubReposResource": "integrations_github_repos",
    "IntegrationsGithubReposResourceWithRawResponse": "integrations_github_repos",
    "AsyncListenersResource": "listeners",
    "AsyncListenersResourceWithRawResponse": "listeners",
    "ListenersResource": "listeners",
    "ListenersResourceWithRawResponse": "listeners",
}

__all__ = [
    "AsyncAuthAgentsConnectionsResource",
    "AsyncAuthAgentsConnectionsResourceWithRawResponse",
    "AsyncAuthAgentsResource",
    "AsyncAuthAgentsResourceWithRawResponse",
    "AsyncAuthProvidersResource",
    "AsyncAuthProvidersResourceWithRawResponse",
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "AsyncAuthTokensResource",
    "AsyncAuthTokensResourceWithRawResponse",
    "AsyncAuthTokensWorkspaceResource",
    "AsyncAuthTokensWorkspaceResourceWithRawResponse",
    "AsyncAuthTokensWorkspaceSlackResource",
    "AsyncAuthTokensWorkspaceSlackResourceWithRawResponse",
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "AsyncDeploymentsRevisionsResource",
    "AsyncDeploymentsRevisionsResourceWithRawResponse",
    "AsyncIntegrationsForgeGithubReposResource",
    "AsyncIntegrationsForgeGithubReposResourceWithRawResponse",
    "AsyncIntegrationsForgeGithubResource",
    "AsyncIntegrationsForgeGithubResourceWithRawResponse",
    "AsyncIntegrationsForgeResource",
    "AsyncIntegrationsForgeResourceWithRawResponse",
    "AsyncIntegrationsGithubReposResource",
    "AsyncIntegrationsGithubReposResourceWithRawResponse",
    "AsyncIntegrationsGithubResource",
    "AsyncIntegrationsGithubResourceWithRawResponse",
    "AsyncIntegrationsResource",
    "AsyncIntegrationsResourceWithRawResponse",
    "AsyncListenersResource",
    "AsyncListenersResourceWithRawResponse",
    "AuthAgentsConnectionsResource",
    "AuthAgentsConnectionsResourceWithRawResponse",
    "AuthAgentsResource",
    "AuthAgentsResourceWithRawResponse",
    "AuthProvidersResource",
    "AuthProvidersResourceWithRawResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
    "AuthTokensResource",
    "AuthTokensResourceWithRawResponse",
    "AuthTokensWorkspaceResource",
    "AuthTokensWorkspaceResourceWithRawResponse",
    "AuthTokensWorkspaceSlackResource",
    "AuthTokensWorkspaceSlackResourceWithRawResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
    "DeploymentsRevisionsResource",
    "DeploymentsRevisionsResourceWithRawResponse",
    "IntegrationsForgeGithubReposResource",
    "IntegrationsForgeGithubReposResourceWithRawResponse",
    "IntegrationsForgeGithubResource",
    "IntegrationsForgeGithubResourceWithRawResponse",
    "IntegrationsForgeResource",
    "IntegrationsForgeResourceWithRawResponse",
    "IntegrationsGithubReposResource",
    "IntegrationsGithubReposResourceWithRawResponse",
    "IntegrationsGithubResource",
    "IntegrationsGithubResourceWithRawResponse",
    "IntegrationsResource",
    "IntegrationsResourceWithRawResponse",
    "ListenersResource",
    "ListenersResourceWithRawResponse",
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
