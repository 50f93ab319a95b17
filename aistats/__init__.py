"""aistats: the Python SDK for the AI Stats gateway's chat completions, Responses and Messages APIs.

```python
from aistats import AIStats

with AIStats() as client:  # api_key from $AI_STATS_API_KEY
    completion = client.chat.completions.create(
        model="openai/gpt-5-nano-2025-08-07",
        messages=[{"role": "user", "content": "Hi"}],
    )
    print(completion.choices[0].message.content)
```

``AsyncAIStats`` has the same surface with awaitable calls. Every error raised is one of
the classes exported here (see ``aistats._exceptions`` for the tree). ``aistats.testing``
(not imported here) is a local fake gateway for tests.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AIStats, AsyncAIStats
from ._constants import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._exceptions import (
    AIStatsError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    FileTooLargeError,
    InsufficientFundsError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from ._version import __version__

if TYPE_CHECKING:
    from aistats_generated.types import Cost

    from ._budget import Budget
    from ._files import BinaryResponse, Download, FileInput
    from ._jobs.lines import BatchResult
    from ._observe.hooks import Hooks, RequestEvent, ResponseEvent, RetryEvent, StreamEndEvent, Telemetry
    from ._observe.watch import StreamSummary
    from ._streams.chat import AsyncStream, Stream
    from ._streams.event_streams import AsyncMessageStream, AsyncResponseStream, MessageStream, ResponseStream
    from ._structured.parsed import ParsedChatCompletion, ParsedChoice, ParsedMessage
    from ._structured.schemas import LengthFinishReasonError, StructuredOutputError
    from ._tools.core import ToolCall
    from ._tools.errors import PauseRun, ToolError, ToolRunLimitError
    from ._tools.run import AsyncToolRun, ToolRun
    from ._tools.tool import Tool, tool
    from ._transport.raw import RawResponse
    from .resources._records import CreatedKey, Deleted

#: Exported names whose module (with the models it parses into) loads on first use, so that
#: ``import aistats`` costs little more than ``import httpx``.
_LAZY = {
    **dict.fromkeys(("BinaryResponse", "Download", "FileInput"), "._files"),
    **dict.fromkeys(
        ("AsyncMessageStream", "AsyncResponseStream", "MessageStream", "ResponseStream"),
        "._streams.event_streams",
    ),
    **dict.fromkeys(
        ("Hooks", "RequestEvent", "ResponseEvent", "RetryEvent", "StreamEndEvent", "Telemetry"),
        "._observe.hooks",
    ),
    **dict.fromkeys(("ParsedChatCompletion", "ParsedChoice", "ParsedMessage"), "._structured.parsed"),
    "RawResponse": "._transport.raw",
    "BatchResult": "._jobs.lines",
    "Budget": "._budget",
    "Cost": "._budget",
    **dict.fromkeys(("AsyncStream", "Stream"), "._streams.chat"),
    **dict.fromkeys(("LengthFinishReasonError", "StructuredOutputError"), "._structured.schemas"),
    **dict.fromkeys(("CreatedKey", "Deleted"), ".resources._records"),
    **dict.fromkeys(("Tool", "tool"), "._tools.tool"),
    **dict.fromkeys(("PauseRun", "ToolError", "ToolRunLimitError"), "._tools.errors"),
    **dict.fromkeys(("AsyncToolRun", "ToolRun"), "._tools.run"),
    "ToolCall": "._tools.core",
    "StreamSummary": "._observe.watch",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "AIStats",
    "AIStatsError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAIStats",
    "AsyncMessageStream",
    "AsyncResponseStream",
    "AsyncStream",
    "AsyncToolRun",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BinaryResponse",
    "Budget",
    "BudgetExceededError",
    "ConflictError",
    "Cost",
    "CreatedKey",
    "Deleted",
    "Download",
    "FileInput",
    "FileTooLargeError",
    "Hooks",
    "InsufficientFundsError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "LengthFinishReasonError",
    "MessageStream",
    "NotFoundError",
    "ParsedChatCompletion",
    "ParsedChoice",
    "ParsedMessage",
    "PauseRun",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "RawResponse",
    "RequestEvent",
    "ResponseEvent",
    "ResponseStream",
    "RetryEvent",
    "Stream",
    "StreamEndEvent",
    "StreamError",
    "StreamSummary",
    "StructuredOutputError",
    "Telemetry",
    "Tool",
    "ToolCall",
    "ToolError",
    "ToolRun",
    "ToolRunLimitError",
    "UnprocessableEntityError",
    "__version__",
    "tool",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aistats' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
