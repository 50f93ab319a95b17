"""``with_raw_response``: status, headers, request id, retries and elapsed time, sync and
async, for a completion and a stream; built on the call loop, so any method gets it."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest

from aistats import AIStats, AsyncAIStats, AsyncStream, RawResponse, Stream
from aistats._streams.protocols import Response
from aistats._transport.call_loop import call
from aistats._transport.io import read_completion
from aistats._transport.raw import to_raw
from aistats._transport.request import prepare_route
from aistats.testing import FakeGateway, Reply, completion, message_object, response_object, text_frames
from aistats_generated.api import CREATE_CHAT_COMPLETION
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.messages_response import MessagesResponse
from tests.support import KEY, MESSAGES

FAST_RETRY = {"retry-after-ms": "1"}


def raw_call(mode: str, base_url: str, **params: Any) -> tuple[RawResponse[Any], Any]:
    """One ``with_raw_response.create()``; returns the raw response and what parse() gave
    (a stream read to its final completion)."""
    params.setdefault("model", "openai/gpt-5-nano")
    params.setdefault("messages", MESSAGES)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            raw: RawResponse[Any] = client.chat.completions.with_raw_response.create(**params)
            parsed = raw.parse()
            if isinstance(parsed, Stream):
                with parsed:
                    return raw, parsed.get_final_completion()
            return raw, parsed

    async def run() -> tuple[RawResponse[Any], Any]:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            araw: RawResponse[Any] = await client.chat.completions.with_raw_response.create(**params)
            result = araw.parse()
            if isinstance(result, AsyncStream):
                async with result:
                    return araw, await result.get_final_completion()
            return araw, result

    return asyncio.run(run())


def test_raw_completion_has_status_headers_retries_and_parses(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.error(503, "upstream_error", headers=FAST_RETRY),
        Reply.json(completion("hi", id="G-1"), headers={"x-custom": "yes"}),
    )
    raw, parsed = raw_call(mode, fake_gateway.base_url)
    assert raw.status_code == 200
    assert raw.headers["x-custom"] == "yes"
    assert raw.retries_taken == 1
    assert isinstance(raw.elapsed, datetime.timedelta) and raw.elapsed.total_seconds() > 0
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.request_id == "G-1"  # no request-id header: the body's id
    assert isinstance(parsed, ChatCompletionsResponse) and parsed.choices[0].message.content == "hi"
    assert "retries_taken=1" in repr(raw)


def test_raw_request_id_prefers_the_header(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.json(completion("hi", id="G-body"), headers={"x-gateway-request-id": "hdr"}))
    raw, _ = raw_call(mode, fake_gateway.base_url)
    assert raw.request_id == "hdr"


def test_raw_stream_parse_gives_the_stream(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("one two", id="G-s"), headers={"x-extra": "1"}))
    raw, final = raw_call(mode, fake_gateway.base_url, stream=True)
    assert raw.status_code == 200 and raw.headers["x-extra"] == "1"
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert raw.retries_taken == 0
    assert final.choices[0].message.content == "one two"


def test_plain_calls_after_a_raw_one_are_not_raw(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        assert isinstance(
            client.chat.completions.with_raw_response.create(model="openai/gpt-5-nano", messages=MESSAGES),
            RawResponse,
        )
        plain = client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert isinstance(plain, ChatCompletionsResponse)


def test_any_method_that_calls_the_loop_gets_a_raw_variant(fake_gateway: FakeGateway) -> None:
    """The mechanism is generic: a new resource whose method ends in the client's call
    loop gets its raw variant from one ``to_raw`` line."""

    class Echo:
        def __init__(self, client: AIStats) -> None:
            self._client = client

        def create(self, text: str) -> ChatCompletionsResponse:
            prepared = prepare_route(
                self._client._config,
                CREATE_CHAT_COMPLETION,
                body={"model": "openai/gpt-5-nano", "messages": [{"role": "user", "content": text}]},
            )
            return call(self._client, prepared, read_completion)

    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        raw = to_raw(Echo(client).create)("ping")
        assert raw.status_code == 200 and raw.parse().choices[0].message.content == "Echo: ping"


def test_a_method_that_sends_nothing_is_refused() -> None:
    with pytest.raises(TypeError, match="send one request"):
        to_raw(lambda: 1)()


GENAPIS: dict[str, tuple[Any, dict[str, Any]]] = {
    "responses": (response_object, {"model": "openai/gpt-5-nano", "input": "Hi"}),
    "messages": (message_object, {"model": "openai/gpt-5-nano", "max_tokens": 8, "messages": MESSAGES}),
}


@pytest.mark.parametrize("api", sorted(GENAPIS))
def test_responses_and_messages_have_raw_variants(api: str, mode: str, fake_gateway: FakeGateway) -> None:
    make_body, params = GENAPIS[api]
    body = make_body("hi", request_id="G-raw-1")
    fake_gateway.enqueue(
        Reply.error(503, "upstream_error", headers=FAST_RETRY), Reply.json(body, headers={"x-custom": "yes"})
    )
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            raw: RawResponse[Any] = getattr(client, api).with_raw_response.create(**params)
    else:

        async def run() -> RawResponse[Any]:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                result: RawResponse[Any] = await getattr(client, api).with_raw_response.create(**params)
                return result

        raw = asyncio.run(run())
    assert raw.status_code == 200 and raw.headers["x-custom"] == "yes" and raw.retries_taken == 1
    assert raw.request_id == body["id"] == "G-raw-1"
    parsed = raw.parse()
    assert isinstance(parsed, Response if api == "responses" else MessagesResponse)
    assert parsed.to_dict() == body
    assert fake_gateway.requests[-1].path == f"/v1/{api}"
