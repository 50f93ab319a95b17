"""Property tests of the sans-I/O stream core: any split of a valid stream gives the same
chunks and final completion; garbage gives only documented aistats errors, quickly and in
bounded memory. ``make fuzz`` runs these with many more examples."""

from __future__ import annotations

import itertools
import json
import os
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aistats import APIError
from aistats._streams.core import ChatProtocol

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("AISTATS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REQUEST = httpx.Request("POST", "https://gw.example/v1/chat/completions")


def core(max_event_bytes: int = 16 * 1024 * 1024) -> ChatProtocol:
    response = httpx.Response(
        200, headers={"content-type": "text/event-stream", "x-gateway-request-id": "req_f"}, request=REQUEST
    )
    return ChatProtocol(response, max_event_bytes=max_event_bytes)


texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)
line_ends = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def gateway_streams(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A valid stream in the gateway's shape, written with random line ends, comments,
    and one or more of its endings (finish_reason, snapshot, [DONE]); returns the bytes and
    the expected deltas."""
    end = draw(line_ends)
    pieces = draw(st.lists(texts, min_size=1, max_size=8))
    finish, snapshot_ending, done = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    finish = finish or not (snapshot_ending or done)  # a complete stream always ends somehow
    out: list[str] = []
    if draw(st.booleans()):
        out.append(f": keep-alive{end}{end}")
    for i, piece in enumerate(pieces):
        delta: dict[str, Any] = {"content": piece}
        if i == 0:
            delta["role"] = "assistant"
        frame = {
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
        if finish and i == len(pieces) - 1:
            frame["choices"] = [{"index": 0, "delta": delta, "finish_reason": "stop"}]
        data = json.dumps(frame, indent=draw(st.sampled_from([None, 1])))
        out.append("".join(f"data: {line}{end}" for line in data.split("\n")) + end)
    if snapshot_ending:
        snapshot = {"object": "chat.completion", "id": "req_f", "created": 1, "model": "m",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(pieces)}}]}  # fmt: skip
        out.append(f"data: {json.dumps(snapshot)}{end}{end}")
    if done:
        out.append(f"data: [DONE]{end}{end}")
    return "".join(out).encode(), pieces


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def run(parts: list[bytes], stream: ChatProtocol | None = None) -> tuple[list[str | None], ChatProtocol]:
    stream = stream or core()
    deltas: list[str | None] = []
    for part in parts:
        for chunk in stream.feed(part):
            content = chunk.choices[0].delta.content
            deltas.append(content if isinstance(content, str) else None)
    stream.end()
    return deltas, stream


@FUZZ
@given(gateway_streams(), st.lists(st.integers(min_value=0, max_value=10_000), max_size=30))
def test_any_split_gives_the_same_chunks_and_completion(
    stream: tuple[bytes, list[str]], cuts: list[int]
) -> None:
    data, pieces = stream
    whole, whole_core = run([data])
    parts, parts_core = run(split(data, cuts))
    assert whole == parts == pieces
    assert whole_core.error is None and parts_core.error is None
    assert whole_core.final().to_dict() == parts_core.final().to_dict()
    assert parts_core.final().choices[0].message.content == "".join(pieces)


@FUZZ
@given(st.lists(st.binary(max_size=300), max_size=20))
def test_garbage_never_raises_and_only_reports_aistats_errors(parts: list[bytes]) -> None:
    stream = core(max_event_bytes=2048)
    for part in parts:
        stream.feed(part)
    stream.end()
    assert stream.finished
    assert stream.error is None or isinstance(stream.error, APIError)


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                b"data: ",
                b"{",
                b"}",
                b"\n",
                b"\r",
                b"[DONE]",
                b":",
                b"event: error",
                b'"object"',
                b"\xff",
                b"\xe2\x82",
            ]
        ),
        max_size=60,
    )
)
def test_near_valid_noise(tokens: list[bytes]) -> None:
    stream = core(max_event_bytes=4096)
    stream.feed(b"".join(tokens))
    stream.end()
    assert stream.error is None or isinstance(stream.error, APIError)


def test_an_endless_line_is_capped_not_buffered() -> None:
    stream = core(max_event_bytes=64 * 1024)
    for _ in range(100):
        stream.feed(b"x" * 4096)  # 400 KiB, no newline
        if stream.finished:
            break
    assert (
        stream.finished
        and isinstance(stream.error, APIError)
        and "larger than the limit" in str(stream.error)
    )


def test_endless_comments_are_fine() -> None:
    stream = core(max_event_bytes=1024)
    for _ in range(1000):
        assert stream.feed(b": keep-alive\n\n") == []
    assert not stream.finished and stream.error is None


def test_bytes_after_done_are_ignored() -> None:
    stream = core()
    stream.feed(b"data: [DONE]\n\n")
    assert stream.feed(b'data: {"choices": [{"index": 0, "delta": {"content": "late"}}]}\n\n') == []
    stream.end()
    assert stream.error is None
