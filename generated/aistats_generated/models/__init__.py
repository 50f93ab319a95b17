"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_entry import ActivityEntry
    from .activity_entry_usage_type_0 import ActivityEntryUsageType0
    from .activity_list import ActivityList
    from .catalogue_model import CatalogueModel
    from .catalogue_model_availability_type_0 import CatalogueModelAvailabilityType0
    from .catalogue_model_capabilities_type_0 import CatalogueModelCapabilitiesType0
    from .catalogue_model_lifecycle_type_0 import CatalogueModelLifecycleType0
    from .catalogue_model_limits import CatalogueModelLimits
    from .catalogue_model_modalities_type_0 import CatalogueModelModalitiesType0
    from .catalogue_model_organization_type_0 import CatalogueModelOrganizationType0
    from .catalogue_model_pricing_type_0 import CatalogueModelPricingType0
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completions_request import ChatCompletionsRequest
    from .chat_completions_request_logit_bias import ChatCompletionsRequestLogitBias
    from .chat_completions_request_tool_choice_type_1 import ChatCompletionsRequestToolChoiceType1
    from .chat_completions_request_tools_item import ChatCompletionsRequestToolsItem
    from .chat_completions_response import ChatCompletionsResponse
    from .chat_message_assistant import ChatMessageAssistant
    from .chat_message_other import ChatMessageOther
    from .chat_message_system import ChatMessageSystem
    from .chat_message_tool import ChatMessageTool
    from .chat_message_user import ChatMessageUser
    from .credit_balance import CreditBalance
    from .credits_ import Credits
    from .current_key import CurrentKey
    from .embedding import Embedding
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_response_usage_type_0 import EmbeddingsResponseUsageType0
    from .endpoint_list import EndpointList
    from .endpoint_summary import EndpointSummary
    from .finish_reason import FinishReason
    from .gateway_error import GatewayError
    from .gateway_error_meta_type_0 import GatewayErrorMetaType0
    from .gateway_error_timing_type_0 import GatewayErrorTimingType0
    from .gateway_metadata import GatewayMetadata
    from .gateway_metadata_timing_type_0 import GatewayMetadataTimingType0
    from .gateway_usage import GatewayUsage
    from .generated_image import GeneratedImage
    from .generation import Generation
    from .generation_usage_type_0 import GenerationUsageType0
    from .health import Health
    from .image_url import ImageUrl
    from .images_generation_request import ImagesGenerationRequest
    from .images_response import ImagesResponse
    from .images_response_usage_type_0 import ImagesResponseUsageType0
    from .input_audio import InputAudio
    from .key_record import KeyRecord
    from .message_content_image_url import MessageContentImageUrl
    from .message_content_input_audio import MessageContentInputAudio
    from .message_content_input_video import MessageContentInputVideo
    from .message_content_other import MessageContentOther
    from .message_content_text import MessageContentText
    from .message_content_tool_call import MessageContentToolCall
    from .model_endpoint import ModelEndpoint
    from .model_endpoint_capabilities_type_0 import ModelEndpointCapabilitiesType0
    from .model_endpoint_effective_type_0 import ModelEndpointEffectiveType0
    from .model_endpoint_list import ModelEndpointList
    from .model_endpoint_list_modalities_type_0 import ModelEndpointListModalitiesType0
    from .model_endpoint_list_organization_type_0 import ModelEndpointListOrganizationType0
    from .model_endpoint_modalities_type_0 import ModelEndpointModalitiesType0
    from .model_endpoint_pricing_type_0 import ModelEndpointPricingType0
    from .model_endpoint_provider_type_0 import ModelEndpointProviderType0
    from .model_endpoint_routing_type_0 import ModelEndpointRoutingType0
    from .model_list import ModelList
    from .moderation_result import ModerationResult
    from .moderation_result_categories import ModerationResultCategories
    from .moderation_result_category_applied_input_types_type_0 import ModerationResultCategoryAppliedInputTypesType0
    from .moderation_result_category_scores import ModerationResultCategoryScores
    from .moderations_request import ModerationsRequest
    from .moderations_request_input_type_1_item_type_1 import ModerationsRequestInputType1ItemType1
    from .moderations_response import ModerationsResponse
    from .moderations_response_usage_type_0 import ModerationsResponseUsageType0
    from .organisation import Organisation
    from .organisation_list import OrganisationList
    from .pricing_calculate_request import PricingCalculateRequest
    from .pricing_calculate_request_usage import PricingCalculateRequestUsage
    from .pricing_calculate_response import PricingCalculateResponse
    from .pricing_meter import PricingMeter
    from .pricing_model import PricingModel
    from .pricing_model_list import PricingModelList
    from .pricing_quote import PricingQuote
    from .pricing_quote_lines_item import PricingQuoteLinesItem
    from .provider import Provider
    from .provider_list import ProviderList
    from .reasoning_config import ReasoningConfig
    from .reasoning_effort import ReasoningEffort
    from .reasoning_summary import ReasoningSummary
    from .rerank_request import RerankRequest
    from .rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
    from .rerank_response import RerankResponse
    from .rerank_response_usage_type_0 import RerankResponseUsageType0
    from .rerank_result import RerankResult
    from .rerank_result_document_type_1 import RerankResultDocumentType1
    from .stream_error_frame import StreamErrorFrame
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .tool_call_delta_function import ToolCallDeltaFunction
    from .tool_call_function import ToolCallFunction

_MODULES: dict[str, str] = {
    "ActivityEntry": "activity_entry",
    "ActivityEntryUsageType0": "activity_entry_usage_type_0",
    "ActivityList": "activity_list",
    "CatalogueModel": "catalogue_model",
    "CatalogueModelAvailabilityType0": "catalogue_model_availability_type_0",
    "CatalogueModelCapabilitiesType0": "catalogue_model_capabilities_type_0",
    "CatalogueModelLifecycleType0": "catalogue_model_lifecycle_type_0",
    "CatalogueModelLimits": "catalogue_model_limits",
    "CatalogueModelModalitiesType0": "catalogue_model_modalities_type_0",
    "CatalogueModelOrganizationType0": "catalogue_model_organization_type_0",
    "CatalogueModelPricingType0": "catalogue_model_pricing_type_0",
    "ChatCompletionChoice": "chat_completion_choice",
    "ChatCompletionChunk": "chat_completion_chunk",
    "ChatCompletionChunkChoice": "chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": "chat_completion_chunk_delta",
    "ChatCompletionMessage": "chat_completion_message",
    "ChatCompletionsRequest": "chat_completions_request",
    "ChatCompletionsRequestLogitBias": "chat_completions_request_logit_bias",
    "ChatCompletionsRequestToolChoiceType1": "chat_completions_request_tool_choice_type_1",
    "ChatCompletionsRequestToolsItem": "chat_completions_request_tools_item",
    "ChatCompletionsResponse": "chat_completions_response",
    "ChatMessageAssistant": "chat_message_assistant",
    "ChatMessageOther": "chat_message_other",
    "ChatMessageSystem": "chat_message_system",
    "ChatMessageTool": "chat_message_tool",
    "ChatMessageUser": "chat_message_user",
    "CreditBalance": "credit_balance",
    "Credits": "credits_",
    "CurrentKey": "current_key",
    "Embedding": "embedding",
    "EmbeddingsRequest": "embeddings_request",
    "EmbeddingsResponse": "embeddings_response",
    "EmbeddingsResponseUsageType0": "embeddings_response_usage_type_0",
    "EndpointList": "endpoint_list",
    "EndpointSummary": "endpoint_summary",
    "FinishReason": "finish_reason",
    "GatewayError": "gateway_error",
    "GatewayErrorMetaType0": "gateway_error_meta_type_0",
    "GatewayErrorTimingType0": "gateway_error_timing_type_0",
    "GatewayMetadata": "gateway_metadata",
    "GatewayMetadataTimingType0": "gateway_metadata_timing_type_0",
    "GatewayUsage": "gateway_usage",
    "GeneratedImage": "generated_image",
    "Generation": "generation",
    "GenerationUsageType0": "generation_usage_type_0",
    "Health": "health",
    "ImageUrl": "image_url",
    "ImagesGenerationRequest": "images_generation_request",
    "ImagesResponse": "images_response",
    "ImagesResponseUsageType0": "images_response_usage_type_0",
    "InputAudio": "input_audio",
    "KeyRecord": "key_record",
    "MessageContentImageUrl": "message_content_image_url",
    "MessageContentInputAudio": "message_content_input_audio",
    "MessageContentInputVideo": "message_content_input_video",
    "MessageContentOther": "message_content_other",
    "MessageContentText": "message_content_text",
    "MessageContentToolCall": "message_content_tool_call",
    "ModelEndpoint": "model_endpoint",
    "ModelEndpointCapabilitiesType0": "model_endpoint_capabilities_type_0",
    "ModelEndpointEffectiveType0": "model_endpoint_effective_type_0",
    "ModelEndpointList": "model_endpoint_list",
    "ModelEndpointListModalitiesType0": "model_endpoint_list_modalities_type_0",
    "ModelEndpointListOrganizationType0": "model_endpoint_list_organization_type_0",
    "ModelEndpointModalitiesType0": "model_endpoint_modalities_type_0",
    "ModelEndpointPricingType0": "model_endpoint_pricing_type_0",
    "ModelEndpointProviderType0": "model_endpoint_provider_type_0",
    "ModelEndpointRoutingType0": "model_endpoint_routing_type_0",
    "ModelList": "model_list",
    "ModerationResult": "moderation_result",
    "ModerationResultCategories": "moderation_result_categories",
    "ModerationResultCategoryAppliedInputTypesType0": "moderation_result_category_applied_input_types_type_0",
    "ModerationResultCategoryScores": "moderation_result_category_scores",
    "ModerationsRequest": "moderations_request",
    "ModerationsRequestInputType1ItemType1": "moderations_request_input_type_1_item_type_1",
    "ModerationsResponse": "moderations_response",
    "ModerationsResponseUsageType0": "moderations_response_usage_type_0",
    "Organisation": "organisation",
    "OrganisationList": "organisation_list",
    "PricingCalculateRequest": "pricing_calculate_request",
    "PricingCalculateRequestUsage": "pricing_calculate_request_usage",
    "PricingCalculateResponse": "pricing_calculate_response",
    "PricingMeter": "pricing_meter",
    "PricingModel": "pricing_model",
    "PricingModelList": "pricing_model_list",
    "PricingQuote": "pricing_quote",
    "PricingQuoteLinesItem": "pricing_quote_lines_item",
    "Provider": "provider",
    "ProviderList": "provider_list",
    "ReasoningConfig": "reasoning_config",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningSummary": "reasoning_summary",
    "RerankRequest": "rerank_request",
    "RerankRequestDocumentsItemType1": "rerank_request_documents_item_type_1",
    "RerankResponse": "rerank_response",
    "RerankResponseUsageType0": "rerank_response_usage_type_0",
    "RerankResult": "rerank_result",
    "RerankResultDocumentType1": "rerank_result_document_type_1",
    "StreamErrorFrame": "stream_error_frame",
    "ToolCall": "tool_call",
    "ToolCallDelta": "tool_call_delta",
    "ToolCallDeltaFunction": "tool_call_delta_function",
    "ToolCallFunction": "tool_call_function",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ActivityEntry",
    "ActivityEntryUsageType0",
    "ActivityList",
    "CatalogueModel",
    "CatalogueModelAvailabilityType0",
    "CatalogueModelCapabilitiesType0",
    "CatalogueModelLifecycleType0",
    "CatalogueModelLimits",
    "CatalogueModelModalitiesType0",
    "CatalogueModelOrganizationType0",
    "CatalogueModelPricingType0",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionMessage",
    "ChatCompletionsRequest",
    "ChatCompletionsRequestLogitBias",
    "ChatCompletionsRequestToolChoiceType1",
    "ChatCompletionsRequestToolsItem",
    "ChatCompletionsResponse",
    "ChatMessageAssistant",
    "ChatMessageOther",
    "ChatMessageSystem",
    "ChatMessageTool",
    "ChatMessageUser",
    "CreditBalance",
    "Credits",
    "CurrentKey",
    "Embedding",
    "EmbeddingsRequest",
    "EmbeddingsResponse",
    "EmbeddingsResponseUsageType0",
    "EndpointList",
    "EndpointSummary",
    "FinishReason",
    "GatewayError",
    "GatewayErrorMetaType0",
    "GatewayErrorTimingType0",
    "GatewayMetadata",
    "GatewayMetadataTimingType0",
    "GatewayUsage",
    "GeneratedImage",
    "Generation",
    "GenerationUsageType0",
    "Health",
    "ImagesGenerationRequest",
    "ImagesResponse",
    "ImagesResponseUsageType0",
    "ImageUrl",
    "InputAudio",
    "KeyRecord",
    "MessageContentImageUrl",
    "MessageContentInputAudio",
    "MessageContentInputVideo",
    "MessageContentOther",
    "MessageContentText",
    "MessageContentToolCall",
    "ModelEndpoint",
    "ModelEndpointCapabilitiesType0",
    "ModelEndpointEffectiveType0",
    "ModelEndpointList",
    "ModelEndpointListModalitiesType0",
    "ModelEndpointListOrganizationType0",
    "ModelEndpointModalitiesType0",
    "ModelEndpointPricingType0",
    "ModelEndpointProviderType0",
    "ModelEndpointRoutingType0",
    "ModelList",
    "ModerationResult",
    "ModerationResultCategories",
    "ModerationResultCategoryAppliedInputTypesType0",
    "ModerationResultCategoryScores",
    "ModerationsRequest",
    "ModerationsRequestInputType1ItemType1",
    "ModerationsResponse",
    "ModerationsResponseUsageType0",
    "Organisation",
    "OrganisationList",
    "PricingCalculateRequest",
    "PricingCalculateRequestUsage",
    "PricingCalculateResponse",
    "PricingMeter",
    "PricingModel",
    "PricingModelList",
    "PricingQuote",
    "PricingQuoteLinesItem",
    "Provider",
    "ProviderList",
    "ReasoningConfig",
    "ReasoningEffort",
    "ReasoningSummary",
    "RerankRequest",
    "RerankRequestDocumentsItemType1",
    "RerankResponse",
    "RerankResponseUsageType0",
    "RerankResult",
    "RerankResultDocumentType1",
    "StreamErrorFrame",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
)
