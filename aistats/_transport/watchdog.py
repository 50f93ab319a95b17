"""One shared timer thread that wakes blocked sync reads.

httpx fixes a request's read timeout when the request is sent, so a sync read that must end
sooner (at the call's deadline, or a moment after ``[DONE]``) is bounded by an alarm whose
action shuts the connection's socket down, which ends the blocked read at once. Arming an
alarm costs a lock and a heap push; the thread starts on first use and sleeps otherwise.

The thread exits once it has found no armed alarm for ``IDLE_EXIT`` seconds (a process that
has finished its streams keeps no extra thread) and the next alarm starts a new one. A disarmed
alarm is not announced to the thread (that would cost every read a wake-up): the thread
looks again at least every ``IDLE_EXIT`` seconds, so one far in the future does not keep it.
After ``os.fork()`` the child starts with no thread and none of the parent's alarms (they
would shut sockets the two processes share).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Final

import httpx

__all__ = ["IDLE_EXIT", "Alarm", "arm", "shutdown_socket", "socket_of"]

#: Below this many pending alarms the heap is never compacted.
_COMPACT_FLOOR: Final = 64
#: Seconds without an armed alarm after which the thread exits (and its longest sleep).
IDLE_EXIT: Final = 1.0


class Alarm:
    """An action that runs once at its time unless disarmed first."""

    __slots__ = ("_action", "_lock", "fired")

    def __init__(self, action: Callable[[], None]) -> None:
        self._action: Callable[[], None] | None = action
        self._lock = threading.Lock()
        self.fired = False

    @property
    def armed(self) -> bool:
        return self._action is not None

    def disarm(self) -> bool:
        """Make sure the action does not run; True when it already has."""
        with self._lock:
            self._action = None
            return self.fired

    def _fire(self) -> None:
        with self._lock:
            action, self._action = self._action, None
            if action is not None:
                self.fired = True
                action()


class _Watchdog:
    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        """A fresh state: at construction, and in the child after ``os.fork()``."""
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Alarm]] = []
        self._order = itertools.count()
        self._compact_at = _COMPACT_FLOOR
        self._thread: threading.Thread | None = None

    def arm(self, delay: float, action: Callable[[], None]) -> Alarm:
        alarm = Alarm(action)
        entry = (time.monotonic() + delay, next(self._order), alarm)
        with self._cond:
            heap = self._heap
            if len(heap) >= self._compact_at:  # disarmed alarms far in the future pile up
                heap[:] = [kept for kept in heap if kept[2].armed]
                heapq.heapify(heap)
                self._compact_at = max(_COMPACT_FLOOR, 2 * len(heap))
            heapq.heappush(heap, entry)
            if self._thread is None or not self._thread.is_alive():  # none yet, or it exited when idle
                self._thread = threading.Thread(target=self._run, name="aistats-watchdog", daemon=True)
                self._thread.start()
            elif heap[0] is entry:
                self._cond.notify()
        return alarm

    def _run(self) -> None:
        idle = False
        while True:
            with self._cond:
                heap = self._heap
                while heap and not heap[0][2].armed:
                    heapq.heappop(heap)
                if not heap:
                    if idle:  # a whole IDLE_EXIT without an alarm: done (arm() starts another)
                        self._thread = None
                        return
                    idle = True
                    self._cond.wait(IDLE_EXIT)
                    continue
                idle = False
                left = heap[0][0] - time.monotonic()
                if left > 0:
                    self._cond.wait(min(left, IDLE_EXIT))  # the first alarm may be disarmed meanwhile
                    continue
                alarm = heapq.heappop(heap)[2]
            alarm._fire()  # outside the heap's lock


_WATCHDOG: Final = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHDOG._reset)


def arm(delay: float, action: Callable[[], None]) -> Alarm:
    """Run ``action`` in ``delay`` seconds on the shared watchdog thread, unless the returned
    alarm is disarmed first."""
    return _WATCHDOG.arm(delay, action)


def socket_of(response: httpx.Response) -> socket.socket | None:
    """The socket under ``response`` when it has one of its own (HTTP/1.1), else ``None``
    (HTTP/2 multiplexes other streams on it; a custom transport may have none)."""
    if response.http_version != "HTTP/1.1":
        return None
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    sock = get_extra_info("socket") if get_extra_info is not None else None
    return sock if isinstance(sock, socket.socket) else None


def shutdown_socket(sock: socket.socket) -> None:
    """Shut ``sock`` down both ways, waking a read blocked on it (the plain socket's
    shutdown, also under TLS); a socket already gone is not news."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
