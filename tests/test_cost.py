"""``.cost``, ``Budget`` and the 402 amounts (issue 30), against the real transcripts and the
built-in gateway, sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import aistats
from aistats import AIStats, AsyncAIStats, Budget, BudgetExceededError, Cost, InsufficientFundsError
from aistats.testing import DEFAULT_COST_USD, FakeGateway, Reply, chunk_frame
from aistats.types import ChatCompletionChunk, ChatCompletionsResponse
from aistats_generated.models import EmbeddingsResponse, MessagesResponse, ResponsesResponse
from aistats_generated.types import cost_of

from .support import KEY, MESSAGES, complete, stream_all

FIXTURES = Path(__file__).parent / "fixtures"
MODEL = "openai/gpt-5-nano"


def transcript(name: str) -> dict[str, Any]:
    folder = "wire2" if name[0] in "mre" and name[1].isdigit() else "wire"
    data: dict[str, Any] = json.loads((FIXTURES / folder / f"{name}.json").read_text())
    return data


def replay(name: str) -> Reply:
    """A transcript's response, sent as it was received."""
    response = transcript(name)["response"]
    body = base64.b64decode(response["body_b64"])
    parts, start = [], 0
    for length in response["body_chunk_byte_lengths"]:
        parts.append(body[start : start + length])
        start += length
    return Reply(
        status=response["status"], headers=tuple(response["headers"].items()), body=tuple(parts), chunked=True
    )


def json_body(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(base64.b64decode(transcript(name)["response"]["body_b64"]))
    return body


# -- which figure wins -----------------------------------------------------------------------
MODELS: dict[str, Any] = {"r": ResponsesResponse, "m": MessagesResponse, "e": EmbeddingsResponse}
PRICED_JSON = [
    "a_nonstream_text_compat", "a_nonstream_text_xai", "d_nonstream_tool_compat", "e_nonstream_reasoning_openai",
    "j_meta_true_nonstream_compat", "r01_responses_nonstream_text", "r03_responses_nonstream_tool",
    "r05_responses_nonstream_reasoning", "m01_messages_nonstream_text", "m03_messages_nonstream_tool",
    "m05_messages_nonstream_thinking", "m08_messages_nonstream_text_compat", "e01_embeddings_string",
    "e03_embeddings_base64_dimensions",
]  # fmt: skip


@pytest.mark.parametrize("name", PRICED_JSON)
def test_every_figure_of_a_priced_transcript_agrees_and_cost_nanos_is_the_cost(name: str) -> None:
    body = json_body(name)
    usage = body["usage"]
    pricing = usage.get("pricing") or usage["pricing_breakdown"]
    cost = cost_of(body)
    assert cost is not None
    assert cost.nanos == body["cost_nanos"] == pricing["total_nanos"]
    assert cost.usd == Decimal(pricing["total_usd_str"]) == Decimal(body["cost_nanos"]) / 10**9
    assert cost.currency == body["currency"] == "USD"
    assert [line.line_nanos for line in cost.lines] == [line["line_nanos"] for line in body["pricing_lines"]]
    assert sum(line.line_nanos or 0 for line in cost.lines) == cost.nanos
    model = MODELS[name[0]] if name[1].isdigit() else ChatCompletionsResponse
    assert model.from_dict(body).cost == cost  # the generated models' property reads the same


def test_the_rule_when_the_figures_differ_or_are_missing() -> None:
    pricing = {"total_nanos": 200, "total_usd_str": "0.0000003", "currency": "EUR", "lines": []}
    both = {"cost_nanos": 100, "currency": "USD", "usage": {"pricing": pricing}}
    assert cost_of(both) == Cost(usd=Decimal("1E-7"), nanos=100, currency="USD", lines=())  # cost_nanos wins
    usage_only = {"usage": {"pricing": pricing}}  # a stream's final usage frame
    assert cost_of(usage_only) == Cost(usd=Decimal("2E-7"), nanos=200, currency="EUR", lines=())
    text_only = {"usage": {"pricing_breakdown": {"total_usd_str": "2.2e-7"}}}
    assert cost_of(text_only) == Cost(usd=Decimal("2.2e-7"), nanos=220, currency="USD", lines=())
    for unpriced in ({}, {"usage": {"prompt_tokens": 1}}, {"usage": {"pricing": None}}, {"usage": None}):
        assert cost_of(unpriced) is None
    zero = json_body("a_nonstream_text_openai")  # the openai path: usage.pricing of 0, no cost_nanos
    assert "cost_nanos" not in zero and cost_of(zero) == Cost(
        usd=Decimal(0), nanos=0, currency="USD", lines=()
    )


# -- .cost through real calls, as the transcripts say ----------------------------------------
def test_chat_cost_matches_the_transcripts_json_and_streamed(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(replay("a_nonstream_text_compat"), replay("b_stream_text_compat"))
    completion = complete(mode, fake_gateway.base_url)
    cost: Cost | None = completion.cost  # typed for users (mypy --strict checks this file)
    assert cost is not None and (cost.usd, cost.nanos, cost.currency) == (Decimal("0.0000132"), 13200, "USD")
    assert [line.dimension for line in cost.lines] == ["input_text_tokens", "output_text_tokens"]
    _, final = stream_all(mode, fake_gateway.base_url)
    assert final.cost is not None and (final.cost.usd, final.cost.nanos) == (Decimal("0.0000132"), 13200)
    assert [line.line_nanos for line in final.cost.lines] == [3600, 9600]


def test_responses_and_messages_cost_matches_the_transcripts(mode: str, fake_gateway: FakeGateway) -> None:
    names = ["r01_responses_nonstream_text", "r02_responses_stream_text", "m01_messages_nonstream_text",
             "m02_messages_stream_text"]  # fmt: skip
    fake_gateway.enqueue(*(replay(name) for name in names))
    kwargs: dict[str, Any] = {"model": MODEL, "input": "hi"}
    message_kwargs: dict[str, Any] = {"model": MODEL, "max_tokens": 16, "messages": MESSAGES}

    def sync() -> list[Cost | None]:
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            response = client.responses.create(**kwargs)
            with client.responses.create(**kwargs, stream=True) as stream:
                final = stream.get_final_response()
            message = client.messages.create(**message_kwargs)
            with client.messages.create(**message_kwargs, stream=True) as events:
                built = events.get_final_message()
            return [response.cost, final.cost, message.cost, built.cost]

    async def run() -> list[Cost | None]:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            response = await client.responses.create(**kwargs)
            async with await client.responses.create(**kwargs, stream=True) as stream:
                final = await stream.get_final_response()
            message = await client.messages.create(**message_kwargs)
            async with await client.messages.create(**message_kwargs, stream=True) as events:
                built = await events.get_final_message()
            return [response.cost, final.cost, message.cost, built.cost]

    costs = sync() if mode == "sync" else asyncio.run(run())
    assert [c.nanos if c else None for c in costs] == [13200, 13200, 117000, None]  # m02 carries no price
    assert costs[2] is not None and costs[2].usd == Decimal("0.000117")


def test_the_fake_prices_its_replies_per_reply_and_by_default(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.default().with_cost("0.5"), Reply.default().with_cost(0.1))
    half = complete(mode, fake_gateway.base_url).cost
    assert half is not None and (half.usd, half.nanos) == (Decimal("0.5"), 500_000_000)
    assert sum(line.line_nanos or 0 for line in half.lines) == half.nanos
    _, final = stream_all(mode, fake_gateway.base_url)
    assert final.cost is not None and final.cost.usd == Decimal("0.1")
    wire = fake_gateway.requests[-1]
    assert wire.json()["stream"] is True
    default = complete(mode, fake_gateway.base_url).cost
    assert default is not None and default.usd == DEFAULT_COST_USD
    with FakeGateway(cost_usd=None) as unpriced:
        assert complete(mode, unpriced.base_url).cost is None
    with pytest.raises(ValueError, match="cost_usd"):
        Reply.default().with_cost(-1)


# -- the budget ------------------------------------------------------------------------------
def _call(
    mode: str, gateway: FakeGateway, *, stream: bool = False, **options: Any
) -> ChatCompletionsResponse:
    """One chat call through a client of its own (made with ``options``, closed after)."""
    params: dict[str, Any] = {"model": MODEL, "messages": MESSAGES}
    options = {"api_key": KEY, "base_url": gateway.base_url, **options}
    if mode == "sync":
        with AIStats(**options) as client:
            if not stream:
                result: ChatCompletionsResponse = client.chat.completions.create(**params)
                return result
            with client.chat.completions.create(**params, stream=True) as s:
                ended: ChatCompletionsResponse = s.get_final_completion()
                return ended

    async def run() -> ChatCompletionsResponse:
        async with AsyncAIStats(**options) as client:
            if not stream:
                answer: ChatCompletionsResponse = await client.chat.completions.create(**params)
                return answer
            async with await client.chat.completions.create(**params, stream=True) as s:
                final: ChatCompletionsResponse = await s.get_final_completion()
                return final

    return asyncio.run(run())


def test_the_call_after_the_one_that_crossed_the_budget_is_refused_unsent(
    mode: str, fake_gateway: FakeGateway
) -> None:
    budget = Budget(usd="0.00002")  # more than one default reply, less than two
    _call(mode, fake_gateway, budget=budget)
    assert (budget.spent_usd, budget.remaining_usd) == (
        DEFAULT_COST_USD,
        Decimal("0.00002") - DEFAULT_COST_USD,
    )
    _call(mode, fake_gateway, budget=budget, stream=True)  # in budget when it started: runs, crosses it
    assert budget.spent_usd == 2 * DEFAULT_COST_USD and budget.remaining_usd == 0 and budget.exceeded
    sent = len(fake_gateway.requests)
    for stream in (False, True):
        with pytest.raises(BudgetExceededError) as info:
            _call(mode, fake_gateway, budget=budget, stream=stream)
        assert info.value.budget is budget and isinstance(info.value, aistats.AIStatsError)
        assert "not sent" in str(info.value)
    assert len(fake_gateway.requests) == sent  # the server received nothing
    assert budget.calls == 2


def test_two_clients_and_with_options_share_one_budget(mode: str, fake_gateway: FakeGateway) -> None:
    budget = Budget(usd=1)
    fake_gateway.enqueue(*(Reply.default().with_cost(cost) for cost in ("0.25", "0.5", "0.125", "0.0625")))
    _call(mode, fake_gateway, budget=budget)  # two clients, one budget
    _call(mode, fake_gateway, budget=budget, stream=True)
    params: dict[str, Any] = {"model": MODEL, "messages": MESSAGES}
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as plain:
            plain.with_options(budget=budget).chat.completions.create(**params)
            plain.with_options(budget=budget).with_options(max_retries=0).chat.completions.create(**params)
    else:

        async def run() -> None:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as plain:
                await plain.with_options(budget=budget).chat.completions.create(**params)
                await (
                    plain.with_options(budget=budget)
                    .with_options(max_retries=0)
                    .chat.completions.create(**params)
                )

        asyncio.run(run())
    assert budget.spent_usd == Decimal("0.9375") and budget.calls == 4
    with pytest.raises(aistats.AIStatsError, match=r"aistats\.Budget"):
        AIStats(api_key=KEY, budget=5)  # type: ignore[arg-type]


def test_a_cut_stream_adds_what_the_gateway_reported(mode: str, fake_gateway: FakeGateway) -> None:
    budget = Budget(usd=1)
    fake_gateway.enqueue(Reply.sse([chunk_frame("a", role="assistant")], done=False).with_faults(close=True))
    with pytest.raises(aistats.APIConnectionError):
        _call(mode, fake_gateway, budget=budget, max_retries=0, stream=True)
    assert (budget.calls, budget.spent_usd) == (1, Decimal(0))  # cut before the usage frame: no price came


def test_threads_lose_no_update() -> None:
    budget = Budget(usd=10**6)
    step = Decimal("0.000000001")

    def add() -> None:
        for _ in range(2000):
            budget.add(step)

    threads = [threading.Thread(target=add) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert budget.spent_usd == 16 * 2000 * step and budget.calls == 32000


def test_calls_in_threads_and_tasks_lose_no_update(fake_gateway: FakeGateway) -> None:
    budget = Budget(usd=100)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url, budget=budget) as client:

        def calls() -> None:
            for _ in range(5):
                client.chat.completions.create(model=MODEL, messages=MESSAGES)

        threads = [threading.Thread(target=calls) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert budget.spent_usd == 30 * DEFAULT_COST_USD

    async def tasks() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url, budget=budget) as client:
            await asyncio.gather(
                *(client.chat.completions.create(model=MODEL, messages=MESSAGES) for _ in range(30))
            )

    asyncio.run(tasks())
    assert budget.spent_usd == 60 * DEFAULT_COST_USD and budget.calls == 60


def test_a_budget_takes_exact_amounts_and_refuses_nonsense() -> None:
    assert Budget(usd=0.1).usd == Decimal("0.1")  # a float through its shortest text
    assert Budget(usd="5").remaining_usd == 5 and not Budget(usd=1).exceeded
    assert Budget(usd=0).exceeded  # a zero budget refuses the first call
    for bad in (-1, "NaN", "abc", float("inf")):
        with pytest.raises(ValueError, match="Budget"):
            Budget(usd=bad)
    with pytest.raises(TypeError):
        Budget(usd=True)
    with pytest.raises(BudgetExceededError):
        Budget(usd=0).check()


# -- 402 -------------------------------------------------------------------------------------
def test_insufficient_funds_carries_the_amounts_and_says_why(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.insufficient_funds(reserved_nanos=4_000_000, balance_nanos=1_000, available_nanos=900)
    )
    with pytest.raises(InsufficientFundsError) as info:
        complete(mode, fake_gateway.base_url)
    error = info.value
    assert (error.reserved_nanos, error.balance_nanos, error.available_nanos, error.required_nanos) == (
        4_000_000, 1_000, 900, None,
    )  # fmt: skip
    assert error.code == "insufficient_funds" and "reserves the largest possible cost" in str(error)
    assert "reserved_nanos=4000000" in str(error)
    nested = {
        "error": {"type": "insufficient_funds", "reason": "x", "reserved_nanos": 7}
    }  # the batch handlers'
    fake_gateway.enqueue(Reply.json(nested, status=402))
    with pytest.raises(InsufficientFundsError) as again:
        complete(mode, fake_gateway.base_url)
    assert again.value.reserved_nanos == 7 and again.value.amounts == {"reserved_nanos": 7}


def test_a_chunk_reads_its_cost_without_parsing_more() -> None:
    frame = json.loads(transcript("b_stream_text_compat")["response"]["body_text"].split("data: ")[-1])
    chunk = ChatCompletionChunk.from_dict(frame)
    assert chunk.cost is not None and chunk.cost.nanos == 13200
    assert "cost" not in chunk.to_dict()  # a property, not a field


def test_a_responses_stream_adds_its_cost_when_it_ends(mode: str, fake_gateway: FakeGateway) -> None:
    budget = Budget(usd=1)
    kwargs: dict[str, Any] = {"model": MODEL, "input": "hi", "stream": True}
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url, budget=budget) as client:
            stream = client.responses.create(**kwargs)
            assert budget.calls == 0  # not ended yet
            events = list(stream)
    else:

        async def run() -> list[Any]:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url, budget=budget) as client:
                stream = await client.responses.create(**kwargs)
                assert budget.calls == 0
                return [event async for event in stream]

        events = asyncio.run(run())
    assert events[-1].type == "response.completed"
    assert (budget.calls, budget.spent_usd) == (1, DEFAULT_COST_USD)


def test_audio_json_forms_carry_their_cost() -> None:
    """Audio's JSON forms are priced by the gateway too (wire3 z12, au20): ``.cost`` on the
    transcription and on the speech ``BinaryResponse``, ``None`` on raw audio bytes."""
    import base64 as b64
    import json as js
    import pickle
    from pathlib import Path

    from aistats.testing import FakeGateway, Reply

    wire3 = Path(__file__).resolve().parent / "fixtures" / "wire3"
    speech = js.loads((wire3 / "z12_speech_xai_json_upstream_accept_json.json").read_text())
    transcription = js.loads((wire3 / "au20_transcription_json.json").read_text())
    with FakeGateway() as gateway, aistats.AIStats(api_key="k", base_url=gateway.base_url) as client:
        gateway.enqueue(
            Reply.raw(200, b64.b64decode(speech["response"]["body_b64"]), content_type="application/json"),
            route="/audio/speech",
        )
        spoken = client.audio.speech.create(
            model="xai/grok-tts", input="Hi", voice="eve", extra_headers={"Accept": "application/json"}
        )
        gateway.enqueue(
            Reply.raw(
                200, b64.b64decode(transcription["response"]["body_b64"]), content_type="application/json"
            ),
            route="/audio/transcriptions",
        )
        heard = client.audio.transcriptions.create(
            model="openai/gpt-4o-mini-transcribe", file=("a.wav", b"RIFF")
        )
        gateway.enqueue(Reply.raw(200, b"ID3", content_type="audio/mpeg"), route="/audio/speech")
        raw = client.audio.speech.create(model="openai/gpt-4o-mini-tts", input="Hi", voice="alloy")
    spoken_body = js.loads(b64.b64decode(speech["response"]["body_b64"]))
    heard_body = js.loads(b64.b64decode(transcription["response"]["body_b64"]))
    assert spoken.cost is not None and spoken.cost.nanos == spoken_body["cost_nanos"]
    assert heard.cost is not None and heard.cost.nanos == heard_body["cost_nanos"]
    assert raw.cost is None
    assert pickle.loads(pickle.dumps(spoken)).cost == spoken.cost
