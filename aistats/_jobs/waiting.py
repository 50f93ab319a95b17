"""The sync and async shells of the waiting engine: poll, tell ``on_update``, sleep, repeat.

Every decision is the engine's (``engine.Waiter``); these only call the poll, the callback
and the sleep. The sync sleep runs in short steps and the async one is the event loop's, so
``KeyboardInterrupt`` and task cancellation end a wait at once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

import httpx

from .engine import JobKind, Sleep, Snapshot, Waiter

__all__ = ["Poll", "async_wait", "wait"]

J = TypeVar("J")

#: A poll: the job as it is now and the headers of the reply that said so.
Poll = Callable[[], tuple[J, httpx.Headers]]
SLEEP_STEP: Final = 0.2


def _sleep(seconds: float) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        time.sleep(min(left, SLEEP_STEP))


def wait(
    kind: JobKind,
    job_id: str,
    poll: Poll[J],
    *,
    timeout: float | None,
    poll_interval: float | None,
    on_update: Callable[[J], object] | None,
    first: J | None = None,
) -> J:
    """Poll ``job_id`` until the engine returns it (``first``: a snapshot already in hand)."""
    waiter: Waiter[J] = Waiter(kind, job_id, timeout, poll_interval)
    job, headers = (first, httpx.Headers()) if first is not None else poll()
    while True:
        snapshot = Snapshot.read(kind, job, headers)
        if waiter.changed(snapshot) and on_update is not None:
            on_update(job)
        action = waiter.decide(snapshot)
        if not isinstance(action, Sleep):
            return action
        _sleep(action.seconds)
        job, headers = poll()


async def _async_sleep(seconds: float) -> None:
    import anyio  # noqa: PLC0415  (asyncio or trio, whichever runs us)

    await anyio.sleep(seconds)


async def async_wait(
    kind: JobKind,
    job_id: str,
    poll: Callable[[], Awaitable[tuple[J, httpx.Headers]]],
    *,
    timeout: float | None,
    poll_interval: float | None,
    on_update: Callable[[J], object] | None,
    first: J | None = None,
) -> J:
    """Async ``wait``: ``on_update`` may be a plain function or return an awaitable."""
    waiter: Waiter[J] = Waiter(kind, job_id, timeout, poll_interval)
    job, headers = (first, httpx.Headers()) if first is not None else await poll()
    while True:
        snapshot = Snapshot.read(kind, job, headers)
        if waiter.changed(snapshot) and on_update is not None:
            result = on_update(job)
            if isinstance(result, Awaitable):
                await result
        action = waiter.decide(snapshot)
        if not isinstance(action, Sleep):
            return action
        await _async_sleep(action.seconds)
        job, headers = await poll()
