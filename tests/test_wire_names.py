"""OpenAI and Anthropic SDK idioms on every real wire transcript, through real calls, sync and
async (issue 22): an absent field reads ``None`` (``if delta.content is not None: text +=
delta.content``), attributes carry the wire's names (``chunk.object``, ``tool_call.type``,
``block.type``, ``block.input``, ``event.type``), and the generator's old spellings
(``object_``, ``type_``, ``input_``) still read the same values, with a ``DeprecationWarning``.

The transcripts are replayed byte for byte by the loopback server, as in ``test_conformance``
(chat, ``tests/fixtures/wire``) and ``test_conformance_genapis`` (``/responses`` and
``/messages``, ``tests/fixtures/wire2``); what each call must give is read from the transcript.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import aistats
from aistats import AIStats, AsyncAIStats
from aistats.testing import FakeGateway
from aistats.types import (
    FunctionCallItem,
    OutputMessage,
    ReasoningItem,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
)

from .support import KEY
from .test_conformance import TRANSCRIPTS as CHAT
from .test_conformance import body_bytes, call_params, load, meaning_of, replay_reply
from .test_conformance_genapis import ALL as GENAPIS
from .test_conformance_genapis import Transcript, _call, _read_stream

CHAT_STREAMS = [
    name for name in CHAT if load(name)["response"]["status"] == 200 and call_params(load(name))[2]
]
CHAT_REPLIES = [
    name for name in CHAT if load(name)["response"]["status"] == 200 and not call_params(load(name))[2]
]


def old_spelling(model: Any, name: str) -> Any:
    """``model.<name>_`` (the generator's spelling), which must warn that it is deprecated."""
    with pytest.warns(DeprecationWarning, match=f"{name}_` is deprecated"):
        return getattr(model, f"{name}_")


def check_chunk_names(chunk: Any, frame: dict[str, Any]) -> None:
    assert chunk.object == frame.get("object") == old_spelling(chunk, "object")
    for choice, wire_choice in zip(chunk.choices, frame["choices"], strict=True):
        calls = choice.delta.tool_calls or []
        for call, wire_call in zip(calls, wire_choice["delta"].get("tool_calls") or [], strict=True):
            # a call's later deltas are fragments (the SDK drops a repeated id, type and name)
            assert call.type == (wire_call.get("type") if call.id is not None else None)
            assert old_spelling(call, "type") == call.type


def test_the_transcripts_hold_what_is_checked() -> None:
    assert len(CHAT_STREAMS) >= 20 and len(CHAT_REPLIES) >= 10
    bodies = b"".join(body_bytes(load(name)) for name in CHAT_STREAMS)
    assert b'"delta":{}' in bodies  # the finish frame whose content is absent
    assert b'"type":"function"' in bodies
    assert any(t.streamed and t.api == "m" and b'"tool_use"' in t.body for t in GENAPIS)


@pytest.mark.parametrize("name", CHAT_STREAMS)
def test_openai_streaming_idiom(name: str, mode: str) -> None:
    """``if delta.content is not None: text += delta.content`` over the real SDK stream."""
    transcript = load(name)
    keywords, extra, _ = call_params(transcript)
    meaning = meaning_of(body_bytes(transcript))
    frames = iter(meaning.chunk_frames)
    text = ""
    error: aistats.AIStatsError | None = None
    with FakeGateway(validate=False) as gateway:
        gateway.enqueue(replay_reply(transcript))
        options: dict[str, Any] = {"api_key": KEY, "base_url": gateway.base_url, "max_retries": 0}
        if mode == "sync":
            with AIStats(**options) as client:
                try:
                    with client.chat.completions.create(**keywords, extra_body=extra, stream=True) as stream:
                        for chunk in stream:
                            check_chunk_names(chunk, next(frames))
                            for choice in chunk.choices:
                                delta = choice.delta
                                if delta.content is not None:
                                    text += delta.content
                except aistats.AIStatsError as exc:
                    error = exc
        else:

            async def run() -> None:
                nonlocal text
                async with AsyncAIStats(**options) as client:
                    stream = await client.chat.completions.create(**keywords, extra_body=extra, stream=True)
                    async with stream:
                        async for chunk in stream:
                            check_chunk_names(chunk, next(frames))
                            for choice in chunk.choices:
                                delta = choice.delta
                                if delta.content is not None:
                                    text += delta.content

            try:
                asyncio.run(run())
            except aistats.AIStatsError as exc:
                error = exc
    assert text == meaning.deltas("content")
    assert "UNSET" not in text
    assert (error is None) == (meaning.error_frame is None and meaning.ended), error


@pytest.mark.parametrize("name", CHAT_REPLIES)
def test_completion_object_and_tool_call_type(name: str, mode: str) -> None:
    transcript = load(name)
    keywords, extra, _ = call_params(transcript)
    wire = json.loads(body_bytes(transcript))
    with FakeGateway(validate=False) as gateway:
        gateway.enqueue(replay_reply(transcript))
        options: dict[str, Any] = {"api_key": KEY, "base_url": gateway.base_url, "max_retries": 0}
        if mode == "sync":
            with AIStats(**options) as client:
                completion = client.chat.completions.create(**keywords, extra_body=extra)
        else:

            async def run() -> Any:
                async with AsyncAIStats(**options) as client:
                    return await client.chat.completions.create(**keywords, extra_body=extra)

            completion = asyncio.run(run())
    assert completion.object == wire.get("object") == old_spelling(completion, "object")
    for choice, wire_choice in zip(completion.choices, wire["choices"], strict=True):
        calls = choice.message.tool_calls or []
        for call, wire_call in zip(calls, wire_choice["message"].get("tool_calls") or [], strict=True):
            assert call.type == wire_call["type"] == old_spelling(call, "type")


#: The class of each block or item kind in the transcripts.
KINDS: dict[str, type] = {
    "text": TextBlock,
    "tool_use": ToolUseBlock,
    "thinking": ThinkingBlock,
    "message": OutputMessage,
    "function_call": FunctionCallItem,
    "reasoning": ReasoningItem,
}


def check_block(block: Any, wire: dict[str, Any]) -> None:
    assert block.type == wire["type"] == old_spelling(block, "type")
    if block.type == "tool_use":
        assert block.input == wire["input"] == old_spelling(block, "input")


@pytest.mark.parametrize("t", [t for t in GENAPIS if t.status == 200], ids=lambda t: t.name)
def test_responses_and_messages_names(t: Transcript, mode: str) -> None:
    if not t.streamed:
        reply = _call(t, mode, lambda stream: stream)
        wire = json.loads(t.body)
        if t.api == "m":
            assert reply.type == wire["type"] == old_spelling(reply, "type")
            for block, wire_block in zip(reply.content, wire["content"], strict=True):
                check_block(block, wire_block)
                assert isinstance(block, KINDS[block.type])  # narrowed at run time too
        else:
            assert reply.object == wire["object"] == old_spelling(reply, "object")
            for item, wire_item in zip(reply.output, wire["output"], strict=True):
                assert item.type == wire_item["type"] == old_spelling(item, "type")
                assert isinstance(item, KINDS[item.type])
        return
    events, _, _ = _call(t, mode, _read_stream(mode))
    sse = t.sse()
    assert len(events) == len(sse)
    for event, (name, data) in zip(events, sse, strict=True):
        assert event.type == data.get("type", name) == old_spelling(event, "type")
        block = data.get("content_block")
        if block is not None:
            check_block(event.content_block, block)
            assert isinstance(event.content_block, KINDS[block["type"]])
        item = data.get("item")
        if item is not None:
            assert event.item.type == item["type"] and isinstance(event.item, KINDS[item["type"]])
