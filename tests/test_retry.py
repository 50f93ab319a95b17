"""The pure retry policy and time budget (no I/O): backoff, Retry-After parsing, which
failures are retried, and the deadline."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from aistats import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    StreamError,
)
from aistats._transport.response import status_error
from aistats._transport.retry import Attempts, RetryPolicy, parse_retry_after

REQUEST = httpx.Request("POST", "https://gw.example/v1/chat/completions")


def status(code: int, **headers: str) -> APIStatusError:
    return status_error(httpx.Response(code, headers=headers, request=REQUEST), b"")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_backoff_doubles_from_half_a_second_to_a_cap_with_jitter() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(i, rand=lambda: 0.0) for i in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(0, rand=lambda: 1.0) == pytest.approx(0.375)  # at most 25 % shorter
    assert policy.backoff(10, rand=lambda: 0.999) >= 6.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "junk", "retry-after": "4"}, 4.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "nan"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_parse_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after": date}), now=now) == pytest.approx(30, abs=1)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after": past}), now=now) == 0.0


@pytest.mark.parametrize("code", [400, 401, 402, 403, 404, 422])
def test_never_retried_even_if_the_server_says_so(code: int) -> None:
    assert not RetryPolicy().is_retryable(status(code, **{"x-should-retry": "true"}))


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504, 520])
def test_retried_statuses(code: int) -> None:
    assert RetryPolicy().is_retryable(status(code))
    assert not RetryPolicy().is_retryable(status(code, **{"x-should-retry": "false"}))


def test_other_failures() -> None:
    policy = RetryPolicy()
    assert policy.is_retryable(APIConnectionError(request=REQUEST))
    assert policy.is_retryable(APITimeoutError(request=REQUEST))
    assert policy.is_retryable(StreamError("boom"))
    response = httpx.Response(200, request=REQUEST)
    assert not policy.is_retryable(APIResponseValidationError("bad", response=response))
    assert not policy.is_retryable(status(418))
    assert policy.is_retryable(status(418, **{"x-should-retry": "true"}))


def test_attempts_count_retries_and_raise_when_used_up() -> None:
    attempts = Attempts(RetryPolicy(max_retries=2), rand=lambda: 0.0)
    error = status(503)
    assert attempts.next_delay(error) == 0.5
    assert attempts.next_delay(error) == 1.0
    with pytest.raises(APIStatusError) as info:
        attempts.next_delay(error)
    assert info.value is error


def test_retry_after_replaces_backoff_and_is_recorded() -> None:
    attempts = Attempts(RetryPolicy())
    error = status(429, **{"retry-after": "7"})
    assert attempts.next_delay(error) == 7.0
    assert error.retry_after == 7.0


def test_retry_after_above_the_cap_is_raised_at_once() -> None:
    attempts = Attempts(RetryPolicy(max_retry_after=60))
    error = status(429, **{"retry-after": "61"})
    with pytest.raises(APIStatusError):
        attempts.next_delay(error)
    assert error.retry_after == 61.0 and attempts.retries_done == 0


def test_deadline_caps_each_attempts_timeout() -> None:
    clock = Clock()
    attempts = Attempts(RetryPolicy(), deadline=10.0, clock=clock)
    clock.now += 7.5
    capped = attempts.attempt_timeout(httpx.Timeout(30.0, connect=1.0))
    assert (capped.connect, capped.read, capped.write, capped.pool) == (1.0, 2.5, 2.5, 2.5)
    unbounded = Attempts(RetryPolicy(), clock=clock).attempt_timeout(httpx.Timeout(None))
    assert unbounded.read is None
    clock.now += 3
    with pytest.raises(APITimeoutError, match="deadline of 10s"):
        attempts.attempt_timeout(httpx.Timeout(30.0))


def test_no_sleep_that_would_outlast_the_deadline() -> None:
    clock = Clock()
    attempts = Attempts(RetryPolicy(max_retries=5), deadline=1.0, clock=clock, rand=lambda: 0.0)
    assert attempts.next_delay(status(503)) == 0.5
    clock.now += 0.6
    error = status(503)
    with pytest.raises(APIStatusError) as info:
        attempts.next_delay(error)  # a 1.0 s backoff would end after the deadline
    assert info.value is error


def test_a_timeout_after_the_deadline_is_not_retried() -> None:
    clock = Clock()
    attempts = Attempts(RetryPolicy(max_retries=5), deadline=1.0, clock=clock)
    clock.now += 1.0
    with pytest.raises(APITimeoutError):
        attempts.next_delay(APITimeoutError(request=REQUEST))


def test_a_create_is_retried_only_when_the_server_asked_in_words_it_can_read() -> None:
    from aistats_generated.api import CREATE_BATCH

    policy = RetryPolicy()

    def retried(code: int, **headers: str) -> bool:
        return policy.is_retryable(status(code, **headers), route=CREATE_BATCH)

    assert retried(429) and retried(503, **{"retry-after": "2"}) and retried(503, **{"retry-after-ms": "20"})
    assert retried(500, **{"x-should-retry": "true"})
    assert not retried(429, **{"x-should-retry": "false"})  # the server's word wins
    assert not retried(503)  # a 503 without saying when
    assert not retried(503, **{"retry-after": "soon"})  # a Retry-After that says nothing
    assert not retried(500) and not retried(502)
