"""The retry policy and the time budget of one call: pure decisions, no I/O.

The sync and async clients run the same loop around these decisions; only their sleep and
send differ. A call is an ``Attempts`` object: it hands out each attempt's timeout (never
past the call's deadline) and, when an attempt fails, says how long to wait before the next
one, or re-raises the error when the call is over.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER
from .._exceptions import APIConnectionError, APIError, APIStatusError, APITimeoutError, StreamError

if TYPE_CHECKING:
    from aistats_generated.api import Route

__all__ = ["Attempts", "RetryPolicy", "parse_retry_after"]

NEVER_RETRIED = frozenset({400, 401, 402, 403, 404, 413, 422, 501})
RETRIED = frozenset({408, 409, 429})
#: Routes reading a job's output: their 409 ``not_ready`` means "not finished yet", not a
#: passing conflict, so it is not retried (on other routes a 409 is retried).
JOB_CONTENT = frozenset({"get_video_content", "get_file_content"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how long to wait before trying a failed call again.

    ``max_retries`` extra attempts after the first; backoff starts at ``initial_delay``
    seconds, doubles each retry up to ``max_delay``, and is shortened by up to ``jitter``
    (a fraction) at random. A server's ``Retry-After`` longer than ``max_retry_after``
    seconds is not slept through: the error is raised with ``.retry_after`` set.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER

    def backoff(self, retry_index: int, rand: Callable[[], float] = random.random) -> float:
        """The wait before retry number ``retry_index`` (0 for the first retry)."""
        base = min(self.initial_delay * (2.0**retry_index), self.max_delay)
        return base * (1.0 - self.jitter * rand())

    def is_retryable(self, error: APIError, *, route: Route | None = None) -> bool:
        """Whether this kind of failure may be retried at all (ignoring counts and time) on
        ``route``.

        A call that creates something (``Route.creates``: a file, a job, a key) is retried only
        when the request surely did not arrive (no connection was made) or the server asked for
        a retry (429, 503 with ``Retry-After``, ``x-should-retry: true``): a duplicate would be a
        second object and a second charge.
        """
        if route is not None and route.creates:
            return _surely_not_received(error) or _server_asked(error)
        operation = route.name if route is not None else None
        if isinstance(error, APIStatusError):
            status = error.status_code
            if status in NEVER_RETRIED:
                return False
            if status == 409 and error.code == "not_ready" and operation in JOB_CONTENT:
                return False  # a job's output asked for before the job finished
            failed = error.failed_statuses
            if failed and error.code == "upstream_error" and all(s in NEVER_RETRIED for s in failed):
                return False  # every provider rejected the request itself: trying again cannot help
            said = _server_says(error)
            if said is not None:
                return said
            return status in RETRIED or status >= 500
        return isinstance(error, APIConnectionError | StreamError)


def _surely_not_received(error: APIError) -> bool:
    """A connection failure before the request could be written: no connection was made (or
    none was free in the pool)."""
    cause = error.__cause__
    refused = isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    return refused and isinstance(error, APIConnectionError)


def _server_says(error: APIStatusError) -> bool | None:
    """What the server's ``x-should-retry`` says (``None``: no such header, or neither word)."""
    should: str = error.response.headers.get("x-should-retry", "").strip().lower()
    return True if should == "true" else False if should == "false" else None


def _server_asked(error: APIError) -> bool:
    """The server asked for a retry: ``x-should-retry: true``, else a 429, or a 503 with a
    ``Retry-After`` (or ``retry-after-ms``) that says when."""
    if not isinstance(error, APIStatusError):
        return False
    said = _server_says(error)
    if said is not None:
        return said
    if error.status_code == 429:
        return True
    return error.status_code == 503 and parse_retry_after(error.response.headers) is not None


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, then ``Retry-After``
    as seconds or as an HTTP date. ``None`` when absent or unreadable."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000.0
        except ValueError:
            value = -1.0
        if value >= 0 and not math.isnan(value):
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    return seconds if seconds >= 0 and not math.isnan(seconds) else None


@dataclass(slots=True)
class Attempts:
    """The retry state and time budget of one call.

    ``deadline`` (seconds, or ``None``) bounds the whole call: every attempt, every read
    and every backoff sleep. ``route`` is the call's route: whether it creates something
    (``Route.creates``: fewer failures are retried) and, for streams, their summary.
    ``resendable``: whether the request body can be sent again (an upload from a stream
    whose bytes have left cannot).
    """

    policy: RetryPolicy
    deadline: float | None = None
    resendable: Callable[[], bool] | None = None
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = random.random
    retries_done: int = 0
    route: Route | None = None
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def remaining(self) -> float | None:
        """Seconds left before the deadline (``None``: no deadline)."""
        if self.deadline is None:
            return None
        return self.deadline - (self.clock() - self.started)

    def check(self, request: httpx.Request | None = None) -> None:
        """Raise ``APITimeoutError`` when the deadline has passed."""
        left = self.remaining()
        if left is not None and left <= 0:
            raise APITimeoutError(
                f"The call's deadline of {self.deadline:g}s ran out (after {self.retries_done} retries).",
                request=request,
            )

    def attempt_timeout(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """The timeout for the next attempt: ``timeout`` with every part capped at the
        time left. Raises ``APITimeoutError`` when no time is left."""
        self.check()
        left = self.remaining()
        if left is None:
            return timeout

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cap(timeout.connect),
            read=cap(timeout.read),
            write=cap(timeout.write),
            pool=cap(timeout.pool),
        )

    def next_delay(self, error: APIError) -> float:
        """How long to sleep before retrying after ``error``; raises ``error`` when the
        call must stop (not retryable, retries used up, server's wait too long, or no time
        left for the wait)."""
        if isinstance(error, APIStatusError):
            error.retry_after = parse_retry_after(error.response.headers)
        if not self.policy.is_retryable(error, route=self.route):
            raise error
        if self.retries_done >= self.policy.max_retries:
            raise error
        if self.resendable is not None and not self.resendable():
            error.add_note(
                "Not retried: the upload reads from a stream that cannot be rewound and its bytes "
                "have already been sent; pass a path, bytes or a seekable file to allow retries."
            )
            raise error
        if isinstance(error, APITimeoutError):
            left = self.remaining()
            if left is not None and left <= 0:
                raise error
        asked = error.retry_after if isinstance(error, APIStatusError) else None
        if asked is not None:
            if asked > self.policy.max_retry_after:
                raise error
            delay = asked
        else:
            delay = self.policy.backoff(self.retries_done, self.rand)
        left = self.remaining()
        if left is not None and delay >= left:
            raise error
        self.retries_done += 1
        return delay
