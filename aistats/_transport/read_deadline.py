"""Holding every body read to the call's deadline.

httpx fixes a request's read timeout when the request is sent, so a read that starts late
in a call could outlast the call's ``deadline`` by up to that timeout. ``Attempts.remaining()``
decides how long a read may take; this module enforces it around each read:

* sync: the shared watchdog thread (``_watchdog``) shuts the connection's
  socket down if the deadline passes while a read is waiting, which ends the read at once;
* async: the read runs under ``anyio.fail_after`` with the time left (asyncio or trio).

Either way the read then fails with ``APITimeoutError``. A connection without a socket of
its own (HTTP/2, a custom transport) keeps the bound of the attempt's timeout.
"""

from __future__ import annotations

import contextlib
import functools
import socket
from collections.abc import Iterator
from typing import Final

import httpx

from .retry import Attempts
from .watchdog import arm, shutdown_socket, socket_of

__all__ = ["abounded_read", "bounded_read"]

_NO_BOUND: Final = contextlib.nullcontext()


@contextlib.contextmanager
def _watched(
    response: httpx.Response, attempts: Attempts, left: float, sock: socket.socket
) -> Iterator[None]:
    alarm = arm(left, functools.partial(shutdown_socket, sock))
    try:
        yield
    finally:
        if alarm.disarm():
            attempts.check(response.request)  # raises APITimeoutError: the deadline passed


def bounded_read(response: httpx.Response, attempts: Attempts) -> contextlib.AbstractContextManager[None]:
    """Around a sync read of ``response``'s body: end it at the call's deadline."""
    left = attempts.remaining()
    if left is None:
        return _NO_BOUND
    sock = socket_of(response)
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
