"""``with_raw_response``: any resource method, returning the HTTP response with its result.

It is built on the clients' call loop, not per endpoint. ``to_raw(method)`` (or
``to_async_raw``) runs ``method`` with a flag set; the client's ``_call`` passes its
``on_success`` through ``raw_hook`` (``async_raw_hook``), which, when the flag is set,
wraps the result in a ``RawResponse`` with the response, the retries and the time taken.
A resource offers the raw variant of a method with one line:
``self.create = to_raw(resource.create)``.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from .._portable import detach
from .response import request_id_of
from .retry import Attempts

__all__ = ["RawResponse", "async_raw_hook", "raw_hook", "to_async_raw", "to_raw"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

#: Set while a ``with_raw_response`` method runs; consumed by the first call it makes.
_WANTED: ContextVar[bool] = ContextVar("aistats_raw_response", default=False)


class RawResponse(Generic[R]):
    """The HTTP response of a call and, through ``parse()``, its usual result.

    ``status_code``, ``headers`` and ``http_response`` describe the final attempt's
    response; ``retries_taken`` counts the retries before it; ``elapsed`` is the time from
    the first attempt until the result was ready (for a stream: its first chunk).

    It pickles (a completion's, not a stream's) with a detached copy of the response: status,
    headers and the request's method, URL and headers survive, credential headers do not
    (``_credentials``); ``parse()`` gives the result as before.
    """

    __slots__ = ("_parsed", "elapsed", "http_response", "retries_taken")

    def __init__(
        self, parsed: R, http_response: httpx.Response, retries_taken: int, elapsed: datetime.timedelta
    ) -> None:
        self._parsed = parsed
        self.http_response = http_response
        """The underlying ``httpx.Response``."""
        self.retries_taken = retries_taken
        """How many retries the call took (0: the first attempt answered)."""
        self.elapsed = elapsed
        """How long the call took (a ``timedelta``)."""

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The request-id header if there is one, else the result's id (the completion's
        ``id``, a stream's ``request_id``)."""
        found = request_id_of(self.http_response)
        if found:
            return found
        for name in ("request_id", "id"):
            value = getattr(self._parsed, name, None)
            if isinstance(value, str) and value:
                return value
        return None

    def parse(self) -> R:
        """The result the plain method returns: the completion, or the ``Stream``."""
        return self._parsed

    def __reduce__(self) -> tuple[Any, ...]:
        return RawResponse, (self._parsed, detach(self.http_response), self.retries_taken, self.elapsed)

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self.status_code} request_id={self.request_id!r} "
            f"retries_taken={self.retries_taken}>"
        )


def _raw_result(result: T, response: httpx.Response, attempts: Attempts) -> RawResponse[T]:
    elapsed = datetime.timedelta(seconds=attempts.clock() - attempts.started)
    return RawResponse(result, response, attempts.retries_done, elapsed)


def _take_flag() -> bool:
    if not _WANTED.get():
        return False
    _WANTED.set(False)  # only the first call of the method is wrapped
    return True


def raw_hook(on_success: Callable[[httpx.Response, Attempts], T]) -> Callable[[httpx.Response, Attempts], T]:
    """``on_success``, or, inside a ``with_raw_response`` method, one returning a ``RawResponse``."""
    if not _take_flag():
        return on_success

    def wrapped(response: httpx.Response, attempts: Attempts) -> Any:
        return _raw_result(on_success(response, attempts), response, attempts)

    return wrapped


def async_raw_hook(
    on_success: Callable[[httpx.Response, Attempts], Awaitable[T]],
) -> Callable[[httpx.Response, Attempts], Awaitable[T]]:
    """Async ``raw_hook``."""
    if not _take_flag():
        return on_success

    async def wrapped(response: httpx.Response, attempts: Attempts) -> Any:
        return _raw_result(await on_success(response, attempts), response, attempts)

    return wrapped


def to_raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """The ``with_raw_response`` variant of a sync resource method (overloads kept)."""

    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _WANTED.set(True)
        try:
            result = method(*args, **kwargs)
        finally:
            _WANTED.reset(token)
        return _checked(result)

    return raw


def to_async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The ``with_raw_response`` variant of an async resource method (overloads kept)."""

    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _WANTED.set(True)
        try:
            result = await method(*args, **kwargs)
        finally:
            _WANTED.reset(token)
        return _checked(result)

    return raw


def _checked(result: object) -> RawResponse[Any]:
    if not isinstance(result, RawResponse):  # the method never reached the call loop
        raise TypeError("with_raw_response works only on methods that send one request")
    return result
