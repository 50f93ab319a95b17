"""``client.responses.create`` and ``client.messages.create`` against the built-in gateway,
sync and async, streamed and not: echo, tool calls and reasoning round-tripped, typed
errors, cut streams, error events, retries before the first event, connection reuse."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import pytest

from aistats import (
    AIStats,
    AIStatsError,
    APIConnectionError,
    APIResponseValidationError,
    AsyncAIStats,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    StreamError,
)
from aistats.testing import (
    FakeGateway,
    Reply,
    message_events,
    message_object,
    named_event,
    response_events,
    response_object,
)
from aistats.types import MessagesRequestBaseParams, ResponsesRequestBaseParams
from aistats_generated.models import (
    ContentBlockDeltaEvent,
    MessagesOtherEvent,
    MessagesPingEvent,
    ResponseOtherEvent,
    ResponseOutputTextDeltaEvent,
    ResponseReasoningSummaryTextDeltaEvent,
)

KEY = "sk-test-genapis"
MODEL = "openai/gpt-5-nano"
RESPONSES: ResponsesRequestBaseParams = {"model": MODEL, "input": "Hello gateway"}
MESSAGES: MessagesRequestBaseParams = {
    "model": MODEL,
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hello gateway"}],
}


@dataclass
class Outcome:
    events: list[Any]
    text: str
    final: Any
    request_id: str | None


def call(mode: str, gw: FakeGateway, api: str, *, retries: int = 0, **params: Any) -> Any:
    """One non-streamed call of ``api`` (``responses`` or ``messages``)."""
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=gw.base_url, max_retries=retries) as client:
            return getattr(client, api).create(**params)

    async def run() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=gw.base_url, max_retries=retries) as client:
            return await getattr(client, api).create(**params)

    return asyncio.run(run())


def stream(mode: str, gw: FakeGateway, api: str, *, retries: int = 0, **params: Any) -> Outcome:
    """One streamed call: every event, the text of its text deltas, the final object."""
    final_name = "get_final_response" if api == "responses" else "get_final_message"
    if mode == "sync":
        with (
            AIStats(api_key=KEY, base_url=gw.base_url, max_retries=retries) as client,
            getattr(client, api).create(stream=True, **params) as events_stream,
        ):
            events = list(events_stream)
            text = "".join(filter(None, map(events_stream._protocol.spec.text_delta, events)))
            final = getattr(events_stream, final_name)()
            return Outcome(events, text, final, events_stream.request_id)

    async def run() -> Outcome:
        async with (
            AsyncAIStats(api_key=KEY, base_url=gw.base_url, max_retries=retries) as client,
            await getattr(client, api).create(stream=True, **params) as events_stream,
        ):
            events = [event async for event in events_stream]
            text = "".join(filter(None, map(events_stream._protocol.spec.text_delta, events)))
            final = await getattr(events_stream, final_name)()
            return Outcome(events, text, final, events_stream.request_id)

    return asyncio.run(run())


# ------------------------------------------------------------------ /responses
def test_response_json_echo(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        response = call(mode, gw, "responses", **RESPONSES)
        sent = gw.requests[0]
    assert response.output_text == "Echo: Hello gateway"
    assert response.id == "req_1"
    assert response.usage.output_tokens == 3
    assert sent.path == "/v1/responses"
    assert sent.json() == RESPONSES


def test_response_stream_echo(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        outcome = stream(mode, gw, "responses", **RESPONSES)
        sent = gw.requests[0]
    assert outcome.text == "Echo: Hello gateway"
    assert outcome.final.output_text == "Echo: Hello gateway"
    assert outcome.final.status == "completed"
    assert outcome.request_id == "req_1"
    assert outcome.events[0].type == "response.created"
    assert outcome.events[-1].type == "response.completed"
    assert sum(isinstance(e, ResponseOutputTextDeltaEvent) for e in outcome.events) == 3
    assert sent.json() == {**RESPONSES, "stream": True}
    assert sent.headers["accept"] == "text/event-stream"


def test_text_deltas_helper_sync_and_async() -> None:
    with FakeGateway(api_key=KEY) as gw:
        with AIStats(api_key=KEY, base_url=gw.base_url) as client:
            words = list(client.responses.create(stream=True, **RESPONSES).text_deltas())
            message_words = list(client.messages.create(stream=True, **MESSAGES).text_deltas())

        async def run() -> tuple[list[str], list[str]]:
            async with AsyncAIStats(api_key=KEY, base_url=gw.base_url) as client:
                first = [
                    w async for w in (await client.responses.create(stream=True, **RESPONSES)).text_deltas()
                ]
                second = [
                    w async for w in (await client.messages.create(stream=True, **MESSAGES)).text_deltas()
                ]
                return first, second

        async_words, async_message_words = asyncio.run(run())
    assert "".join(words) == "".join(message_words) == "Echo: Hello gateway"
    assert async_words == words and async_message_words == message_words
    assert len(words) == 3


def test_function_call_round_trip(mode: str) -> None:
    arguments = '{"city":"Paris","unit":"celsius"}'
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse(response_events("", function_call=("get_weather", arguments)), done=False))
        gw.enqueue(Reply.json(response_object("", function_call=("get_weather", arguments))))
        streamed = stream(mode, gw, "responses", **RESPONSES)
        replied = call(mode, gw, "responses", **RESPONSES)
        item = streamed.final.output[0]
        follow_up = [
            {"role": "user", "content": "Weather?"},
            {
                "type": "function_call",
                "call_id": item.call_id,
                "name": item.name,
                "arguments": item.arguments,
            },
            {"type": "function_call_output", "call_id": item.call_id, "output": '{"temp": 21}'},
        ]
        answer = call(mode, gw, "responses", model=MODEL, input=follow_up)
        sent = gw.requests[2].json()
    deltas = [e.delta for e in streamed.events if e.type == "response.function_call_arguments.delta"]
    assert "".join(deltas) == arguments == item.arguments
    assert (item.type, item.name) == ("function_call", "get_weather")
    assert replied.output[0].to_dict() == item.to_dict()
    assert streamed.final.output_text == ""
    assert sent["input"] == follow_up
    assert answer.output_text == "Echo: Weather?"


def test_reasoning_summary_round_trip(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse(response_events("156.", reasoning="12 times 13 is 156."), done=False))
        outcome = stream(mode, gw, "responses", **RESPONSES, reasoning={"effort": "low", "summary": "auto"})
        sent = gw.requests[0].json()
    summary_deltas = [e for e in outcome.events if isinstance(e, ResponseReasoningSummaryTextDeltaEvent)]
    assert "".join(str(e.delta) for e in summary_deltas) == "12 times 13 is 156."
    # The gateway names these events response.reasoning_text.delta; the data's type is kept.
    assert {e.type for e in summary_deltas} == {"response.reasoning_summary_text.delta"}
    reasoning = outcome.final.output[0]
    assert reasoning.type == "reasoning"
    assert reasoning.summary[0].text == "12 times 13 is 156."
    assert outcome.text == outcome.final.output_text == "156."
    assert sent["reasoning"] == {"effort": "low", "summary": "auto"}


def test_response_failed_and_incomplete_end_the_stream(mode: str) -> None:
    for end in ("response.failed", "response.incomplete"):
        with FakeGateway(api_key=KEY) as gw:
            gw.enqueue(Reply.sse(response_events("Partial", end=end), done=False))
            outcome = stream(mode, gw, "responses", **RESPONSES)
        assert outcome.events[-1].type == end
        assert outcome.final.status == end.rpartition(".")[2]


# ------------------------------------------------------------------- /messages
def test_message_json_echo(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        message = call(mode, gw, "messages", **MESSAGES, system="Be brief.")
        sent = gw.requests[0]
    assert [(b.type, b.text) for b in message.content] == [("text", "Echo: Hello gateway")]
    assert message.stop_reason == "end_turn"
    assert message.id == "req_1"
    assert sent.path == "/v1/messages"
    assert sent.json() == {**MESSAGES, "system": "Be brief."}


def test_message_stream_echo(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        outcome = stream(mode, gw, "messages", **MESSAGES)
    assert outcome.text == "Echo: Hello gateway"
    assert [(b.type, b.text) for b in outcome.final.content] == [("text", "Echo: Hello gateway")]
    assert outcome.final.stop_reason == "end_turn"
    assert outcome.final.usage.output_tokens == 3
    # No x-gateway-request-id header (the real gateway sends none); message_start's id is
    # taken for the gateway's only when it is a G- id, and the fake's ids are req_<n>.
    assert outcome.request_id is None
    assert [e.type for e in outcome.events][:2] == ["message_start", "content_block_start"]
    assert outcome.events[-1].type == "message_stop"


def test_tool_use_and_thinking_rebuilt_from_deltas(mode: str) -> None:
    tool_input = {"city": "Paris", "days": [1, 2], "unit": "celsius"}
    with FakeGateway(api_key=KEY) as gw:
        reply = message_events(
            "Checking.", thinking="Need the weather tool.", tool_use=("get_weather", tool_input)
        )
        gw.enqueue(Reply.sse(reply, done=False))
        outcome = stream(
            mode, gw, "messages", **MESSAGES, thinking={"type": "enabled", "budget_tokens": 1024}
        )
        thinking, text, tool = outcome.final.content
        follow_up = [
            *MESSAGES["messages"],
            {"role": "assistant", "content": [b.to_dict() for b in outcome.final.content]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool.id, "content": "21C"}]},
        ]
        answer = call(mode, gw, "messages", model=MODEL, max_tokens=64, messages=follow_up)
        sent = gw.requests[1].json()
    assert (thinking.type, thinking.thinking) == ("thinking", "Need the weather tool.")
    assert (text.type, text.text) == ("text", "Checking.")
    assert (tool.type, tool.name, tool.input) == ("tool_use", "get_weather", tool_input)
    assert outcome.final.stop_reason == "tool_use"
    assert outcome.text == "Checking."  # thinking and tool input are not text deltas
    assert sent["messages"][1]["content"][2] == {
        "type": "tool_use",
        "id": tool.id,
        "name": "get_weather",
        "input": tool_input,
    }
    assert answer.content[0].text == "Echo: "  # the last user turn has no text block


def test_message_json_tool_use(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.json(message_object("", tool_use=("get_weather", {"city": "Oslo"}))))
        message = call(mode, gw, "messages", **MESSAGES)
    assert message.content[0].input == {"city": "Oslo"}
    assert message.stop_reason == "tool_use"


def test_ping_and_unknown_events_pass_through(mode: str) -> None:
    frames = message_events("Hi")
    frames[1:1] = [named_event("ping", {"type": "ping"}), named_event("brand_new_event", {"x": 1})]
    r_frames = response_events("Hi")
    r_frames.insert(1, named_event("response.queued", {"type": "response.queued", "id": "req_1"}))
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse(frames, done=False), Reply.sse(r_frames, done=False))
        messages = stream(mode, gw, "messages", **MESSAGES)
        responses = stream(mode, gw, "responses", **RESPONSES)
    assert isinstance(messages.events[1], MessagesPingEvent)
    other = messages.events[2]
    assert isinstance(other, MessagesOtherEvent)
    assert (other.type, other["x"]) == ("brand_new_event", 1)
    assert isinstance(responses.events[1], ResponseOtherEvent)
    assert responses.events[1].type == "response.queued"
    assert messages.final.content[0].text == responses.final.output_text == "Hi"


# ---------------------------------------------------------------------- errors
@pytest.mark.parametrize("api", ["responses", "messages"])
def test_gateway_errors_are_typed(api: str, mode: str) -> None:
    params = RESPONSES if api == "responses" else MESSAGES
    with FakeGateway(api_key="another-key") as gw, pytest.raises(AuthenticationError):
        call(mode, gw, api, **params)
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.error(502, "upstream_error", description="Provider failed with HTTP 429"))
        with pytest.raises(InternalServerError) as caught:
            call(mode, gw, api, stream=True, **params)
    assert caught.value.status_code == 502
    assert caught.value.code == "upstream_error"


def test_request_validated_against_each_routes_schema(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        with pytest.raises(BadRequestError, match="validation_error"):
            call(mode, gw, "messages", model=MODEL, max_tokens=0, messages=MESSAGES["messages"])
        with pytest.raises(BadRequestError, match="validation_error"):
            call(mode, gw, "responses", **RESPONSES, max_output_tokens=0)


def test_missing_required_arguments_say_which(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        with pytest.raises(AIStatsError, match=r"create_message\(\) is missing .*'max_tokens'"):
            call(mode, gw, "messages", model=MODEL, messages=MESSAGES["messages"])
        with pytest.raises(AIStatsError, match="'model'"):
            call(mode, gw, "responses", input="Hi")
        assert gw.requests == []


def test_misspelt_keywords_send_nothing_and_say_what_was_meant(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        with pytest.raises(TypeError, match="'max_output_tokns'; did you mean 'max_output_tokens'"):
            call(mode, gw, "responses", **RESPONSES, max_output_tokns=5)
        with pytest.raises(TypeError, match="'deadlin'; did you mean 'deadline'"):
            call(mode, gw, "messages", **MESSAGES, deadlin=3)
        assert gw.requests == []
        call(mode, gw, "messages", **MESSAGES, extra_body={"anything": True})  # extras still pass
        assert gw.requests[0].json()["anything"] is True


@pytest.mark.parametrize("api", ["responses", "messages"])
def test_cut_stream_raises_after_delivering_what_came(api: str, mode: str) -> None:
    frames = (
        response_events("one two three", end=None)
        if api == "responses"
        else message_events("one two three", stop=False)
    )
    params = RESPONSES if api == "responses" else MESSAGES
    delivered: list[Any] = []

    def collect(events_stream: Any) -> None:
        for event in events_stream:
            delivered.append(event)  # noqa: PERF402 - keeps what came before the error

    async def acollect(events_stream: Any) -> None:
        async for event in events_stream:
            delivered.append(event)  # noqa: PERF401 - keeps what came before the error

    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse(frames, done=False))
        with pytest.raises(APIConnectionError, match=r"cut.*before (response\.completed|message_stop)"):
            if mode == "sync":
                with AIStats(api_key=KEY, base_url=gw.base_url, max_retries=0) as client:
                    collect(getattr(client, api).create(stream=True, **params))
            else:

                async def run() -> None:
                    async with AsyncAIStats(api_key=KEY, base_url=gw.base_url, max_retries=0) as client:
                        await acollect(await getattr(client, api).create(stream=True, **params))

                asyncio.run(run())
    assert len(delivered) == len(frames)


def test_cut_stream_fails_get_final_too() -> None:
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse(message_events("one two", stop=False), done=False))
        with AIStats(api_key=KEY, base_url=gw.base_url, max_retries=0) as client:
            events_stream = client.messages.create(stream=True, **MESSAGES)
            with pytest.raises(APIConnectionError):
                events_stream.get_final_message()
            with pytest.raises(APIConnectionError):
                events_stream.get_final_message()


@pytest.mark.parametrize("api", ["responses", "messages"])
def test_error_event_raises_stream_error_after_earlier_events(api: str, mode: str) -> None:
    head = response_events("one two", end=None)[:3] if api == "responses" else message_events("one two")[:3]
    error = named_event(
        "error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    )
    params = RESPONSES if api == "responses" else MESSAGES
    delivered: list[Any] = []
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.sse([*head, error], done=False))
        with pytest.raises(StreamError, match="Overloaded") as caught:
            if mode == "sync":
                with AIStats(api_key=KEY, base_url=gw.base_url, max_retries=0) as client:
                    for event in getattr(client, api).create(stream=True, **params):
                        delivered.append(event)  # noqa: PERF402 - keeps what came before the error
            else:

                async def run() -> None:
                    async with AsyncAIStats(api_key=KEY, base_url=gw.base_url, max_retries=0) as client:
                        async for event in await getattr(client, api).create(stream=True, **params):
                            delivered.append(event)  # noqa: PERF401 - keeps what came before the error

                asyncio.run(run())
    assert len(delivered) == 3
    assert caught.value.frame is not None
    assert caught.value.frame.to_dict()["error"] == {"type": "overloaded_error", "message": "Overloaded"}


@pytest.mark.parametrize("api", ["responses", "messages"])
def test_failures_before_the_first_event_are_retried(api: str, mode: str) -> None:
    params = RESPONSES if api == "responses" else MESSAGES
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(
            Reply.sse([named_event("error", {"type": "error", "message": "busy"})], done=False),
            Reply.sse([b"event: message_start\ndata: {"], done=False),  # cut inside the first event
        )
        outcome = stream(mode, gw, api, retries=2, **params)
        assert len(gw.requests) == 3
    assert outcome.text == "Echo: Hello gateway"


def test_not_an_event_stream_is_a_validation_error(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        gw.enqueue(Reply.json(message_object("Hi")))
        with pytest.raises(APIResponseValidationError, match="text/event-stream"):
            stream(mode, gw, "messages", **MESSAGES)


def test_invalid_event_data_names_the_event(mode: str) -> None:
    with FakeGateway(api_key=KEY) as gw:
        bad = b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":7}\n\n'
        gw.enqueue(Reply.sse([message_events("Hi")[0], bad], done=False))
        with pytest.raises(APIResponseValidationError, match="event 2 \\(content_block_delta\\)"):
            stream(mode, gw, "messages", **MESSAGES)


# ----------------------------------------------------------------- connections
def test_streams_read_to_the_end_reuse_the_connection() -> None:
    with FakeGateway(api_key=KEY) as gw:
        with AIStats(api_key=KEY, base_url=gw.base_url) as client:
            for _ in range(3):
                assert client.responses.create(stream=True, **RESPONSES).get_final_response().output_text
                assert client.messages.create(stream=True, **MESSAGES).get_final_message().content
        assert gw.connections_opened == 1


def test_break_then_close_releases_the_connection() -> None:
    with FakeGateway(api_key=KEY) as gw, AIStats(api_key=KEY, base_url=gw.base_url) as client:
        with client.messages.create(stream=True, **MESSAGES) as events_stream:
            for event in events_stream:
                if isinstance(event, ContentBlockDeltaEvent):
                    break
        assert events_stream.response.is_closed
        again = client.responses.create(stream=True, **RESPONSES)
        again.close()
        assert again.response.is_closed
        assert "closed" in repr(again)
        assert client.messages.create(**MESSAGES).content


def test_async_break_then_close_releases_the_connection() -> None:
    async def run() -> bool:
        with FakeGateway(api_key=KEY) as gw:
            async with AsyncAIStats(api_key=KEY, base_url=gw.base_url) as client:
                async with await client.responses.create(stream=True, **RESPONSES) as events_stream:
                    async for _ in events_stream:
                        break
                closed: bool = events_stream.response.is_closed
                return closed

    assert asyncio.run(run())


_GENAPI_MODULES = (
    "aistats._streams.event_streams",
    "aistats._streams.protocols",
    "aistats.resources.messages",
    "aistats.resources.responses",
    "aistats_generated.models.content_block",
    "aistats_generated.models.message",
    "aistats_generated.models.response",
)


def test_import_aistats_loads_no_responses_or_messages_module() -> None:
    code = (
        "import json, sys, aistats\n"
        "before = sorted(sys.modules)\n"
        "client = aistats.AIStats(api_key='k', base_url='http://127.0.0.1:9')\n"
        "client.chat, aistats.__all__\n"
        "middle = sorted(sys.modules)\n"
        "client.responses, client.messages, aistats.ResponseStream\n"
        "print(json.dumps([before, middle, sorted(sys.modules)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, middle, after = ([m for m in mods if m.startswith(_GENAPI_MODULES)] for mods in json.loads(out))
    assert before == [] and middle == []
    assert "aistats.resources.responses" in after and "aistats.resources.messages" in after
    assert (
        "aistats_generated.models.responses_response" in after and "aistats._streams.event_streams" in after
    )
    client = AIStats(api_key=KEY, base_url="http://127.0.0.1:9")
    clone = client.with_options(max_retries=5)
    assert client.responses._client is client and clone.messages._client is clone
