"""Hooks: called by the shared call loop of both clients for every attempt, retry and
stream end; a hook that raises is logged once and the call goes on."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import pytest

from aistats import (
    AIStats,
    AIStatsError,
    AsyncAIStats,
    Hooks,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    StreamEndEvent,
    StreamError,
)
from aistats.testing import FakeGateway, Reply, chunk_frame, error_frame, text_frames
from tests.support import KEY, MESSAGES, complete, stream_all

FAST = {"retry-after-ms": "1"}


class Recorder:
    """Hooks that keep every event, and add a header to every request."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def on_request(self, event: RequestEvent) -> None:
        self.events.append(event)
        event.headers["x-trace-me"] = f"attempt-{event.attempt}"

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=self.on_request,
            on_response=self.events.append,
            on_retry=self.events.append,
            on_stream_end=self.events.append,
        )

    def of(self, kind: type[Any]) -> list[Any]:
        return [event for event in self.events if isinstance(event, kind)]


def test_hooks_see_each_attempt_response_and_retry(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(503, "upstream_error", headers=FAST), Reply.default())
    seen = Recorder()
    completion = complete(mode, fake_gateway.base_url, client={"hooks": seen.hooks()})
    assert completion.choices[0].message.content == "Echo: Hello gateway"
    kinds = [type(event).__name__ for event in seen.events]
    assert kinds == ["RequestEvent", "ResponseEvent", "RetryEvent", "RequestEvent", "ResponseEvent"]
    first, second = seen.of(RequestEvent)
    assert (first.attempt, second.attempt) == (1, 2)
    assert first.method == "POST" and first.url.endswith("/chat/completions")
    assert "authorization" not in first.headers  # hooks never see the key
    responses = seen.of(ResponseEvent)
    assert [r.status_code for r in responses] == [503, 200]
    assert all(r.elapsed >= 0 for r in responses)
    # headers only: the current gateway sends no request-id header (the id is in the body)
    assert responses[1].request_id is None and completion.id
    (retry,) = seen.of(RetryEvent)
    assert retry.retry == 1 and retry.error.status_code == 503 and retry.delay == pytest.approx(0.001)
    # the header the hook added was sent, per attempt; the key still went out untouched
    sent = [(r.headers.get("x-trace-me"), r.headers.get("authorization")) for r in fake_gateway.requests]
    assert sent == [("attempt-1", f"Bearer {KEY}"), ("attempt-2", f"Bearer {KEY}")]


def test_stream_end_reports_chunks_timing_usage_and_outcome(mode: str, fake_gateway: FakeGateway) -> None:
    seen = Recorder()
    chunks, final = stream_all(mode, fake_gateway.base_url, client={"hooks": seen.hooks()})
    (end,) = seen.of(StreamEndEvent)
    assert end.outcome == "completed" and end.error is None
    assert end.chunks == len(chunks) > 1
    assert end.time_to_first_chunk is not None and 0 < end.time_to_first_chunk <= end.duration
    assert end.finish_reasons == ("stop",)
    assert end.usage is not None and end.usage["total_tokens"] > 0
    assert end.request_id == final.id and end.model == "openai/gpt-5-nano"


def _stream_outcome(mode: str, base_url: str, *, read: int) -> StreamEndEvent:
    """Read ``read`` chunks of a stream (a ``StreamError`` stops the reading), then close
    it; the stream-end event."""
    seen = Recorder()
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "hooks": seen.hooks()}
    if mode == "sync":
        with AIStats(**options) as client:
            stream = client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
            with contextlib.suppress(StreamError):
                for _, _chunk in zip(range(read), stream, strict=False):
                    pass
            stream.close()
    else:

        async def run() -> None:
            async with AsyncAIStats(**options) as client:
                stream = await client.chat.completions.create(
                    model="openai/gpt-5-nano", messages=MESSAGES, stream=True
                )
                got = 0
                with contextlib.suppress(StreamError):
                    async for _chunk in stream:
                        got += 1
                        if got >= read:
                            break
                await stream.close()

        asyncio.run(run())
    (end,) = seen.of(StreamEndEvent)
    assert isinstance(end, StreamEndEvent)
    return end


def test_a_stream_closed_early_ends_as_closed(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("one two three four")))
    end = _stream_outcome(mode, fake_gateway.base_url, read=1)
    assert end.outcome == "closed" and end.error is None and end.chunks >= 1


def test_a_stream_that_fails_ends_as_error(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([chunk_frame("Hel", role="assistant"), error_frame("boom")]))
    end = _stream_outcome(mode, fake_gateway.base_url, read=10)
    assert end.outcome == "error" and isinstance(end.error, StreamError) and end.chunks == 1


def test_a_failing_hook_is_logged_once_and_the_call_goes_on(
    mode: str, fake_gateway: FakeGateway, caplog: pytest.LogCaptureFixture
) -> None:
    calls = []

    def broken(event: ResponseEvent) -> None:
        calls.append(event)
        raise RuntimeError("hook bug")

    hooks = Hooks(on_response=broken, on_request=lambda e: e.headers.update({"x-bad": "a\r\nb"}))
    with caplog.at_level(logging.DEBUG, logger="aistats"):
        for _ in range(2):
            completion = complete(mode, fake_gateway.base_url, client={"hooks": hooks})
            assert completion.choices[0].message.content == "Echo: Hello gateway"
    assert len(calls) == 2
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert sorted(r.getMessage().split()[2] for r in warnings) == ["on_request", "on_response"]
    assert any("hook bug" in r.exc_text for r in warnings if r.exc_text)
    assert all("x-bad" not in r.headers for r in fake_gateway.requests)  # refused, not sent


def test_async_hooks_and_non_hooks_are_refused() -> None:
    async def async_hook(event: ResponseEvent) -> None:
        return None

    with pytest.raises(AIStatsError, match="async function"):
        Hooks(on_response=async_hook)
    with pytest.raises(AIStatsError, match="must be a function"):
        Hooks(on_retry=42)  # type: ignore[arg-type]
    with pytest.raises(AIStatsError, match=r"hooks must be an aistats\.Hooks"):
        AIStats(api_key=KEY, hooks={"on_request": print})  # type: ignore[arg-type]


def test_with_options_swaps_hooks_for_the_copy_only(fake_gateway: FakeGateway) -> None:
    first, second = Recorder(), Recorder()
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url, hooks=first.hooks()) as client:
        other = client.with_options(hooks=second.hooks())
        other.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        client.with_options(max_retries=0).chat.completions.create(
            model="openai/gpt-5-nano", messages=MESSAGES
        )
    assert len(second.of(ResponseEvent)) == 1
    assert len(first.of(ResponseEvent)) == 1  # the copy without hooks= keeps the original's


def test_a_hook_that_returns_a_coroutine_is_a_failure_not_a_warning(
    fake_gateway: FakeGateway, caplog: pytest.LogCaptureFixture
) -> None:
    async def later(event: ResponseEvent) -> None:
        return None

    def sync_wrapper(event: ResponseEvent) -> object:
        return later(event)  # a plain function that hands back a coroutine

    hooks = Hooks(on_response=sync_wrapper)
    with caplog.at_level(logging.WARNING, logger="aistats"):
        complete("sync", fake_gateway.base_url, client={"hooks": hooks})
    (record,) = caplog.records
    assert record.exc_text is not None and "not awaited" in record.exc_text
