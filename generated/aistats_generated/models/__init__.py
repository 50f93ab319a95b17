"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_provider_options import AnthropicProviderOptions
    from .audio_output_config import AudioOutputConfig
    from .audio_output_config_format import AudioOutputConfigFormat
    from .audio_voice_ref import AudioVoiceRef
    from .beta_options import BetaOptions
    from .cache_control import CacheControl
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_annotations_type_0_item import ChatCompletionMessageAnnotationsType0Item
    from .chat_completions_request import ChatCompletionsRequest
    from .chat_completions_request_logit_bias import ChatCompletionsRequestLogitBias
    from .chat_completions_request_metadata import ChatCompletionsRequestMetadata
    from .chat_completions_request_verbosity import ChatCompletionsRequestVerbosity
    from .chat_completions_request_web_search_options import ChatCompletionsRequestWebSearchOptions
    from .chat_completions_response import ChatCompletionsResponse
    from .chat_document import ChatDocument
    from .chat_document_metadata import ChatDocumentMetadata
    from .chat_message_assistant import ChatMessageAssistant
    from .chat_message_developer import ChatMessageDeveloper
    from .chat_message_system import ChatMessageSystem
    from .chat_message_tool import ChatMessageTool
    from .chat_message_user import ChatMessageUser
    from .completion_tokens_details import CompletionTokensDetails
    from .context_management_entry import ContextManagementEntry
    from .custom_tool import CustomTool
    from .custom_tool_definition import CustomToolDefinition
    from .custom_tool_definition_format import CustomToolDefinitionFormat
    from .data_collection import DataCollection
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .error_object import ErrorObject
    from .finish_reason import FinishReason
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .function_tool import FunctionTool
    from .gateway_advisor_tool import GatewayAdvisorTool
    from .gateway_agent_tool_parameters import GatewayAgentToolParameters
    from .gateway_agent_tool_parameters_reasoning import GatewayAgentToolParametersReasoning
    from .gateway_datetime_tool import GatewayDatetimeTool
    from .gateway_datetime_tool_parameters import GatewayDatetimeToolParameters
    from .gateway_datetime_tool_type import GatewayDatetimeToolType
    from .gateway_error import GatewayError
    from .gateway_error_meta_type_0 import GatewayErrorMetaType0
    from .gateway_error_provider_candidate_diagnostics import GatewayErrorProviderCandidateDiagnostics
    from .gateway_error_provider_failure_diagnostics import GatewayErrorProviderFailureDiagnostics
    from .gateway_error_routing_diagnostics import GatewayErrorRoutingDiagnostics
    from .gateway_error_timing_type_0 import GatewayErrorTimingType0
    from .gateway_fusion_tool import GatewayFusionTool
    from .gateway_fusion_tool_parameters import GatewayFusionToolParameters
    from .gateway_image_generation_tool import GatewayImageGenerationTool
    from .gateway_image_generation_tool_parameters import GatewayImageGenerationToolParameters
    from .gateway_metadata import GatewayMetadata
    from .gateway_response_cache_info import GatewayResponseCacheInfo
    from .gateway_routing_info import GatewayRoutingInfo
    from .gateway_search_models_tool import GatewaySearchModelsTool
    from .gateway_search_models_tool_parameters import GatewaySearchModelsToolParameters
    from .gateway_subagent_tool import GatewaySubagentTool
    from .gateway_usage import GatewayUsage
    from .gateway_web_fetch_tool import GatewayWebFetchTool
    from .gateway_web_fetch_tool_parameters import GatewayWebFetchToolParameters
    from .gateway_web_fetch_tool_parameters_engine import GatewayWebFetchToolParametersEngine
    from .gateway_web_fetch_tool_type import GatewayWebFetchToolType
    from .gateway_web_search_tool import GatewayWebSearchTool
    from .gateway_web_search_tool_parameters import GatewayWebSearchToolParameters
    from .gateway_web_search_tool_parameters_engine import GatewayWebSearchToolParametersEngine
    from .gateway_web_search_tool_parameters_search_context_size import GatewayWebSearchToolParametersSearchContextSize
    from .gateway_web_search_tool_parameters_user_location import GatewayWebSearchToolParametersUserLocation
    from .gateway_web_search_tool_type import GatewayWebSearchToolType
    from .google_provider_options import GoogleProviderOptions
    from .image_config import ImageConfig
    from .image_config_image_size import ImageConfigImageSize
    from .image_font_input import ImageFontInput
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .input_audio import InputAudio
    from .json_schema_format import JsonSchemaFormat
    from .json_schema_format_schema import JsonSchemaFormatSchema
    from .media_url import MediaUrl
    from .message_content_audio_url import MessageContentAudioUrl
    from .message_content_image_url import MessageContentImageUrl
    from .message_content_input_audio import MessageContentInputAudio
    from .message_content_input_video import MessageContentInputVideo
    from .message_content_text import MessageContentText
    from .message_content_tool_call import MessageContentToolCall
    from .message_content_video_url import MessageContentVideoUrl
    from .native_web_search_tool import NativeWebSearchTool
    from .native_web_search_tool_type import NativeWebSearchToolType
    from .open_ai_provider_options import OpenAIProviderOptions
    from .output_audio import OutputAudio
    from .output_image import OutputImage
    from .pricing_line import PricingLine
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_tokens_details import PromptTokensDetails
    from .provider_failure import ProviderFailure
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_options_deepinfra import ProviderOptionsDeepinfra
    from .provider_options_fireworks import ProviderOptionsFireworks
    from .provider_options_gmicloud import ProviderOptionsGmicloud
    from .provider_routing import ProviderRouting
    from .provider_routing_preferred_max_latency_type_1 import ProviderRoutingPreferredMaxLatencyType1
    from .provider_routing_preferred_min_throughput_type_1 import ProviderRoutingPreferredMinThroughputType1
    from .provider_routing_sort_type_1 import ProviderRoutingSortType1
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_mode import ReasoningConfigMode
    from .reasoning_detail import ReasoningDetail
    from .reasoning_effort import ReasoningEffort
    from .reasoning_summary import ReasoningSummary
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .server_tool_usage import ServerToolUsage
    from .service_tier import ServiceTier
    from .stream_error_frame import StreamErrorFrame
    from .stream_options import StreamOptions
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .tool_call_delta_function import ToolCallDeltaFunction
    from .tool_call_function import ToolCallFunction
    from .tool_call_function_parameters import ToolCallFunctionParameters
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_object import ToolChoiceObject
    from .upstream_error import UpstreamError
    from .usage_pricing import UsagePricing
    from .validation_issue import ValidationIssue
    from .validation_issue_arguments import ValidationIssueArguments

_MODULES = {
    "AnthropicProviderOptions": ".anthropic_provider_options",
    "AudioOutputConfig": ".audio_output_config",
    "AudioOutputConfigFormat": ".audio_output_config_format",
    "AudioVoiceRef": ".audio_voice_ref",
    "BetaOptions": ".beta_options",
    "CacheControl": ".cache_control",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": ".chat_completion_chunk_delta",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageAnnotationsType0Item": ".chat_completion_message_annotations_type_0_item",
    "ChatCompletionsRequest": ".chat_completions_request",
    "ChatCompletionsRequestLogitBias": ".chat_completions_request_logit_bias",
    "ChatCompletionsRequestMetadata": ".chat_completions_request_metadata",
    "ChatCompletionsRequestVerbosity": ".chat_completions_request_verbosity",
    "ChatCompletionsRequestWebSearchOptions": ".chat_completions_request_web_search_options",
    "ChatCompletionsResponse": ".chat_completions_response",
    "ChatDocument": ".chat_document",
    "ChatDocumentMetadata": ".chat_document_metadata",
    "ChatMessageAssistant": ".chat_message_assistant",
    "ChatMessageDeveloper": ".chat_message_developer",
    "ChatMessageSystem": ".chat_message_system",
    "ChatMessageTool": ".chat_message_tool",
    "ChatMessageUser": ".chat_message_user",
    "CompletionTokensDetails": ".completion_tokens_details",
    "ContextManagementEntry": ".context_management_entry",
    "CustomTool": ".custom_tool",
    "CustomToolDefinition": ".custom_tool_definition",
    "CustomToolDefinitionFormat": ".custom_tool_definition_format",
    "DataCollection": ".data_collection",
    "DebugOptions": ".debug_options",
    "DebugOptionsTraceLevel": ".debug_options_trace_level",
    "ErrorObject": ".error_object",
    "FinishReason": ".finish_reason",
    "FunctionDefinition": ".function_definition",
    "FunctionDefinitionParameters": ".function_definition_parameters",
    "FunctionTool": ".function_tool",
    "GatewayAdvisorTool": ".gateway_advisor_tool",
    "GatewayAgentToolParameters": ".gateway_agent_tool_parameters",
    "GatewayAgentToolParametersReasoning": ".gateway_agent_tool_parameters_reasoning",
    "GatewayDatetimeTool": ".gateway_datetime_tool",
    "GatewayDatetimeToolParameters": ".gateway_datetime_tool_parameters",
    "GatewayDatetimeToolType": ".gateway_datetime_tool_type",
    "GatewayError": ".gateway_error",
    "GatewayErrorMetaType0": ".gateway_error_meta_type_0",
    "GatewayErrorProviderCandidateDiagnostics": ".gateway_error_provider_candidate_diagnostics",
    "GatewayErrorProviderFailureDiagnostics": ".gateway_error_provider_failure_diagnostics",
    "GatewayErrorRoutingDiagnostics": ".gateway_error_routing_diagnostics",
    "GatewayErrorTimingType0": ".gateway_error_timing_type_0",
    "GatewayFusionTool": ".gateway_fusion_tool",
    "GatewayFusionToolParameters": ".gateway_fusion_tool_parameters",
    "GatewayImageGenerationTool": ".gateway_image_generation_tool",
    "GatewayImageGenerationToolParameters": ".gateway_image_generation_tool_parameters",
    "GatewayMetadata": ".gateway_metadata",
    "GatewayResponseCacheInfo": ".gateway_response_cache_info",
    "GatewayRoutingInfo": ".gateway_routing_info",
    "GatewaySearchModelsTool": ".gateway_search_models_tool",
    "GatewaySearchModelsToolParameters": ".gateway_search_models_tool_parameters",
    "GatewaySubagentTool": ".gateway_subagent_tool",
    "GatewayUsage": ".gateway_usage",
    "GatewayWebFetchTool": ".gateway_web_fetch_tool",
    "GatewayWebFetchToolParameters": ".gateway_web_fetch_tool_parameters",
    "GatewayWebFetchToolParametersEngine": ".gateway_web_fetch_tool_parameters_engine",
    "GatewayWebFetchToolType": ".gateway_web_fetch_tool_type",
    "GatewayWebSearchTool": ".gateway_web_search_tool",
    "GatewayWebSearchToolParameters": ".gateway_web_search_tool_parameters",
    "GatewayWebSearchToolParametersEngine": ".gateway_web_search_tool_parameters_engine",
    "GatewayWebSearchToolParametersSearchContextSize": ".gateway_web_search_tool_parameters_search_context_size",
    "GatewayWebSearchToolParametersUserLocation": ".gateway_web_search_tool_parameters_user_location",
    "GatewayWebSearchToolType": ".gateway_web_search_tool_type",
    "GoogleProviderOptions": ".google_provider_options",
    "ImageConfig": ".image_config",
    "ImageConfigImageSize": ".image_config_image_size",
    "ImageFontInput": ".image_font_input",
    "ImageUrl": ".image_url",
    "ImageUrlDetail": ".image_url_detail",
    "InputAudio": ".input_audio",
    "JsonSchemaFormat": ".json_schema_format",
    "JsonSchemaFormatSchema": ".json_schema_format_schema",
    "MediaUrl": ".media_url",
    "MessageContentAudioUrl": ".message_content_audio_url",
    "MessageContentImageUrl": ".message_content_image_url",
    "MessageContentInputAudio": ".message_content_input_audio",
    "MessageContentInputVideo": ".message_content_input_video",
    "MessageContentText": ".message_content_text",
    "MessageContentToolCall": ".message_content_tool_call",
    "MessageContentVideoUrl": ".message_content_video_url",
    "NativeWebSearchTool": ".native_web_search_tool",
    "NativeWebSearchToolType": ".native_web_search_tool_type",
    "OpenAIProviderOptions": ".open_ai_provider_options",
    "OutputAudio": ".output_audio",
    "OutputImage": ".output_image",
    "PricingLine": ".pricing_line",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptCacheOptionsMode": ".prompt_cache_options_mode",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ProviderFailure": ".provider_failure",
    "ProviderMaxPrice": ".provider_max_price",
    "ProviderOptions": ".provider_options",
    "ProviderOptionsDeepinfra": ".provider_options_deepinfra",
    "ProviderOptionsFireworks": ".provider_options_fireworks",
    "ProviderOptionsGmicloud": ".provider_options_gmicloud",
    "ProviderRouting": ".provider_routing",
    "ProviderRoutingPreferredMaxLatencyType1": ".provider_routing_preferred_max_latency_type_1",
    "ProviderRoutingPreferredMinThroughputType1": ".provider_routing_preferred_min_throughput_type_1",
    "ProviderRoutingSortType1": ".provider_routing_sort_type_1",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigMode": ".reasoning_config_mode",
    "ReasoningDetail": ".reasoning_detail",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningSummary": ".reasoning_summary",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaSchema": ".response_format_json_schema_schema",
    "ResponseFormatText": ".response_format_text",
    "ServerToolUsage": ".server_tool_usage",
    "ServiceTier": ".service_tier",
    "StreamErrorFrame": ".stream_error_frame",
    "StreamOptions": ".stream_options",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "ToolCallDeltaFunction": ".tool_call_delta_function",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionParameters": ".tool_call_function_parameters",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceObject": ".tool_choice_object",
    "UpstreamError": ".upstream_error",
    "UsagePricing": ".usage_pricing",
    "ValidationIssue": ".validation_issue",
    "ValidationIssueArguments": ".validation_issue_arguments",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AnthropicProviderOptions",
    "AudioOutputConfig",
    "AudioOutputConfigFormat",
    "AudioVoiceRef",
    "BetaOptions",
    "CacheControl",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionMessage",
    "ChatCompletionMessageAnnotationsType0Item",
    "ChatCompletionsRequest",
    "ChatCompletionsRequestLogitBias",
    "ChatCompletionsRequestMetadata",
    "ChatCompletionsRequestVerbosity",
    "ChatCompletionsRequestWebSearchOptions",
    "ChatCompletionsResponse",
    "ChatDocument",
    "ChatDocumentMetadata",
    "ChatMessageAssistant",
    "ChatMessageDeveloper",
    "ChatMessageSystem",
    "ChatMessageTool",
    "ChatMessageUser",
    "CompletionTokensDetails",
    "ContextManagementEntry",
    "CustomTool",
    "CustomToolDefinition",
    "CustomToolDefinitionFormat",
    "DataCollection",
    "DebugOptions",
    "DebugOptionsTraceLevel",
    "ErrorObject",
    "FinishReason",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "FunctionTool",
    "GatewayAdvisorTool",
    "GatewayAgentToolParameters",
    "GatewayAgentToolParametersReasoning",
    "GatewayDatetimeTool",
    "GatewayDatetimeToolParameters",
    "GatewayDatetimeToolType",
    "GatewayError",
    "GatewayErrorMetaType0",
    "GatewayErrorProviderCandidateDiagnostics",
    "GatewayErrorProviderFailureDiagnostics",
    "GatewayErrorRoutingDiagnostics",
    "GatewayErrorTimingType0",
    "GatewayFusionTool",
    "GatewayFusionToolParameters",
    "GatewayImageGenerationTool",
    "GatewayImageGenerationToolParameters",
    "GatewayMetadata",
    "GatewayResponseCacheInfo",
    "GatewayRoutingInfo",
    "GatewaySearchModelsTool",
    "GatewaySearchModelsToolParameters",
    "GatewaySubagentTool",
    "GatewayUsage",
    "GatewayWebFetchTool",
    "GatewayWebFetchToolParameters",
    "GatewayWebFetchToolParametersEngine",
    "GatewayWebFetchToolType",
    "GatewayWebSearchTool",
    "GatewayWebSearchToolParameters",
    "GatewayWebSearchToolParametersEngine",
    "GatewayWebSearchToolParametersSearchContextSize",
    "GatewayWebSearchToolParametersUserLocation",
    "GatewayWebSearchToolType",
    "GoogleProviderOptions",
    "ImageConfig",
    "ImageConfigImageSize",
    "ImageFontInput",
    "ImageUrl",
    "ImageUrlDetail",
    "InputAudio",
    "JsonSchemaFormat",
    "JsonSchemaFormatSchema",
    "MediaUrl",
    "MessageContentAudioUrl",
    "MessageContentImageUrl",
    "MessageContentInputAudio",
    "MessageContentInputVideo",
    "MessageContentText",
    "MessageContentToolCall",
    "MessageContentVideoUrl",
    "NativeWebSearchTool",
    "NativeWebSearchToolType",
    "OpenAIProviderOptions",
    "OutputAudio",
    "OutputImage",
    "PricingLine",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptTokensDetails",
    "ProviderFailure",
    "ProviderMaxPrice",
    "ProviderOptions",
    "ProviderOptionsDeepinfra",
    "ProviderOptionsFireworks",
    "ProviderOptionsGmicloud",
    "ProviderRouting",
    "ProviderRoutingPreferredMaxLatencyType1",
    "ProviderRoutingPreferredMinThroughputType1",
    "ProviderRoutingSortType1",
    "ReasoningConfig",
    "ReasoningConfigMode",
    "ReasoningDetail",
    "ReasoningEffort",
    "ReasoningSummary",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ServerToolUsage",
    "ServiceTier",
    "StreamErrorFrame",
    "StreamOptions",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
    "ToolCallFunctionParameters",
    "ToolChoiceFunction",
    "ToolChoiceObject",
    "UpstreamError",
    "UsagePricing",
    "ValidationIssue",
    "ValidationIssueArguments",
)
