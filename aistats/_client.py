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
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from ._config import ApiKey, ClientConfig
from ._exceptions import AIStatsError, APIError
from ._hooks import CallObserver, Hooks, Telemetry, check_hooks, check_telemetry, start_call
from ._io import aclose_quietly, araise_for_status, close_quietly, raise_for_status
from ._lazy import forget_resources, lazy_resource
from ._logs import log_request, log_response, log_retry, setup_env_logging
from ._loop_http import LoopBoundHttp
from ._raw import async_raw_hook, raw_hook
from ._request import PreparedCall
from ._response import transport_error
from ._retry import Attempts
from .resources.chat import AsyncChat, Chat

if TYPE_CHECKING:
    from .resources.account import (
        Activity,
        AsyncActivity,
        AsyncCredits,
        AsyncGenerations,
        AsyncKeys,
        Credits,
        Generations,
        Keys,
    )
    from .resources.catalogue import (
        AsyncEndpoints,
        AsyncHealth,
        AsyncModels,
        AsyncOrganisations,
        AsyncPricing,
        AsyncProviders,
        Endpoints,
        Health,
        Models,
        Organisations,
        Pricing,
        Providers,
    )
    from .resources.inference import (
        AsyncEmbeddings,
        AsyncImages,
        AsyncModerations,
        AsyncRerank,
        Embeddings,
        Images,
        Moderations,
        Rerank,
    )
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
    _settings: dict[str, Any]
    _hooks: Hooks | None
    _telemetry: Telemetry | None
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
        hooks: Hooks | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        setup_env_logging()
        secret = ApiKey.wrap(api_key)
        del api_key  # from here on the key lives only inside ApiKey (safe in tracebacks)
        self._check_http_client(http_client)
        settings: dict[str, Any] = dict(
            api_key=secret, base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, default_headers=default_headers, app_title=app_title,
            referer=referer, max_retry_after=max_retry_after,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._config = ClientConfig.resolve(**settings)
        # What with_options starts from: the arguments as resolved (no second look at the env).
        settings.update(
            api_key=self._config.api_key, base_url=str(self._config.base_url), timeout=self._config.timeout,
            default_headers=dict(default_headers or {}),
        )  # fmt: skip
        self._settings = settings
        self._hooks = check_hooks(hooks)
        self._telemetry = check_telemetry(telemetry)
        self._owns_http = http_client is None
        self._http = http_client or self._new_http()
        self._bind_resources()

    def _new_http(self) -> HttpClientT:
        return cast(
            HttpClientT,
            self._http_type(timeout=self._config.timeout, follow_redirects=False, limits=DEFAULT_LIMITS),
        )

    def _bind_resources(self) -> None:
        raise NotImplementedError

    def _check_http_client(self, http_client: object) -> None:
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise _wrong_http_client(http_client, self._http_type, self._other_client)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpClientT | None = None,
        app_title: str | None = None,
        referer: str | None = None,
        max_retry_after: float | None = None,
        allow_insecure_http: bool | None = None,
        hooks: Hooks | None = None,
        telemetry: Telemetry | None = None,
    ) -> Self:
        """A copy with some constructor arguments changed (``None`` keeps this client's).

        The copy shares this client's connection pool, or, given ``http_client``, uses that
        one and nothing of this client's. Closing a copy never closes a pool it did not
        create; close the original to release its pool.
        """
        self._check_http_client(http_client)
        given: dict[str, Any] = dict(
            api_key=ApiKey.wrap(api_key), base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, default_headers=default_headers, app_title=app_title,
            referer=referer, max_retry_after=max_retry_after,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        del api_key
        settings = {**self._settings, **{k: v for k, v in given.items() if v is not None}}
        clone = copy.copy(self)
        clone._config = ClientConfig.resolve(**settings)
        clone._settings = settings
        if hooks is not None:
            clone._hooks = check_hooks(hooks)
        if telemetry is not None:
            clone._telemetry = check_telemetry(telemetry)
        clone._owns_http = False
        if http_client is not None:
            clone._http = http_client
        forget_resources(clone)
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


def _wrong_http_client(given: object, expected: type, other_client: str) -> AIStatsError:
    """Name the type expected and the type given; point to the other aistats client only
    when ``given`` is the client that one takes."""
    given_type = type(given)
    message = (
        f"http_client must be an httpx.{expected.__name__}, "
        f"got {given_type.__module__}.{given_type.__qualname__}"
    )
    if isinstance(given, httpx.Client | httpx.AsyncClient):
        return AIStatsError(f"{message}: an httpx.{given_type.__name__} goes with {other_client}.")
    return AIStatsError(f"{message}: pass an httpx.{expected.__name__} (or none, for the default one).")


def _closed_error() -> AIStatsError:
    return AIStatsError("This client has been closed; create a new one to send requests.")


class AIStats(_ClientBase[httpx.Client]):
    """The synchronous AI Stats client.

    ``api_key`` defaults to ``$AI_STATS_API_KEY`` and ``base_url`` to ``$AI_STATS_BASE_URL``
    or the production gateway. ``timeout`` bounds each attempt (seconds or
    ``httpx.Timeout``), ``deadline`` a whole call with its retries and waits;
    ``http_client`` is an ``httpx.Client`` to reuse; ``hooks`` (``aistats.Hooks``) and
    ``telemetry`` (``aistats.Telemetry``: OpenTelemetry) watch every call. Use it as a
    context manager, or call ``close()``, to release its connections.
    """

    chat: Chat
    # Route resources, each imported on first use (``import aistats`` stays light).
    responses: lazy_resource[Responses] = lazy_resource("responses", "Responses")
    messages: lazy_resource[Messages] = lazy_resource("messages", "Messages")
    models: lazy_resource[Models] = lazy_resource("catalogue", "Models")
    providers: lazy_resource[Providers] = lazy_resource("catalogue", "Providers")
    organisations: lazy_resource[Organisations] = lazy_resource("catalogue", "Organisations")
    endpoints: lazy_resource[Endpoints] = lazy_resource("catalogue", "Endpoints")
    health: lazy_resource[Health] = lazy_resource("catalogue", "Health")
    pricing: lazy_resource[Pricing] = lazy_resource("catalogue", "Pricing")
    generations: lazy_resource[Generations] = lazy_resource("account", "Generations")
    credits: lazy_resource[Credits] = lazy_resource("account", "Credits")
    activity: lazy_resource[Activity] = lazy_resource("account", "Activity")
    keys: lazy_resource[Keys] = lazy_resource("account", "Keys")
    embeddings: lazy_resource[Embeddings] = lazy_resource("inference", "Embeddings")
    moderations: lazy_resource[Moderations] = lazy_resource("inference", "Moderations")
    rerank: lazy_resource[Rerank] = lazy_resource("inference", "Rerank")
    images: lazy_resource[Images] = lazy_resource("inference", "Images")
    _http_type = httpx.Client
    _other_client = "AsyncAIStats"

    def _bind_resources(self) -> None:
        self.chat = Chat(self)

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
        on_success = raw_hook(on_success)  # as is, unless called through with_raw_response
        attempts = Attempts(self._config.retry, prepared.deadline)
        observer = start_call(self._hooks, self._telemetry, prepared)
        while True:
            request: httpx.Request | None = None
            try:
                request = prepared.build(self._http, attempts.attempt_timeout(prepared.timeout))
                return self._attempt(request, attempts, on_success, observer)
            except APIError as error:
                delay = (
                    attempts.next_delay(error) if observer is None else observer.next_delay(attempts, error)
                )
                log_retry(request, error, delay, attempts.retries_done, self.max_retries)
                if observer is None:
                    time.sleep(delay)
                else:
                    observer.sleep(delay)
            except BaseException as exc:
                if observer is not None:
                    observer.failed(exc)
                raise

    def _attempt(
        self,
        request: httpx.Request,
        attempts: Attempts,
        on_success: Callable[[httpx.Response, Attempts], T],
        observer: CallObserver | None = None,
    ) -> T:
        if self._http.is_closed:
            raise _closed_error()
        log_request(request, attempts.retries_done + 1)
        if observer is not None:
            observer.sending(request, attempts.retries_done + 1)
        started = time.monotonic()
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
        log_response(response, time.monotonic() - started)
        if observer is not None:
            observer.received(response, time.monotonic() - started, attempts.retries_done + 1)
        try:
            raise_for_status(response, attempts, self._config.api_key)
            if observer is None:
                return on_success(response, attempts)
            return observer.succeeded(on_success(response, attempts))
        except BaseException:
            close_quietly(response)
            raise


class AsyncAIStats(_ClientBase[httpx.AsyncClient]):
    """The asynchronous AI Stats client: ``AIStats`` with awaitable calls.

    Takes the same arguments; ``http_client`` is an ``httpx.AsyncClient``. Use it as an
    ``async with`` block, or ``await client.close()``.
    """

    chat: AsyncChat
    # Route resources, each imported on first use (``import aistats`` stays light).
    responses: lazy_resource[AsyncResponses] = lazy_resource("responses", "AsyncResponses")
    messages: lazy_resource[AsyncMessages] = lazy_resource("messages", "AsyncMessages")
    models: lazy_resource[AsyncModels] = lazy_resource("catalogue", "AsyncModels")
    providers: lazy_resource[AsyncProviders] = lazy_resource("catalogue", "AsyncProviders")
    organisations: lazy_resource[AsyncOrganisations] = lazy_resource("catalogue", "AsyncOrganisations")
    endpoints: lazy_resource[AsyncEndpoints] = lazy_resource("catalogue", "AsyncEndpoints")
    health: lazy_resource[AsyncHealth] = lazy_resource("catalogue", "AsyncHealth")
    pricing: lazy_resource[AsyncPricing] = lazy_resource("catalogue", "AsyncPricing")
    generations: lazy_resource[AsyncGenerations] = lazy_resource("account", "AsyncGenerations")
    credits: lazy_resource[AsyncCredits] = lazy_resource("account", "AsyncCredits")
    activity: lazy_resource[AsyncActivity] = lazy_resource("account", "AsyncActivity")
    keys: lazy_resource[AsyncKeys] = lazy_resource("account", "AsyncKeys")
    embeddings: lazy_resource[AsyncEmbeddings] = lazy_resource("inference", "AsyncEmbeddings")
    moderations: lazy_resource[AsyncModerations] = lazy_resource("inference", "AsyncModerations")
    rerank: lazy_resource[AsyncRerank] = lazy_resource("inference", "AsyncRerank")
    images: lazy_resource[AsyncImages] = lazy_resource("inference", "AsyncImages")
    _http_type = httpx.AsyncClient
    _other_client = "AIStats"

    def _bind_resources(self) -> None:
        self.chat = AsyncChat(self)

    @property
    def _http(self) -> httpx.AsyncClient:
        """The pool of the event loop that last used this client (one per loop: ``_loop_http``)."""
        return self._loop_http.http

    @_http.setter
    def _http(self, http: httpx.AsyncClient) -> None:  # by the constructor
        self._loop_http = LoopBoundHttp(http, owned=self._owns_http, factory=self._new_http)

    async def close(self) -> None:
        """Release the connections (an ``http_client`` you passed in is left to you)."""
        if self._owns_http:
            self._loop_http.closed_by_owner = True
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
        on_success = async_raw_hook(on_success)  # as is, unless called through with_raw_response
        attempts = Attempts(self._config.retry, prepared.deadline)
        observer = start_call(self._hooks, self._telemetry, prepared)
        while True:
            request: httpx.Request | None = None
            try:
                request = prepared.build(self._http, attempts.attempt_timeout(prepared.timeout))
                return await self._attempt(request, attempts, on_success, observer)
            except APIError as error:
                delay = (
                    attempts.next_delay(error) if observer is None else observer.next_delay(attempts, error)
                )
                log_retry(request, error, delay, attempts.retries_done, self.max_retries)
                if observer is None:
                    await _async_sleep(delay)
                else:
                    await observer.async_sleep(_async_sleep, delay)
            except BaseException as exc:
                if observer is not None:
                    observer.failed(exc)
                raise

    async def _attempt(
        self,
        request: httpx.Request,
        attempts: Attempts,
        on_success: Callable[[httpx.Response, Attempts], Awaitable[T]],
        observer: CallObserver | None = None,
    ) -> T:
        http = await self._loop_http.bind()
        if http.is_closed:
            raise _closed_error()
        log_request(request, attempts.retries_done + 1)
        if observer is not None:
            observer.sending(request, attempts.retries_done + 1)
        started = time.monotonic()
        try:
            response = await http.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
        log_response(response, time.monotonic() - started)
        if observer is not None:
            observer.received(response, time.monotonic() - started, attempts.retries_done + 1)
        try:
            await araise_for_status(response, attempts, self._config.api_key)
            if observer is None:
                return await on_success(response, attempts)
            return observer.succeeded(await on_success(response, attempts))
        except BaseException:
            await aclose_quietly(response)
            raise


async def _async_sleep(seconds: float) -> None:
    """Sleep under whichever async library runs us (asyncio or trio), imported on first use
    so that ``import aistats`` stays light."""
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)
