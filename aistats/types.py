"""Types to annotate your own code with: the generated models and request TypedDicts.

```python
from aistats.types import ChatMessageParams

history: list[ChatMessageParams] = [{"role": "user", "content": "Hi"}]
```

The request keywords of ``create()`` are ``ChatCompletionsRequestParams`` (and
``ResponsesRequestBaseParams``, ``MessagesRequestBaseParams`` for the other two APIs); new
properties of ``openapi.yaml`` appear there through ``make generate``. ``ResponseEvent`` and
``MessageEvent`` are the unions of the two APIs' stream events; ``ContentBlock`` (a
``Message``'s content) and ``OutputItem`` (a ``Response``'s output) are narrowed by ``.type``.
``UNSET`` and ``Unset`` are the request side's "not given" (a response's absent field reads
``None``).
"""

from typing import TypeAlias

from aistats_generated.models.batch import Batch
from aistats_generated.models.batch_request_item import BatchRequestItemParams
from aistats_generated.models.chat_completion_choice import ChatCompletionChoice
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from aistats_generated.models.chat_completion_chunk_delta import ChatCompletionChunkDelta
from aistats_generated.models.chat_completion_message import ChatCompletionMessage
from aistats_generated.models.chat_completions_request import (
    ChatCompletionsRequest,
    ChatCompletionsRequestBaseParams,
    ChatCompletionsRequestParams,
)
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.chat_message_assistant import ChatMessageAssistantParams
from aistats_generated.models.chat_message_developer import ChatMessageDeveloperParams
from aistats_generated.models.chat_message_system import ChatMessageSystemParams
from aistats_generated.models.chat_message_tool import ChatMessageToolParams
from aistats_generated.models.chat_message_user import ChatMessageUserParams
from aistats_generated.models.function_tool import FunctionToolParams
from aistats_generated.models.gateway_error import GatewayError
from aistats_generated.models.gateway_usage import GatewayUsage
from aistats_generated.models.messages_request import MessagesRequestBaseParams
from aistats_generated.models.messages_response import MessagesResponse
from aistats_generated.models.music_job import MusicJob
from aistats_generated.models.responses_request import ResponsesRequestBaseParams
from aistats_generated.models.responses_response import ResponsesResponse
from aistats_generated.models.stream_error_frame import StreamErrorFrame
from aistats_generated.models.tool_call import ToolCall
from aistats_generated.models.video import Video
from aistats_generated.types import UNSET, Unset

from ._kinds import (
    ContentBlock,
    FunctionCallItem,
    OutputItem,
    OutputMessage,
    ReasoningItem,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
)
from ._streams.protocols import Message, MessageEvent, Response, ResponseEvent

#: Any message of a conversation, as a plain dict.
ChatMessageParams: TypeAlias = (
    ChatMessageSystemParams
    | ChatMessageDeveloperParams
    | ChatMessageUserParams
    | ChatMessageAssistantParams
    | ChatMessageToolParams
)

__all__ = [
    "UNSET",
    "Batch",
    "BatchRequestItemParams",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionMessage",
    "ChatCompletionsRequest",
    "ChatCompletionsRequestBaseParams",
    "ChatCompletionsRequestParams",
    "ChatCompletionsResponse",
    "ChatMessageAssistantParams",
    "ChatMessageDeveloperParams",
    "ChatMessageParams",
    "ChatMessageSystemParams",
    "ChatMessageToolParams",
    "ChatMessageUserParams",
    "ContentBlock",
    "FunctionCallItem",
    "FunctionToolParams",
    "GatewayError",
    "GatewayUsage",
    "Message",
    "MessageEvent",
    "MessagesRequestBaseParams",
    "MessagesResponse",
    "MusicJob",
    "OutputItem",
    "OutputMessage",
    "ReasoningItem",
    "Response",
    "ResponseEvent",
    "ResponsesRequestBaseParams",
    "ResponsesResponse",
    "StreamErrorFrame",
    "TextBlock",
    "ThinkingBlock",
    "ToolCall",
    "ToolUseBlock",
    "Unset",
    "Video",
]
