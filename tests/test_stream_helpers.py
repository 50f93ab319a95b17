"""Stream helpers (text_deltas, until_done, get_final_text, aclose) sync and async, and
tool-call deltas handed out as OpenAI-style fragments whatever style the gateway used."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from aistats import AIStats, AsyncAIStats, StreamError
from aistats._streams.core import ChatProtocol
from aistats._streams.fragments import ToolCallFragments
from aistats.testing import (
    FakeGateway,
    Reply,
    chunk_frame,
    encode_frame,
    error_frame,
    finish_frame,
    text_frames,
    tool_call_fragment_frames,
    tool_call_frames,
)
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from tests.support import KEY, MESSAGES

ARGS = '{"city": "London", "unit": "celsius"}'
PIECES = ['{"city"', ': "Lon', 'don", "un', 'it": "celsius"}']


def helpers(mode: str, base_url: str, helper: str) -> Any:
    """Open a stream and run one helper on it: text_deltas (as a list), until_done
    (then the final completion's text), get_final_text."""
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            with stream:
                if helper == "text_deltas":
                    return list(stream.text_deltas())
                if helper == "until_done":
                    assert stream.until_done() is stream
                    return stream.get_final_completion().choices[0].message.content
                return stream.get_final_text()

    async def run() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            try:
                if helper == "text_deltas":
                    return [text async for text in stream.text_deltas()]
                if helper == "until_done":
                    assert await stream.until_done() is stream
                    return (await stream.get_final_completion()).choices[0].message.content
                return await stream.get_final_text()
            finally:
                await stream.aclose()

    return asyncio.run(run())


def test_text_deltas_is_just_the_text_in_order(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [
        chunk_frame("thinking...", role="assistant", reasoning=True),
        chunk_frame("Hello"),
        chunk_frame(""),
        chunk_frame(" world"),
        finish_frame(),
    ]
    fake_gateway.enqueue(Reply.sse(frames))
    assert helpers(mode, fake_gateway.base_url, "text_deltas") == ["Hello", " world"]


@pytest.mark.parametrize("helper", ["until_done", "get_final_text"])
def test_until_done_and_get_final_text(mode: str, fake_gateway: FakeGateway, helper: str) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("one two three")))
    assert helpers(mode, fake_gateway.base_url, helper) == "one two three"


def test_until_done_raises_the_streams_error(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.sse([chunk_frame("partial", role="assistant"), error_frame("boom")], done=False)
    )
    with pytest.raises(StreamError, match="boom"):
        helpers(mode, fake_gateway.base_url, "until_done")


def test_get_final_text_of_a_tool_call_reply_is_empty(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([*tool_call_frames("call_1", "f", PIECES), finish_frame("tool_calls")]))
    assert helpers(mode, fake_gateway.base_url, "get_final_text") == ""


def test_leaving_text_deltas_early_closes_the_stream(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("a b c d e f")))
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        for _text in stream.text_deltas():
            break
        assert "closed" in repr(stream)


def test_aclose_closes_an_async_stream(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("a b c d e f")))

    async def run() -> str:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            await anext(aiter(stream))
            await stream.aclose()
            await stream.aclose()  # idempotent
            return repr(stream)

    assert "closed" in asyncio.run(run())


# -- tool-call fragments ---------------------------------------------------------------


def build_from_fragments(chunks: list[ChatCompletionChunk]) -> dict[int, dict[str, str]]:
    """What a user who builds arguments from OpenAI-style fragments writes."""
    calls: dict[int, dict[str, str]] = {}
    for chunk in chunks:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                assert isinstance(call.index, int)
                if isinstance(call.id, str):
                    name = call.function.name if call.function else ""
                    calls[call.index] = {"id": call.id, "name": str(name), "arguments": ""}
                arguments = call.function.arguments if call.function else ""
                calls[call.index]["arguments"] += arguments if isinstance(arguments, str) else ""
    return calls


def snapshot_frames_with_index(
    call_id: str, name: str, pieces: list[str], index: int = 0
) -> list[dict[str, Any]]:
    """The Responses-backed path: index and id on every frame, the whole string so far."""
    frames = tool_call_frames(call_id, name, ["", *pieces, ""])
    for frame in frames:
        frame["choices"][0]["delta"]["tool_calls"][0]["index"] = index
    return frames


STYLES = {
    "openai fragments": tool_call_fragment_frames("call_1", "get_weather", PIECES),
    "snapshots with index and id": snapshot_frames_with_index("call_1", "get_weather", PIECES),
    "snapshots without index": tool_call_frames("call_1", "get_weather", PIECES),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_tool_call_deltas_arrive_as_fragments(mode: str, fake_gateway: FakeGateway, style: str) -> None:
    fake_gateway.enqueue(Reply.sse([*STYLES[style], finish_frame("tool_calls")]))
    if mode == "sync":
        with (
            AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client,
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as stream,
        ):
            chunks = list(stream)
            final = stream.get_final_completion()
    else:

        async def run() -> tuple[list[ChatCompletionChunk], Any]:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                async with stream:
                    return [c async for c in stream], await stream.get_final_completion()

        chunks, final = asyncio.run(run())
    assert build_from_fragments(chunks) == {0: {"id": "call_1", "name": "get_weather", "arguments": ARGS}}
    json.loads(build_from_fragments(chunks)[0]["arguments"])
    # the final completion is built from the frames as they came, unaffected
    assert final.to_dict()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == ARGS


def test_several_calls_without_index_get_their_own_index() -> None:
    fragments = ToolCallFragments()
    frames = [
        *tool_call_frames("call_a", "f", ['{"a"', ": 1}"]),
        *tool_call_frames("call_b", "g", ['{"b": 2}']),
        *tool_call_frames("call_a", "f", ['{"a": 1}']),  # a repeat: nothing new
    ]
    chunks = [ChatCompletionChunk.from_dict(frame) for frame in frames]
    for chunk in chunks:
        fragments.normalise(chunk)
    assert build_from_fragments(chunks) == {
        0: {"id": "call_a", "name": "f", "arguments": '{"a": 1}'},
        1: {"id": "call_b", "name": "g", "arguments": '{"b": 2}'},
    }


def test_fragments_with_a_repeated_id_are_still_appended() -> None:
    """Some providers repeat the id on every fragment: a piece that does not extend what
    came before is a fragment, appended."""
    fragments = ToolCallFragments()
    frames = tool_call_fragment_frames("call_1", "f", PIECES)
    for frame in frames[1:]:
        frame["choices"][0]["delta"]["tool_calls"][0]["id"] = "call_1"
    chunks = [ChatCompletionChunk.from_dict(frame) for frame in frames]
    for chunk in chunks:
        fragments.normalise(chunk)
    assert build_from_fragments(chunks)[0]["arguments"] == ARGS


def _item(**fields: Any) -> dict[str, Any]:
    return chunk_frame(tool_calls=[fields], id="G-1")


MIXED = {
    # an item with neither id nor index that repeats the text so far: a fragment, appended
    "neither id nor index": [
        _item(index=0, id="call_1", type="function", function={"name": "f", "arguments": "ab"}),
        _item(function={"arguments": "ab"}),
    ],
    "index only after a snapshot": [
        _item(index=0, id="call_1", type="function", function={"name": "f", "arguments": "ab"}),
        _item(index=0, function={"arguments": "ab"}),
    ],
    "id and index snapshots": [
        _item(index=0, id="call_1", type="function", function={"name": "f", "arguments": "a"}),
        _item(index=0, id="call_1", function={"arguments": "ab"}),
        _item(index=0, id="call_1", function={"arguments": "ab"}),
    ],
    "an id that names a call first seen by index": [
        _item(index=0, type="function", function={"name": "f", "arguments": "a"}),
        _item(index=0, id="call_1", function={"arguments": "ab"}),
    ],
}


EXPECTED = {
    "neither id nor index": "abab",
    "index only after a snapshot": "abab",
    "id and index snapshots": "ab",
    "an id that names a call first seen by index": "ab",
}


@pytest.mark.parametrize("case", sorted(MIXED))
def test_the_fragments_handed_out_add_up_to_the_final_arguments(case: str) -> None:
    """One merge rule (``_fragments``) for the fragments handed out and the final completion."""
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    protocol = ChatProtocol(httpx.Response(200, request=request))
    added: dict[int, str] = {}
    for frame in [*MIXED[case], finish_frame("tool_calls", id="G-1")]:
        for chunk in protocol.feed(encode_frame(frame)):
            for call in chunk.choices[0].delta.tool_calls or []:
                assert isinstance(call.index, int)
                piece = call.function.arguments if call.function else ""
                added[call.index] = added.get(call.index, "") + (piece if isinstance(piece, str) else "")
    protocol.end()
    assert protocol.error is None
    (final,) = protocol.final().to_dict()["choices"][0]["message"]["tool_calls"]
    assert added == {0: final["function"]["arguments"]}
    assert final["function"]["arguments"] == EXPECTED[case]
