"""Resource groups of the Anthropic Managed Agents API, one module each."""

from .deployments import (
    AsyncDeploymentsResource,
    AsyncDeploymentsResourceWithRawResponse,
    DeploymentsResource,
    DeploymentsResourceWithRawResponse,
)

__all__ = [
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
]
