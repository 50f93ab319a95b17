"""The fake gateway's ``POST /v1/responses`` and ``POST /v1/messages``, in the real gateway's shapes.

The default replies echo the last user text (``Echo: ...``) as JSON or, with ``stream:
true``, as named-event streams like the real gateway's (no ``[DONE]``; on ``/responses``
the gateway id rides on every event as ``id``). The builders script other answers::

    call = ("get_weather", '{"city":"Paris"}')
    gw.enqueue(Reply.sse(response_events("Hi", function_call=call), done=False))
    gw.enqueue(Reply.json(message_object("", tool_use=("get_weather", {"city": "Paris"}))))
    gw.enqueue(Reply.sse(message_events("Hi there", stop=False), done=False))  # a cut stream
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._replies import CREATED, DEFAULT_MODEL, RecordedRequest, Reply, split_words

__all__ = [
    "MESSAGES_PATH",
    "RESPONSES_PATH",
    "message_events",
    "message_object",
    "messages_reply",
    "named_event",
    "response_events",
    "response_object",
    "responses_reply",
]

RESPONSES_PATH = "/v1/responses"
MESSAGES_PATH = "/v1/messages"
PROVIDER = "fake"

JsonObject = dict[str, Any]


def named_event(event: str, data: Mapping[str, Any]) -> bytes:
    """One SSE event: ``event: <name>`` then ``data: <json>``."""
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _words(text: str) -> list[str]:
    return split_words(text) if text else []


# ------------------------------------------------------------------ /responses
def _output_items(
    text: str, reasoning: str | None, function_call: tuple[str, str] | None, request_id: str
) -> list[JsonObject]:
    items: list[JsonObject] = []
    if reasoning is not None:
        items.append(
            {
                "type": "reasoning",
                "id": f"rs_{request_id}",
                "summary": [{"type": "summary_text", "text": reasoning}],
            }
        )
    if text:
        items.append(
            {
                "type": "message",
                "id": f"msg_{request_id}",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        )
    if function_call is not None:
        name, arguments = function_call
        items.append(
            {
                "type": "function_call",
                "id": f"fc_{request_id}",
                "call_id": f"call_{request_id}",
                "name": name,
                "arguments": arguments,
                "status": "completed",
            }
        )
    return items


def response_object(
    text: str,
    *,
    reasoning: str | None = None,
    function_call: tuple[str, str] | None = None,
    request_id: str = "req_1",
    model: str = DEFAULT_MODEL,
    status: str = "completed",
) -> JsonObject:
    """A ``/responses`` JSON reply: optional reasoning summary, message text, function call
    (``(name, arguments JSON text)``)."""
    output = _output_items(text, reasoning, function_call, request_id)
    produced = len(_words(text)) + len(_words(reasoning or ""))
    return {
        "id": request_id,
        "object": "response",
        "created_at": CREATED,
        "status": status,
        "model": model,
        "output": output,
        "usage": {"input_tokens": 3, "output_tokens": produced, "total_tokens": 3 + produced},
        "provider": PROVIDER,
    }


def response_events(
    text: str,
    *,
    reasoning: str | None = None,
    function_call: tuple[str, str] | None = None,
    request_id: str = "req_1",
    model: str = DEFAULT_MODEL,
    end: str | None = "response.completed",
) -> list[bytes]:
    """A ``/responses`` event stream for the same reply as :func:`response_object`: lifecycle
    events, one delta per word, ending with ``end`` (``None``: the stream is cut there)."""
    final = response_object(
        text, reasoning=reasoning, function_call=function_call, request_id=request_id, model=model
    )
    started = {k: final[k] for k in ("id", "object", "created_at", "model")} | {
        "status": "in_progress",
        "output": [],
    }
    frames: list[JsonObject] = [
        {"type": "response.created", "response": started},
        {"type": "response.in_progress", "response": started},
    ]
    for index, item in enumerate(final["output"]):
        frames += _item_events(index, item)
    if end is not None:
        frames.append({"type": end, "response": {**final, "status": end.rpartition(".")[2]}})
    events = []
    for frame in frames:
        kind: str = frame["type"]
        events.append(named_event(_EVENT_NAMES.get(kind, kind), {**frame, "id": request_id}))
    return events


#: Events the gateway names differently from their data's ``type``.
_EVENT_NAMES = {"response.reasoning_summary_text.delta": "response.reasoning_text.delta"}


def _item_events(index: int, item: JsonObject) -> list[JsonObject]:
    kind, item_id = item["type"], item["id"]
    events: list[JsonObject] = []
    if kind == "message":
        text = item["content"][0]["text"]
        events += [
            {
                "type": "response.output_item.added",
                "output_index": index,
                "item": {**item, "status": "in_progress", "content": []},
            },
            {
                "type": "response.content_part.added",
                "output_index": index,
                "content_index": 0,
                "part": {"type": "output_text", "text": ""},
            },
        ]
        events += [
            {
                "type": "response.output_text.delta",
                "item_id": item_id,
                "output_index": index,
                "content_index": 0,
                "delta": word,
            }
            for word in _words(text)
        ]
        events += [
            {"type": "response.output_text.done", "output_index": index, "content_index": 0, "text": text},
            {
                "type": "response.content_part.done",
                "output_index": index,
                "content_index": 0,
                "part": item["content"][0],
            },
        ]
    elif kind == "function_call":
        events.append(
            {
                "type": "response.output_item.added",
                "output_index": index,
                "item": {**item, "arguments": "", "status": "in_progress"},
            }
        )
        arguments = item["arguments"]
        events += [
            {
                "type": "response.function_call_arguments.delta",
                "item_id": item_id,
                "output_index": index,
                "delta": arguments[i : i + 8],
            }
            for i in range(0, len(arguments), 8)
        ]
        events.append(
            {"type": "response.function_call_arguments.done", "output_index": index, "arguments": arguments}
        )
    else:  # reasoning: the gateway names the summary deltas `response.reasoning_text.delta`
        summary = item["summary"][0]["text"]
        events += [
            {"type": "response.output_item.added", "output_index": index, "item": {**item, "summary": []}},
            {
                "type": "response.reasoning_summary_part.added",
                "output_index": index,
                "summary_index": 0,
                "part": {"type": "summary_text", "text": ""},
            },
        ]
        events += [
            {
                "type": "response.reasoning_summary_text.delta",
                "item_id": item_id,
                "output_index": index,
                "summary_index": 0,
                "delta": word,
            }
            for word in _words(summary)
        ]
        events += [
            {
                "type": "response.reasoning_summary_text.done",
                "output_index": index,
                "summary_index": 0,
                "text": summary,
            },
            {
                "type": "response.reasoning_summary_part.done",
                "output_index": index,
                "summary_index": 0,
                "part": item["summary"][0],
            },
        ]
    events.append({"type": "response.output_item.done", "output_index": index, "item": item})
    return events


def responses_reply(request: RecordedRequest) -> Reply:
    """The default ``/responses`` answer: ``Echo: <last user text>``, JSON or event stream."""
    body = _body(request)
    text = "Echo: " + _last_user_text(body.get("input"), part_type="input_text")
    model = str(body.get("model") or DEFAULT_MODEL)
    if body.get("stream") is True:
        frames = response_events(text, request_id=request.request_id, model=model)
        return Reply.sse(frames, done=False)
    return Reply.json(response_object(text, request_id=request.request_id, model=model))


# ------------------------------------------------------------------- /messages
def _blocks(
    text: str, thinking: str | None, tool_use: tuple[str, Mapping[str, Any]] | None, request_id: str
) -> list[JsonObject]:
    blocks: list[JsonObject] = []
    if thinking is not None:
        blocks.append({"type": "thinking", "thinking": thinking, "signature": ""})
    if text:
        blocks.append({"type": "text", "text": text})
    if tool_use is not None:
        name, arguments = tool_use
        blocks.append(
            {"type": "tool_use", "id": f"toolu_{request_id}", "name": name, "input": dict(arguments)}
        )
    return blocks


def message_object(
    text: str,
    *,
    thinking: str | None = None,
    tool_use: tuple[str, Mapping[str, Any]] | None = None,
    request_id: str = "req_1",
    model: str = DEFAULT_MODEL,
    stop_reason: str | None = None,
) -> JsonObject:
    """A ``/messages`` JSON reply: optional thinking, text, tool use (``(name, input)``)."""
    content = _blocks(text, thinking, tool_use, request_id)
    output = len(_words(text)) + len(_words(thinking or ""))
    return {
        "id": request_id,
        "type": "message",
        "role": "assistant",
        "content": content,
        "model": model,
        "stop_reason": stop_reason or ("tool_use" if tool_use is not None else "end_turn"),
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": output},
    }


def message_events(
    text: str,
    *,
    thinking: str | None = None,
    tool_use: tuple[str, Mapping[str, Any]] | None = None,
    request_id: str = "req_1",
    model: str = DEFAULT_MODEL,
    stop: bool = True,
) -> list[bytes]:
    """A ``/messages`` event stream for the same reply as :func:`message_object`; ``stop=False``
    leaves out ``message_delta`` and ``message_stop`` (a cut stream)."""
    final = message_object(text, thinking=thinking, tool_use=tool_use, request_id=request_id, model=model)
    start = {**final, "content": [], "stop_reason": None, "usage": {"input_tokens": 0, "output_tokens": 0}}
    frames: list[JsonObject] = [{"type": "message_start", "message": start}]
    for index, block in enumerate(final["content"]):
        frames += _block_events(index, block)
    if stop:
        frames += [
            {
                "type": "message_delta",
                "delta": {"stop_reason": final["stop_reason"], "stop_sequence": None},
                "usage": final["usage"],
            },
            {"type": "message_stop"},
        ]
    return [named_event(frame["type"], frame) for frame in frames]


def _block_events(index: int, block: JsonObject) -> list[JsonObject]:
    kind = block["type"]
    if kind == "text":
        empty: JsonObject = {"type": "text", "text": ""}
        deltas = [{"type": "text_delta", "text": word} for word in _words(block["text"])]
    elif kind == "thinking":
        empty = {"type": "thinking", "thinking": ""}
        deltas = [{"type": "thinking_delta", "thinking": word} for word in _words(block["thinking"])]
    else:
        empty = {**block, "input": {}}
        raw = json.dumps(block["input"], separators=(",", ":"))
        deltas = [{"type": "input_json_delta", "partial_json": raw[i : i + 8]} for i in range(0, len(raw), 8)]
    return [
        {"type": "content_block_start", "index": index, "content_block": empty},
        *({"type": "content_block_delta", "index": index, "delta": delta} for delta in deltas),
        {"type": "content_block_stop", "index": index},
    ]


def messages_reply(request: RecordedRequest) -> Reply:
    """The default ``/messages`` answer: ``Echo: <last user text>``, JSON or event stream."""
    body = _body(request)
    text = "Echo: " + _last_user_text(body.get("messages"), part_type="text")
    model = str(body.get("model") or DEFAULT_MODEL)
    if body.get("stream") is True:
        frames = message_events(text, request_id=request.request_id, model=model)
        return Reply.sse(frames, done=False)
    return Reply.json(message_object(text, request_id=request.request_id, model=model))


# --------------------------------------------------------------------- shared
def _body(request: RecordedRequest) -> Mapping[str, Any]:
    try:
        body = request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _last_user_text(items: Any, *, part_type: str) -> str:
    """The text of the last user item (a plain string input counts as one)."""
    if isinstance(items, str):
        return items
    users = (
        [m for m in items if isinstance(m, dict) and m.get("role") == "user"]
        if isinstance(items, list)
        else []
    )
    if not users:
        return ""
    content = users[-1].get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            p["text"]
            for p in content
            if isinstance(p, dict) and p.get("type") == part_type and isinstance(p.get("text"), str)
        )
    return ""


#: path -> (default responder, the request schema the gateway validates against).
ROUTES = {
    RESPONSES_PATH: (responses_reply, "#/components/schemas/ResponsesRequest"),
    MESSAGES_PATH: (messages_reply, "#/components/schemas/MessagesRequest"),
}
