"""The pure accumulator: a completion built from chunk frames."""

from __future__ import annotations

from typing import Any

from aistats._accumulate import CompletionAccumulator


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
