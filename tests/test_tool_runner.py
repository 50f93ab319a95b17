"""``run_tools`` on chat completions and ``/responses``, sync and async, against the built-in
gateway: parallel calls with results in call order, the limits (``max_turns``,
``max_cost_usd``) checked after every turn, ``ToolError``, bad arguments, denial,
pause/resume, other exceptions ending the run, and the run's spans."""

from __future__ import annotations

import asyncio
import copy
import pickle
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

import aistats
from aistats import AIStats, AsyncAIStats, PauseRun, Telemetry, ToolCall, ToolError, ToolRunLimitError
from aistats.testing import DEFAULT_COST_USD, FakeGateway, Reply, tool_calls_reply
from tests.support import KEY

MODEL = "openai/gpt-5-nano"
PROMPT = "Hello gateway"


class Driver:
    """One client of ``mode`` on ``api``, with each step run to completion, so that one test
    body covers sync and async (the async client lives on one event loop of its own)."""

    def __init__(self, mode: str, api: str, gateway: FakeGateway, **client: Any) -> None:
        self.mode, self.api, self.gateway = mode, api, gateway
        options = {"api_key": KEY, "base_url": gateway.base_url, "max_retries": 0, **client}
        self.loop = asyncio.new_event_loop() if mode == "async" else None
        self.client: Any = AIStats(**options) if mode == "sync" else AsyncAIStats(**options)

    def start(self, **params: Any) -> Any:
        params.setdefault("model", MODEL)
        if self.api == "chat":
            params.setdefault("messages", [{"role": "user", "content": PROMPT}])
            return self.client.chat.completions.run_tools(**params)
        params.setdefault("input", PROMPT)
        return self.client.responses.run_tools(**params)

    def wait(self, step: Any) -> Any:
        return step if self.loop is None else self.loop.run_until_complete(step)

    def final(self, run: Any) -> Any:
        return self.wait(run.final())

    def turns(self, run: Any) -> list[Any]:
        if self.loop is None:
            return list(run)

        async def collect() -> list[Any]:
            return [completion async for completion in run]

        done: list[Any] = self.wait(collect())
        return done

    def close(self) -> None:
        if self.loop is None:
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()

    # -- what the gateway saw --------------------------------------------------------------

    def sent(self, n: int) -> list[dict[str, Any]]:
        """The history sent with request ``n`` (messages or input items)."""
        body = self.gateway.requests[n].json()
        history: list[dict[str, Any]] = body["messages" if self.api == "chat" else "input"]
        return history

    def results(self, n: int) -> list[tuple[str, str]]:
        """(call id, output) of each tool result sent with request ``n``, in order."""
        if self.api == "chat":
            return [(m["tool_call_id"], m["content"]) for m in self.sent(n) if m.get("role") == "tool"]
        return [(i["call_id"], i["output"]) for i in self.sent(n) if i.get("type") == "function_call_output"]

    def text(self, completion: Any) -> str:
        if self.api == "chat":
            content: str = completion.choices[0].message.content
            return content
        out: str = completion.output_text
        return out


@pytest.fixture(params=["chat", "responses"])
def driver(request: pytest.FixtureRequest, mode: str, fake_gateway: FakeGateway) -> Iterator[Driver]:
    made = Driver(mode, request.param, fake_gateway)
    yield made
    made.close()


@aistats.tool
def double(n: int) -> int:
    """Twice n."""
    return n * 2


# -- parallel calls, results in call order ----------------------------------------------------


@pytest.mark.parametrize("kind", ["sync_tool", "async_tool"])
def test_one_turns_calls_run_in_parallel_and_answer_in_call_order(driver: Driver, kind: str) -> None:
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def note(started: float) -> None:
        with lock:
            spans.append((started, time.perf_counter()))

    @aistats.tool
    def slow_sync(label: str, seconds: float) -> str:
        """Wait, then say the label."""
        started = time.perf_counter()
        time.sleep(seconds)
        note(started)
        return label

    @aistats.tool(name="slow")
    async def slow_async(label: str, seconds: float) -> str:
        started = time.perf_counter()
        await asyncio.sleep(seconds)
        note(started)
        return label

    chosen = slow_sync if kind == "sync_tool" else slow_async
    name = chosen.name
    # the first call is the slower one: it ends last, and its result still comes first
    driver.gateway.enqueue(
        tool_calls_reply(
            (name, {"label": "first", "seconds": 0.3}), (name, {"label": "second", "seconds": 0.3})
        )
    )
    run = driver.start(tools=[chosen])
    final = driver.final(run)
    assert driver.text(final) == f"Echo: {PROMPT}"
    assert len(spans) == 2
    assert max(end for _, end in spans) - min(start for start, _ in spans) < 0.55  # not one after the other
    assert driver.results(1) == [("call_req_1_1", "first"), ("call_req_1_2", "second")]
    assert len(run.completions) == 2 and run.completions[-1] is final


def test_parallel_false_runs_one_call_after_the_other(driver: Driver) -> None:
    order: list[str] = []

    @aistats.tool
    def step(label: str) -> str:
        order.append(f"start {label}")
        time.sleep(0.05)
        order.append(f"end {label}")
        return label

    driver.gateway.enqueue(tool_calls_reply(("step", {"label": "a"}), ("step", {"label": "b"})))
    driver.final(driver.start(tools=[step], parallel=False))
    assert order == ["start a", "end a", "start b", "end b"]


def test_the_history_holds_the_whole_run_as_sent(driver: Driver) -> None:
    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 21})))
    run = driver.start(tools=[double])
    completions = driver.turns(run)
    assert len(completions) == 2 and driver.turns(run) == []  # iteration ends with the run
    assert driver.final(run) is completions[-1]
    history = run.messages
    assert history[: len(driver.sent(1))] == driver.sent(1)  # what the second turn sent
    if driver.api == "chat":
        assert history == [
            {"role": "user", "content": PROMPT},
            {
                "role": "assistant",
                "content": "",
                "tool_calls": [
                    {
                        "id": "call_req_1_1",
                        "type": "function",
                        "function": {"name": "double", "arguments": '{"n": 21}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_req_1_1", "content": "42"},
            {"role": "assistant", "content": f"Echo: {PROMPT}"},
        ]
        assert driver.gateway.requests[0].json()["tools"] == [double.chat_param()]
    else:  # the function_call item goes back as it came, then a function_call_output item
        assert history[:3] == [
            {"role": "user", "content": PROMPT},
            {
                "type": "function_call",
                "id": "fc_call_req_1_1",
                "status": "completed",
                "call_id": "call_req_1_1",
                "name": "double",
                "arguments": '{"n": 21}',
            },
            {"type": "function_call_output", "call_id": "call_req_1_1", "output": "42"},
        ]
        assert history[3]["type"] == "message"
        assert driver.gateway.requests[0].json()["tools"] == [double.responses_param()]


# -- the limits ---------------------------------------------------------------------------------


def test_a_model_that_always_asks_stops_after_max_turns(driver: Driver) -> None:
    calls: list[int] = []

    @aistats.tool
    def ping(n: int) -> str:
        calls.append(n)
        return "pong"

    for _ in range(5):
        driver.gateway.enqueue(tool_calls_reply(("ping", {"n": 1})))
    run = driver.start(tools=[ping], max_turns=3)
    with pytest.raises(
        ToolRunLimitError, match=r"max_turns=3 with 1 tool call\(s\) still pending \(ping\)"
    ) as info:
        driver.final(run)
    assert len(driver.gateway.requests) == 3  # three model calls, no fourth
    assert calls == [1, 1]  # the third turn's call is pending, not run
    assert info.value.run is run
    assert [(c.name, c.arguments) for c in run.pending] == [("ping", {"n": 1})]
    assert len(run.completions) == 3
    with pytest.raises(ToolRunLimitError):  # the run is over: final() says why again
        driver.final(run)
    assert driver.turns(run) == [] and len(driver.gateway.requests) == 3


def test_max_turns_is_ten_by_default(driver: Driver) -> None:
    for _ in range(12):
        driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1})))
    with pytest.raises(ToolRunLimitError, match="max_turns=10"):
        driver.final(driver.start(tools=[double]))
    assert len(driver.gateway.requests) == 10


def test_the_budget_stops_the_run_once_the_reported_cost_reaches_it(driver: Driver) -> None:
    for _ in range(5):  # $0.40 a turn, as the gateway reports it
        driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1})).with_cost("0.40"))
    run = driver.start(tools=[double], max_cost_usd=1)
    with pytest.raises(ToolRunLimitError, match=r"max_cost_usd=1 \(spent \$1\.2"):
        driver.final(run)
    assert len(driver.gateway.requests) == 3  # 0.4, 0.8, then 1.2 >= 1: stopped after the third turn
    assert run.spent_usd == Decimal("1.2")
    assert run.budget is not None and run.budget.usd == 1 and run.budget.spent_usd == Decimal("1.2")


def test_a_run_within_its_budget_ends_normally(driver: Driver) -> None:
    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1})).with_cost("0.40"))
    run = driver.start(tools=[double], max_cost_usd=Decimal("0.5"))
    final = driver.final(run)
    assert driver.text(final) == f"Echo: {PROMPT}"  # the answer asks for no tool: no limit
    assert final.cost is not None and final.cost.usd == DEFAULT_COST_USD  # the default reply's price
    assert run.spent_usd == Decimal("0.4") + DEFAULT_COST_USD


def test_a_model_answering_after_the_budget_is_spent_is_not_an_error(driver: Driver) -> None:
    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1})).with_cost("0.40"))
    driver.gateway.enqueue(Reply.default().with_cost("0.70"))
    run = driver.start(tools=[double], max_cost_usd="1")
    assert driver.text(driver.final(run)) == f"Echo: {PROMPT}"
    assert run.spent_usd == Decimal("1.1")


# -- what goes back to the model ----------------------------------------------------------------


def test_tool_error_bad_arguments_and_unknown_tools_go_back_to_the_model(driver: Driver) -> None:
    ran: list[int] = []

    @aistats.tool
    def lookup(n: int) -> str:
        ran.append(n)
        raise ToolError(f"nothing under {n}")

    driver.gateway.enqueue(
        tool_calls_reply(
            ("lookup", {"n": 7}), ("lookup", {"n": "seven"}), ("missing", {}), ("lookup", "{oops")
        )
    )
    final = driver.final(driver.start(tools=[lookup, double]))
    assert driver.text(final) == f"Echo: {PROMPT}"
    assert ran == [7]  # only the call whose arguments fit ran
    assert [output for _, output in driver.results(1)] == [
        "Error: nothing under 7",
        "Invalid arguments for lookup:\nn: expected integer, got string",
        "Error: there is no tool 'missing' (tools: lookup, double).",
        "Invalid arguments for lookup:\narguments: not valid JSON (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1))",
    ]


def test_any_other_exception_ends_the_run_and_reaches_the_caller(driver: Driver) -> None:
    @aistats.tool
    def broken(n: int) -> int:
        raise KeyError(n)

    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1}), ("broken", {"n": 2})))
    run = driver.start(tools=[double, broken])
    with pytest.raises(KeyError):
        driver.final(run)
    assert len(driver.gateway.requests) == 1
    assert driver.turns(run) == []  # ended: nothing more is sent
    with pytest.raises(KeyError):
        driver.final(run)
    assert len(driver.gateway.requests) == 1


def test_a_failed_model_call_can_be_asked_again(driver: Driver) -> None:
    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 1})), Reply.error(500, "gateway_error"))
    run = driver.start(tools=[double])
    with pytest.raises(aistats.InternalServerError):
        driver.final(run)  # the second model call failed: nothing of it entered the history
    assert len(run.completions) == 1 and run.messages[-1] == driver.sent(1)[-1]
    assert driver.text(driver.final(run)) == f"Echo: {PROMPT}"  # going on sends it again
    assert driver.sent(2) == driver.sent(1)


def test_a_denied_call_is_not_run_and_the_model_is_told(driver: Driver) -> None:
    deleted: list[str] = []

    @aistats.tool
    def delete(path: str) -> str:
        deleted.append(path)
        return "done"

    seen: list[ToolCall] = []

    def approve(call: ToolCall) -> bool:
        seen.append(call)
        return call.name != "delete"

    driver.gateway.enqueue(tool_calls_reply(("delete", {"path": "/etc"}), ("double", {"n": 2})))
    driver.final(driver.start(tools=[delete, double], approve=approve))
    assert deleted == []
    assert [(c.id, c.name, c.arguments) for c in seen] == [
        ("call_req_1_1", "delete", {"path": "/etc"}), ("call_req_1_2", "double", {"n": 2}),
    ]  # fmt: skip
    assert driver.results(1) == [
        ("call_req_1_1", "The user denied this call to delete."),
        ("call_req_1_2", "4"),
    ]


def test_an_async_approve_is_awaited_on_the_async_client(fake_gateway: FakeGateway) -> None:
    driver = Driver("async", "chat", fake_gateway)

    async def approve(call: ToolCall) -> bool:
        await asyncio.sleep(0)
        return False

    try:
        fake_gateway.enqueue(tool_calls_reply(("double", {"n": 2})))
        driver.final(driver.start(tools=[double], approve=approve))
        assert driver.results(1) == [("call_req_1_1", "The user denied this call to double.")]
    finally:
        driver.close()


def test_an_async_approve_is_refused_on_the_sync_client(fake_gateway: FakeGateway) -> None:
    driver = Driver("sync", "chat", fake_gateway)

    async def approve(call: ToolCall) -> bool:
        return True

    try:
        fake_gateway.enqueue(tool_calls_reply(("double", {"n": 2})))
        with pytest.raises(TypeError, match="use AsyncAIStats for an async approve"):
            driver.final(driver.start(tools=[double], approve=approve))
    finally:
        driver.close()


def test_approve_must_say_yes_or_no(driver: Driver) -> None:
    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 2})))
    run = driver.start(tools=[double], approve=lambda call: None)
    with pytest.raises(TypeError, match="approve\\(\\) must return True or False"):
        driver.final(run)
    assert driver.turns(run) == [] and len(driver.gateway.requests) == 1  # the run ended there


def test_pause_and_resume(driver: Driver) -> None:
    deleted: list[str] = []

    @aistats.tool
    def delete(path: str) -> str:
        deleted.append(path)
        return "done"

    def approve(call: ToolCall) -> bool:
        if call.name == "delete":
            raise PauseRun("ask a human")
        return True

    driver.gateway.enqueue(tool_calls_reply(("delete", {"path": "/tmp/x"}), ("double", {"n": 5})))
    run = driver.start(tools=[delete, double], approve=approve)
    with pytest.raises(PauseRun, match="ask a human") as paused:
        driver.final(run)
    assert paused.value.run is run
    assert [(c.id, c.name, c.arguments) for c in run.pending] == [
        ("call_req_1_1", "delete", {"path": "/tmp/x"})
    ]
    assert len(driver.gateway.requests) == 1 and deleted == []
    assert driver.turns(run) == []  # a paused run sends nothing
    with pytest.raises(ValueError, match="no pending call has the id 'nope'"):
        run.resume(results={"nope": 1})
    with pytest.raises(ValueError, match="missing 'call_req_1_1'"):
        run.resume(results={})
    assert run.resume(results={"call_req_1_1": {"deleted": True}}) is run
    assert run.pending == []
    assert driver.text(driver.final(run)) == f"Echo: {PROMPT}"
    assert driver.results(1) == [("call_req_1_1", '{"deleted": true}'), ("call_req_1_2", "10")]
    with pytest.raises(ValueError, match="not paused"):
        run.resume(results={})


def test_a_tool_error_given_to_resume_goes_back_as_an_error(driver: Driver) -> None:
    def approve(call: ToolCall) -> bool:
        raise PauseRun

    driver.gateway.enqueue(tool_calls_reply(("double", {"n": 5})))
    run = driver.start(tools=[double], approve=approve)
    assert len(driver.turns(run)) == 1 and run.pending
    run.resume(results={run.pending[0].id: ToolError("the human said no: too risky")})
    driver.final(run)
    assert driver.results(1) == [("call_req_1_1", "Error: the human said no: too risky")]


# -- bad input, before anything is sent ---------------------------------------------------------


def _other(n: int) -> int:
    return n


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"modle": MODEL}, TypeError, "modle"),
        ({"stream": True}, TypeError, "without streaming"),
        ({"tools": [{"type": "function", "function": {"name": "x"}}]}, TypeError, "@aistats.tool functions"),
        ({"tools": []}, ValueError, "at least one tool"),
        (
            {"tools": [double, aistats.tool(name="double")(_other)]},
            ValueError,
            "two tools are named 'double'",
        ),
        ({"max_turns": 0}, ValueError, "max_turns"),
        ({"max_cost_usd": -1}, ValueError, "max_cost_usd"),
        ({"approve": "yes"}, TypeError, "approve"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    driver: Driver, changes: dict[str, Any], error: type[Exception], words: str
) -> None:
    params: dict[str, Any] = {"tools": [double], **changes}
    with pytest.raises(error, match=words):
        driver.start(**params)
    assert driver.gateway.requests == []


def test_nothing_is_sent_until_the_run_is_iterated(driver: Driver) -> None:
    driver.start(tools=[double])
    assert driver.gateway.requests == []


def test_the_limit_error_copies_without_its_run() -> None:
    error = ToolRunLimitError("stopped", run=object())
    for copied in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(copied) is ToolRunLimitError and str(copied) == "stopped" and copied.run is None


# -- OpenTelemetry ------------------------------------------------------------------------------


def test_a_run_is_a_parent_span_of_its_model_calls_and_tool_calls(
    mode: str, fake_gateway: FakeGateway
) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    driver = Driver(mode, "chat", fake_gateway, telemetry=Telemetry(tracer_provider=provider))
    try:
        fake_gateway.enqueue(tool_calls_reply(("double", {"n": 1}), ("double", {"n": 2})))
        driver.final(driver.start(tools=[double]))
    finally:
        driver.close()
        provider.shutdown()
    spans = exporter.get_finished_spans()
    (run,) = [s for s in spans if s.name == f"run_tools {MODEL}"]
    assert run.kind == SpanKind.INTERNAL and run.parent is None
    assert run.attributes is not None and run.attributes["aistats.tool_run.turns"] == 2
    assert run.attributes["aistats.tool_run.outcome"] == "completed"
    assert run.attributes["gen_ai.usage.cost"] == float(DEFAULT_COST_USD)  # the priced answer's cost
    children = [s for s in spans if s.parent is not None and s.parent.span_id == run.context.span_id]
    models = [s for s in children if s.kind == SpanKind.CLIENT]
    tools = [s for s in children if s.name == "execute_tool double"]
    assert len(models) == 2 and len(tools) == 2 and len(children) == 4
    assert all(s.context.trace_id == run.context.trace_id for s in spans)
    assert sorted(str((s.attributes or {})["gen_ai.tool.call.id"]) for s in tools) == [
        "call_req_1_1",
        "call_req_1_2",
    ]
    assert all((s.attributes or {})["gen_ai.operation.name"] == "execute_tool" for s in tools)
