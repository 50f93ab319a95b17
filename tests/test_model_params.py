"""Generated models accepted wherever their dict form is (a reply's message appended to
messages, a ToolCall inside a message, a tool as a model), sync and async; to_json()."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aistats import AIStats, AsyncAIStats
from aistats.testing import FakeGateway, Reply, completion
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.function_tool import FunctionTool
from tests.support import KEY, MESSAGES

TOOL_CALL = {
    "id": "call_1",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
}
TOOL: Any = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}


def tool_loop(mode: str, base_url: str) -> None:
    """The usual tool loop: the reply's message goes back into ``messages`` as it is."""
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            first = client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, tools=[TOOL])
            message = first.choices[0].message
            history: list[Any] = [*MESSAGES, message]
            history += [
                {"role": "tool", "tool_call_id": c.id, "content": "sunny"} for c in message.tool_calls or []
            ]
            tool_model = FunctionTool.from_dict(TOOL)
            client.chat.completions.create(model="openai/gpt-5-nano", messages=history, tools=[tool_model])  # type: ignore[list-item]
        return

    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            first = await client.chat.completions.create(
                model="openai/gpt-5-nano", messages=MESSAGES, tools=[TOOL]
            )
            message = first.choices[0].message
            history: list[Any] = [*MESSAGES, message]
            history += [
                {"role": "tool", "tool_call_id": c.id, "content": "sunny"} for c in message.tool_calls or []
            ]
            tool_model = FunctionTool.from_dict(TOOL)
            await client.chat.completions.create(
                model="openai/gpt-5-nano",
                messages=history,
                tools=[tool_model],  # type: ignore[list-item]
            )

    asyncio.run(run())


def test_reply_message_and_tool_models_are_sent_as_dicts(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.json(completion("", finish_reason="tool_calls", tool_calls=[TOOL_CALL])),
        Reply.default(),  # checked against openapi.yaml's request schema
    )
    tool_loop(mode, fake_gateway.base_url)
    second = fake_gateway.requests[1].json()
    assert second["messages"][1]["role"] == "assistant"
    assert second["messages"][1]["tool_calls"] == [TOOL_CALL]
    assert second["messages"][2] == {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}
    assert second["tools"] == [TOOL]


def test_a_model_nested_in_a_dict_message_is_converted(fake_gateway: FakeGateway) -> None:
    reply = ChatCompletionsResponse.from_dict(
        completion("", finish_reason="tool_calls", tool_calls=[TOOL_CALL])
    )
    calls = reply.choices[0].message.tool_calls
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        client.chat.completions.create(
            model="openai/gpt-5-nano",
            messages=[*MESSAGES, {"role": "assistant", "content": "", "tool_calls": calls}],  # type: ignore[typeddict-item]
        )
    assert fake_gateway.requests[0].json()["messages"][1]["tool_calls"] == [TOOL_CALL]


def test_to_json_is_the_json_of_to_dict() -> None:
    body = completion("héllo", usage={"prompt_tokens": 1})
    body["system_fingerprint"] = "fp_1"
    model = ChatCompletionsResponse.from_dict(body)
    assert json.loads(model.to_json()) == model.to_dict() == body
    assert "héllo" in model.to_json()
    assert model.to_json(indent=2).startswith("{\n  ")
    assert json.loads(model.choices[0].message.to_json())["content"] == "héllo"
