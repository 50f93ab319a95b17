"""One shared timer thread that wakes blocked sync reads: arming an alarm costs a lock and
a heap push, not a thread per read.

httpx fixes a stream's read timeout when the stream starts, so a read that must not wait
longer than a moment (the end of a body after ``[DONE]``) is bounded by an alarm that
shuts the socket down when it fires.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable

__all__ = ["Alarm", "arm"]


class Alarm:
    """An action that runs once at its deadline unless disarmed first."""

    __slots__ = ("_action", "_lock")

    def __init__(self, action: Callable[[], None]) -> None:
        self._action: Callable[[], None] | None = action
        self._lock = threading.Lock()

    def disarm(self) -> None:
        """Make sure the action does not run (it may already have)."""
        with self._lock:
            self._action = None

    @property
    def armed(self) -> bool:
        return self._action is not None

    def _fire(self) -> None:
        with self._lock:
            action, self._action = self._action, None
            if action is not None:
                action()


class _Watchdog:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Alarm]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, delay: float, action: Callable[[], None]) -> Alarm:
        alarm = Alarm(action)
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + delay, next(self._order), alarm))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="aistats-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        return alarm

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and not self._heap[0][2].armed:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                left = self._heap[0][0] - time.monotonic()
                if left > 0:
                    self._cond.wait(left)
                    continue
                alarm = heapq.heappop(self._heap)[2]
            alarm._fire()  # outside the heap's lock


_WATCHDOG = _Watchdog()


def arm(delay: float, action: Callable[[], None]) -> Alarm:
    """Run ``action`` in ``delay`` seconds on the shared watchdog thread, unless the
    returned alarm is disarmed first."""
    return _WATCHDOG.arm(delay, action)
