"""The API key appears nowhere: not in messages, reprs, logs (every logger at DEBUG) or
tracebacks formatted with their locals, on every public path."""

from __future__ import annotations

import asyncio
import io
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from aistats import AIStats, AIStatsError, APIConnectionError, AsyncAIStats
from aistats._transport.response import transport_error
from aistats.testing import FakeGateway, Reply, chunk_frame, error_frame

SECRET = "sk-aistats-SECRET-7d3f9a0b1c"  # recognisable, and taken from the environment


class Sink(list[str]):
    """The texts collected; a short repr keeps tracebacks with locals from nesting them."""

    log = io.StringIO()

    def __repr__(self) -> str:
        return f"<{len(self)} texts>"

    def everything(self) -> str:
        return "\n".join([*self, self.log.getvalue()])


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sink]:
    """Everything written anywhere: every logger at DEBUG, and the texts the test adds."""
    monkeypatch.setenv("AI_STATS_API_KEY", SECRET)
    monkeypatch.setenv("AI_STATS_LOG_BODIES", "1")
    texts = Sink()
    texts.log = io.StringIO()
    handler = logging.StreamHandler(texts.log)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield texts
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def describe(error: BaseException) -> str:
    """Every way an error gets printed: str, repr, attributes, tracebacks with locals."""
    with_locals = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    plain = "".join(traceback.format_exception(error))
    logger = logging.getLogger("app")
    logger.exception("call failed", exc_info=error)
    return "\n".join([str(error), repr(error), repr(vars(error)), with_locals, plain])


def expect_error(texts: list[str], call: Callable[[], Any]) -> None:
    try:
        call()
    except Exception as error:
        texts.append(describe(error))
    else:
        raise AssertionError("expected an error")


def test_every_public_path_keeps_the_key_out(captured: Sink) -> None:
    texts = captured
    with FakeGateway() as gateway:
        gateway.enqueue(
            Reply.error(500, "boom", headers={"retry-after-ms": "1"}),
            Reply.default(),
            Reply.sse([chunk_frame("a", role="assistant"), error_frame("mid-stream failure")], done=False),
            Reply.reset(),
            Reply.default(),
            *[
                Reply.error(status, "code", reason="why", request_id="req_x")
                for status in (400, 401, 402, 403, 404, 422, 429, 503)
            ],
            Reply.hang(),
            Reply.raw(200, b"<html>not json</html>", content_type="text/html"),
        )
        messages: Any = [{"role": "user", "content": "hello"}]
        with AIStats(base_url=gateway.base_url, max_retries=1) as client:
            texts += [repr(client), repr(client.with_options(timeout=3)), str(vars(client))]
            completion = client.chat.completions.create(model="m", messages=messages)  # 500, then 200
            texts.append(repr(completion))
            stream = client.chat.completions.create(model="m", messages=messages, stream=True)
            texts.append(repr(stream))
            expect_error(texts, lambda: list(stream))  # StreamError
            with client.chat.completions.create(
                model="m", messages=messages, stream=True
            ) as ok:  # reset, then ok
                texts += [repr(ok), repr(ok.get_final_completion())]
            once = client.with_options(max_retries=0)
            for _ in range(8):
                expect_error(texts, lambda: once.chat.completions.create(model="m", messages=messages))
            expect_error(
                texts, lambda: once.chat.completions.create(model="m", messages=messages, timeout=0.2)
            )
            expect_error(texts, lambda: once.chat.completions.create(model="m", messages=messages))
            expect_error(
                texts,
                lambda: client.chat.completions.create(
                    model="m", messages=messages, extra_headers={"x": "a\nb"}
                ),
            )

        async def run_async() -> None:
            async with AsyncAIStats(base_url=gateway.base_url) as async_client:
                texts.append(repr(async_client))
                stream = await async_client.chat.completions.create(model="m", messages=messages, stream=True)
                async with stream:
                    texts.append(repr(await stream.get_final_completion()))
                gateway.enqueue(Reply.error(401, "unauthorised"))
                try:
                    await async_client.chat.completions.create(model="m", messages=messages)
                except AIStatsError as error:
                    texts.append(describe(error))

        asyncio.run(run_async())
    expect_error(texts, lambda: AIStats(base_url="http://remote.example/v1"))
    expect_error(texts, lambda: AIStats(max_retries=-1))
    expect_error(texts, lambda: AIStats(timeout="soon"))  # type: ignore[arg-type]
    expect_error(
        texts,
        lambda: AIStats(base_url="http://127.0.0.1:9/v1", max_retries=0).chat.completions.create(
            model="m", messages=messages
        ),
    )

    everything = texts.everything()
    assert "Retrying POST" in everything and "Sending POST" in everything  # the logs were captured
    assert "Request body:" in everything  # bodies too, when asked for
    assert everything.count(SECRET) == 0
    assert SECRET[10:] not in everything  # not even a fragment


def test_the_key_is_still_sent(captured: Sink) -> None:
    with FakeGateway(api_key=SECRET) as gateway, AIStats(base_url=gateway.base_url) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert gateway.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_transport_errors_drop_the_httpcore_frames_that_hold_raw_headers() -> None:
    request = httpx.Request("POST", "https://gw.example/v1/chat/completions")

    def send_headers(raw_headers: list[tuple[bytes, bytes]]) -> None:  # stands in for httpcore
        raise httpx.WriteError("connection reset while sending headers")

    try:
        try:
            send_headers([(b"authorization", f"Bearer {SECRET}".encode())])
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
    except APIConnectionError as error:
        text = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    assert "connection reset while sending headers" in text  # the cause is still shown
    assert SECRET not in text
