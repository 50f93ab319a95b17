"""The ``httpx.AsyncClient`` of an ``AsyncAIStats``: one per event loop.

An async connection belongs to the event loop that opened it, and each ``asyncio.run()``
starts a new loop and closes it at the end: a pool carried from one run to the next holds
connections of a closed loop (httpx then fails with ``RuntimeError: Event loop is closed``).

So the pool is tied to the loop that first uses it. When that loop shuts down (the end of
``asyncio.run()``, ``asyncio.Runner`` or ``trio.run()``: they finalize async generators
while the loop still runs), a small async generator parked in the loop closes the pool,
and the next loop gets a fresh one. A pool the client owns is replaced; an ``http_client``
the caller passed in is theirs, so using it from a later loop raises a clear
``AIStatsError`` instead. So does one client used by two running loops at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncGenerator, Callable
from typing import Final

import httpx

from .._exceptions import AIStatsError

__all__ = ["LoopBoundHttp"]

#: The loop key under an async library other than asyncio: its runs are not told apart,
#: but each one still releases the pool when it ends.
_OTHER_LIBRARY: Final = object()


def _running_loop() -> object:
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        with contextlib.suppress(RuntimeError):
            return asyncio.get_running_loop()
    return _OTHER_LIBRARY


class LoopBoundHttp:
    """The pool to send through in the running event loop (shared by ``with_options`` copies)."""

    def __init__(
        self, http: httpx.AsyncClient, *, owned: bool, factory: Callable[[], httpx.AsyncClient]
    ) -> None:
        self.http = http
        self._owned = owned
        self._factory = factory
        self._loop: object | None = None  # the loop ``http``'s connections belong to
        self._used = False
        self._guard: AsyncGenerator[None, None] | None = None
        self.closed_by_owner = False
        """``AsyncAIStats.close()`` was called: no new pool is made."""

    async def bind(self) -> httpx.AsyncClient:
        """The pool for the running loop; the first call in a loop ties a pool to it."""
        loop = _running_loop()
        if loop is self._loop:
            return self.http
        if self._loop is not None:
            is_running = getattr(self._loop, "is_running", None)
            if callable(is_running) and is_running():
                raise AIStatsError(
                    "This AsyncAIStats is in use by another running event loop: its connections "
                    "belong to that loop. Create one client per event loop (per thread)."
                )
        if self._used:  # a pool of an earlier loop, closed or left with that loop
            if not self._owned:
                raise AIStatsError(
                    "The http_client given to this AsyncAIStats was used in an event loop that has "
                    "ended (each asyncio.run() starts a new one), and its connections belong to it. "
                    "Create the httpx.AsyncClient and the AsyncAIStats inside the coroutine you "
                    "run, or leave out http_client so that the client makes a pool per loop."
                )
            if not self.closed_by_owner:
                # closed at its loop's end; or left open by a loop closed without finalizing
                # its async generators (it cannot be closed from another loop)
                self.http = self._factory()
        self._used = True
        self._loop = loop
        guard = self._release_at_loop_end(self.http)
        await guard.asend(None)  # parked in the loop until the loop shuts down
        self._guard = guard
        return self.http

    async def _release_at_loop_end(self, http: httpx.AsyncClient) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:  # the loop shuts down (or the client was dropped): close its pool in it
            if self.http is http:
                self._loop = None
                self._guard = None
            if self._owned:
                with contextlib.suppress(Exception):
                    await http.aclose()
