"""One call, retries included: the loop both clients run, with only the I/O differing.

Each attempt builds its request (``_request``), sends it (then takes the key off it:
``_credentials``), maps failures to aistats errors
(``_response``, ``_io``) and asks the shared retry state (``_retry.Attempts``) whether and
when to try again; hooks and telemetry (``_hooks``) watch when configured. Resources call
``call`` / ``acall`` with their client; this module (and what it needs) is imported with
the first resource, not by ``import aistats``.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import httpx

from .._credentials import forget_sent
from .._exceptions import AIStatsError, APIError
from .._observe.logs import log_request, log_response, log_retry
from .._observe.watch import WatchedStream, result_cost, start_call
from .io import aclose_quietly, araise_for_status, close_quietly, raise_for_status
from .raw import async_raw_hook, raw_hook
from .request import PreparedCall
from .response import transport_error
from .retry import Attempts
from .send import asend_direct, send_direct

if TYPE_CHECKING:
    from .._budget import Budget
    from .._client import AIStats, AsyncAIStats
    from .._observe.hooks import CallObserver

__all__ = ["acall", "call"]

T = TypeVar("T")
A = TypeVar("A")
B = TypeVar("B")


def call(client: AIStats, prepared: PreparedCall, on_success: Callable[[httpx.Response, Attempts], T]) -> T:
    """Run ``prepared`` through ``client`` until ``on_success`` returns or retries run out."""
    budget = client._budget
    if budget is not None:  # refused before anything is sent; the result's cost is added
        budget.check()
        on_success = _charged(on_success, budget)
    on_success = raw_hook(on_success)  # as is, unless called through with_raw_response
    upload = prepared.upload
    attempts = Attempts(
        client._config.retry,
        prepared.deadline,
        route=prepared.route,
        resendable=upload.resendable if upload is not None else None,
    )
    observer = start_call(client._hooks, client._telemetry, prepared)
    while True:
        request: httpx.Request | None = None
        try:
            timeout = attempts.attempt_timeout(prepared.timeout)
            request = prepared.build(client._http, timeout, direct=client._config.direct)
            return _attempt(client, request, attempts, on_success, observer)
        except APIError as error:
            delay = attempts.next_delay(error) if observer is None else observer.next_delay(attempts, error)
            log_retry(request, error, delay, attempts.retries_done, client.max_retries)
            if observer is None:
                time.sleep(delay)
            else:
                observer.sleep(delay)
        except BaseException as exc:
            if observer is not None:
                observer.failed(exc)
            raise


def _attempt(
    client: AIStats,
    request: httpx.Request,
    attempts: Attempts,
    on_success: Callable[[httpx.Response, Attempts], T],
    observer: CallObserver | None,
) -> T:
    http = client._http
    if http.is_closed:
        raise _closed_error()
    log_request(request, attempts.retries_done + 1)
    if observer is not None:
        observer.sending(request, attempts.retries_done + 1)
    started = time.monotonic()
    try:
        if client._config.direct:
            response = send_direct(http, request)
        else:
            response = http.send(request, stream=True, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc
    finally:
        forget_sent(request)  # whatever holds the request from here on never holds the key
    if response.request is not request:  # an http_client's own auth sent a request of its own
        forget_sent(response.request)
    log_response(response, time.monotonic() - started)
    if observer is not None:
        observer.received(response, time.monotonic() - started, attempts.retries_done + 1)
    try:
        raise_for_status(response, attempts, client._config)
        if observer is None:
            return on_success(response, attempts)
        return observer.succeeded(on_success(response, attempts))
    except BaseException:
        close_quietly(response)
        raise


async def acall(
    client: AsyncAIStats,
    prepared: PreparedCall,
    on_success: Callable[[httpx.Response, Attempts], Awaitable[T]],
) -> T:
    """``call`` for ``AsyncAIStats``."""
    budget = client._budget
    if budget is not None:  # refused before anything is sent; the result's cost is added
        budget.check()
        on_success = _async_charged(on_success, budget)
    on_success = async_raw_hook(on_success)  # as is, unless called through with_raw_response
    upload = prepared.upload
    attempts = Attempts(
        client._config.retry,
        prepared.deadline,
        route=prepared.route,
        resendable=upload.resendable if upload is not None else None,
    )
    observer = start_call(client._hooks, client._telemetry, prepared)
    while True:
        request: httpx.Request | None = None
        try:
            timeout = attempts.attempt_timeout(prepared.timeout)
            http = await client._loop_http.bind()
            request = prepared.build(http, timeout, direct=client._config.direct)
            return await _aattempt(
                client, http, request, attempts=attempts, on_success=on_success, observer=observer
            )
        except APIError as error:
            delay = attempts.next_delay(error) if observer is None else observer.next_delay(attempts, error)
            log_retry(request, error, delay, attempts.retries_done, client.max_retries)
            if observer is None:
                await _async_sleep(delay)
            else:
                await observer.async_sleep(_async_sleep, delay)
        except BaseException as exc:
            if observer is not None:
                observer.failed(exc)
            raise


async def _aattempt(
    client: AsyncAIStats,
    http: httpx.AsyncClient,
    request: httpx.Request,
    *,
    attempts: Attempts,
    on_success: Callable[[httpx.Response, Attempts], Awaitable[T]],
    observer: CallObserver | None,
) -> T:
    if http.is_closed:
        raise _closed_error()
    log_request(request, attempts.retries_done + 1)
    if observer is not None:
        observer.sending(request, attempts.retries_done + 1)
    started = time.monotonic()
    try:
        if client._config.direct:
            response = await asend_direct(http, request)
        else:
            response = await http.send(request, stream=True, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc
    finally:
        forget_sent(request)  # whatever holds the request from here on never holds the key
    if response.request is not request:  # an http_client's own auth sent a request of its own
        forget_sent(response.request)
    log_response(response, time.monotonic() - started)
    if observer is not None:
        observer.received(response, time.monotonic() - started, attempts.retries_done + 1)
    try:
        await araise_for_status(response, attempts, client._config)
        if observer is None:
            return await on_success(response, attempts)
        return observer.succeeded(await on_success(response, attempts))
    except BaseException:
        await aclose_quietly(response)
        raise


def _closed_error() -> AIStatsError:
    return AIStatsError("This client has been closed; create a new one to send requests.")


async def _async_sleep(seconds: float) -> None:
    """Sleep under whichever async library runs us (asyncio or trio)."""
    import anyio  # noqa: PLC0415  (only a retry of an async call needs it)

    await anyio.sleep(seconds)


# -- the budget: a plain call's cost here; a stream's when it ends (``notify_stream_end``) ---------
def _settle(budget: Budget, result: T) -> T:
    if isinstance(result, WatchedStream):  # added when it ends (``notify_stream_end``)
        result._budget = budget
    else:
        budget.add(result_cost(result))
    return result


def _charged(on_success: Callable[[A, B], T], budget: Budget) -> Callable[[A, B], T]:
    """``on_success`` whose result's cost goes to ``budget`` (a stream's when it ends)."""

    def wrapped(response: A, attempts: B) -> T:
        return _settle(budget, on_success(response, attempts))

    return wrapped


def _async_charged(
    on_success: Callable[[A, B], Awaitable[T]], budget: Budget
) -> Callable[[A, B], Awaitable[T]]:
    """``_charged`` for the async call loop."""

    async def wrapped(response: A, attempts: B) -> T:
        return _settle(budget, await on_success(response, attempts))

    return wrapped
