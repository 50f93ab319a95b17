"""The pure accumulator: a completion built from chunk frames."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from aistats._streams import accumulate
from aistats._streams.accumulate import CompletionAccumulator, PackedText
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk

from .test_wire_models import TRANSCRIPTS, body_bytes, data_frames, is_stream, load


def frame(*choices: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "object": "chat.completion.chunk",
        "created": 5,
        "model": "m",
        "provider": "p",
        "choices": list(choices),
        **extra,
    }


def choice(
    index: int = 0, finish_reason: str | None = None, reasoning: bool | None = None, **delta: Any
) -> dict[str, Any]:
    out: dict[str, Any] = {"index": index, "delta": delta, "finish_reason": finish_reason}
    if reasoning is not None:
        out["reasoning"] = reasoning
    return out


def build(*frames: dict[str, Any], request_id: str | None = "req_1") -> dict[str, Any]:
    acc = CompletionAccumulator()
    for f in frames:
        acc.add(f)
    return acc.build(request_id)


def test_text_role_finish_and_header() -> None:
    body = build(
        frame(choice(role="assistant", content="Hel"), nativeResponseId="up_1"),
        frame(choice(content="lo")),
        frame(choice(finish_reason="stop")),
    )
    assert body == {
        "id": "req_1",
        "object": "chat.completion",
        "created": 5,
        "model": "m",
        "provider": "p",
        "nativeResponseId": "up_1",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Hello"}, "finish_reason": "stop"}
        ],
    }


def test_usage_comes_from_whichever_frame_carries_it() -> None:
    usage = {"total_tokens": 3}
    body = build(
        frame(choice(content="a")), {"object": "chat.completion.chunk", "choices": [], "usage": usage}
    )
    assert body["usage"] == usage
    assert "usage" not in build(frame(choice(content="a"), usage=None))


def test_choices_by_index_in_any_order() -> None:
    body = build(frame(choice(1, content="B")), frame(choice(0, content="A")), frame(choice(1, content="b")))
    assert [(c["index"], c["message"]["content"]) for c in body["choices"]] == [(0, "A"), (1, "Bb")]


def test_reasoning_text_is_kept_apart() -> None:
    body = build(frame(choice(content="hmm", reasoning=True)), frame(choice(content="42", reasoning=False)))
    only = body["choices"][0]
    assert only["message"]["content"] == "42"
    assert only["message"]["reasoning_content"] == "hmm"
    assert only["reasoning"] is True


def test_no_content_at_all_is_null() -> None:
    assert build(frame(choice(role="assistant")))["choices"][0]["message"]["content"] is None
    assert build(frame(choice(content="")))["choices"][0]["message"]["content"] == ""


def test_gateway_style_tool_call_snapshots_replace() -> None:
    def call(args: str) -> dict[str, Any]:
        return {"id": "c1", "type": "function", "function": {"name": "f", "arguments": args}}

    body = build(frame(choice(tool_calls=[call('{"a"')])), frame(choice(tool_calls=[call('{"a": 1}')])))
    assert body["choices"][0]["message"]["tool_calls"] == [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}
    ]


def test_openai_style_fragments_append_by_index() -> None:
    body = build(
        frame(
            choice(
                tool_calls=[
                    {"index": 0, "id": "c1", "type": "function", "function": {"name": "f", "arguments": ""}}
                ]
            )
        ),
        frame(
            choice(
                tool_calls=[
                    {"index": 1, "id": "c2", "type": "function", "function": {"name": "g", "arguments": "{"}}
                ]
            )
        ),
        frame(choice(tool_calls=[{"index": 0, "function": {"arguments": '{"x"'}}])),
        frame(choice(tool_calls=[{"index": 0, "function": {"arguments": ": 2}"}}])),
        frame(choice(tool_calls=[{"index": 1, "function": {"arguments": "}"}}])),
    )
    calls = body["choices"][0]["message"]["tool_calls"]
    assert [(c["id"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        ("c1", "f", '{"x": 2}'),
        ("c2", "g", "{}"),
    ]


def test_fragments_that_repeat_the_id_still_append() -> None:
    pieces = ['{"q": ', '"x"', "}"]
    frames = [
        frame(choice(tool_calls=[{"id": "c9", "function": {"name": "s", "arguments": p}}])) for p in pieces
    ]
    calls = build(*frames)["choices"][0]["message"]["tool_calls"]
    assert calls[0]["function"]["arguments"] == '{"q": "x"}'


def test_unknown_tool_call_keys_are_kept() -> None:
    item = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}, "cache": True}
    calls = build(frame(choice(tool_calls=[item])))["choices"][0]["message"]["tool_calls"]
    assert calls[0]["cache"] is True


def test_without_frames_or_request_id() -> None:
    body = build(request_id=None)
    assert (body["id"], body["choices"], body["created"], body["model"]) == ("", [], 0, "")


def test_reasoning_content_deltas_are_accumulated() -> None:
    body = build(
        frame(choice(role="assistant", reasoning_content="12*13 = ")),
        frame(choice(role="assistant", reasoning_content="156.")),
        frame(choice(content="156")),
    )
    message = body["choices"][0]["message"]
    assert (message["reasoning_content"], message["content"]) == ("12*13 = 156.", "156")


def test_snapshots_with_index_and_id_repeating_the_whole_string_stay_valid_json() -> None:
    def snap(arguments: str) -> dict[str, Any]:
        call = {
            "index": 0,
            "id": "call_w",
            "type": "function",
            "function": {"name": "w", "arguments": arguments},
        }
        return frame(choice(role="assistant", tool_calls=[call]))

    whole = '{"city":"London","unit":"celsius"}'
    body = build(snap(""), snap('{"city":'), snap('{"city":"London"'), snap(whole), snap(whole))
    (call,) = body["choices"][0]["message"]["tool_calls"]
    assert call["function"]["arguments"] == whole


def test_index_only_fragments_always_append() -> None:
    head = {"index": 0, "id": "c", "type": "function", "function": {"name": "f", "arguments": "{"}}
    body = build(
        frame(choice(tool_calls=[head])),
        frame(choice(tool_calls=[{"index": 0, "function": {"arguments": "{"}}])),  # looks like a snapshot
        frame(choice(tool_calls=[{"index": 0, "function": {"arguments": "}}"}}])),
    )
    assert body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == "{{}}"


# -- a long reply: packed, past _MAP_FROM in a memory map of its own -------------------------


def _long_deltas() -> list[str]:
    """Text deltas adding up to several times ``_MAP_FROM`` bytes of UTF-8 (so the packed
    text moves to a map and the map grows more than once), with multi-byte characters and a
    lone surrogate."""
    words = [" the", " naïve", " 日本", " \U0001f600", " \ud800x", "."]
    deltas = [words[i % len(words)] * (1 + i % 5) for i in range(40_000)]
    assert len("".join(deltas).encode("utf-8", "surrogatepass")) > 8 * accumulate._MAP_FROM
    return deltas


def _fold_long_reply(deltas: list[str]) -> CompletionAccumulator:
    acc = CompletionAccumulator()
    acc.add(frame(choice(role="assistant", content=deltas[0], reasoning_content=deltas[0])))
    for i, text in enumerate(deltas[1:]):
        if i % 2:
            acc.add(frame(choice(content=text), choice(index=1, reasoning_content=text)))
        else:
            chunk = frame(choice(content=text), choice(index=1, reasoning_content=text))
            acc.add_chunks([ChatCompletionChunk.from_dict(chunk)], [chunk])
    return acc


def test_a_long_reply_is_kept_whole() -> None:
    deltas = _long_deltas()
    acc = _fold_long_reply(deltas)
    assert acc._choices[0].content_packed._map is not None  # past _MAP_FROM: in a map
    whole = "".join(deltas)
    first = acc.build("r")
    assert first["choices"][0]["message"]["content"] == whole
    assert first["choices"][0]["message"]["reasoning_content"] == deltas[0]
    assert first["choices"][1]["message"]["reasoning_content"] == "".join(deltas[1:])
    assert acc._choices[0].content_packed._map is None  # the map is let go once decoded
    assert acc.build("r") == first  # built again from the text, now held once


def test_packed_text_stays_in_memory_where_maps_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    deltas = _long_deltas()
    monkeypatch.setattr(accumulate, "_new_map", lambda size: None)
    packed = PackedText()
    for start in range(0, len(deltas), 256):
        packed.add(deltas[start : start + 256])
    assert packed._map is None
    assert packed.take() == "".join(deltas)
    assert not packed


def test_packed_text_falls_back_when_a_map_cannot_grow(monkeypatch: pytest.MonkeyPatch) -> None:
    deltas = _long_deltas()
    packed = PackedText()
    blocks = [deltas[start : start + 256] for start in range(0, len(deltas), 256)]
    while packed._map is None:
        packed.add(blocks.pop(0))
    monkeypatch.setattr(accumulate, "_new_map", lambda size: None)
    for block in blocks:
        packed.add(block)
    assert packed._map is None
    assert packed.take() == "".join(deltas)


# -- add_chunks (the stream's path) folds exactly as add ---------------------------------------

#: Frames at the edges of what add_chunks reads from the chunk rather than the frame.
_EDGE_FRAMES: list[dict[str, Any]] = [
    frame(choice(role="assistant", content=""), id="gen-1", nativeResponseId=None),
    frame(choice(content="a", reasoning=True), choice(index=1, content="b", reasoning=False)),
    frame(choice(content="c"), choice(index=1, reasoning_content="think")),
    {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}}], "usage": None},
    {"choices": [{"index": 2, "delta": {"content": None}, "finish_reason": None, "reasoning": None}]},
    frame(
        choice(
            content="d", tool_calls=[{"index": 0, "id": "c1", "function": {"name": "f", "arguments": "{"}}]
        )
    ),
    frame(choice(tool_calls=[{"index": 0, "function": {"arguments": "}"}}], role="")),
    frame(choice(content="e", unknown="kept"), extra_member=1),
    frame(choice(finish_reason="tool_calls"), choice(index=1, finish_reason="length", content="")),
    frame(choice(content="f")),  # finish_reason null after a finish reason: kept
    {"object": "chat.completion.chunk", "choices": [], "usage": {"total_tokens": 3, "odd": [1]}},
]


def _wire_chunk_frames() -> list[list[dict[str, Any]]]:
    """The chunk frames of every streamed wire transcript, one list per transcript."""
    streams = []
    for path in TRANSCRIPTS:
        transcript = load(path)
        if not is_stream(transcript):
            continue
        frames = []
        for data in data_frames(body_bytes(transcript)):
            if data == "[DONE]":
                continue
            decoded = json.loads(data)
            if decoded.get("object") == "chat.completion.chunk" and decoded.get("error") is None:
                frames.append(decoded)
        streams.append(frames)
    return streams


def test_add_chunks_folds_every_wire_stream_as_add_does() -> None:
    streams = [*_wire_chunk_frames(), _EDGE_FRAMES]
    assert sum(len(s) for s in streams) > 100
    fragments_seen = False
    for frames in streams:
        by_frame = CompletionAccumulator()
        for f in frames:
            by_frame.add(f)
        for block in (1, 3, len(frames) or 1):
            by_chunk = CompletionAccumulator()
            pristine = copy.deepcopy(frames)
            for start in range(0, len(frames), block):
                part = frames[start : start + block]
                chunks = [ChatCompletionChunk.from_dict(f) for f in part]
                has_calls = any(c.delta.tool_calls is not None for chunk in chunks for c in chunk.choices)
                assert by_chunk.add_chunks(chunks, part) is has_calls
                fragments_seen |= has_calls
            assert frames == pristine  # the frames are read, never changed
            assert by_chunk.build("r") == by_frame.build("r")
            assert by_chunk.unfinished() == by_frame.unfinished()
            assert by_chunk._header == by_frame._header
    assert fragments_seen
