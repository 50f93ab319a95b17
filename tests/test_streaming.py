"""Streams over real loopback HTTP, sync and async: the gateway's frame kinds, the final
completion, in-band errors, retries before the first chunk, cuts, and connections."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import time
from typing import Any

import pytest

from aistats import (
    AIStats,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAIStats,
    AsyncStream,
    RateLimitError,
    Stream,
    StreamError,
)
from aistats.testing import (
    FakeGateway,
    Frame,
    Reply,
    chunk_frame,
    completion,
    error_frame,
    finish_frame,
    text_frames,
    tool_call_fragment_frames,
    tool_call_frames,
    usage_frame,
)
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk

from .support import KEY, MESSAGES, stream_all, text_of

USAGE = {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}


def collect_until_error(
    mode: str, base_url: str, **client: Any
) -> tuple[list[ChatCompletionChunk], BaseException]:
    """Read a stream until it raises; return the chunks delivered before the error."""
    got: list[ChatCompletionChunk] = []
    options = {"api_key": KEY, "base_url": base_url, **client}
    if mode == "sync":
        with AIStats(**options) as c:
            try:
                with c.chat.completions.create(
                    model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                ) as s:
                    got.extend(s)
            except Exception as exc:
                return got, exc
        raise AssertionError("the stream did not fail")

    async def run() -> BaseException:
        async with AsyncAIStats(**options) as c:
            try:
                s = await c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
                async with s:
                    async for chunk in s:  # one by one: the error comes after some chunks
                        got.append(chunk)  # noqa: PERF401
            except Exception as exc:
                return exc
        raise AssertionError("the stream did not fail")

    return got, asyncio.run(run())


# -- frames and the final completion ------------------------------------------------------


def test_default_stream(mode: str, fake_gateway: FakeGateway) -> None:
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert text_of(chunks) == "Echo: Hello gateway"
    assert chunks[0].choices[0].delta.role == "assistant"
    assert final.choices[0].message.content == "Echo: Hello gateway"
    assert final.id == "req_1"  # the gateway's snapshot, with the request id
    assert fake_gateway.requests[0].headers["accept"] == "text/event-stream"
    assert fake_gateway.requests[0].json()["stream"] is True


def test_snapshot_is_kept_not_yielded_and_preferred(mode: str, fake_gateway: FakeGateway) -> None:
    snapshot = completion("The snapshot's text", id="req_snap", usage=USAGE)
    fake_gateway.enqueue(
        Reply.sse([chunk_frame("Hi", role="assistant"), finish_frame(), snapshot], request_id="req_snap")
    )
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert len(chunks) == 2
    assert final.choices[0].message.content == "The snapshot's text"
    assert final.usage is not None and final.usage.total_tokens == 7


@pytest.mark.parametrize("done", [True, False])
def test_final_completion_built_from_chunks_without_snapshot(
    mode: str, fake_gateway: FakeGateway, done: bool
) -> None:
    frames = [*text_frames("one two three", snapshot=False), usage_frame(USAGE)]
    fake_gateway.enqueue(Reply.sse(frames, done=done, request_id="req_built"))
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "one two three"
    assert final.id == "req_built"
    assert final.choices[0].message.content == "one two three"
    assert final.choices[0].message.role == "assistant"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage is not None and final.usage.completion_tokens == 4


def test_get_final_completion_drains_the_stream_first(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("a b c d", snapshot=False)))
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
        s = c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
        next(s)
        assert s.get_final_completion().choices[0].message.content == "a b c d"
        assert list(s) == []


def test_stream_accessors(fake_gateway: FakeGateway) -> None:
    with (
        AIStats(api_key=KEY, base_url=fake_gateway.base_url) as c,
        c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True) as s,
    ):
        assert isinstance(s, Stream)
        assert s.response.status_code == 200
        assert s.request_id == "req_1"
        assert "req_1" in repr(s) and KEY not in repr(s)


def test_tool_calls_in_the_gateways_snapshot_style(mode: str, fake_gateway: FakeGateway) -> None:
    frames = tool_call_frames("call_1", "get_weather", ['{"ci', 'ty": "Par', 'is"}'])
    fake_gateway.enqueue(Reply.sse([*frames, finish_frame("tool_calls")]))
    _, final = stream_all(mode, fake_gateway.base_url)
    calls = final.choices[0].message.tool_calls
    assert calls is not None and len(calls) == 1
    assert (calls[0].id, calls[0].function.name, calls[0].function.arguments) == (
        "call_1",
        "get_weather",
        '{"city": "Paris"}',
    )
    assert final.choices[0].finish_reason == "tool_calls"
    assert final.choices[0].message.content is None


def test_tool_calls_in_openai_fragment_style(mode: str, fake_gateway: FakeGateway) -> None:
    first = tool_call_fragment_frames("call_a", "f", ['{"x":', " 1}"], index=0)
    second = tool_call_fragment_frames("call_b", "g", ["{}"], index=1)
    fake_gateway.enqueue(Reply.sse([*first, *second, finish_frame("tool_calls")]))
    _, final = stream_all(mode, fake_gateway.base_url)
    calls = final.choices[0].message.tool_calls
    assert calls is not None
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "f", '{"x": 1}'),
        ("call_b", "g", "{}"),
    ]


def test_reasoning_deltas_and_several_choices(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [
        chunk_frame("thinking...", role="assistant", reasoning=True),
        chunk_frame("Answer", index=0),
        chunk_frame("Other", role="assistant", index=1),
        finish_frame("stop", index=0),
        finish_frame("length", index=1),
    ]
    fake_gateway.enqueue(Reply.sse(frames))
    _, final = stream_all(mode, fake_gateway.base_url)
    first, second = final.choices
    assert first.message.content == "Answer"
    assert first.message.reasoning_content == "thinking..."
    assert first.reasoning is True
    assert (second.index, second.message.content, second.finish_reason) == (1, "Other", "length")


def test_full_sse_grammar_from_forwarded_upstreams(mode: str, fake_gateway: FakeGateway) -> None:
    a = json.dumps(chunk_frame("Hel", role="assistant"))
    b = json.dumps(chunk_frame("lo"), indent=1)  # multi-line JSON, one data: line per line
    frames = [
        ": keep-alive\r\n\r\n",
        f"event: message\r\nid: 1\r\nretry: 100\r\ndata: {a}\r\n\r\n",
        'event: ping\ndata: {"type": "ping"}\n\n',
        "".join(f"data: {line}\n" for line in b.splitlines()) + "\n",
        'data: {"object": "something.new"}\r\r',
        ": bye\n\n",
    ]
    fake_gateway.enqueue(Reply.sse(frames, line_end="\r\n"))
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "Hello"
    assert final.choices[0].message.content == "Hello"


# -- errors ----------------------------------------------------------------------------------


def test_error_frame_raises_after_earlier_chunks(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("one", role="assistant"), chunk_frame(" two"), error_frame("Upstream exploded")]
    fake_gateway.enqueue(Reply.sse(frames, done=False, request_id="req_err"))
    got, error = collect_until_error(mode, fake_gateway.base_url)
    assert text_of(got) == "one two"
    assert isinstance(error, StreamError)
    assert "Upstream exploded" in str(error) and error.request_id == "req_err"
    assert error.frame is not None and error.frame.message == "Upstream exploded"
    assert len(fake_gateway.requests) == 1  # chunks had reached the caller: never retried


def test_sse_error_event(mode: str, fake_gateway: FakeGateway) -> None:
    frames: list[Frame] = [
        chunk_frame("x", role="assistant"),
        'event: error\ndata: {"message": "overloaded"}\n\n',
    ]
    fake_gateway.enqueue(Reply.sse(frames, done=False))
    got, error = collect_until_error(mode, fake_gateway.base_url)
    assert len(got) == 1 and isinstance(error, StreamError) and "overloaded" in str(error)


def test_cut_mid_frame_is_a_connection_error_not_a_quiet_end(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("one", role="assistant"), chunk_frame(" two"), chunk_frame(" three")]
    raw = Reply.sse(frames, done=False)
    size = sum(len(p) for p in raw.body if isinstance(p, bytes))
    fake_gateway.enqueue(raw.with_faults(cut_after_bytes=size - 20))
    got, error = collect_until_error(mode, fake_gateway.base_url)
    assert text_of(got) == "one two"
    assert isinstance(error, APIConnectionError)
    assert len(fake_gateway.requests) == 1


def test_malformed_frame_names_its_position(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([chunk_frame("ok", role="assistant"), "data: {not json at all\n\n"]))
    got, error = collect_until_error(mode, fake_gateway.base_url)
    assert len(got) == 1
    assert isinstance(error, APIResponseValidationError)
    assert "frame 2" in str(error) and "{not json at all" in str(error)


def test_frame_that_is_not_a_chunk(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([{"object": "chat.completion.chunk", "choices": "oops"}]))
    _, error = collect_until_error(mode, fake_gateway.base_url, max_retries=0)
    assert isinstance(error, APIResponseValidationError) and "frame 1" in str(error)


def test_non_event_stream_200_is_a_validation_error(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.raw(200, b"<html>maintenance</html>", content_type="text/html"))
    _, error = collect_until_error(mode, fake_gateway.base_url)
    assert isinstance(error, APIResponseValidationError) and "maintenance" in str(error)


# -- retries before the first chunk -------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        Reply.error(429, "key_limit_exceeded", headers={"retry-after-ms": "1"}),
        Reply.error(502, "upstream_error", headers={"retry-after-ms": "1"}),
        Reply.reset(),
        Reply.sse([error_frame("upstream failed before any token")], done=False),
        Reply.sse([chunk_frame("never seen")], done=False).with_faults(cut_after_bytes=30),
        Reply.sse([": keep-alive\n\n", {"object": "error", "message": "late"}], done=False),
    ],
    ids=["429", "502", "reset", "error-frame", "cut", "comment-then-error"],
)
def test_failures_before_the_first_chunk_are_retried(
    mode: str, fake_gateway: FakeGateway, failure: Reply
) -> None:
    fake_gateway.enqueue(failure)
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "Echo: Hello gateway"
    assert final.choices[0].message.content == "Echo: Hello gateway"
    assert len(fake_gateway.requests) == 2


def test_stream_retries_run_out(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.error(429, "key_limit_exceeded", headers={"retry-after-ms": "1"})] * 3)
    _, error = collect_until_error(mode, fake_gateway.base_url, max_retries=2)
    assert isinstance(error, RateLimitError)
    assert len(fake_gateway.requests) == 3


def test_deadline_stops_an_endless_drip(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("x", role="assistant")] + [chunk_frame(" y")] * 200
    fake_gateway.enqueue(Reply.sse(frames, frame_delay=0.05))
    started = time.monotonic()
    _, error = collect_until_error(mode, fake_gateway.base_url, deadline=0.6)
    assert isinstance(error, APITimeoutError)
    assert time.monotonic() - started < 1.5


def test_slow_drip_within_the_read_timeout_succeeds(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("slow but steady"), frame_delay=0.1))
    chunks, _ = stream_all(mode, fake_gateway.base_url, client={"timeout": 0.5})
    assert text_of(chunks) == "slow but steady"


def test_silence_after_headers_times_out(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("late")).with_faults(pause_after_headers=3))
    _, error = collect_until_error(mode, fake_gateway.base_url, timeout=0.3, max_retries=0)
    assert isinstance(error, APITimeoutError)


# -- connections --------------------------------------------------------------------------------


def _open_sockets() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def _wait_for_sockets(target: int, timeout: float = 3.0) -> int:
    deadline = time.monotonic() + timeout
    now = _open_sockets()
    while now > target and time.monotonic() < deadline:
        time.sleep(0.02)
        gc.collect()
        now = _open_sockets()
    return now


@pytest.mark.parametrize("done", [True, False])
def test_100_streams_read_to_the_end_share_one_connection(fake_gateway: FakeGateway, done: bool) -> None:
    fake_gateway.enqueue(*[Reply.sse(text_frames("a b"), done=done)] * 100)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
        for _ in range(100):
            with c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True) as s:
                assert text_of(list(s)) == "a b"
    assert fake_gateway.connections_opened == 1


@pytest.mark.parametrize("done", [True, False])
def test_100_async_streams_read_to_the_end_share_one_connection(
    fake_gateway: FakeGateway, done: bool
) -> None:
    fake_gateway.enqueue(*[Reply.sse(text_frames("a b"), done=done)] * 100)

    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
            for _ in range(100):
                s = await c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
                assert isinstance(s, AsyncStream)
                assert text_of([chunk async for chunk in s]) == "a b"

    asyncio.run(run())
    assert fake_gateway.connections_opened == 1


def test_100_broken_streams_leave_no_sockets(fake_gateway: FakeGateway) -> None:
    frames = text_frames("many words in this reply " * 20)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
        c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        baseline = _open_sockets()
        for i in range(100):
            fake_gateway.enqueue(Reply.sse(frames))
            if i % 3 == 0:
                for _ in c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True):
                    break  # the temporary stream is dropped: closed at once
            elif i % 3 == 1:
                with c.chat.completions.create(
                    model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                ) as s:
                    next(s)
            else:
                s = c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
                next(s)
                s.close()
        assert _wait_for_sockets(baseline) <= baseline
    assert fake_gateway.connections_opened >= 100


def test_100_broken_async_streams_leave_no_sockets(fake_gateway: FakeGateway) -> None:
    frames = text_frames("many words in this reply " * 20)

    async def run() -> tuple[int, int]:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
            await c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
            baseline = _open_sockets()
            for i in range(100):
                fake_gateway.enqueue(Reply.sse(frames))
                if i % 3 == 0:
                    async for _ in await c.chat.completions.create(
                        model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                    ):
                        break
                    await asyncio.sleep(0)  # the scheduled close runs
                elif i % 3 == 1:
                    async with await c.chat.completions.create(
                        model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                    ) as s:
                        await anext(s)
                else:
                    s = await c.chat.completions.create(
                        model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                    )
                    await anext(s)
                    await s.close()
            await asyncio.sleep(0.05)
            return baseline, _wait_for_sockets(baseline)

    baseline, after = asyncio.run(run())
    assert after <= baseline


def test_dropping_a_stream_closes_its_connection_at_once(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("x y z " * 50)))
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as c:
        s = c.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
        next(s)
        response = s.response
        del s
        assert response.is_closed
