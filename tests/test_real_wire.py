"""The gateway as its current code behaves, beyond the recorded transcripts: error bodies
and retry rules, stream endings, ``[DONE]`` and what follows it, error members in any
frame, and the built-in gateway's current wire (its three endings and its dialects)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import aistats
from aistats import (
    AIStats,
    APIConnectionError,
    AsyncAIStats,
    ConflictError,
    InternalServerError,
    PayloadTooLargeError,
    StreamError,
)
from aistats._transport.retry import RetryPolicy
from aistats.testing import (
    STREAM_ENDINGS,
    FakeGateway,
    Pause,
    Reply,
    chunk_frame,
    finish_frame,
    text_frames,
    upstream_error_frame,
)

from .support import KEY, MESSAGES, complete, stream_all, text_of


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries are counted, not waited for."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_index, rand=None: 0.0)


def failure(mode: str, gateway: FakeGateway, **client: Any) -> aistats.APIError:
    with pytest.raises(aistats.APIError) as info:
        complete(mode, gateway.base_url, client={"max_retries": 2, **client})
    return info.value


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "cls"), [(413, PayloadTooLargeError), (501, InternalServerError)])
def test_413_and_501_are_never_retried(
    mode: str, fake_gateway: FakeGateway, status: int, cls: type[Exception]
) -> None:
    fake_gateway.enqueue(*[Reply.error(status, "nope", request_id="G-1")] * 3)
    error = failure(mode, fake_gateway)
    assert type(error) is cls
    assert len(fake_gateway.requests) == 1


def test_409_is_a_conflict_and_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.error(409, "not_ready", request_id="G-1")] * 3)
    assert isinstance(failure(mode, fake_gateway), ConflictError)
    assert len(fake_gateway.requests) == 3


@pytest.mark.parametrize(
    ("statuses", "tries"), [([400], 1), ([400, 422], 1), ([429], 3), ([400, 500], 3), ([], 3)]
)
def test_a_502_is_retried_unless_every_provider_rejected_the_request(
    mode: str, fake_gateway: FakeGateway, statuses: list[int], tries: int
) -> None:
    reply = Reply.error(502, "upstream_error", "all_candidates_failed", failed_statuses=statuses)
    fake_gateway.enqueue(*[reply] * 3)
    error = failure(mode, fake_gateway)
    assert isinstance(error, InternalServerError) and error.failed_statuses == tuple(statuses)
    assert len(fake_gateway.requests) == tries


def test_provider_failure_message_and_attributes(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.upstream_error(429, "Rate limit reached", code="rate_limit_exceeded",
                                              provider="acme", request_id="G-9"))  # fmt: skip
    error = failure(mode, fake_gateway, max_retries=0)
    assert isinstance(error, InternalServerError)
    assert error.provider_error == aistats.ProviderError(
        "acme", 429, "rate_limit_exceeded", "Rate limit reached"
    )
    assert (error.request_id, error.origin, error.code) == ("G-9", "upstream", "upstream_error")
    assert "HTTP 429" in str(error) and "Rate limit reached" in str(error) and "G-9" in str(error)


def test_a_relayed_provider_error_object(mode: str, fake_gateway: FakeGateway) -> None:
    body = {"error": {"message": "bad temperature", "type": "invalid_request_error", "code": "invalid_value"}}
    fake_gateway.enqueue(Reply.json(body, status=400, headers={"x-request-id": "hdr-1"}))
    error = failure(mode, fake_gateway)
    assert isinstance(error, aistats.BadRequestError)
    assert (error.code, error.request_id, error.description) == ("invalid_value", "hdr-1", "bad temperature")
    assert error.provider_error is not None and error.provider_error.message == "bad temperature"
    assert str(error) == "400 invalid_value: bad temperature (request_id=hdr-1)"


def test_request_id_prefers_generation_id_then_request_id_then_header(
    mode: str, fake_gateway: FakeGateway
) -> None:
    header = {"x-gateway-request-id": "hdr"}
    fake_gateway.enqueue(
        Reply.error(400, "x", request_id="G-1", headers=header),
        Reply.json({"error": "x", "request_id": "req_old"}, status=400, headers=header),
        Reply.json({"error": "x"}, status=400, headers=header),
    )
    ids = [failure(mode, fake_gateway) for _ in range(3)]
    assert [getattr(e, "request_id", None) for e in ids] == ["G-1", "req_old", "hdr"]


def test_validation_error_names_the_path_and_never_the_key(mode: str, fake_gateway: FakeGateway) -> None:
    details = [{"message": "Invalid input", "path": ["messages", 1, "content"], "keyword": "invalid_union"}]
    fake_gateway.enqueue(
        Reply.error(400, "validation_error", description=f"Invalid input ({KEY})", details=details)
    )
    error = failure(mode, fake_gateway)
    assert "messages.1.content" in str(error)
    assert isinstance(error, aistats.BadRequestError) and error.origin == "user"
    assert KEY not in str(error) and KEY not in repr(error) and KEY not in str(error.description)


# -- streams ------------------------------------------------------------------------------


def collect(mode: str, base_url: str, **client: Any) -> tuple[list[Any], BaseException | None]:
    got: list[Any] = []
    options = {"api_key": KEY, "base_url": base_url, "max_retries": 0, **client}

    def sync() -> BaseException | None:
        with AIStats(**options) as c:
            try:
                with c.chat.completions.create(model="m", messages=MESSAGES, stream=True) as s:
                    got.extend(s)
            except aistats.APIError as exc:
                return exc
        return None

    async def run() -> BaseException | None:
        async with AsyncAIStats(**options) as c:
            try:
                s = await c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                async with s:
                    async for chunk in s:
                        got.append(chunk)  # noqa: PERF401
            except aistats.APIError as exc:
                return exc
        return None

    return got, sync() if mode == "sync" else asyncio.run(run())


def test_a_chunk_carrying_an_error_ends_with_stream_error(mode: str, fake_gateway: FakeGateway) -> None:
    bad = chunk_frame("", finish_reason="error", id="G-5") | {"error": {"message": "provider died"}}
    fake_gateway.enqueue(Reply.sse([chunk_frame("Hi", role="assistant", id="G-5"), bad], done=False))
    got, error = collect(mode, fake_gateway.base_url)
    assert text_of(got) == "Hi"
    assert isinstance(error, StreamError) and "provider died" in str(error) and error.request_id == "G-5"


@pytest.mark.parametrize(
    "frame",
    ['event: error\ndata: {"message": "boom"}\n\n', upstream_error_frame("boom", id="G-5")],
)
def test_every_error_frame_kind_raises_after_the_chunks(
    mode: str, fake_gateway: FakeGateway, frame: Any
) -> None:
    fake_gateway.enqueue(Reply.sse([chunk_frame("Hi", role="assistant", id="G-5"), frame], done=False))
    got, error = collect(mode, fake_gateway.base_url)
    assert text_of(got) == "Hi" and isinstance(error, StreamError) and "boom" in str(error)


def test_a_body_ending_without_an_ending_is_a_cut(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([chunk_frame("Hal", role="assistant"), chunk_frame("f")], done=False))
    got, error = collect(mode, fake_gateway.base_url)
    assert text_of(got) == "Half"  # what came was delivered, then the failure
    assert isinstance(error, APIConnectionError) and "without finishing" in str(error)


def test_an_empty_200_stream_is_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse([], done=False), Reply.default())
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "Echo: Hello gateway" and final.id == "req_2"
    assert len(fake_gateway.requests) == 2


def test_mixed_case_content_type_is_a_stream(mode: str, fake_gateway: FakeGateway) -> None:
    frames = text_frames("a b", id="G-7", ending="usage")
    fake_gateway.enqueue(Reply.sse(frames, done=False, headers={"content-type": "Text/Event-Stream"}))
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "a b" and final.id == "G-7"


@pytest.mark.parametrize(
    "after_done",
    [
        [b": ping\n\n", *[Pause(0.2), b": ping\n\n"] * 100],  # keeps talking
        [Pause(30)],  # says nothing more, without ending the body
    ],
)
def test_done_ends_the_loop_at_once(mode: str, fake_gateway: FakeGateway, after_done: list[Any]) -> None:
    frames = [*text_frames("a b", id="G-8", ending="done"), "data: [DONE]\n\n", *after_done]
    fake_gateway.enqueue(Reply.sse(frames, done=False))
    chunks, final = stream_all(mode, fake_gateway.base_url)
    assert text_of(chunks) == "a b" and final.id == "G-8"
    # Had the loop waited for the body's end, the connection would have been reused.
    complete(mode, fake_gateway.base_url)
    assert fake_gateway.connections_opened == 2


def test_done_keeps_the_connection_when_the_body_ends_with_it(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.sse(text_frames("a", id="G-9", ending="done"))] * 5)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        for _ in range(5):
            with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as s:
                assert text_of(list(s)) == "a"
    assert fake_gateway.connections_opened == 1


# -- the built-in gateway speaks the current wire ------------------------------------------


@pytest.mark.parametrize("ending", STREAM_ENDINGS)
def test_each_ending_of_the_built_in_gateway(mode: str, ending: str) -> None:
    with FakeGateway(stream_ending=ending) as gateway:
        chunks, final = stream_all(mode, gateway.base_url, reasoning={"effort": "low"})
        rid = gateway.requests[0].request_id
    message = final.to_dict()["choices"][0]["message"]
    assert text_of(chunks) == message["content"] == "Echo: Hello gateway"
    assert message["reasoning_content"] == "The user wrote 2 words."
    assert final.id == rid and final.choices[0].finish_reason == "stop"
    assert final.to_dict()["usage"]["total_tokens"] == 5


def test_the_dec_2025_dialect_still_works(mode: str) -> None:
    with FakeGateway(dialect="2025-12") as gateway:
        chunks, final = stream_all(mode, gateway.base_url, reasoning={"effort": "low"})
        reply = complete(mode, gateway.base_url)
    assert text_of(chunks) == "The user wrote 2 words.Echo: Hello gateway"  # flagged content
    assert final.id == "req_1" and final.choices[0].message.content == "Echo: Hello gateway"
    assert reply.id == "req_2" and reply.to_dict()["usage"]["input_tokens"] == 2


def test_a_tool_loop_passes_the_built_in_gateways_validation(mode: str, fake_gateway: FakeGateway) -> None:
    history: list[Any] = [
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": None,
         "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "w", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
    ]  # fmt: skip
    reply = complete(mode, fake_gateway.base_url, messages=history)
    assert reply.choices[0].message.content == "Echo: weather?"
    assert "content" not in fake_gateway.requests[0].json()["messages"][1]


def test_the_built_in_gateway_refuses_what_the_real_one_refuses(mode: str, fake_gateway: FakeGateway) -> None:
    with pytest.raises(aistats.BadRequestError) as info:
        complete(mode, fake_gateway.base_url, messages=[{"role": "wizard", "content": "x"}])
    assert info.value.code == "validation_error" and "messages.0.role" in str(info.value)
    assert info.value.request_id == fake_gateway.requests[0].request_id


def test_finish_then_plain_end_is_complete(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("ok", role="assistant", id="G-3"), finish_frame("length", id="G-3")]
    fake_gateway.enqueue(Reply.sse(frames, done=False))
    _chunks, final = stream_all(mode, fake_gateway.base_url)
    assert final.choices[0].finish_reason == "length" and final.id == "G-3"
    assert json.loads(json.dumps(final.to_dict()))["choices"][0]["message"]["content"] == "ok"
