"""Resource groups of the Cartesia API, one module each, imported on first use."""

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
    from .agents_calls import (
        AgentsCallsResource as AgentsCallsResource,
    )
    from .agents_calls import (
        AgentsCallsResourceWithRawResponse as AgentsCallsResourceWithRawResponse,
    )
    from .agents_calls import (
        AgentsCallsResourceWithStreamingResponse as AgentsCallsResourceWithStreamingResponse,
    )
    from .agents_calls import (
        AsyncAgentsCallsResource as AsyncAgentsCallsResource,
    )
    from .agents_calls import (
        AsyncAgentsCallsResourceWithRawResponse as AsyncAgentsCallsResourceWithRawResponse,
    )
    from .agents_calls import (
        AsyncAgentsCallsResourceWithStreamingResponse as AsyncAgentsCallsResourceWithStreamingResponse,
    )
    from .agents_deployments import (
        AgentsDeploymentsResource as AgentsDeploymentsResource,
    )
    from .agents_deployments import (
        AgentsDeploymentsResourceWithRawResponse as AgentsDeploymentsResourceWithRawResponse,
    )
    from .agents_deployments import (
        AgentsDeploymentsResourceWithStreamingResponse as AgentsDeploymentsResourceWithStreamingResponse,
    )
    from .agents_deployments import (
        AsyncAgentsDeploymentsResource as AsyncAgentsDeploymentsResource,
    )
    from .agents_deployments import (
        AsyncAgentsDeploymentsResourceWithRawResponse as AsyncAgentsDeploymentsResourceWithRawResponse,
    )
    from .agents_deployments import (
        AsyncAgentsDeploymentsResourceWithStreamingResponse as AsyncAgentsDeploymentsResourceWithStreamingResponse,
    )
    from .agents_metrics import (
        AgentsMetricsResource as AgentsMetricsResource,
    )
    from .agents_metrics import (
        AgentsMetricsResourceWithRawResponse as AgentsMetricsResourceWithRawResponse,
    )
    from .agents_metrics import (
        AgentsMetricsResourceWithStreamingResponse as AgentsMetricsResourceWithStreamingResponse,
    )
    from .agents_metrics import (
        AsyncAgentsMetricsResource as AsyncAgentsMetricsResource,
    )
    from .agents_metrics import (
        AsyncAgentsMetricsResourceWithRawResponse as AsyncAgentsMetricsResourceWithRawResponse,
    )
    from .agents_metrics import (
        AsyncAgentsMetricsResourceWithStreamingResponse as AsyncAgentsMetricsResourceWithStreamingResponse,
    )
    from .agents_metrics_results import (
        AgentsMetricsResultsResource as AgentsMetricsResultsResource,
    )
    from .agents_metrics_results import (
        AgentsMetricsResultsResourceWithRawResponse as AgentsMetricsResultsResourceWithRawResponse,
    )
    from .agents_metrics_results import (
        AgentsMetricsResultsResourceWithStreamingResponse as AgentsMetricsResultsResourceWithStreamingResponse,
    )
    from .agents_metrics_results import (
        AsyncAgentsMetricsResultsResource as AsyncAgentsMetricsResultsResource,
    )
    from .agents_metrics_results import (
        AsyncAgentsMetricsResultsResourceWithRawResponse as AsyncAgentsMetricsResultsResourceWithRawResponse,
    )
    from .agents_metrics_results import (
        AsyncAgentsMetricsResultsResourceWithStreamingResponse as AsyncAgentsMetricsResultsResourceWithStreamingResponse,
    )
    from .agents_phone_numbers import (
        AgentsPhoneNumbersResource as AgentsPhoneNumbersResource,
    )
    from .agents_phone_numbers import (
        AgentsPhoneNumbersResourceWithRawResponse as AgentsPhoneNumbersResourceWithRawResponse,
    )
    from .agents_phone_numbers import (
        AgentsPhoneNumbersResourceWithStreamingResponse as AgentsPhoneNumbersResourceWithStreamingResponse,
    )
    from .agents_phone_numbers import (
        AsyncAgentsPhoneNumbersResource as AsyncAgentsPhoneNumbersResource,
    )
    from .agents_phone_numbers import (
        AsyncAgentsPhoneNumbersResourceWithRawResponse as AsyncAgentsPhoneNumbersResourceWithRawResponse,
    )
    from .agents_phone_numbers import (
        AsyncAgentsPhoneNumbersResourceWithStreamingResponse as AsyncAgentsPhoneNumbersResourceWithStreamingResponse,
    )
    from .tts import (
        AsyncTtsResource as AsyncTtsResource,
    )
    from .tts import (
        AsyncTtsResourceWithRawResponse as AsyncTtsResourceWithRawResponse,
    )
    from .tts import (
        AsyncTtsResourceWithStreamingResponse as AsyncTtsResourceWithStreamingResponse,
    )
    from .tts import (
        TtsResource as TtsResource,
    )
    from .tts import (
        TtsResourceWithRawResponse as TtsResourceWithRawResponse,
    )
    from .tts import (
        TtsResourceWithStreamingResponse as TtsResourceWithStreamingResponse,
    )
    from .voice_changer import (
        AsyncVoiceChangerResource as AsyncVoiceChangerResource,
    )
    from .voice_changer import (
        AsyncVoiceChangerResourceWithRawResponse as AsyncVoiceChangerResourceWithRawResponse,
    )
    from .voice_changer import (
        AsyncVoiceChangerResourceWithStreamingResponse as AsyncVoiceChangerResourceWithStreamingResponse,
    )
    from .voice_changer import (
        VoiceChangerResource as VoiceChangerResource,
    )
    from .voice_changer import (
        VoiceChangerResourceWithRawResponse as VoiceChangerResourceWithRawResponse,
    )
    from .voice_changer import (
        VoiceChangerResourceWithStreamingResponse as VoiceChangerResourceWithStreamingResponse,
    )
    from .voices import (
        AsyncVoicesResource as AsyncVoicesResource,
    )
    from .voices import (
        AsyncVoicesResourceWithRawResponse as AsyncVoicesResourceWithRawResponse,
    )
    from .voices import (
        AsyncVoicesResourceWithStreamingResponse as AsyncVoicesResourceWithStreamingResponse,
    )
    from .voices import (
        VoicesResource as VoicesResource,
    )
    from .voices import (
        VoicesResourceWithRawResponse as VoicesResourceWithRawResponse,
    )
    from .voices import (
        VoicesResourceWithStreamingResponse as VoicesResourceWithStreamingResponse,
    )

_MODULES: dict[str, str] = {
    "AsyncAgentsResource": "agents",
    "AsyncAgentsResourceWithRawResponse": "agents",
    "AsyncAgentsResourceWithStreamingResponse": "agents",
    "AgentsResource": "agents",
    "AgentsResourceWithRawResponse": "agents",
    "AgentsResourceWithStreamingResponse": "agents",
    "AsyncAgentsCallsResource": "agents_calls",
    "AsyncAgentsCallsResourceWithRawResponse": "agents_calls",
    "AsyncAgentsCallsResourceWithStreamingResponse": "agents_calls",
    "AgentsCallsResource": "agents_calls",
    "AgentsCallsResourceWithRawResponse": "agents_calls",
    "AgentsCallsResourceWithStreamingResponse": "agents_calls",
    "AsyncAgentsDeploymentsResource": "agents_deployments",
    "AsyncAgentsDeploymentsResourceWithRawResponse": "agents_deployments",
    "AsyncAgentsDeploymentsResourceWithStreamingResponse": "agents_deployments",
    "AgentsDeploymentsResource": "agents_deployments",
    "AgentsDeploymentsResourceWithRawResponse": "agents_deployments",
    "AgentsDeploymentsResourceWithStreamingResponse": "agents_deployments",
    "AsyncAgentsMetricsResource": "agents_metrics",
    "AsyncAgentsMetricsResourceWithRawResponse": "agents_metrics",
    "AsyncAgentsMetricsResourceWithStreamingResponse": "agents_metrics",
    "AgentsMetricsResource": "agents_metrics",
    "AgentsMetricsResourceWithRawResponse": "agents_metrics",
    "AgentsMetricsResourceWithStreamingResponse": "agents_metrics",
    "AsyncAgentsMetricsResultsResource": "agents_metrics_results",
    "AsyncAgentsMetricsResultsResourceWithRawResponse": "agents_metrics_results",
    "AsyncAgentsMetricsResultsResourceWithStreamingResponse": "agents_metrics_results",
    "AgentsMetricsResultsResource": "agents_metrics_results",
    "AgentsMetricsResultsResourceWithRawResponse": "agents_metrics_results",
    "AgentsMetricsResultsResourceWithStreamingResponse": "agents_metrics_results",
    "AsyncAgentsPhoneNumbersResource": "agents_phone_numbers",
    "AsyncAgentsPhoneNumbersResourceWithRawResponse": "agents_phone_numbers",
    "AsyncAgentsPhoneNumbersResourceWithStreamingResponse": "agents_phone_numbers",
    "AgentsPhoneNumbersResource": "agents_phone_numbers",
    "AgentsPhoneNumbersResourceWithRawResponse": "agents_phone_numbers",
    "AgentsPhoneNumbersResourceWithStreamingResponse": "agents_phone_numbers",
    "AsyncTtsResource": "tts",
    "AsyncTtsResourceWithRawResponse": "tts",
    "AsyncTtsResourceWithStreamingResponse": "tts",
    "TtsResource": "tts",
    "TtsResourceWithRawResponse": "tts",
    "TtsResourceWithStreamingResponse": "tts",
    "AsyncVoiceChangerResource": "voice_changer",
    "AsyncVoiceChangerResourceWithRawResponse": "voice_changer",
    "AsyncVoiceChangerResourceWithStreamingResponse": "voice_changer",
    "VoiceChangerResource": "voice_changer",
    "VoiceChangerResourceWithRawResponse": "voice_changer",
    "VoiceChangerResourceWithStreamingResponse": "voice_changer",
    "AsyncVoicesResource": "voices",
    "AsyncVoicesResourceWithRawResponse": "voices",
    "AsyncVoicesResourceWithStreamingResponse": "voices",
    "VoicesResource": "voices",
    "VoicesResourceWithRawResponse": "voices",
    "VoicesResourceWithStreamingResponse": "voices",
}

__all__ = [
    "AgentsCallsResource",
    "AgentsCallsResourceWithRawResponse",
    "AgentsCallsResourceWithStreamingResponse",
    "AgentsDeploymentsResource",
    "AgentsDeploymentsResourceWithRawResponse",
    "AgentsDeploymentsResourceWithStreamingResponse",
    "AgentsMetricsResource",
    "AgentsMetricsResourceWithRawResponse",
    "AgentsMetricsResourceWithStreamingResponse",
    "AgentsMetricsResultsResource",
    "AgentsMetricsResultsResourceWithRawResponse",
    "AgentsMetricsResultsResourceWithStreamingResponse",
    "AgentsPhoneNumbersResource",
    "AgentsPhoneNumbersResourceWithRawResponse",
    "AgentsPhoneNumbersResourceWithStreamingResponse",
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AgentsResourceWithStreamingResponse",
    "AsyncAgentsCallsResource",
    "AsyncAgentsCallsResourceWithRawResponse",
    "AsyncAgentsCallsResourceWithStreamingResponse",
    "AsyncAgentsDeploymentsResource",
    "AsyncAgentsDeploymentsResourceWithRawResponse",
    "AsyncAgentsDeploymentsResourceWithStreamingResponse",
    "AsyncAgentsMetricsResource",
    "AsyncAgentsMetricsResourceWithRawResponse",
    "AsyncAgentsMetricsResourceWithStreamingResponse",
    "AsyncAgentsMetricsResultsResource",
    "AsyncAgentsMetricsResultsResourceWithRawResponse",
    "AsyncAgentsMetricsResultsResourceWithStreamingResponse",
    "AsyncAgentsPhoneNumbersResource",
    "AsyncAgentsPhoneNumbersResourceWithRawResponse",
    "AsyncAgentsPhoneNumbersResourceWithStreamingResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
    "AsyncAgentsResourceWithStreamingResponse",
    "AsyncTtsResource",
    "AsyncTtsResourceWithRawResponse",
    "AsyncTtsResourceWithStreamingResponse",
    "AsyncVoiceChangerResource",
    "AsyncVoiceChangerResourceWithRawResponse",
    "AsyncVoiceChangerResourceWithStreamingResponse",
    "AsyncVoicesResource",
    "AsyncVoicesResourceWithRawResponse",
    "AsyncVoicesResourceWithStreamingResponse",
    "TtsResource",
    "TtsResourceWithRawResponse",
    "TtsResourceWithStreamingResponse",
    "VoiceChangerResource",
    "VoiceChangerResourceWithRawResponse",
    "VoiceChangerResourceWithStreamingResponse",
    "VoicesResource",
    "VoicesResourceWithRawResponse",
    "VoicesResourceWithStreamingResponse",
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
