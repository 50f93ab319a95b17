"""Python bytecode instructions per request and per streamed chunk: aistats against raw httpx.

Counted with ``sys.settrace`` (``f_trace_opcodes``) in every Python frame the call runs (aistats,
httpx, httpcore, h11, the standard library), against the bench gateway (``gateway.py``, in a
process of its own, not counted). Unlike times, the counts repeat from run to run, on any machine
(a read that a slow machine splits in two adds a few dozen instructions), so ``make ci`` can hold
them to ceilings (``tests/ceilings.py``, ``tests/test_instruction_budget.py``). What runs in C
(JSON, sockets, ``dict.pop``) is not counted; valgrind's counts of machine instructions
(``instructions.py``) include it, but need valgrind.

* per request: one non-streamed chat completion, as ``make bench``'s S1 makes it on each side;
* per chunk: a 1,100-delta stream minus a 100-delta one, over 1,000, the loop of S2 on each side
  (raw: ``iter_lines`` and ``json.loads``; aistats: typed chunks, the final completion kept).

Run: ``python benchmarks/opcodes.py`` prints both, sync and async, and their ratios.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, Final

import httpx

from aistats import AIStats, AsyncAIStats

MODEL: Final = "openai/gpt-5-nano-2025-08-07"
KEY: Final = "sk-bench-0123456789"
GATEWAY: Final = Path(__file__).resolve().parent / "gateway.py"
#: Streams of these many deltas; the per-chunk figure is their difference over its length.
SHORT, LONG = 100, 1100
ROUNDS: Final = 3  # each figure is the least of this many (a split read only ever adds)


class _Counter:
    """A ``sys.settrace`` function that counts the bytecode instructions of every frame."""

    def __init__(self) -> None:
        self.executed = 0

    def __call__(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "opcode":
            self.executed += 1
        elif event == "call":
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
        return self


def count(action: Callable[[], Any]) -> int:
    """Bytecode instructions ``action()`` runs in Python (this thread)."""
    counter = _Counter()
    sys.settrace(counter)
    try:
        action()
    finally:
        sys.settrace(None)
    return counter.executed


async def acount(action: Callable[[], Awaitable[Any]]) -> int:
    """``count`` of an awaited ``action()``: the event loop's own Python and every task it runs
    meanwhile (this thread) count too, on both sides alike."""
    counter = _Counter()
    sys.settrace(counter)
    try:
        await action()
    finally:
        sys.settrace(None)
    return counter.executed


@contextmanager
def gateway() -> Iterator[str]:
    """The bench gateway's base URL, for the block's duration."""
    process = subprocess.Popen(
        [sys.executable, str(GATEWAY), "--port", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline().split()[1])}/v1"
    finally:
        process.kill()
        process.wait(10)
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()


def _text(chunks: int) -> str:
    return f"Count. chunks={chunks} snapshot=0"


class _Raw:
    """Raw httpx, as ``make bench`` uses it."""

    def __init__(self, base: str) -> None:
        self.url = base + "/chat/completions"
        self.headers = {"Authorization": f"Bearer {KEY}"}

    def payload(self, chunks: int, *, stream: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": _text(chunks)}]}
        return {**body, "stream": True} if stream else body

    @staticmethod
    def lines(line: str, got: list[str]) -> None:
        if line.startswith("data: ") and line[6:] != "[DONE]":
            frame = json.loads(line[6:])
            if frame.get("object") == "chat.completion.chunk":
                for choice in frame["choices"]:
                    content = choice["delta"].get("content")
                    if content:
                        got.append(content)


def _figures(
    request: Callable[[], Any], stream: Callable[[int], Any], run: Callable[[Callable[[], Any]], int]
) -> tuple[int, float]:
    request()
    stream(SHORT)  # warm: the connection, lazy imports, caches
    per_request = min(run(request) for _ in range(ROUNDS))
    short = min(run(lambda: stream(SHORT)) for _ in range(ROUNDS))
    long = min(run(lambda: stream(LONG)) for _ in range(ROUNDS))
    return per_request, (long - short) / (LONG - SHORT)


def measure_sync(base: str) -> dict[str, tuple[int, float]]:
    """``{"raw": (per request, per chunk), "aistats": (...)}`` for the sync clients."""
    raw = _Raw(base)
    found: dict[str, tuple[int, float]] = {}
    with httpx.Client(timeout=60) as http:

        def raw_request() -> None:
            response = http.post(raw.url, json=raw.payload(20), headers=raw.headers)
            response.raise_for_status()
            assert isinstance(json.loads(response.content)["choices"][0]["message"]["content"], str)

        def raw_stream(chunks: int) -> None:
            got: list[str] = []
            with http.stream(
                "POST", raw.url, json=raw.payload(chunks, stream=True), headers=raw.headers
            ) as reply:
                reply.raise_for_status()
                for line in reply.iter_lines():
                    raw.lines(line, got)
            assert len(got) == chunks

        found["raw"] = _figures(raw_request, raw_stream, count)
    with AIStats(api_key=KEY, base_url=base) as client:
        create = client.chat.completions.create

        def request() -> None:
            reply = create(model=MODEL, messages=[{"role": "user", "content": _text(20)}])
            assert isinstance(reply.choices[0].message.content, str)

        def stream(chunks: int) -> None:
            got = 0
            with create(
                model=MODEL, messages=[{"role": "user", "content": _text(chunks)}], stream=True
            ) as events:
                for chunk in events:
                    for choice in chunk.choices:
                        if choice.delta.content:
                            got += 1
                events.get_final_completion()
            assert got == chunks

        found["aistats"] = _figures(request, stream, count)
    return found


def measure_async(base: str) -> dict[str, tuple[int, float]]:
    """``measure_sync`` for the async clients (the event loop's own Python counts on both sides)."""
    return asyncio.run(_measure_async(base))


async def _measure_async(base: str) -> dict[str, tuple[int, float]]:
    raw = _Raw(base)
    found: dict[str, tuple[int, float]] = {}
    async with httpx.AsyncClient(timeout=60) as http:

        async def raw_request() -> None:
            response = await http.post(raw.url, json=raw.payload(20), headers=raw.headers)
            response.raise_for_status()
            assert isinstance(json.loads(response.content)["choices"][0]["message"]["content"], str)

        async def raw_stream(chunks: int) -> None:
            got: list[str] = []
            async with http.stream(
                "POST", raw.url, json=raw.payload(chunks, stream=True), headers=raw.headers
            ) as reply:
                reply.raise_for_status()
                async for line in reply.aiter_lines():
                    raw.lines(line, got)
            assert len(got) == chunks

        found["raw"] = await _afigures(raw_request, raw_stream)
    async with AsyncAIStats(api_key=KEY, base_url=base) as client:
        create = client.chat.completions.create

        async def request() -> None:
            reply = await create(model=MODEL, messages=[{"role": "user", "content": _text(20)}])
            assert isinstance(reply.choices[0].message.content, str)

        async def stream(chunks: int) -> None:
            got = 0
            events = await create(
                model=MODEL, messages=[{"role": "user", "content": _text(chunks)}], stream=True
            )
            async with events:
                async for chunk in events:
                    for choice in chunk.choices:
                        if choice.delta.content:
                            got += 1
                await events.get_final_completion()
            assert got == chunks

        found["aistats"] = await _afigures(request, stream)
    return found


async def _afigures(
    request: Callable[[], Awaitable[Any]], stream: Callable[[int], Awaitable[Any]]
) -> tuple[int, float]:
    await request()
    await stream(SHORT)
    per_request = min([await acount(request) for _ in range(ROUNDS)])
    short = min([await acount(lambda: stream(SHORT)) for _ in range(ROUNDS)])
    long = min([await acount(lambda: stream(LONG)) for _ in range(ROUNDS)])
    return per_request, (long - short) / (LONG - SHORT)


def ratios(found: dict[str, tuple[int, float]]) -> tuple[float, float]:
    """aistats over raw httpx: (per request, per chunk)."""
    (raw_request, raw_chunk), (ours_request, ours_chunk) = found["raw"], found["aistats"]
    return ours_request / raw_request, ours_chunk / raw_chunk


def main() -> None:
    with gateway() as base:
        for kind, found in (("sync", measure_sync(base)), ("async", measure_async(base))):
            per_request, per_chunk = ratios(found)
            print(
                f"{kind:5}  per request: aistats {found['aistats'][0]:,}, raw httpx {found['raw'][0]:,} "
                f"({per_request:.3f}x)   per chunk: aistats {found['aistats'][1]:,.1f}, "
                f"raw httpx {found['raw'][1]:,.1f} ({per_chunk:.3f}x)"
            )


if __name__ == "__main__":
    main()
