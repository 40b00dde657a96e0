"""Resource groups of the LangSmith Deployment Control Plane API, one module each."""

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
