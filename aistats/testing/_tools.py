"""Scripted tool calls: a reply in which the model asks for tools, on chat completions or
``/responses`` (whichever route it is served to), in the real gateway's shapes::

    gw.enqueue(tool_calls_reply(("get_weather", {"city": "Paris"}), ("get_time", {"tz": "CET"})))

Chat gets ``message.tool_calls`` (``content: ""``, ``finish_reason: "tool_calls"``, as the
gateway sends a tool-call reply); ``/responses`` gets one ``function_call`` item per call
(transcript ``r03``: ``type``, ``id``, ``call_id``, ``name``, ``arguments``, ``status``).
Call ids are ``call_<request id>_<n>``. Price one with ``.with_cost(usd)`` (budget tests).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._genapis import RESPONSES_PATH, response_object
from ._replies import DEFAULT_MODEL, RecordedRequest, Reply, completion, usage_counts

__all__ = ["tool_calls_reply"]

JsonObject = dict[str, Any]


def tool_calls_reply(
    *calls: tuple[str, Mapping[str, Any] | str], text: str = "", cost_nanos: int | None = None
) -> Reply:
    """The model asks for ``calls`` (``(name, arguments)``: a dict, sent as JSON, or the raw
    arguments text), saying ``text`` too; JSON only (what ``run_tools`` reads)."""
    if not calls:
        raise ValueError("tool_calls_reply() needs at least one (name, arguments) call")
    wanted = [
        (name, arguments if isinstance(arguments, str) else json.dumps(arguments))
        for name, arguments in calls
    ]

    def answer(request: RecordedRequest) -> Reply:
        try:
            body = request.json()
        except ValueError:
            body = {}
        model = str(body.get("model") or DEFAULT_MODEL) if isinstance(body, dict) else DEFAULT_MODEL
        rid = request.request_id
        ids = [f"call_{rid}_{n}" for n in range(1, len(wanted) + 1)]
        if request.path == RESPONSES_PATH:
            return Reply.json(_response(text, wanted, ids, rid, model=model))
        return Reply.json(_completion(text, wanted, ids, rid, model=model))

    return Reply.dynamic(answer)


def _completion(
    text: str, calls: list[tuple[str, str]], ids: list[str], rid: str, *, model: str
) -> JsonObject:
    tool_calls = [
        {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}
        for call_id, (name, arguments) in zip(ids, calls, strict=True)
    ]
    return completion(
        text, id=rid, model=model, finish_reason="tool_calls", tool_calls=tool_calls,
        usage=usage_counts(10, 5 * len(calls)), native_response_id=f"fake-{rid}",
    )  # fmt: skip


def _response(text: str, calls: list[tuple[str, str]], ids: list[str], rid: str, *, model: str) -> JsonObject:
    body = response_object(text, request_id=rid, model=model)
    body["output"] += [
        {
            "type": "function_call",
            "id": f"fc_{call_id}",
            "call_id": call_id,
            "name": name,
            "arguments": arguments,
            "status": "completed",
        }
        for call_id, (name, arguments) in zip(ids, calls, strict=True)
    ]
    return body
