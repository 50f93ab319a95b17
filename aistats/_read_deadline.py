"""Holding every body read to the call's deadline.

httpx fixes a request's read timeout when the request is sent, so a read that starts late
in a call could outlast the call's ``deadline`` by up to that timeout. ``Attempts.remaining()``
decides how long a read may take; this module enforces it around each read:

* sync: a watchdog thread (one per process, started on first use) shuts the connection's
  socket down if the deadline passes while a read is waiting, which ends the read at once;
* async: the read runs under ``anyio.fail_after`` with the time left (asyncio or trio).

Either way the read then fails with ``APITimeoutError``. A connection without a socket of
its own (HTTP/2, a custom transport) keeps the bound of the attempt's timeout.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from typing import Final

import httpx

from ._retry import Attempts

__all__ = ["abounded_read", "bounded_read"]

_NO_BOUND: Final = contextlib.nullcontext()


class _Alarm:
    __slots__ = ("armed", "fired", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.armed = True
        self.fired = False


class _Watchdog:
    """Shuts sockets down when their alarm time passes; alarms are disarmed after reads."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Alarm]] = []
        self._order = itertools.count()
        self._disarmed = 0
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, sock: socket.socket) -> _Alarm:
        alarm = _Alarm(sock)
        entry = (time.monotonic() + seconds, next(self._order), alarm)
        with self._cond:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="aistats-deadline", daemon=True)
                self._thread.start()
            if self._heap[0] is entry:
                self._cond.notify()
        return alarm

    def disarm(self, alarm: _Alarm) -> bool:
        """Disarm ``alarm``; True when it had already fired (its socket is shut down)."""
        with self._cond:
            if alarm.armed:
                alarm.armed = False
                self._disarmed += 1
                if self._disarmed > 64 and self._disarmed * 2 > len(self._heap):
                    self._heap = [entry for entry in self._heap if entry[2].armed]
                    heapq.heapify(self._heap)
                    self._disarmed = 0
            return alarm.fired

    def _run(self) -> None:
        with self._cond:
            while True:
                heap = self._heap
                while heap and not heap[0][2].armed:
                    heapq.heappop(heap)
                    self._disarmed = max(0, self._disarmed - 1)
                if not heap:
                    self._cond.wait()
                    continue
                wait = heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                alarm = heapq.heappop(heap)[2]
                alarm.armed = False
                alarm.fired = True
                with contextlib.suppress(OSError):
                    # the plain socket's shutdown, also under TLS: it wakes the blocked read
                    socket.socket.shutdown(alarm.sock, socket.SHUT_RDWR)


_WATCHDOG: Final = _Watchdog()


def _socket_of(response: httpx.Response) -> socket.socket | None:
    if response.http_version != "HTTP/1.1":  # one socket may carry other streams
        return None
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    sock = get_extra_info("socket") if get_extra_info is not None else None
    return sock if isinstance(sock, socket.socket) else None


@contextlib.contextmanager
def _watched(
    response: httpx.Response, attempts: Attempts, left: float, sock: socket.socket
) -> Iterator[None]:
    alarm = _WATCHDOG.arm(left, sock)
    try:
        yield
    finally:
        if _WATCHDOG.disarm(alarm):
            attempts.check(response.request)  # raises APITimeoutError: the deadline passed


def bounded_read(response: httpx.Response, attempts: Attempts) -> contextlib.AbstractContextManager[None]:
    """Around a sync read of ``response``'s body: end it at the call's deadline."""
    left = attempts.remaining()
    if left is None:
        return _NO_BOUND
    sock = _socket_of(response)
    if sock is None:
        return _NO_BOUND
    return _watched(response, attempts, left, sock)


@contextlib.contextmanager
def _timed(response: httpx.Response, attempts: Attempts, left: float) -> Iterator[None]:
    import anyio  # noqa: PLC0415 - loaded with the first bounded read, not with aistats

    try:
        with anyio.fail_after(max(left, 0.0)):
            yield
    except TimeoutError:
        attempts.check(response.request)  # raises APITimeoutError: the deadline passed
        raise


def abounded_read(response: httpx.Response, attempts: Attempts) -> contextlib.AbstractContextManager[None]:
    """Around an async read of ``response``'s body: end it at the call's deadline."""
    left = attempts.remaining()
    if left is None:
        return _NO_BOUND
    return _timed(response, attempts, left)
