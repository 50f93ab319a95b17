"""Python bytecode instructions per request and per streamed chunk: aistats against raw httpx.

Counted with ``sys.settrace`` (``f_trace_opcodes``) in every Python frame the call runs (aistats,
httpx, httpcore, h11, the standard library), against the bench gateway (``gateway.py``, in a
process of its own, not counted). Unlike times, the counts repeat from run to run, on any machine
(a read that a slow machine splits in two adds a few dozen instructions), so ``make ci`` can hold
them to ceilings (``tests/ceilings.py``, ``tests/test_instruction_budget.py``). What runs in C
(JSON, sockets, ``dict.pop``) is not counted; valgrind's counts of machine instructions
(``instructions.py``) include it, but need valgrind.

Both sides are ``make bench``'s own clients (``run.RawSync``, ``run.AIStatsSync`` and their async
twins), so the work counted is the work S1 and S2 time:

* per request: one non-streamed chat completion (S1);
* per chunk: a 1,100-delta stream minus a 100-delta one, over 1,000, S2's loop on each side
  (raw: ``iter_lines`` and ``json.loads``; aistats: typed chunks, the final completion built).

Run: ``python benchmarks/opcodes.py`` prints both, sync and async, and their ratios.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, Final

from benchmarks.run import AIStatsAsync, AIStatsSync, AsyncBench, RawAsync, RawSync, SyncBench, prompt

GATEWAY: Final = Path(__file__).resolve().parent / "gateway.py"
#: Streams of these many deltas; the per-chunk figure is their difference over its length.
SHORT, LONG = 100, 1100
ROUNDS: Final = 3  # each figure is the least of this many (a split read only ever adds)
REPLY: Final = 20  # deltas in a non-streamed reply, as in S1


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


def _stream_text(chunks: int) -> str:
    return prompt(chunks, snapshot=False)  # no closing snapshot: the final completion is folded


def _streamed(chunks: int, got: tuple[int, str | None]) -> None:
    assert got[0] == chunks + 1, f"{got[0]} chunks for {chunks} deltas"  # the finish chunk too


def _sync_figures(client: SyncBench) -> tuple[int, float]:
    def request() -> None:
        assert client.complete(prompt(REPLY))

    def stream(chunks: int) -> None:
        _streamed(chunks, client.stream(_stream_text(chunks), None, lambda: None, final=True))

    request()
    stream(SHORT)  # warm: the connection, lazy imports, caches
    try:
        per_request = min(count(request) for _ in range(ROUNDS))
        short = min(count(lambda: stream(SHORT)) for _ in range(ROUNDS))
        long = min(count(lambda: stream(LONG)) for _ in range(ROUNDS))
    finally:
        client.close()
    return per_request, (long - short) / (LONG - SHORT)


async def _async_figures(client: AsyncBench) -> tuple[int, float]:
    async def request() -> None:
        assert await client.complete(prompt(REPLY))

    async def stream(chunks: int) -> None:
        _streamed(chunks, await client.stream(_stream_text(chunks), None, lambda: None, final=True))

    await request()
    await stream(SHORT)
    try:
        per_request = min([await acount(request) for _ in range(ROUNDS)])
        short = min([await acount(lambda: stream(SHORT)) for _ in range(ROUNDS)])
        long = min([await acount(lambda: stream(LONG)) for _ in range(ROUNDS)])
    finally:
        await client.close()
    return per_request, (long - short) / (LONG - SHORT)


def measure_sync(base: str) -> dict[str, tuple[int, float]]:
    """``{"raw": (per request, per chunk), "aistats": (...)}`` for the sync clients."""
    return {"raw": _sync_figures(RawSync(base)), "aistats": _sync_figures(AIStatsSync(base))}


def measure_async(base: str) -> dict[str, tuple[int, float]]:
    """``measure_sync`` for the async clients (the event loop's own Python counts on both sides)."""

    async def both() -> dict[str, tuple[int, float]]:
        return {
            "raw": await _async_figures(RawAsync(base)),
            "aistats": await _async_figures(AIStatsAsync(base)),
        }

    return asyncio.run(both())


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
