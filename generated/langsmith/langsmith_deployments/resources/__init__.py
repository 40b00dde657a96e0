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
        AsyncAuthResourceWithStreamingResponse as AsyncAuthResourceWithStreamingResponse,
    )
    from .auth import (
        AuthResource as AuthResource,
    )
    from .auth import (
        AuthResourceWithRawResponse as AuthResourceWithRawResponse,
    )
    from .auth import (
        AuthResourceWithStreamingResponse as AuthResourceWithStreamingResponse,
    )
    from .auth_agents import (
        AsyncAuthAgentsResource as AsyncAuthAgentsResource,
    )
    from .auth_agents import (
        AsyncAuthAgentsResourceWithRawResponse as AsyncAuthAgentsResourceWithRawResponse,
    )
    from .auth_agents import (
        AsyncAuthAgentsResourceWithStreamingResponse as AsyncAuthAgentsResourceWithStreamingResponse,
    )
    from .auth_agents import (
        AuthAgentsResource as AuthAgentsResource,
    )
    from .auth_agents import (
        AuthAgentsResourceWithRawResponse as AuthAgentsResourceWithRawResponse,
    )
    from .auth_agents import (
        AuthAgentsResourceWithStreamingResponse as AuthAgentsResourceWithStreamingResponse,
    )
    from .auth_agents_connections import (
        AsyncAuthAgentsConnectionsResource as AsyncAuthAgentsConnectionsResource,
    )
    from .auth_agents_connections import (
        AsyncAuthAgentsConnectionsResourceWithRawResponse as AsyncAuthAgentsConnectionsResourceWithRawResponse,
    )
    from .auth_agents_connections import (
        AsyncAuthAgentsConnectionsResourceWithStreamingResponse as AsyncAuthAgentsConnectionsResourceWithStreamingResponse,
    )
    from .auth_agents_connections import (
        AuthAgentsConnectionsResource as AuthAgentsConnectionsResource,
    )
    from .auth_agents_connections import (
        AuthAgentsConnectionsResourceWithRawResponse as AuthAgentsConnectionsResourceWithRawResponse,
    )
    from .auth_agents_connections import (
        AuthAgentsConnectionsResourceWithStreamingResponse as AuthAgentsConnectionsResourceWithStreamingResponse,
    )
    from .auth_providers import (
        AsyncAuthProvidersResource as AsyncAuthProvidersResource,
    )
    from .auth_providers import (
        AsyncAuthProvidersResourceWithRawResponse as AsyncAuthProvidersResourceWithRawResponse,
    )
    from .auth_providers import (
        AsyncAuthProvidersResourceWithStreamingResponse as AsyncAuthProvidersResourceWithStreamingResponse,
    )
    from .auth_providers import (
        AuthProvidersResource as AuthProvidersResource,
    )
    from .auth_providers import (
        AuthProvidersResourceWithRawResponse as AuthProvidersResourceWithRawResponse,
    )
    from .auth_providers import (
        AuthProvidersResourceWithStreamingResponse as AuthProvidersResourceWithStreamingResponse,
    )
    from .auth_tokens import (
        AsyncAuthTokensResource as AsyncAuthTokensResource,
    )
    from .auth_tokens import (
        AsyncAuthTokensResourceWithRawResponse as AsyncAuthTokensResourceWithRawResponse,
    )
    from .auth_tokens import (
        AsyncAuthTokensResourceWithStreamingResponse as AsyncAuthTokensResourceWithStreamingResponse,
    )
    from .auth_tokens import (
        AuthTokensResource as AuthTokensResource,
    )
    from .auth_tokens import (
        AuthTokensResourceWithRawResponse as AuthTokensResourceWithRawResponse,
    )
    from .auth_tokens import (
        AuthTokensResourceWithStreamingResponse as AuthTokensResourceWithStreamingResponse,
    )
    from .auth_tokens_workspace import (
        AsyncAuthTokensWorkspaceResource as AsyncAuthTokensWorkspaceResource,
    )
    from .auth_tokens_workspace import (
        AsyncAuthTokensWorkspaceResourceWithRawResponse as AsyncAuthTokensWorkspaceResourceWithRawResponse,
    )
    from .auth_tokens_workspace import (
        AsyncAuthTokensWorkspaceResourceWithStreamingResponse as AsyncAuthTokensWorkspaceResourceWithStreamingResponse,
    )
    from .auth_tokens_workspace import (
        AuthTokensWorkspaceResource as AuthTokensWorkspaceResource,
    )
    from .auth_tokens_workspace import (
        AuthTokensWorkspaceResourceWithRawResponse as AuthTokensWorkspaceResourceWithRawResponse,
    )
    from .auth_tokens_workspace import (
        AuthTokensWorkspaceResourceWithStreamingResponse as AuthTokensWorkspaceResourceWithStreamingResponse,
    )
    from .auth_tokens_workspace_slack import (
        AsyncAuthTokensWorkspaceSlackResource as AsyncAuthTokensWorkspaceSlackResource,
    )
    from .auth_tokens_workspace_slack import (
        AsyncAuthTokensWorkspaceSlackResourceWithRawResponse as AsyncAuthTokensWorkspaceSlackResourceWithRawResponse,
    )
    from .auth_tokens_workspace_slack import (
        AsyncAuthTokensWorkspaceSlackResourceWithStreamingResponse as AsyncAuthTokensWorkspaceSlackResourceWithStreamingResponse,
    )
    from .auth_tokens_workspace_slack import (
        AuthTokensWorkspaceSlackResource as AuthTokensWorkspaceSlackResource,
    )
    from .auth_tokens_workspace_slack import (
        AuthTokensWorkspaceSlackResourceWithRawResponse as AuthTokensWorkspaceSlackResourceWithRawResponse,
    )
    from .auth_tokens_workspace_slack import (
        AuthTokensWorkspaceSlackResourceWithStreamingResponse as AuthTokensWorkspaceSlackResourceWithStreamingResponse,
    )
    from .deployments import (
        AsyncDeploymentsResource as AsyncDeploymentsResource,
    )
    from .deployments import (
        AsyncDeploymentsResourceWithRawResponse as AsyncDeploymentsResourceWithRawResponse,
    )
    from .deployments import (
        AsyncDeploymentsResourceWithStreamingResponse as AsyncDeploymentsResourceWithStreamingResponse,
    )
    from .deployments import (
        DeploymentsResource as DeploymentsResource,
    )
    from .deployments import (
        DeploymentsResourceWithRawResponse as DeploymentsResourceWithRawResponse,
    )
    from .deployments import (
        DeploymentsResourceWithStreamingResponse as DeploymentsResourceWithStreamingResponse,
    )
    from .deployments_revisions import (
        AsyncDeploymentsRevisionsResource as AsyncDeploymentsRevisionsResource,
    )
    from .deployments_revisions import (
        AsyncDeploymentsRevisionsResourceWithRawResponse as AsyncDeploymentsRevisionsResourceWithRawResponse,
    )
    from .deployments_revisions import (
        AsyncDeploymentsRevisionsResourceWithStreamingResponse as AsyncDeploymentsRevisionsResourceWithStreamingResponse,
    )
    from .deployments_revisions import (
        DeploymentsRevisionsResource as DeploymentsRevisionsResource,
    )
    from .deployments_revisions import (
        DeploymentsRevisionsResourceWithRawResponse as DeploymentsRevisionsResourceWithRawResponse,
    )
    from .deployments_revisions import (
        DeploymentsRevisionsResourceWithStreamingResponse as DeploymentsRevisionsResourceWithStreamingResponse,
    )
    from .integrations import (
        AsyncIntegrationsResource as AsyncIntegrationsResource,
    )
    from .integrations import (
        AsyncIntegrationsResourceWithRawResponse as AsyncIntegrationsResourceWithRawResponse,
    )
    from .integrations import (
        AsyncIntegrationsResourceWithStreamingResponse as AsyncIntegrationsResourceWithStreamingResponse,
    )
    from .integrations import (
        IntegrationsResource as IntegrationsResource,
    )
    from .integrations import (
        IntegrationsResourceWithRawResponse as IntegrationsResourceWithRawResponse,
    )
    from .integrations import (
        IntegrationsResourceWithStreamingResponse as IntegrationsResourceWithStreamingResponse,
    )
    from .integrations_forge import (
        AsyncIntegrationsForgeResource as AsyncIntegrationsForgeResource,
    )
    from .integrations_forge import (
        AsyncIntegrationsForgeResourceWithRawResponse as AsyncIntegrationsForgeResourceWithRawResponse,
    )
    from .integrations_forge import (
        AsyncIntegrationsForgeResourceWithStreamingResponse as AsyncIntegrationsForgeResourceWithStreamingResponse,
    )
    from .integrations_forge import (
        IntegrationsForgeResource as IntegrationsForgeResource,
    )
    from .integrations_forge import (
        IntegrationsForgeResourceWithRawResponse as IntegrationsForgeResourceWithRawResponse,
    )
    from .integrations_forge import (
        IntegrationsForgeResourceWithStreamingResponse as IntegrationsForgeResourceWithStreamingResponse,
    )
    from .integrations_forge_github import (
        AsyncIntegrationsForgeGithubResource as AsyncIntegrationsForgeGithubResource,
    )
    from .integrations_forge_github import (
        AsyncIntegrationsForgeGithubResourceWithRawResponse as AsyncIntegrationsForgeGithubResourceWithRawResponse,
    )
    from .integrations_forge_github import (
        AsyncIntegrationsForgeGithubResourceWithStreamingResponse as AsyncIntegrationsForgeGithubResourceWithStreamingResponse,
    )
    from .integrations_forge_github import (
        IntegrationsForgeGithubResource as IntegrationsForgeGithubResource,
    )
    from .integrations_forge_github import (
        IntegrationsForgeGithubResourceWithRawResponse as IntegrationsForgeGithubResourceWithRawResponse,
    )
    from .integrations_forge_github import (
        IntegrationsForgeGithubResourceWithStreamingResponse as IntegrationsForgeGithubResourceWithStreamingResponse,
    )
    from .integrations_forge_github_repos import (
        AsyncIntegrationsForgeGithubReposResource as AsyncIntegrationsForgeGithubReposResource,
    )
    from .integrations_forge_github_repos import (
        AsyncIntegrationsForgeGithubReposResourceWithRawResponse as AsyncIntegrationsForgeGithubReposResourceWithRawResponse,
    )
    from .integrations_forge_github_repos import (
        AsyncIntegrationsForgeGithubReposResourceWithStreamingResponse as AsyncIntegrationsForgeGithubReposResourceWithStreamingResponse,
    )
    from .integrations_forge_github_repos import (
        IntegrationsForgeGithubReposResource as IntegrationsForgeGithubReposResource,
    )
    from .integrations_forge_github_repos import (
        IntegrationsForgeGithubReposResourceWithRawResponse as IntegrationsForgeGithubReposResourceWithRawResponse,
    )
    from .integrations_forge_github_repos import (
        IntegrationsForgeGithubReposResourceWithStreamingResponse as IntegrationsForgeGithubReposResourceWithStreamingResponse,
    )
    from .integrations_github import (
        AsyncIntegrationsGithubResource as AsyncIntegrationsGithubResource,
    )
    from .integrations_github import (
        AsyncIntegrationsGithubResourceWithRawResponse as AsyncIntegrationsGithubResourceWithRawResponse,
    )
    from .integrations_github import (
        AsyncIntegrationsGithubResourceWithStreamingResponse as AsyncIntegrationsGithubResourceWithStreamingResponse,
    )
    from .integrations_github import (
        IntegrationsGithubResource as IntegrationsGithubResource,
    )
    from .integrations_github import (
        IntegrationsGithubResourceWithRawResponse as IntegrationsGithubResourceWithRawResponse,
    )
    from .integrations_github import (
        IntegrationsGithubResourceWithStreamingResponse as IntegrationsGithubResourceWithStreamingResponse,
    )
    from .integrations_github_repos import (
        AsyncIntegrationsGithubReposResource as AsyncIntegrationsGithubReposResource,
    )
    from .integrations_github_repos import (
        AsyncIntegrationsGithubReposResourceWithRawResponse as AsyncIntegrationsGithubReposResourceWithRawResponse,
    )
    from .integrations_github_repos import (
        AsyncIntegrationsGithubReposResourceWithStreamingResponse as AsyncIntegrationsGithubReposResourceWithStreamingResponse,
    )
    from .integrations_github_repos import (
        IntegrationsGithubReposResource as IntegrationsGithubReposResource,
    )
    from .integrations_github_repos import (
        IntegrationsGithubReposResourceWithRawResponse as IntegrationsGithubReposResourceWithRawResponse,
    )
    from .integrations_github_repos import (
        IntegrationsGithubReposResourceWithStreamingResponse as IntegrationsGithubReposResourceWithStreamingResponse,
    )
    from .listeners import (
        AsyncListenersResource as AsyncListenersResource,
    )
    from .listeners import (
        AsyncListenersResourceWithRawResponse as AsyncListenersResourceWithRawResponse,
    )
    from .listeners import (
        AsyncListenersResourceWithStreamingResponse as AsyncListenersResourceWithStreamingResponse,
    )
    from .listeners import (
        ListenersResource as ListenersResource,
    )
    from .listeners import (
        ListenersResourceWithRawResponse as ListenersResourceWithRawResponse,
    )
    from .listeners import (
        ListenersResourceWithStreamingResponse as ListenersResourceWithStreamingResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAuthResource": "auth",
    "AsyncAuthResourceWithRawResponse": "auth",
    "AsyncAuthResourceWithStreamingResponse": "auth",
    "AuthResource": "auth",
    "AuthResourceWithRawResponse": "auth",
    "AuthResourceWithStreamingResponse": "auth",
    "AsyncAuthAgentsResource": "auth_agents",
    "AsyncAuthAgentsResourceWithRawResponse": "auth_agents",
    "AsyncAuthAgentsResourceWithStreamingResponse": "auth_agents",
    "AuthAgentsResource": "auth_agents",
    "AuthAgentsResourceWithRawResponse": "auth_agents",
    "AuthAgentsResourceWithStreamingResponse": "auth_agents",
    "AsyncAuthAgentsConnectionsResource": "auth_agents_connections",
    "AsyncAuthAgentsConnectionsResourceWithRawResponse": "auth_agents_connections",
    "AsyncAuthAgentsConnectionsResourceWithStreamingResponse": "auth_agents_connections",
    "AuthAgentsConnectionsResource": "auth_agents_connections",
    "AuthAgentsConnectionsResourceWithRawResponse": "auth_agents_connections",
    "AuthAgentsConnectionsResourceWithStreamingResponse": "auth_agents_connections",
    "AsyncAuthProvidersResource": "auth_providers",
    "AsyncAuthProvidersResourceWithRawResponse": "auth_providers",
    "AsyncAuthProvidersResourceWithStreamingResponse": "auth_providers",
    "AuthProvidersResource": "auth_providers",
    "AuthProvidersResourceWithRawResponse": "auth_providers",
    "AuthProvidersResourceWithStreamingResponse": "auth_providers",
    "AsyncAuthTokensResource": "auth_tokens",
    "AsyncAuthTokensResourceWithRawResponse": "auth_tokens",
    "AsyncAuthTokensResourceWithStreamingResponse": "auth_tokens",
    "AuthTokensResource": "auth_tokens",
    "AuthTokensResourceWithRawResponse": "auth_tokens",
    "AuthTokensResourceWithStreamingResponse": "auth_tokens",
    "AsyncAuthTokensWorkspaceResource": "auth_tokens_workspace",
    "AsyncAuthTokensWorkspaceResourceWithRawResponse": "auth_tokens_workspace",
    "AsyncAuthTokensWorkspaceResourceWithStreamingResponse": "auth_tokens_workspace",
    "AuthTokensWorkspaceResource": "auth_tokens_workspace",
    "AuthTokensWorkspaceResourceWithRawResponse": "auth_tokens_workspace",
    "AuthTokensWorkspaceResourceWithStreamingResponse": "auth_tokens_workspace",
    "AsyncAuthTokensWorkspaceSlackResource": "auth_tokens_workspace_slack",
    "AsyncAuthTokensWorkspaceSlackResourceWithRawResponse": "auth_tokens_workspace_slack",
    "AsyncAuthTokensWorkspaceSlackResourceWithStreamingResponse": "auth_tokens_workspace_slack",
    "AuthTokensWorkspaceSlackResource": "auth_tokens_workspace_slack",
    "AuthTokensWorkspaceSlackResourceWithRawResponse": "auth_tokens_workspace_slack",
    "AuthTokensWorkspaceSlackResourceWithStreamingResponse": "auth_tokens_workspace_slack",
    "AsyncDeploymentsResource": "deployments",
    "AsyncDeploymentsResourceWithRawResponse": "deployments",
    "AsyncDeploymentsResourceWithStreamingResponse": "deployments",
    "DeploymentsResource": "deployments",
    "DeploymentsResourceWithRawResponse": "deployments",
    "DeploymentsResourceWithStreamingResponse": "deployments",
    "AsyncDeploymentsRevisionsResource": "deployments_revisions",
    "AsyncDeploymentsRevisionsResourceWithRawResponse": "deployments_revisions",
    "AsyncDeploymentsRevisionsResourceWithStreamingResponse": "deployments_revisions",
    "DeploymentsRevisionsResource": "deployments_revisions",
    "DeploymentsRevisionsResourceWithRawResponse": "deployments_revisions",
    "DeploymentsRevisionsResourceWithStreamingResponse": "deployments_revisions",
    "AsyncIntegrationsResource": "integrations",
    "AsyncIntegrationsResourceWithRawResponse": "integrations",
    "AsyncIntegrationsResourceWithStreamingResponse": "integrations",
    "IntegrationsResource": "integrations",
    "IntegrationsResourceWithRawResponse": "integrations",
    "IntegrationsResourceWithStreamingResponse": "integrations",
    "AsyncIntegrationsForgeResource": "integrations_forge",
    "AsyncIntegrationsForgeResourceWithRawResponse": "integrations_forge",
    "AsyncIntegrationsForgeResourceWithStreamingResponse": "integrations_forge",
    "IntegrationsForgeResource": "integrations_forge",
    "IntegrationsForgeResourceWithRawResponse": "integrations_forge",
    "IntegrationsForgeResourceWithStreamingResponse": "integrations_forge",
    "AsyncIntegrationsForgeGithubResource": "integrations_forge_github",
    "AsyncIntegrationsForgeGithubResourceWithRawResponse": "integrations_forge_github",
    "AsyncIntegrationsForgeGithubResourceWithStreamingResponse": "integrations_forge_github",
    "IntegrationsForgeGithubResource": "integrations_forge_github",
    "IntegrationsForgeGithubResourceWithRawResponse": "integrations_forge_github",
    "IntegrationsForgeGithubResourceWithStreamingResponse": "integrations_forge_github",
    "AsyncIntegrationsForgeGithubReposResource": "integrations_forge_github_repos",
    "AsyncIntegrationsForgeGithubReposResourceWithRawResponse": "integrations_forge_github_repos",
    "AsyncIntegrationsForgeGithubReposResourceWithStreamingResponse": "integrations_forge_github_repos",
    "IntegrationsForgeGithubReposResource": "integrations_forge_github_repos",
    "IntegrationsForgeGithubReposResourceWithRawResponse": "integrations_forge_github_repos",
    "IntegrationsForgeGithubReposResourceWithStreamingResponse": "integrations_forge_github_repos",
    "AsyncIntegrationsGithubResource": "integrations_github",
    "AsyncIntegrationsGithubResourceWithRawResponse": "integrations_github",
    "AsyncIntegrationsGithubResourceWithStreamingResponse": "integrations_github",
    "IntegrationsGithubResource": "integrations_github",
    "IntegrationsGithubResourceWithRawResponse": "integrations_github",
    "IntegrationsGithubResourceWithStreamingResponse": "integrations_github",
    "AsyncIntegrationsGithubReposResource": "integrations_github_repos",
    "AsyncIntegrationsGithubReposResourceWithRawResponse": "integrations_github_repos",
    "AsyncIntegrationsGithubReposResourceWithStreamingResponse": "integrations_github_repos",
    "IntegrationsGithubReposResource": "integrations_github_repos",
    "IntegrationsGithubReposResourceWithRawResponse": "integrations_github_repos",
    "IntegrationsGithubReposResourceWithStreamingResponse": "integrations_github_repos",
    "AsyncListenersResource": "listeners",
    "AsyncListenersResourceWithRawResponse": "listeners",
    "AsyncListenersResourceWithStreamingResponse": "listeners",
    "ListenersResource": "listeners",
    "ListenersResourceWithRawResponse": "listeners",
    "ListenersResourceWithStreamingResponse": "listeners",
}

__all__ = [
    "AsyncAuthAgentsConnectionsResource",
    "AsyncAuthAgentsConnectionsResourceWithRawResponse",
    "AsyncAuthAgentsConnectionsResourceWithStreamingResponse",
    "AsyncAuthAgentsResource",
    "AsyncAuthAgentsResourceWithRawResponse",
    "AsyncAuthAgentsResourceWithStreamingResponse",
    "AsyncAuthProvidersResource",
    "AsyncAuthProvidersResourceWithRawResponse",
    "AsyncAuthProvidersResourceWithStreamingResponse",
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "AsyncAuthResourceWithStreamingResponse",
    "AsyncAuthTokensResource",
    "AsyncAuthTokensResourceWithRawResponse",
    "AsyncAuthTokensResourceWithStreamingResponse",
    "AsyncAuthTokensWorkspaceResource",
    "AsyncAuthTokensWorkspaceResourceWithRawResponse",
    "AsyncAuthTokensWorkspaceResourceWithStreamingResponse",
    "AsyncAuthTokensWorkspaceSlackResource",
    "AsyncAuthTokensWorkspaceSlackResourceWithRawResponse",
    "AsyncAuthTokensWorkspaceSlackResourceWithStreamingResponse",
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "AsyncDeploymentsResourceWithStreamingResponse",
    "AsyncDeploymentsRevisionsResource",
    "AsyncDeploymentsRevisionsResourceWithRawResponse",
    "AsyncDeploymentsRevisionsResourceWithStreamingResponse",
    "AsyncIntegrationsForgeGithubReposResource",
    "AsyncIntegrationsForgeGithubReposResourceWithRawResponse",
    "AsyncIntegrationsForgeGithubReposResourceWithStreamingResponse",
    "AsyncIntegrationsForgeGithubResource",
    "AsyncIntegrationsForgeGithubResourceWithRawResponse",
    "AsyncIntegrationsForgeGithubResourceWithStreamingResponse",
    "AsyncIntegrationsForgeResource",
    "AsyncIntegrationsForgeResourceWithRawResponse",
    "AsyncIntegrationsForgeResourceWithStreamingResponse",
    "AsyncIntegrationsGithubReposResource",
    "AsyncIntegrationsGithubReposResourceWithRawResponse",
    "AsyncIntegrationsGithubReposResourceWithStreamingResponse",
    "AsyncIntegrationsGithubResource",
    "AsyncIntegrationsGithubResourceWithRawResponse",
    "AsyncIntegrationsGithubResourceWithStreamingResponse",
    "AsyncIntegrationsResource",
    "AsyncIntegrationsResourceWithRawResponse",
    "AsyncIntegrationsResourceWithStreamingResponse",
    "AsyncListenersResource",
    "AsyncListenersResourceWithRawResponse",
    "AsyncListenersResourceWithStreamingResponse",
    "AuthAgentsConnectionsResource",
    "AuthAgentsConnectionsResourceWithRawResponse",
    "AuthAgentsConnectionsResourceWithStreamingResponse",
    "AuthAgentsResource",
    "AuthAgentsResourceWithRawResponse",
    "AuthAgentsResourceWithStreamingResponse",
    "AuthProvidersResource",
    "AuthProvidersResourceWithRawResponse",
    "AuthProvidersResourceWithStreamingResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
    "AuthResourceWithStreamingResponse",
    "AuthTokensResource",
    "AuthTokensResourceWithRawResponse",
    "AuthTokensResourceWithStreamingResponse",
    "AuthTokensWorkspaceResource",
    "AuthTokensWorkspaceResourceWithRawResponse",
    "AuthTokensWorkspaceResourceWithStreamingResponse",
    "AuthTokensWorkspaceSlackResource",
    "AuthTokensWorkspaceSlackResourceWithRawResponse",
    "AuthTokensWorkspaceSlackResourceWithStreamingResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
    "DeploymentsResourceWithStreamingResponse",
    "DeploymentsRevisionsResource",
    "DeploymentsRevisionsResourceWithRawResponse",
    "DeploymentsRevisionsResourceWithStreamingResponse",
    "IntegrationsForgeGithubReposResource",
    "IntegrationsForgeGithubReposResourceWithRawResponse",
    "IntegrationsForgeGithubReposResourceWithStreamingResponse",
    "IntegrationsForgeGithubResource",
    "IntegrationsForgeGithubResourceWithRawResponse",
    "IntegrationsForgeGithubResourceWithStreamingResponse",
    "IntegrationsForgeResource",
    "IntegrationsForgeResourceWithRawResponse",
    "IntegrationsForgeResourceWithStreamingResponse",
    "IntegrationsGithubReposResource",
    "IntegrationsGithubReposResourceWithRawResponse",
    "IntegrationsGithubReposResourceWithStreamingResponse",
    "IntegrationsGithubResource",
    "IntegrationsGithubResourceWithRawResponse",
    "IntegrationsGithubResourceWithStreamingResponse",
    "IntegrationsResource",
    "IntegrationsResourceWithRawResponse",
    "IntegrationsResourceWithStreamingResponse",
    "ListenersResource",
    "ListenersResourceWithRawResponse",
    "ListenersResourceWithStreamingResponse",
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
