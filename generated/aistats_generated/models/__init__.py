"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_entry import ActivityEntry
    from .activity_entry_usage_type_0 import ActivityEntryUsageType0
    from .activity_list import ActivityList
    from .analytics_list import AnalyticsList
    from .analytics_row import AnalyticsRow
    from .anthropic_provider_options import AnthropicProviderOptions
    from .api_key import ApiKey
    from .api_key_create_request import ApiKeyCreateRequest
    from .api_key_envelope import ApiKeyEnvelope
    from .api_key_limit_reset import ApiKeyLimitReset
    from .api_key_list import ApiKeyList
    from .api_key_update_request import ApiKeyUpdateRequest
    from .audio_output_config import AudioOutputConfig
    from .audio_output_config_format import AudioOutputConfigFormat
    from .audio_voice_ref import AudioVoiceRef
    from .batch import Batch
    from .batch_capability import BatchCapability
    from .batch_capability_endpoint import BatchCapabilityEndpoint
    from .batch_capability_list import BatchCapabilityList
    from .batch_create_request import BatchCreateRequest
    from .batch_create_request_metadata import BatchCreateRequestMetadata
    from .batch_errors_type_0 import BatchErrorsType0
    from .batch_list import BatchList
    from .batch_metadata_type_0 import BatchMetadataType0
    from .batch_pricing_lines_item import BatchPricingLinesItem
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_item import BatchRequestItem
    from .batch_request_item_body import BatchRequestItemBody
    from .batch_request_list import BatchRequestList
    from .batch_request_list_data_item import BatchRequestListDataItem
    from .batch_usage_type_0 import BatchUsageType0
    from .batch_webhook import BatchWebhook
    from .beta_options import BetaOptions
    from .cache_control import CacheControl
    from .catalogue_model import CatalogueModel
    from .catalogue_model_availability_type_0 import CatalogueModelAvailabilityType0
    from .catalogue_model_capabilities_type_0 import CatalogueModelCapabilitiesType0
    from .catalogue_model_lifecycle_type_0 import CatalogueModelLifecycleType0
    from .catalogue_model_limits import CatalogueModelLimits
    from .catalogue_model_modalities_type_0 import CatalogueModelModalitiesType0
    from .catalogue_model_offers_type_0_item import CatalogueModelOffersType0Item
    from .catalogue_model_organization_type_0 import CatalogueModelOrganizationType0
    from .catalogue_model_pricing_type_0 import CatalogueModelPricingType0
    from .catalogue_model_variants_type_0 import CatalogueModelVariantsType0
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
    from .content_block_delta import ContentBlockDelta
    from .content_block_delta_event import ContentBlockDeltaEvent
    from .content_block_start_event import ContentBlockStartEvent
    from .content_block_stop_event import ContentBlockStopEvent
    from .context_management_entry import ContextManagementEntry
    from .created_api_key import CreatedApiKey
    from .created_api_key_envelope import CreatedApiKeyEnvelope
    from .credit_balance import CreditBalance
    from .credits_ import Credits
    from .current_key import CurrentKey
    from .custom_tool import CustomTool
    from .custom_tool_definition import CustomToolDefinition
    from .custom_tool_definition_format import CustomToolDefinitionFormat
    from .data_collection import DataCollection
    from .debug_options import DebugOptions
    from .debug_options_trace_level import DebugOptionsTraceLevel
    from .deleted_flag import DeletedFlag
    from .embedding import Embedding
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_response_usage_type_0 import EmbeddingsResponseUsageType0
    from .endpoint_list import EndpointList
    from .endpoint_summary import EndpointSummary
    from .error_object import ErrorObject
    from .file_object import FileObject
    from .file_object_status_details_type_1 import FileObjectStatusDetailsType1
    from .file_upload_request import FileUploadRequest
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
    from .generated_image import GeneratedImage
    from .generation import Generation
    from .generation_pricing_lines_type_0_item import GenerationPricingLinesType0Item
    from .generation_replay_request_type_0 import GenerationReplayRequestType0
    from .generation_usage_type_0 import GenerationUsageType0
    from .google_provider_options import GoogleProviderOptions
    from .health import Health
    from .image_config import ImageConfig
    from .image_config_image_size import ImageConfigImageSize
    from .image_font_input import ImageFontInput
    from .image_url import ImageUrl
    from .image_url_detail import ImageUrlDetail
    from .images_edit_request import ImagesEditRequest
    from .images_generation_request import ImagesGenerationRequest
    from .images_response import ImagesResponse
    from .images_response_usage_type_0 import ImagesResponseUsageType0
    from .input_audio import InputAudio
    from .job_billing import JobBilling
    from .job_billing_pricing_breakdown_type_0 import JobBillingPricingBreakdownType0
    from .job_model import JobModel
    from .job_model_list import JobModelList
    from .job_model_supported_parameters_detail import JobModelSupportedParametersDetail
    from .job_model_supported_params_detail import JobModelSupportedParamsDetail
    from .json_schema_format import JsonSchemaFormat
    from .json_schema_format_schema import JsonSchemaFormatSchema
    from .key_record import KeyRecord
    from .list_videos_order import ListVideosOrder
    from .management_error_body import ManagementErrorBody
    from .media_url import MediaUrl
    from .message_content_audio_url import MessageContentAudioUrl
    from .message_content_image_url import MessageContentImageUrl
    from .message_content_input_audio import MessageContentInputAudio
    from .message_content_input_video import MessageContentInputVideo
    from .message_content_text import MessageContentText
    from .message_content_tool_call import MessageContentToolCall
    from .message_content_video_url import MessageContentVideoUrl
    from .message_delta_body import MessageDeltaBody
    from .message_delta_event import MessageDeltaEvent
    from .message_start_event import MessageStartEvent
    from .message_stop_event import MessageStopEvent
    from .messages_content_block import MessagesContentBlock
    from .messages_error_event import MessagesErrorEvent
    from .messages_other_event import MessagesOtherEvent
    from .messages_ping_event import MessagesPingEvent
    from .messages_request import MessagesRequest
    from .messages_request_messages_item import MessagesRequestMessagesItem
    from .messages_request_metadata import MessagesRequestMetadata
    from .messages_request_system_type_1_item import MessagesRequestSystemType1Item
    from .messages_request_thinking import MessagesRequestThinking
    from .messages_request_tool_choice_type_1 import MessagesRequestToolChoiceType1
    from .messages_request_tools_item import MessagesRequestToolsItem
    from .messages_response import MessagesResponse
    from .messages_usage import MessagesUsage
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
    from .music_generate_request import MusicGenerateRequest
    from .music_job import MusicJob
    from .native_web_search_tool import NativeWebSearchTool
    from .native_web_search_tool_type import NativeWebSearchToolType
    from .ocr_page import OcrPage
    from .ocr_page_dimensions_type_0 import OcrPageDimensionsType0
    from .ocr_page_images_item import OcrPageImagesItem
    from .ocr_request import OcrRequest
    from .ocr_request_document import OcrRequestDocument
    from .ocr_request_image_type_1 import OcrRequestImageType1
    from .ocr_response import OcrResponse
    from .ocr_response_usage_type_0 import OcrResponseUsageType0
    from .open_ai_provider_options import OpenAIProviderOptions
    from .organisation import Organisation
    from .organisation_list import OrganisationList
    from .output_audio import OutputAudio
    from .output_image import OutputImage
    from .pricing_calculate_request import PricingCalculateRequest
    from .pricing_calculate_request_usage import PricingCalculateRequestUsage
    from .pricing_calculate_response import PricingCalculateResponse
    from .pricing_line import PricingLine
    from .pricing_meter import PricingMeter
    from .pricing_model import PricingModel
    from .pricing_model_list import PricingModelList
    from .pricing_quote import PricingQuote
    from .pricing_quote_lines_item import PricingQuoteLinesItem
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_tokens_details import PromptTokensDetails
    from .provider import Provider
    from .provider_failure import ProviderFailure
    from .provider_list import ProviderList
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
    from .rerank_request import RerankRequest
    from .rerank_request_documents_item_type_1 import RerankRequestDocumentsItemType1
    from .rerank_response import RerankResponse
    from .rerank_response_usage_type_0 import RerankResponseUsageType0
    from .rerank_result import RerankResult
    from .rerank_result_document_type_1 import RerankResultDocumentType1
    from .response_completed_event import ResponseCompletedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_created_event import ResponseCreatedEvent
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_other_event import ResponseOtherEvent
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_text_delta_event import ResponseOutputTextDeltaEvent
    from .response_output_text_done_event import ResponseOutputTextDoneEvent
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .responses_content_part import ResponsesContentPart
    from .responses_output_item import ResponsesOutputItem
    from .responses_request import ResponsesRequest
    from .responses_request_input_type_1_item import ResponsesRequestInputType1Item
    from .responses_request_metadata import ResponsesRequestMetadata
    from .responses_request_reasoning import ResponsesRequestReasoning
    from .responses_request_text import ResponsesRequestText
    from .responses_request_tool_choice_type_1 import ResponsesRequestToolChoiceType1
    from .responses_request_tools_item import ResponsesRequestToolsItem
    from .responses_response import ResponsesResponse
    from .responses_response_pricing_lines_item import ResponsesResponsePricingLinesItem
    from .responses_usage import ResponsesUsage
    from .server_tool_usage import ServerToolUsage
    from .service_tier import ServiceTier
    from .speech_request import SpeechRequest
    from .speech_request_config import SpeechRequestConfig
    from .speech_request_response_format import SpeechRequestResponseFormat
    from .speech_request_voice_type_1 import SpeechRequestVoiceType1
    from .speech_response import SpeechResponse
    from .speech_response_usage import SpeechResponseUsage
    from .stream_error_frame import StreamErrorFrame
    from .stream_options import StreamOptions
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .tool_call_delta_function import ToolCallDeltaFunction
    from .tool_call_function import ToolCallFunction
    from .tool_call_function_parameters import ToolCallFunctionParameters
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_object import ToolChoiceObject
    from .transcription_request import TranscriptionRequest
    from .transcription_request_response_format import TranscriptionRequestResponseFormat
    from .transcription_request_timestamp_granularities_item import TranscriptionRequestTimestampGranularitiesItem
    from .transcription_response import TranscriptionResponse
    from .transcription_response_segments_item import TranscriptionResponseSegmentsItem
    from .transcription_response_usage import TranscriptionResponseUsage
    from .transcription_response_words_item import TranscriptionResponseWordsItem
    from .translation_request import TranslationRequest
    from .translation_request_response_format import TranslationRequestResponseFormat
    from .upstream_error import UpstreamError
    from .usage_pricing import UsagePricing
    from .validation_issue import ValidationIssue
    from .validation_issue_arguments import ValidationIssueArguments
    from .video import Video
    from .video_asset_type_0 import VideoAssetType0
    from .video_create_request import VideoCreateRequest
    from .video_deleted import VideoDeleted
    from .video_download_url import VideoDownloadUrl
    from .video_download_url_request import VideoDownloadUrlRequest
    from .video_list import VideoList
    from .workspace import Workspace
    from .workspace_create_request import WorkspaceCreateRequest
    from .workspace_envelope import WorkspaceEnvelope
    from .workspace_list import WorkspaceList
    from .workspace_member import WorkspaceMember
    from .workspace_member_list import WorkspaceMemberList
    from .workspace_update_request import WorkspaceUpdateRequest

_MODULES = {
    "ActivityEntry": ".activity_entry",
    "ActivityEntryUsageType0": ".activity_entry_usage_type_0",
    "ActivityList": ".activity_list",
    "AnalyticsList": ".analytics_list",
    "AnalyticsRow": ".analytics_row",
    "AnthropicProviderOptions": ".anthropic_provider_options",
    "ApiKey": ".api_key",
    "ApiKeyCreateRequest": ".api_key_create_request",
    "ApiKeyEnvelope": ".api_key_envelope",
    "ApiKeyLimitReset": ".api_key_limit_reset",
    "ApiKeyList": ".api_key_list",
    "ApiKeyUpdateRequest": ".api_key_update_request",
    "AudioOutputConfig": ".audio_output_config",
    "AudioOutputConfigFormat": ".audio_output_config_format",
    "AudioVoiceRef": ".audio_voice_ref",
    "Batch": ".batch",
    "BatchCapability": ".batch_capability",
    "BatchCapabilityEndpoint": ".batch_capability_endpoint",
    "BatchCapabilityList": ".batch_capability_list",
    "BatchCreateRequest": ".batch_create_request",
    "BatchCreateRequestMetadata": ".batch_create_request_metadata",
    "BatchErrorsType0": ".batch_errors_type_0",
    "BatchList": ".batch_list",
    "BatchMetadataType0": ".batch_metadata_type_0",
    "BatchPricingLinesItem": ".batch_pricing_lines_item",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestItem": ".batch_request_item",
    "BatchRequestItemBody": ".batch_request_item_body",
    "BatchRequestList": ".batch_request_list",
    "BatchRequestListDataItem": ".batch_request_list_data_item",
    "BatchUsageType0": ".batch_usage_type_0",
    "BatchWebhook": ".batch_webhook",
    "BetaOptions": ".beta_options",
    "CacheControl": ".cache_control",
    "CatalogueModel": ".catalogue_model",
    "CatalogueModelAvailabilityType0": ".catalogue_model_availability_type_0",
    "CatalogueModelCapabilitiesType0": ".catalogue_model_capabilities_type_0",
    "CatalogueModelLifecycleType0": ".catalogue_model_lifecycle_type_0",
    "CatalogueModelLimits": ".catalogue_model_limits",
    "CatalogueModelModalitiesType0": ".catalogue_model_modalities_type_0",
    "CatalogueModelOffersType0Item": ".catalogue_model_offers_type_0_item",
    "CatalogueModelOrganizationType0": ".catalogue_model_organization_type_0",
    "CatalogueModelPricingType0": ".catalogue_model_pricing_type_0",
    "CatalogueModelVariantsType0": ".catalogue_model_variants_type_0",
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
    "ContentBlockDelta": ".content_block_delta",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockStartEvent": ".content_block_start_event",
    "ContentBlockStopEvent": ".content_block_stop_event",
    "ContextManagementEntry": ".context_management_entry",
    "CreatedApiKey": ".created_api_key",
    "CreatedApiKeyEnvelope": ".created_api_key_envelope",
    "CreditBalance": ".credit_balance",
    "Credits": ".credits_",
    "CurrentKey": ".current_key",
    "CustomTool": ".custom_tool",
    "CustomToolDefinition": ".custom_tool_definition",
    "CustomToolDefinitionFormat": ".custom_tool_definition_format",
    "DataCollection": ".data_collection",
    "DebugOptions": ".debug_options",
    "DebugOptionsTraceLevel": ".debug_options_trace_level",
    "DeletedFlag": ".deleted_flag",
    "Embedding": ".embedding",
    "EmbeddingsRequest": ".embeddings_request",
    "EmbeddingsResponse": ".embeddings_response",
    "EmbeddingsResponseUsageType0": ".embeddings_response_usage_type_0",
    "EndpointList": ".endpoint_list",
    "EndpointSummary": ".endpoint_summary",
    "ErrorObject": ".error_object",
    "FileObject": ".file_object",
    "FileObjectStatusDetailsType1": ".file_object_status_details_type_1",
    "FileUploadRequest": ".file_upload_request",
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
    "GeneratedImage": ".generated_image",
    "Generation": ".generation",
    "GenerationPricingLinesType0Item": ".generation_pricing_lines_type_0_item",
    "GenerationReplayRequestType0": ".generation_replay_request_type_0",
    "GenerationUsageType0": ".generation_usage_type_0",
    "GoogleProviderOptions": ".google_provider_options",
    "Health": ".health",
    "ImageConfig": ".image_config",
    "ImageConfigImageSize": ".image_config_image_size",
    "ImageFontInput": ".image_font_input",
    "ImageUrl": ".image_url",
    "ImageUrlDetail": ".image_url_detail",
    "ImagesEditRequest": ".images_edit_request",
    "ImagesGenerationRequest": ".images_generation_request",
    "ImagesResponse": ".images_response",
    "ImagesResponseUsageType0": ".images_response_usage_type_0",
    "InputAudio": ".input_audio",
    "JobBilling": ".job_billing",
    "JobBillingPricingBreakdownType0": ".job_billing_pricing_breakdown_type_0",
    "JobModel": ".job_model",
    "JobModelList": ".job_model_list",
    "JobModelSupportedParametersDetail": ".job_model_supported_parameters_detail",
    "JobModelSupportedParamsDetail": ".job_model_supported_params_detail",
    "JsonSchemaFormat": ".json_schema_format",
    "JsonSchemaFormatSchema": ".json_schema_format_schema",
    "KeyRecord": ".key_record",
    "ListVideosOrder": ".list_videos_order",
    "ManagementErrorBody": ".management_error_body",
    "MediaUrl": ".media_url",
    "MessageContentAudioUrl": ".message_content_audio_url",
    "MessageContentImageUrl": ".message_content_image_url",
    "MessageContentInputAudio": ".message_content_input_audio",
    "MessageContentInputVideo": ".message_content_input_video",
    "MessageContentText": ".message_content_text",
    "MessageContentToolCall": ".message_content_tool_call",
    "MessageContentVideoUrl": ".message_content_video_url",
    "MessageDeltaBody": ".message_delta_body",
    "MessageDeltaEvent": ".message_delta_event",
    "MessageStartEvent": ".message_start_event",
    "MessageStopEvent": ".message_stop_event",
    "MessagesContentBlock": ".messages_content_block",
    "MessagesErrorEvent": ".messages_error_event",
    "MessagesOtherEvent": ".messages_other_event",
    "MessagesPingEvent": ".messages_ping_event",
    "MessagesRequest": ".messages_request",
    "MessagesRequestMessagesItem": ".messages_request_messages_item",
    "MessagesRequestMetadata": ".messages_request_metadata",
    "MessagesRequestSystemType1Item": ".messages_request_system_type_1_item",
    "MessagesRequestThinking": ".messages_request_thinking",
    "MessagesRequestToolChoiceType1": ".messages_request_tool_choice_type_1",
    "MessagesRequestToolsItem": ".messages_request_tools_item",
    "MessagesResponse": ".messages_response",
    "MessagesUsage": ".messages_usage",
    "ModelEndpoint": ".model_endpoint",
    "ModelEndpointCapabilitiesType0": ".model_endpoint_capabilities_type_0",
    "ModelEndpointEffectiveType0": ".model_endpoint_effective_type_0",
    "ModelEndpointList": ".model_endpoint_list",
    "ModelEndpointListModalitiesType0": ".model_endpoint_list_modalities_type_0",
    "ModelEndpointListOrganizationType0": ".model_endpoint_list_organization_type_0",
    "ModelEndpointModalitiesType0": ".model_endpoint_modalities_type_0",
    "ModelEndpointPricingType0": ".model_endpoint_pricing_type_0",
    "ModelEndpointProviderType0": ".model_endpoint_provider_type_0",
    "ModelEndpointRoutingType0": ".model_endpoint_routing_type_0",
    "ModelList": ".model_list",
    "ModerationResult": ".moderation_result",
    "ModerationResultCategories": ".moderation_result_categories",
    "ModerationResultCategoryAppliedInputTypesType0": ".moderation_result_category_applied_input_types_type_0",
    "ModerationResultCategoryScores": ".moderation_result_category_scores",
    "ModerationsRequest": ".moderations_request",
    "ModerationsRequestInputType1ItemType1": ".moderations_request_input_type_1_item_type_1",
    "ModerationsResponse": ".moderations_response",
    "ModerationsResponseUsageType0": ".moderations_response_usage_type_0",
    "MusicGenerateRequest": ".music_generate_request",
    "MusicJob": ".music_job",
    "NativeWebSearchTool": ".native_web_search_tool",
    "NativeWebSearchToolType": ".native_web_search_tool_type",
    "OcrPage": ".ocr_page",
    "OcrPageDimensionsType0": ".ocr_page_dimensions_type_0",
    "OcrPageImagesItem": ".ocr_page_images_item",
    "OcrRequest": ".ocr_request",
    "OcrRequestDocument": ".ocr_request_document",
    "OcrRequestImageType1": ".ocr_request_image_type_1",
    "OcrResponse": ".ocr_response",
    "OcrResponseUsageType0": ".ocr_response_usage_type_0",
    "OpenAIProviderOptions": ".open_ai_provider_options",
    "Organisation": ".organisation",
    "OrganisationList": ".organisation_list",
    "OutputAudio": ".output_audio",
    "OutputImage": ".output_image",
    "PricingCalculateRequest": ".pricing_calculate_request",
    "PricingCalculateRequestUsage": ".pricing_calculate_request_usage",
    "PricingCalculateResponse": ".pricing_calculate_response",
    "PricingLine": ".pricing_line",
    "PricingMeter": ".pricing_meter",
    "PricingModel": ".pricing_model",
    "PricingModelList": ".pricing_model_list",
    "PricingQuote": ".pricing_quote",
    "PricingQuoteLinesItem": ".pricing_quote_lines_item",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptCacheOptionsMode": ".prompt_cache_options_mode",
    "PromptTokensDetails": ".prompt_tokens_details",
    "Provider": ".provider",
    "ProviderFailure": ".provider_failure",
    "ProviderList": ".provider_list",
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
    "RerankRequest": ".rerank_request",
    "RerankRequestDocumentsItemType1": ".rerank_request_documents_item_type_1",
    "RerankResponse": ".rerank_response",
    "RerankResponseUsageType0": ".rerank_response_usage_type_0",
    "RerankResult": ".rerank_result",
    "RerankResultDocumentType1": ".rerank_result_document_type_1",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaSchema": ".response_format_json_schema_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseOtherEvent": ".response_other_event",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputTextDeltaEvent": ".response_output_text_delta_event",
    "ResponseOutputTextDoneEvent": ".response_output_text_done_event",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponsesContentPart": ".responses_content_part",
    "ResponsesOutputItem": ".responses_output_item",
    "ResponsesRequest": ".responses_request",
    "ResponsesRequestInputType1Item": ".responses_request_input_type_1_item",
    "ResponsesRequestMetadata": ".responses_request_metadata",
    "ResponsesRequestReasoning": ".responses_request_reasoning",
    "ResponsesRequestText": ".responses_request_text",
    "ResponsesRequestToolChoiceType1": ".responses_request_tool_choice_type_1",
    "ResponsesRequestToolsItem": ".responses_request_tools_item",
    "ResponsesResponse": ".responses_response",
    "ResponsesResponsePricingLinesItem": ".responses_response_pricing_lines_item",
    "ResponsesUsage": ".responses_usage",
    "ServerToolUsage": ".server_tool_usage",
    "ServiceTier": ".service_tier",
    "SpeechRequest": ".speech_request",
    "SpeechRequestConfig": ".speech_request_config",
    "SpeechRequestResponseFormat": ".speech_request_response_format",
    "SpeechRequestVoiceType1": ".speech_request_voice_type_1",
    "SpeechResponse": ".speech_response",
    "SpeechResponseUsage": ".speech_response_usage",
    "StreamErrorFrame": ".stream_error_frame",
    "StreamOptions": ".stream_options",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "ToolCallDeltaFunction": ".tool_call_delta_function",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionParameters": ".tool_call_function_parameters",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceObject": ".tool_choice_object",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionRequestResponseFormat": ".transcription_request_response_format",
    "TranscriptionRequestTimestampGranularitiesItem": ".transcription_request_timestamp_granularities_item",
    "TranscriptionResponse": ".transcription_response",
    "TranscriptionResponseSegmentsItem": ".transcription_response_segments_item",
    "TranscriptionResponseUsage": ".transcription_response_usage",
    "TranscriptionResponseWordsItem": ".transcription_response_words_item",
    "TranslationRequest": ".translation_request",
    "TranslationRequestResponseFormat": ".translation_request_response_format",
    "UpstreamError": ".upstream_error",
    "UsagePricing": ".usage_pricing",
    "ValidationIssue": ".validation_issue",
    "ValidationIssueArguments": ".validation_issue_arguments",
    "Video": ".video",
    "VideoAssetType0": ".video_asset_type_0",
    "VideoCreateRequest": ".video_create_request",
    "VideoDeleted": ".video_deleted",
    "VideoDownloadUrl": ".video_download_url",
    "VideoDownloadUrlRequest": ".video_download_url_request",
    "VideoList": ".video_list",
    "Workspace": ".workspace",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceEnvelope": ".workspace_envelope",
    "WorkspaceList": ".workspace_list",
    "WorkspaceMember": ".workspace_member",
    "WorkspaceMemberList": ".workspace_member_list",
    "WorkspaceUpdateRequest": ".workspace_update_request",
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
    "ActivityEntry",
    "ActivityEntryUsageType0",
    "ActivityList",
    "AnalyticsList",
    "AnalyticsRow",
    "AnthropicProviderOptions",
    "ApiKey",
    "ApiKeyCreateRequest",
    "ApiKeyEnvelope",
    "ApiKeyLimitReset",
    "ApiKeyList",
    "ApiKeyUpdateRequest",
    "AudioOutputConfig",
    "AudioOutputConfigFormat",
    "AudioVoiceRef",
    "Batch",
    "BatchCapability",
    "BatchCapabilityEndpoint",
    "BatchCapabilityList",
    "BatchCreateRequest",
    "BatchCreateRequestMetadata",
    "BatchErrorsType0",
    "BatchList",
    "BatchMetadataType0",
    "BatchPricingLinesItem",
    "BatchRequestCounts",
    "BatchRequestItem",
    "BatchRequestItemBody",
    "BatchRequestList",
    "BatchRequestListDataItem",
    "BatchUsageType0",
    "BatchWebhook",
    "BetaOptions",
    "CacheControl",
    "CatalogueModel",
    "CatalogueModelAvailabilityType0",
    "CatalogueModelCapabilitiesType0",
    "CatalogueModelLifecycleType0",
    "CatalogueModelLimits",
    "CatalogueModelModalitiesType0",
    "CatalogueModelOffersType0Item",
    "CatalogueModelOrganizationType0",
    "CatalogueModelPricingType0",
    "CatalogueModelVariantsType0",
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
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementEntry",
    "CreatedApiKey",
    "CreatedApiKeyEnvelope",
    "CreditBalance",
    "Credits",
    "CurrentKey",
    "CustomTool",
    "CustomToolDefinition",
    "CustomToolDefinitionFormat",
    "DataCollection",
    "DebugOptions",
    "DebugOptionsTraceLevel",
    "DeletedFlag",
    "Embedding",
    "EmbeddingsRequest",
    "EmbeddingsResponse",
    "EmbeddingsResponseUsageType0",
    "EndpointList",
    "EndpointSummary",
    "ErrorObject",
    "FileObject",
    "FileObjectStatusDetailsType1",
    "FileUploadRequest",
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
    "GeneratedImage",
    "Generation",
    "GenerationPricingLinesType0Item",
    "GenerationReplayRequestType0",
    "GenerationUsageType0",
    "GoogleProviderOptions",
    "Health",
    "ImageConfig",
    "ImageConfigImageSize",
    "ImageFontInput",
    "ImagesEditRequest",
    "ImagesGenerationRequest",
    "ImagesResponse",
    "ImagesResponseUsageType0",
    "ImageUrl",
    "ImageUrlDetail",
    "InputAudio",
    "JobBilling",
    "JobBillingPricingBreakdownType0",
    "JobModel",
    "JobModelList",
    "JobModelSupportedParametersDetail",
    "JobModelSupportedParamsDetail",
    "JsonSchemaFormat",
    "JsonSchemaFormatSchema",
    "KeyRecord",
    "ListVideosOrder",
    "ManagementErrorBody",
    "MediaUrl",
    "MessageContentAudioUrl",
    "MessageContentImageUrl",
    "MessageContentInputAudio",
    "MessageContentInputVideo",
    "MessageContentText",
    "MessageContentToolCall",
    "MessageContentVideoUrl",
    "MessageDeltaBody",
    "MessageDeltaEvent",
    "MessagesContentBlock",
    "MessagesErrorEvent",
    "MessagesOtherEvent",
    "MessagesPingEvent",
    "MessagesRequest",
    "MessagesRequestMessagesItem",
    "MessagesRequestMetadata",
    "MessagesRequestSystemType1Item",
    "MessagesRequestThinking",
    "MessagesRequestToolChoiceType1",
    "MessagesRequestToolsItem",
    "MessagesResponse",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessagesUsage",
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
    "MusicGenerateRequest",
    "MusicJob",
    "NativeWebSearchTool",
    "NativeWebSearchToolType",
    "OcrPage",
    "OcrPageDimensionsType0",
    "OcrPageImagesItem",
    "OcrRequest",
    "OcrRequestDocument",
    "OcrRequestImageType1",
    "OcrResponse",
    "OcrResponseUsageType0",
    "OpenAIProviderOptions",
    "Organisation",
    "OrganisationList",
    "OutputAudio",
    "OutputImage",
    "PricingCalculateRequest",
    "PricingCalculateRequestUsage",
    "PricingCalculateResponse",
    "PricingLine",
    "PricingMeter",
    "PricingModel",
    "PricingModelList",
    "PricingQuote",
    "PricingQuoteLinesItem",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptTokensDetails",
    "Provider",
    "ProviderFailure",
    "ProviderList",
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
    "RerankRequest",
    "RerankRequestDocumentsItemType1",
    "RerankResponse",
    "RerankResponseUsageType0",
    "RerankResult",
    "RerankResultDocumentType1",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseIncompleteEvent",
    "ResponseInProgressEvent",
    "ResponseOtherEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponsesContentPart",
    "ResponsesOutputItem",
    "ResponsesRequest",
    "ResponsesRequestInputType1Item",
    "ResponsesRequestMetadata",
    "ResponsesRequestReasoning",
    "ResponsesRequestText",
    "ResponsesRequestToolChoiceType1",
    "ResponsesRequestToolsItem",
    "ResponsesResponse",
    "ResponsesResponsePricingLinesItem",
    "ResponsesUsage",
    "ServerToolUsage",
    "ServiceTier",
    "SpeechRequest",
    "SpeechRequestConfig",
    "SpeechRequestResponseFormat",
    "SpeechRequestVoiceType1",
    "SpeechResponse",
    "SpeechResponseUsage",
    "StreamErrorFrame",
    "StreamOptions",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
    "ToolCallFunctionParameters",
    "ToolChoiceFunction",
    "ToolChoiceObject",
    "TranscriptionRequest",
    "TranscriptionRequestResponseFormat",
    "TranscriptionRequestTimestampGranularitiesItem",
    "TranscriptionResponse",
    "TranscriptionResponseSegmentsItem",
    "TranscriptionResponseUsage",
    "TranscriptionResponseWordsItem",
    "TranslationRequest",
    "TranslationRequestResponseFormat",
    "UpstreamError",
    "UsagePricing",
    "ValidationIssue",
    "ValidationIssueArguments",
    "Video",
    "VideoAssetType0",
    "VideoCreateRequest",
    "VideoDeleted",
    "VideoDownloadUrl",
    "VideoDownloadUrlRequest",
    "VideoList",
    "Workspace",
    "WorkspaceCreateRequest",
    "WorkspaceEnvelope",
    "WorkspaceList",
    "WorkspaceMember",
    "WorkspaceMemberList",
    "WorkspaceUpdateRequest",
)
