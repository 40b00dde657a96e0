"""Resource groups of the Cartesia API, one module each."""

from .agents import (
    AgentsResource,
    AgentsResourceWithRawResponse,
    AsyncAgentsResource,
    AsyncAgentsResourceWithRawResponse,
)

__all__ = [
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
]
