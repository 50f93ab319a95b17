"""Contains all the data models used in inputs/outputs"""

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
from .content_block_delta import ContentBlockDelta
from .content_block_delta_event import ContentBlockDeltaEvent
from .content_block_start_event import ContentBlockStartEvent
from .content_block_stop_event import ContentBlockStopEvent
from .finish_reason import FinishReason
from .gateway_error import GatewayError
from .gateway_error_meta_type_0 import GatewayErrorMetaType0
from .gateway_error_timing_type_0 import GatewayErrorTimingType0
from .gateway_metadata import GatewayMetadata
from .gateway_metadata_timing_type_0 import GatewayMetadataTimingType0
from .gateway_usage import GatewayUsage
from .image_url import ImageUrl
from .input_audio import InputAudio
from .message_content_image_url import MessageContentImageUrl
from .message_content_input_audio import MessageContentInputAudio
from .message_content_input_video import MessageContentInputVideo
from .message_content_other import MessageContentOther
from .message_content_text import MessageContentText
from .message_content_tool_call import MessageContentToolCall
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
from .reasoning_config import ReasoningConfig
from .reasoning_effort import ReasoningEffort
from .reasoning_summary import ReasoningSummary
from .response_completed_event import ResponseCompletedEvent
from .response_content_part_added_event import ResponseContentPartAddedEvent
from .response_content_part_done_event import ResponseContentPartDoneEvent
from .response_created_event import ResponseCreatedEvent
from .response_error_event import ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent
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
from .responses_usage import ResponsesUsage
from .stream_error_frame import StreamErrorFrame
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .tool_call_delta_function import ToolCallDeltaFunction
from .tool_call_function import ToolCallFunction

__all__ = (
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
    "ContentBlockDelta",
    "ContentBlockDeltaEvent",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "FinishReason",
    "GatewayError",
    "GatewayErrorMetaType0",
    "GatewayErrorTimingType0",
    "GatewayMetadata",
    "GatewayMetadataTimingType0",
    "GatewayUsage",
    "ImageUrl",
    "InputAudio",
    "MessageContentImageUrl",
    "MessageContentInputAudio",
    "MessageContentInputVideo",
    "MessageContentOther",
    "MessageContentText",
    "MessageContentToolCall",
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
    "ReasoningConfig",
    "ReasoningEffort",
    "ReasoningSummary",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
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
    "ResponsesUsage",
    "StreamErrorFrame",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
)
