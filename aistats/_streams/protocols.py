"""The two named-event APIs, as ``EventApi`` objects: which model each ``event:`` name
parses into, what ends a stream, and how a stream's events fold into its final object.

* Responses (``POST /responses``): ends with ``response.completed``, ``.failed`` or
  ``.incomplete``, whose ``response`` is the final object; the gateway's request id rides on
  every event as ``id``.
* Messages (``POST /messages``): ends with ``message_stop``; the final message is rebuilt from
  ``message_start``, the content blocks' deltas (text, tool input JSON, thinking) and
  ``message_delta`` (stop reason, usage).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from aistats_generated.models import (
    ContentBlockDelta,
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    MessageDeltaEvent,
    MessagesOtherEvent,
    MessagesPingEvent,
    MessagesResponse,
    MessageStartEvent,
    MessageStopEvent,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseFailedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseIncompleteEvent,
    ResponseInProgressEvent,
    ResponseOtherEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputTextDeltaEvent,
    ResponseOutputTextDoneEvent,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponsesResponse,
)

from .._kinds import narrow
from .._observe.watch import Facts, result_facts
from .events import EventApi

if TYPE_CHECKING:
    from .._kinds import ContentBlock, OutputItem

#: The gateway's request ids start so (``G-`` and a ULID); ``message_start`` carries either
#: the gateway's id or, for providers served through chat completions, the provider's.
GATEWAY_ID_PREFIX = "G-"

__all__ = [
    "MESSAGES",
    "RESPONSES",
    "Message",
    "MessageEvent",
    "MessagesFolder",
    "Response",
    "ResponseEvent",
    "ResponsesFolder",
]


class Response(ResponsesResponse):
    """A Responses API response: the generated model plus ``output_text``; each output item
    of a known kind is its class (``OutputMessage``, ``FunctionCallItem``, ``ReasoningItem``),
    so ``item.type`` narrows it."""

    if TYPE_CHECKING:
        output: list[OutputItem] | None  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The response of ``src_dict``, its output items of known kinds typed."""
        response = super().from_dict(src_dict)
        narrow(response.output)
        return response

    @property
    def output_text(self) -> str:
        """The text of every ``output_text`` part of every message in ``output``, joined."""
        return output_text_of(self.to_dict())


class Message(MessagesResponse):
    """A Messages API reply: each content block of a known kind is its class (``TextBlock``,
    ``ToolUseBlock``, ``ThinkingBlock``), so ``block.type`` narrows it."""

    if TYPE_CHECKING:
        content: list[ContentBlock] | None  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The message of ``src_dict``, its content blocks of known kinds typed."""
        message = super().from_dict(src_dict)
        narrow(message.content)
        return message


def _item_added(frame: dict[str, Any]) -> ResponseOutputItemAddedEvent:
    event = ResponseOutputItemAddedEvent.from_dict(frame)
    narrow((event.item,))  # its item of a known kind is its class (``_kinds``)
    return event


def _item_done(frame: dict[str, Any]) -> ResponseOutputItemDoneEvent:
    event = ResponseOutputItemDoneEvent.from_dict(frame)
    narrow((event.item,))
    return event


def _block_start(frame: dict[str, Any]) -> ContentBlockStartEvent:
    event = ContentBlockStartEvent.from_dict(frame)
    narrow((event.content_block,))  # its block of a known kind is its class (``_kinds``)
    return event


def output_text_of(data: dict[str, Any]) -> str:
    """All output text of a response given as a dict (message items' ``output_text`` parts)."""
    parts: list[str] = []
    for item in data.get("output") or ():
        if isinstance(item, dict) and item.get("type", "message") == "message":
            for part in item.get("content") or ():
                if isinstance(part, dict) and part.get("type") == "output_text":
                    text = part.get("text")
                    if isinstance(text, str):
                        parts.append(text)
    return "".join(parts)


# ------------------------------------------------------------------------ Responses
ResponseEvent: TypeAlias = (
    ResponseCreatedEvent
    | ResponseInProgressEvent
    | ResponseCompletedEvent
    | ResponseFailedEvent
    | ResponseIncompleteEvent
    | ResponseOutputItemAddedEvent
    | ResponseOutputItemDoneEvent
    | ResponseContentPartAddedEvent
    | ResponseContentPartDoneEvent
    | ResponseOutputTextDeltaEvent
    | ResponseOutputTextDoneEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    | ResponseReasoningSummaryPartAddedEvent
    | ResponseReasoningSummaryPartDoneEvent
    | ResponseReasoningSummaryTextDeltaEvent
    | ResponseReasoningSummaryTextDoneEvent
    | ResponseOtherEvent
)
"""Any event of a ``/responses`` stream (``event.type`` tells which)."""

_TERMINAL_RESPONSES = frozenset({"response.completed", "response.failed", "response.incomplete"})


class ResponsesFolder:
    """Keeps the request id, the text deltas, and the terminal event's ``response``."""

    def __init__(self) -> None:
        self._id: str | None = None
        self.final: dict[str, Any] | None = None

    def add(self, name: str, data: dict[str, Any]) -> None:
        if self._id is None:
            found = data.get("id")
            self._id = found if isinstance(found, str) and found else None
        if name in _TERMINAL_RESPONSES:
            response = data.get("response")
            self.final = response if isinstance(response, dict) else {}

    def request_id(self) -> str | None:
        return self._id

    def failure(self) -> str | None:
        return None

    def build(self) -> dict[str, Any]:
        return self.final or {}

    def facts(self, request_id: str | None) -> Facts:
        return result_facts(self.final or {}, request_id, finish="status")


def _responses_text(event: ResponseEvent) -> str | None:
    if isinstance(event, ResponseOutputTextDeltaEvent) and isinstance(event.delta, str):
        return event.delta
    return None


_summary_delta = ResponseReasoningSummaryTextDeltaEvent.from_dict

RESPONSES: EventApi[ResponseEvent, Response] = EventApi(
    api="Responses",
    models={
        "response.created": ResponseCreatedEvent.from_dict,
        "response.in_progress": ResponseInProgressEvent.from_dict,
        "response.completed": ResponseCompletedEvent.from_dict,
        "response.failed": ResponseFailedEvent.from_dict,
        "response.incomplete": ResponseIncompleteEvent.from_dict,
        "response.output_item.added": _item_added,
        "response.output_item.done": _item_done,
        "response.content_part.added": ResponseContentPartAddedEvent.from_dict,
        "response.content_part.done": ResponseContentPartDoneEvent.from_dict,
        "response.output_text.delta": ResponseOutputTextDeltaEvent.from_dict,
        "response.output_text.done": ResponseOutputTextDoneEvent.from_dict,
        "response.function_call_arguments.delta": ResponseFunctionCallArgumentsDeltaEvent.from_dict,
        "response.function_call_arguments.done": ResponseFunctionCallArgumentsDoneEvent.from_dict,
        "response.reasoning_summary_part.added": ResponseReasoningSummaryPartAddedEvent.from_dict,
        "response.reasoning_summary_part.done": ResponseReasoningSummaryPartDoneEvent.from_dict,
        "response.reasoning_summary_text.delta": _summary_delta,
        "response.reasoning_text.delta": _summary_delta,  # the gateway's name for the same event
        "response.reasoning_summary_text.done": ResponseReasoningSummaryTextDoneEvent.from_dict,
    },
    other=ResponseOtherEvent.from_dict,
    terminal=_TERMINAL_RESPONSES,
    expected_end="response.completed",
    folder=ResponsesFolder,
    final=Response.from_dict,
    text_delta=_responses_text,
    final_text=lambda response: response.output_text,
)


# ------------------------------------------------------------------------- Messages
MessageEvent: TypeAlias = (
    MessageStartEvent
    | ContentBlockStartEvent
    | ContentBlockDeltaEvent
    | ContentBlockStopEvent
    | MessageDeltaEvent
    | MessageStopEvent
    | MessagesPingEvent
    | MessagesOtherEvent
)
"""Any event of a ``/messages`` stream (``event.type`` tells which)."""

#: Which field of a ``content_block_delta`` extends which field of its block.
_DELTA_FIELDS = {
    "text_delta": ("text", "text"),
    "thinking_delta": ("thinking", "thinking"),
    "signature_delta": ("signature", "signature"),
    "input_json_delta": ("partial_json", "_json"),
}


class MessagesFolder:
    """Rebuilds the message from ``message_start``, block deltas and ``message_delta``."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}

    def add(self, name: str, data: dict[str, Any]) -> None:
        if name == "message_start":
            message = data.get("message")
            self.message = dict(message) if isinstance(message, dict) else {}
        elif name == "content_block_start":
            block = data.get("content_block")
            self.blocks[_index(data)] = dict(block) if isinstance(block, dict) else {}
        elif name == "content_block_delta":
            self._delta(data)
        elif name == "message_delta":
            delta = data.get("delta")
            if isinstance(delta, dict):
                self.message.update(delta)
            usage = data.get("usage")
            if isinstance(usage, dict):
                merged = self.message.get("usage")
                self.message["usage"] = {**(merged if isinstance(merged, dict) else {}), **usage}

    def _delta(self, data: dict[str, Any]) -> None:
        delta = data.get("delta")
        if not isinstance(delta, dict):
            return
        fields = _DELTA_FIELDS.get(str(delta.get("type")))
        if fields is None:
            return
        source, target = fields
        piece = delta.get(source)
        if isinstance(piece, str):
            block = self.blocks.setdefault(_index(data), {})
            block[target] = str(block.get(target) or "") + piece

    def failure(self) -> str | None:
        """A ``max_tokens`` stop with no output tokens cannot happen (``max_tokens`` >= 1): it
        is how the gateway ends a stream whose provider failed mid-way."""
        usage = self.message.get("usage")
        output = usage.get("output_tokens") if isinstance(usage, dict) else None
        if self.message.get("stop_reason") == "max_tokens" and output == 0:
            return "with stop_reason max_tokens and 0 output tokens: the provider failed mid-stream"
        return None

    def request_id(self) -> str | None:
        found = self.message.get("id")
        return found if isinstance(found, str) and found.startswith(GATEWAY_ID_PREFIX) else None

    def facts(self, request_id: str | None) -> Facts:
        return result_facts(self.message, request_id, finish="stop_reason")

    def build(self) -> dict[str, Any]:
        """The message as JSON: ``message_start``'s fields, the blocks in index order
        (tool inputs parsed from their JSON text), the stop reason and usage."""
        content: list[dict[str, Any]] = []
        for _, started in sorted(self.blocks.items()):
            block = dict(started)
            if "_json" in block:
                text = block.pop("_json")
                try:
                    block["input"] = json.loads(text) if text else {}
                except ValueError:
                    block["input"] = {}
                    block["partial_json"] = text  # kept as received: it is not valid JSON
            content.append(block)
        return {**self.message, "content": content}


def _index(data: dict[str, Any]) -> int:
    index = data.get("index")
    return index if isinstance(index, int) else 0


def _messages_text(event: MessageEvent) -> str | None:
    if isinstance(event, ContentBlockDeltaEvent) and isinstance(event.delta, ContentBlockDelta):
        delta = event.delta
        if delta.type == "text_delta" and isinstance(delta.text, str):
            return delta.text
    return None


def message_text(message: MessagesResponse) -> str:
    """The text of every ``text`` block of ``message``, joined."""
    return "".join(
        block["text"]
        for block in message.to_dict().get("content") or ()
        if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)
    )


MESSAGES: EventApi[MessageEvent, Message] = EventApi(
    api="Messages",
    models={
        "message_start": MessageStartEvent.from_dict,
        "content_block_start": _block_start,
        "content_block_delta": ContentBlockDeltaEvent.from_dict,
        "content_block_stop": ContentBlockStopEvent.from_dict,
        "message_delta": MessageDeltaEvent.from_dict,
        "message_stop": MessageStopEvent.from_dict,
        "ping": MessagesPingEvent.from_dict,
    },
    other=MessagesOtherEvent.from_dict,
    terminal=frozenset({"message_stop"}),
    expected_end="message_stop",
    folder=MessagesFolder,
    final=Message.from_dict,
    text_delta=_messages_text,
    final_text=message_text,
)
