"""The waiting engine: sans-I/O. Given each poll's snapshot, its response headers and the
clock, it says what to do next: return the job, sleep N seconds, or raise
``JobFailedError`` / ``JobTimeoutError``. Shared by every job kind, sync and async.

The interval before the next poll is, in order: the caller's ``poll_interval``; the body's
``poll_after_seconds``; a ``Retry-After`` / ``retry-after-ms`` header on that poll; else 1 s
growing x1.5 up to 10 s, shortened by up to a fifth at random (jitter).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar

import httpx

from .._exceptions import JobFailedError, JobTimeoutError
from .._transport.retry import parse_retry_after

__all__ = ["BATCH", "MUSIC", "VIDEO", "JobKind", "Sleep", "Snapshot", "Waiter", "check_wait_options"]

J = TypeVar("J")

COMPLETED: Final = "completed"
FAILED: Final = frozenset({"failed", "cancelled", "expired"})
FIRST_INTERVAL: Final = 1.0
GROWTH: Final = 1.5
MAX_INTERVAL: Final = 10.0
JITTER: Final = 0.2


@dataclass(frozen=True, slots=True)
class JobKind:
    """What differs between job kinds: their name, the field holding their state, the
    default timeout of a wait (seconds) and how a user waits again (for messages)."""

    name: str
    state_field: str
    default_timeout: float
    resource: str


BATCH: Final = JobKind("batch", "lifecycle_status", 25 * 3600.0, "batches")
VIDEO: Final = JobKind("video", "lifecycle_status", 30 * 60.0, "videos")
MUSIC: Final = JobKind("music job", "status", 30 * 60.0, "music")


def _field(job: Any, name: str) -> Any:
    value = getattr(job, name, None)
    if value is None:
        extra = getattr(job, "additional_properties", None)
        if isinstance(extra, Mapping):
            value = extra.get(name)
    return value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _counted_progress(job: Any) -> float | None:
    """A batch's progress (0-100): its finished requests (completed or failed) of the total."""
    counts = _field(job, "request_counts")
    if hasattr(counts, "to_dict"):
        counts = counts.to_dict()
    if not isinstance(counts, Mapping):
        return None
    total, completed, failed = (_number(counts.get(name)) for name in ("total", "completed", "failed"))
    if not total:
        return None
    return min(100.0, 100.0 * ((completed or 0) + (failed or 0)) / total)


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[J]):
    """One poll's reading of a job: its state, progress (a batch without one: its share of
    finished requests), the body's hint and the headers'."""

    job: J
    state: str | None
    progress: float | None
    poll_after: float | None
    retry_after: float | None

    @classmethod
    def read(cls, kind: JobKind, job: J, headers: httpx.Headers | None = None) -> Snapshot[J]:
        progress = _number(_field(job, "progress"))
        return cls(
            job=job,
            state=_text(_field(job, kind.state_field)),
            progress=_counted_progress(job) if progress is None and kind is BATCH else progress,
            poll_after=_number(_field(job, "poll_after_seconds")),
            retry_after=parse_retry_after(headers) if headers is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Sleep:
    """Sleep this many seconds, then poll again."""

    seconds: float


def check_wait_options(timeout: float | None, poll_interval: float | None, on_update: object) -> None:
    """Refuse a bad ``timeout`` / ``poll_interval`` / ``on_update`` before anything is sent."""
    for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name} must be a number of seconds or None, got {type(value).__name__}")
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
    if on_update is not None and not callable(on_update):
        raise TypeError(f"on_update must be a callable taking the job, got {type(on_update).__name__}")


def _failure_detail(job: Any) -> str:
    """The job's own words on why it ended, when it says (a batch's ``errors.data[0]``,
    a video's ``error``)."""
    for name in ("errors", "error"):
        value = _field(job, name)
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        if isinstance(value, Mapping):
            data = value.get("data")
            if isinstance(data, list) and data and isinstance(data[0], Mapping):
                value = data[0]
            said = _text(value.get("message")) or _text(value.get("code"))
            if said:
                return f": {said}"
        elif _text(value):
            return f": {value}"
    return ""


@dataclass(slots=True)
class Waiter(Generic[J]):
    """The state of one wait for job ``job_id``: ``changed`` says whether a snapshot is
    news for ``on_update``; ``decide`` returns the finished job or a ``Sleep``, or raises."""

    kind: JobKind
    job_id: str
    timeout: float | None
    poll_interval: float | None = None
    clock: Callable[[], float] = time.monotonic
    rand: Callable[[], float] = random.random
    started: float = field(init=False)
    polls: int = field(default=0, init=False)
    _seen: tuple[str | None, float | None] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def changed(self, snapshot: Snapshot[J]) -> bool:
        """Whether ``snapshot``'s state or progress differs from the last one seen (the first does)."""
        now = (snapshot.state, snapshot.progress)
        if now == self._seen:
            return False
        self._seen = now
        return True

    def decide(self, snapshot: Snapshot[J]) -> J | Sleep:
        """The finished job, or how long to sleep before the next poll."""
        self.polls += 1
        state = snapshot.state
        if state == COMPLETED:
            return snapshot.job
        if state in FAILED:
            raise JobFailedError(
                f"The {self.kind.name} {self.job_id} ended {state}{_failure_detail(snapshot.job)}",
                job=snapshot.job,
                status=state,
            )
        interval = self._interval(snapshot)
        if self.timeout is None:
            return Sleep(interval)
        left = self.timeout - (self.clock() - self.started)
        if left <= 0:
            raise JobTimeoutError(self._timeout_message(snapshot), job=snapshot.job, timeout=self.timeout)
        return Sleep(min(interval, left))

    def _interval(self, snapshot: Snapshot[J]) -> float:
        for chosen in (self.poll_interval, snapshot.poll_after, snapshot.retry_after):
            if chosen is not None:
                return chosen
        base = min(FIRST_INTERVAL * GROWTH ** (self.polls - 1), MAX_INTERVAL)
        return base * (1.0 - JITTER * self.rand())

    def _timeout_message(self, snapshot: Snapshot[J]) -> str:
        progress = f", progress {snapshot.progress:g}" if snapshot.progress is not None else ""
        return (
            f"The {self.kind.name} {self.job_id} had not finished after {self.timeout:g}s "
            f"(last state {snapshot.state or 'unknown'}{progress}). It keeps running on the gateway: "
            f"wait again with client.{self.kind.resource}.wait({self.job_id!r})."
        )
