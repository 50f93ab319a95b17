"""``AIStats`` and ``AsyncAIStats``: thin I/O shells around the shared call logic.

Both run the same loop: build the attempt's request (``_request``), send it, map failures
to aistats errors (``_response``), and ask the shared retry state (``_retry.Attempts``)
whether and when to try again. Only sending, reading and sleeping differ between them.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import ClassVar, Generic, Self, TypeVar, cast

import httpx

from ._config import ApiKey, ClientConfig
from ._exceptions import AIStatsError, APIError
from ._io import aclose_quietly, aread_body, close_quietly, read_body
from ._logs import log_request, log_response, log_retry
from ._request import PreparedCall
from ._response import ERROR_BODY_LIMIT, status_error, transport_error
from ._retry import Attempts
from .resources.chat import AsyncChat, Chat
from .resources.messages import AsyncMessages, Messages
from .resources.responses import AsyncResponses, Responses

__all__ = ["AIStats", "AsyncAIStats"]

T = TypeVar("T")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


class _ClientBase(Generic[HttpClientT]):
    """Construction, configuration, ``with_options`` and ``repr``, shared by both clients."""

    _config: ClientConfig
    _http: HttpClientT
    _owns_http: bool
    _http_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _other_client: ClassVar[str]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpClientT | None = None,
        app_title: str | None = None,
        referer: str | None = None,
        max_retry_after: float = 60.0,
        allow_insecure_http: bool | None = None,
    ) -> None:
        secret = ApiKey.wrap(api_key)
        del api_key  # from here on the key lives only inside ApiKey (safe in tracebacks)
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise AIStatsError(
                f"http_client must be an {self._http_type.__module__}.{self._http_type.__name__}, "
                f"got {type(http_client).__name__} (use {self._other_client} for that one)"
            )
        self._config = ClientConfig.resolve(
            api_key=secret, base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, default_headers=default_headers, app_title=app_title,
            referer=referer, max_retry_after=max_retry_after,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._owns_http = http_client is None
        self._http = http_client or cast(
            HttpClientT,
            self._http_type(timeout=self._config.timeout, follow_redirects=False, limits=DEFAULT_LIMITS),
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A copy with other per-call defaults that shares this client's connection pool.

        Closing the copy leaves the shared pool open; close the original to release it.
        """
        clone = copy.copy(self)
        clone._config = self._config.replace(timeout=timeout, max_retries=max_retries, deadline=deadline)
        clone._owns_http = False
        clone._bind_resources()
        return clone

    @property
    def base_url(self) -> httpx.URL:
        """The gateway's base URL."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each attempt."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed call is retried."""
        return self._config.retry.max_retries

    @property
    def deadline(self) -> float | None:
        """Seconds one call may take in all, retries included (``None``: unbounded)."""
        return self._config.deadline

    def __repr__(self) -> str:
        if getattr(self, "_config", None) is None:  # construction failed part-way
            return f"<{type(self).__name__} (not configured)>"
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key='****', "
            f"max_retries={self.max_retries}, timeout={self.timeout!r}, deadline={self.deadline!r})"
        )


def _closed_error() -> AIStatsError:
    return AIStatsError("This client has been closed; create a new one to send requests.")


class AIStats(_ClientBase[httpx.Client]):
    """The synchronous AI Stats client.

    ``api_key`` defaults to ``$AI_STATS_API_KEY`` and ``base_url`` to ``$AI_STATS_BASE_URL``
    or the production gateway. ``timeout`` bounds each attempt (seconds or
    ``httpx.Timeout``), ``deadline`` a whole call with its retries and waits;
    ``http_client`` is an ``httpx.Client`` to reuse. Use it as a context manager, or call
    ``close()``, to release its connections.
    """

    chat: Chat
    responses: Responses
    messages: Messages
    _http_type = httpx.Client
    _other_client = "AsyncAIStats"

    def _bind_resources(self) -> None:
        self.chat = Chat(self)
        self.responses = Responses(self)
        self.messages = Messages(self)

    def close(self) -> None:
        """Release the connections (an ``http_client`` you passed in is left to you)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the call loop ---------------------------------------------------------------

    def _call(self, prepared: PreparedCall, on_success: Callable[[httpx.Response, Attempts], T]) -> T:
        attempts = Attempts(self._config.retry, prepared.deadline)
        while True:
            request: httpx.Request | None = None
            try:
                request = prepared.build(self._http, attempts.attempt_timeout(prepared.timeout))
                return self._attempt(request, attempts, on_success)
            except APIError as error:
                delay = attempts.next_delay(error)
                log_retry(request, error, delay, attempts.retries_done, self.max_retries)
                time.sleep(delay)

    def _attempt(
        self,
        request: httpx.Request,
        attempts: Attempts,
        on_success: Callable[[httpx.Response, Attempts], T],
    ) -> T:
        if self._http.is_closed:
            raise _closed_error()
        log_request(request, attempts.retries_done + 1)
        started = time.monotonic()
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
        log_response(response, time.monotonic() - started)
        try:
            if not response.is_success:
                raw = read_body(response, attempts, ERROR_BODY_LIMIT)
                raise status_error(response, raw, secret=self._config.api_key)
            return on_success(response, attempts)
        except BaseException:
            close_quietly(response)
            raise


class AsyncAIStats(_ClientBase[httpx.AsyncClient]):
    """The asynchronous AI Stats client: ``AIStats`` with awaitable calls.

    Takes the same arguments; ``http_client`` is an ``httpx.AsyncClient``. Use it as an
    ``async with`` block, or ``await client.close()``.
    """

    chat: AsyncChat
    responses: AsyncResponses
    messages: AsyncMessages
    _http_type = httpx.AsyncClient
    _other_client = "AIStats"

    def _bind_resources(self) -> None:
        self.chat = AsyncChat(self)
        self.responses = AsyncResponses(self)
        self.messages = AsyncMessages(self)

    async def close(self) -> None:
        """Release the connections (an ``http_client`` you passed in is left to you)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- the call loop ---------------------------------------------------------------

    async def _call(
        self, prepared: PreparedCall, on_success: Callable[[httpx.Response, Attempts], Awaitable[T]]
    ) -> T:
        attempts = Attempts(self._config.retry, prepared.deadline)
        while True:
            request: httpx.Request | None = None
            try:
                request = prepared.build(self._http, attempts.attempt_timeout(prepared.timeout))
                return await self._attempt(request, attempts, on_success)
            except APIError as error:
                delay = attempts.next_delay(error)
                log_retry(request, error, delay, attempts.retries_done, self.max_retries)
                await _async_sleep(delay)

    async def _attempt(
        self,
        request: httpx.Request,
        attempts: Attempts,
        on_success: Callable[[httpx.Response, Attempts], Awaitable[T]],
    ) -> T:
        if self._http.is_closed:
            raise _closed_error()
        log_request(request, attempts.retries_done + 1)
        started = time.monotonic()
        try:
            response = await self._http.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
        log_response(response, time.monotonic() - started)
        try:
            if not response.is_success:
                raw = await aread_body(response, attempts, ERROR_BODY_LIMIT)
                raise status_error(response, raw, secret=self._config.api_key)
            return await on_success(response, attempts)
        except BaseException:
            await aclose_quietly(response)
            raise


async def _async_sleep(seconds: float) -> None:
    """Sleep under whichever async library runs us (asyncio or trio), imported on first use
    so that ``import aistats`` stays light."""
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)
