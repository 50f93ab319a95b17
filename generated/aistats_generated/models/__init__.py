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
from .reasoning_config import ReasoningConfig
from .reasoning_effort import ReasoningEffort
from .reasoning_summary import ReasoningSummary
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
    "ReasoningConfig",
    "ReasoningEffort",
    "ReasoningSummary",
    "StreamErrorFrame",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
)
