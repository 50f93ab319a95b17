"""Chaos load: 100 concurrent calls, half of them streams, through one client (threads over
one ``AIStats``, tasks over one ``AsyncAIStats``) against a gateway that injects faults
into about 30 % of the replies it serves: resets, cuts before and after the first chunk, a wrong
``Content-Length``, 500 and 429 with ``retry-after-ms``, error frames before and after the
first chunk, slow drips within the timeout, and gzip.

The faults are planned per call and per attempt from a seeded ``random.Random``, and the
gateway serves them by the call's own message, so the outcome of every call is known in
advance whatever the scheduling: each call must end exactly as planned (its own echo, or
the documented error after the planned number of attempts), none may hang, and afterwards
no connection is checked out, and file descriptors and threads are back where they began.
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from aistats import (
    AIStats,
    APIConnectionError,
    APIError,
    AsyncAIStats,
    InternalServerError,
    RateLimitError,
    StreamError,
)
from aistats.testing import (
    FakeGateway,
    RecordedRequest,
    Reply,
    chunk_frame,
    default_reply,
    error_frame,
)
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk

from .support import KEY, text_of

SEED = 20_240_607
CALLS = 100
MAX_RETRIES = 2
FAULT_RATE = 0.25  # per planned attempt; with the retries it adds, ~31 % of the replies served
BOUND = 90.0  # seconds for all 100 calls: a hang fails the test instead of stalling it
SETTLE = 10.0  # seconds for closed sockets and ended threads to be gone
FAST = {"retry-after-ms": "5"}

BENIGN = frozenset({"ok", "drip", "gzip"})
JSON_FAULTS = ("reset", "cut", "long-length", "500", "429", "drip", "gzip")
STREAM_FAULTS = ("reset", "cut-early", "cut-late", "500", "429", "error-early", "error-late", "drip", "gzip")
#: Failures after the first chunk reached the caller: never retried.
NOT_RETRIED = frozenset({"cut-late", "error-late"})
ERRORS: dict[str, type[APIError]] = {
    "reset": APIConnectionError,
    "cut": APIConnectionError,
    "cut-early": APIConnectionError,
    "cut-late": APIConnectionError,
    "long-length": APIConnectionError,
    "500": InternalServerError,
    "429": RateLimitError,
    "error-early": StreamError,
    "error-late": StreamError,
}


@dataclass(frozen=True)
class Call:
    """One planned call: its kind and the reply to serve at each attempt."""

    index: int
    stream: bool
    kinds: tuple[str, ...]

    @property
    def message(self) -> str:
        return f"chaos call {self.index}"

    @property
    def echo(self) -> str:
        return f"Echo: {self.message}"

    def expected(self) -> tuple[str, int]:
        """The planned outcome (``"ok"`` or an error class name) and number of attempts."""
        for attempt, kind in enumerate(self.kinds):
            if kind in BENIGN:
                return "ok", attempt + 1
            if kind in NOT_RETRIED or attempt == MAX_RETRIES:
                return ERRORS[kind].__name__, attempt + 1
        raise AssertionError(f"plan of call {self.index} has too few attempts")


def plan(seed: int) -> list[Call]:
    rng = random.Random(seed)
    calls = []
    for index in range(CALLS):
        stream = index % 2 == 1
        faults = STREAM_FAULTS if stream else JSON_FAULTS
        kinds = tuple(
            rng.choice(faults) if rng.random() < FAULT_RATE else "ok" for _ in range(MAX_RETRIES + 1)
        )
        calls.append(Call(index, stream, kinds))
    return calls


def body_size(reply: Reply) -> int:
    return sum(len(part) for part in reply.body if isinstance(part, bytes))


def build(kind: str, request: RecordedRequest) -> Reply:
    """The gateway's reply of this kind to ``request``."""
    good = default_reply(request)
    first = good.body[0]
    assert isinstance(first, bytes)
    replies: dict[str, Callable[[], Reply]] = {
        "ok": lambda: good,
        "drip": lambda: good.with_faults(drip=(48, 0.003)),
        "gzip": lambda: good.with_faults(gzip=True),
        "reset": Reply.reset,
        "cut": lambda: good.with_faults(cut_after_bytes=body_size(good) // 2),
        "long-length": lambda: good.with_faults(declared_length=body_size(good) + 100),
        "cut-early": lambda: good.with_faults(cut_after_bytes=30),  # inside the first frame
        "cut-late": lambda: good.with_faults(cut_after_bytes=len(first) + 30),  # inside the second
        "500": lambda: Reply.error(500, "upstream_error", reason="chaos", headers=FAST),
        "429": lambda: Reply.error(429, "key_limit_exceeded", reason="chaos", headers=FAST),
        "error-early": lambda: Reply.sse([error_frame("failed before any token")], done=False),
        "error-late": lambda: Reply.sse(
            [chunk_frame("Echo:", role="assistant"), error_frame("failed mid-stream")], done=False
        ),
    }
    return replies[kind]()


class Chaos:
    """The gateway's responder: serves each call's planned reply for its attempt."""

    def __init__(self, calls: list[Call]) -> None:
        self._calls = {call.message: call for call in calls}
        self._lock = threading.Lock()
        self.served: dict[int, list[str]] = collections.defaultdict(list)

    def __call__(self, request: RecordedRequest) -> Reply:
        call = self._calls[request.json()["messages"][-1]["content"]]
        with self._lock:
            attempt = len(self.served[call.index])
            kind = call.kinds[attempt] if attempt < len(call.kinds) else "unplanned"
            self.served[call.index].append(kind)
        if kind == "unplanned":  # more attempts than max_retries allows
            return Reply.error(400, "unplanned_attempt")
        return build(kind, request)


# -- what one call observes ------------------------------------------------------------------


def judge(call: Call, got: list[ChatCompletionChunk], final: str | None, error: BaseException | None) -> str:
    """``"ok"`` for the call's own echo, the class name of a documented error, or what went wrong."""
    if error is not None:
        if not isinstance(error, APIError):
            return f"UNDOCUMENTED {type(error).__name__}: {error}"
        if not call.echo.startswith(text_of(got)):
            return f"WRONG partial text {text_of(got)!r}"
        return type(error).__name__
    if call.stream and text_of(got) != call.echo:
        return f"WRONG chunks {text_of(got)!r}"
    return "ok" if final == call.echo else f"WRONG content {final!r}"


def sync_call(client: AIStats, call: Call) -> str:
    got: list[ChatCompletionChunk] = []
    messages: Any = [{"role": "user", "content": call.message}]
    try:
        if call.stream:
            with client.chat.completions.create(
                model="openai/gpt-5-nano", messages=messages, stream=True
            ) as s:
                for chunk in s:
                    got.append(chunk)  # noqa: PERF402 - one by one: the chunks before an error count
                final = s.get_final_completion()
        else:
            final = client.chat.completions.create(model="openai/gpt-5-nano", messages=messages)
    except Exception as error:
        return judge(call, got, None, error)
    content = final.choices[0].message.content
    return judge(call, got, content if isinstance(content, str) else None, None)


async def async_call(client: AsyncAIStats, call: Call) -> str:
    got: list[ChatCompletionChunk] = []
    messages: Any = [{"role": "user", "content": call.message}]
    try:
        if call.stream:
            s = await client.chat.completions.create(
                model="openai/gpt-5-nano", messages=messages, stream=True
            )
            async with s:
                async for chunk in s:
                    got.append(chunk)  # noqa: PERF401
                final = await s.get_final_completion()
        else:
            final = await client.chat.completions.create(model="openai/gpt-5-nano", messages=messages)
    except Exception as error:
        return judge(call, got, None, error)
    content = final.choices[0].message.content
    return judge(call, got, content if isinstance(content, str) else None, None)


# -- resources -------------------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def settle(condition: Callable[[], bool], timeout: float = SETTLE) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def checked_out(http: httpx.Client | httpx.AsyncClient) -> list[str]:
    """The pool's connections still serving a response (a leaked stream keeps one)."""
    transport = http._transport
    assert isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport)
    pool: httpcore.ConnectionPool | httpcore.AsyncConnectionPool = transport._pool
    return [repr(c) for c in pool.connections if not (c.is_idle() or c.is_closed())]


# -- the runs ----------------------------------------------------------------------------------


def run_threads(base_url: str, calls: list[Call]) -> dict[int, str]:
    outcomes: dict[int, str] = {}
    with AIStats(api_key=KEY, base_url=base_url, max_retries=MAX_RETRIES, timeout=15) as client:
        start = threading.Barrier(len(calls), timeout=30)

        def work(call: Call) -> None:
            start.wait()
            outcomes[call.index] = sync_call(client, call)

        threads = [threading.Thread(target=work, args=(c,), name=f"chaos-{c.index}") for c in calls]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + BOUND
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        hung = [t.name for t in threads if t.is_alive()]
        assert not hung, f"{len(hung)} calls still running after {BOUND} s: {hung[:10]}"
        assert settle(lambda: not checked_out(client._http)), checked_out(client._http)
    return outcomes


def run_tasks(base_url: str, calls: list[Call]) -> dict[int, str]:
    async def main() -> dict[int, str]:
        async with AsyncAIStats(
            api_key=KEY, base_url=base_url, max_retries=MAX_RETRIES, timeout=15
        ) as client:
            results = await asyncio.wait_for(
                asyncio.gather(*(async_call(client, call) for call in calls)), BOUND
            )
            for _ in range(int(SETTLE / 0.05)):
                if not checked_out(client._http):
                    break
                await asyncio.sleep(0.05)
            assert not checked_out(client._http), checked_out(client._http)
        return {call.index: outcome for call, outcome in zip(calls, results, strict=True)}

    return asyncio.run(main())


def check_chaos(run: Callable[[str, list[Call]], dict[int, str]], label: str) -> None:
    calls = plan(SEED)
    served_kinds = [kind for call in calls for kind in call.kinds[: call.expected()[1]]]
    fault_share = sum(kind != "ok" for kind in served_kinds) / len(served_kinds)
    assert 0.25 <= fault_share <= 0.35, f"the plan injects faults into {fault_share:.0%} of replies"

    fds, threads = open_fds(), threading.active_count()
    chaos = Chaos(calls)
    started = time.monotonic()
    with FakeGateway(api_key=KEY, default_reply=chaos) as gateway:
        outcomes = run(gateway.base_url, calls)
        connections = gateway.connections_opened
    elapsed = time.monotonic() - started

    observed = {i: (outcomes.get(i, "MISSING"), len(chaos.served[i])) for i in range(len(calls))}
    expected = {call.index: call.expected() for call in calls}
    tally = collections.Counter(outcome for outcome, _ in observed.values())
    print(
        f"\nchaos {label}: {len(calls)} calls, {len(served_kinds)} replies, {fault_share:.0%} faulty, "
        f"{connections} connections, {elapsed:.1f} s; outcomes: {dict(sorted(tally.items()))}"
    )
    wrong = {i: (observed[i], expected[i]) for i in expected if observed[i] != expected[i]}
    assert not wrong, f"(observed, planned) per call: {wrong}"
    assert tally["ok"] >= len(calls) // 2  # most calls get through their faults

    assert settle(lambda: open_fds() <= fds), f"open fds: {fds} before, {open_fds()} after"
    assert settle(lambda: threading.active_count() <= threads), (
        f"threads: {threads} before, {threading.active_count()} after: {threading.enumerate()}"
    )


def test_chaos_threads_over_one_sync_client() -> None:
    check_chaos(run_threads, "threads")


def test_chaos_tasks_over_one_async_client() -> None:
    check_chaos(run_tasks, "tasks")


def test_the_plan_covers_every_fault_and_outcome() -> None:
    """The seeded plan exercises every kind of reply and every documented outcome."""
    calls = plan(SEED)
    kinds = {kind for call in calls for kind in call.kinds[: call.expected()[1]]}
    assert kinds >= set(JSON_FAULTS) | set(STREAM_FAULTS) | {"ok"}
    outcomes = {call.expected()[0] for call in calls}
    assert outcomes >= {"ok", "APIConnectionError", "StreamError"}
