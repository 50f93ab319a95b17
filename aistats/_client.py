"""``AIStats`` and ``AsyncAIStats``: configuration, connection pools and resources.

Calls run in ``_call_loop`` (one loop, sync and async shells). Every resource, chat
included, and the loop with it are imported on first use, so ``import aistats`` costs
little more than ``import httpx``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from ._config import ApiKey, ClientConfig, ManagementKey
from ._exceptions import AIStatsError
from ._lazy import forget_resources, lazy_resource
from ._observe.logs import setup_env_logging
from ._transport.loop_http import LoopBoundHttp
from ._transport.send import can_send_direct

if TYPE_CHECKING:
    from ._budget import Budget
    from ._observe.hooks import Hooks, Telemetry
    from .resources.account import (
        Activity,
        AsyncActivity,
        AsyncCredits,
        AsyncGenerations,
        Credits,
        Generations,
    )
    from .resources.audio import AsyncAudio, Audio
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
    from .resources.chat import AsyncChat, Chat
    from .resources.files import AsyncFiles, Files
    from .resources.inference import (
        AsyncEmbeddings,
        AsyncImages,
        AsyncModerations,
        AsyncOcr,
        AsyncRerank,
        Embeddings,
        Images,
        Moderations,
        Ocr,
        Rerank,
    )
    from .resources.jobs import AsyncBatches, AsyncMusic, AsyncVideos, Batches, Music, Videos
    from .resources.management import (
        Analytics,
        AsyncAnalytics,
        AsyncKeys,
        AsyncWorkspaces,
        Keys,
        Workspaces,
    )
    from .resources.messages import AsyncMessages, Messages
    from .resources.responses import AsyncResponses, Responses

__all__ = ["AIStats", "AsyncAIStats"]

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
    _budget: Budget | None
    _http_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _other_client: ClassVar[str]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        management_key: str | None = None,
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
        budget: Budget | None = None,
    ) -> None:
        setup_env_logging()
        secret = ApiKey.wrap(api_key)
        manager = ManagementKey.wrap(management_key)
        del api_key, management_key  # from here on the keys live only inside ApiKey (safe in tracebacks)
        self._check_http_client(http_client)
        settings: dict[str, Any] = dict(
            api_key=secret, management_key=manager, base_url=base_url, timeout=timeout,
            max_retries=max_retries,
            deadline=deadline, default_headers=default_headers, app_title=app_title,
            referer=referer, max_retry_after=max_retry_after,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        self._config = ClientConfig.resolve(**settings)
        # What with_options starts from: the arguments as resolved (no second look at the env).
        settings.update(
            api_key=self._config.api_key, management_key=self._config.management_key,
            base_url=str(self._config.base_url), timeout=self._config.timeout,
            default_headers=dict(default_headers or {}),
        )  # fmt: skip
        self._settings = settings
        self._hooks = _checked_hooks(hooks)
        self._telemetry = _checked_telemetry(telemetry)
        self._budget = _checked_budget(budget)
        self._owns_http = http_client is None
        self._http = http_client or self._new_http()
        if http_client is None:  # the pool made here sends the client's headers by itself, and
            # calls may skip its send for its transport (_transport.send)
            self._config = self._config.with_pool_headers(
                self._http.headers, direct=can_send_direct(self._http)
            )

    def _new_http(self) -> HttpClientT:
        return cast(
            HttpClientT,
            self._http_type(
                timeout=self._config.timeout,
                follow_redirects=False,
                limits=DEFAULT_LIMITS,
                headers=self._config.headers,
            ),
        )

    def _check_http_client(self, http_client: object) -> None:
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise _wrong_http_client(http_client, self._http_type, self._other_client)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        management_key: str | None = None,
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
        budget: Budget | None = None,
    ) -> Self:
        """A copy with some constructor arguments changed (``None`` keeps this client's).

        ``default_headers`` are added to this client's (a name given again, in any case,
        takes the new value), so chained ``with_options`` calls keep every header. The copy
        shares this client's connection pool, or, given ``http_client``, uses that one and
        nothing of this client's. Closing a copy never closes a pool it did not
        create; close the original to release its pool. The copy shares this client's
        ``budget`` unless given one of its own.
        """
        self._check_http_client(http_client)
        given: dict[str, Any] = dict(
            api_key=ApiKey.wrap(api_key), management_key=ManagementKey.wrap(management_key),
            base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, default_headers=default_headers, app_title=app_title,
            referer=referer, max_retry_after=max_retry_after,
            allow_insecure_http=allow_insecure_http,
        )  # fmt: skip
        del api_key, management_key
        if default_headers is not None:
            given["default_headers"] = _merged_headers(self._settings["default_headers"], default_headers)
        settings = {**self._settings, **{k: v for k, v in given.items() if v is not None}}
        clone = copy.copy(self)
        # The copy's calls go through this client's pool (which sends its headers by itself)
        # or through http_client (which sends none of ours).
        shared = http_client is None
        clone._config = ClientConfig.resolve(**settings).with_pool_headers(
            self._config.pool_headers if shared else {}, direct=shared and self._config.direct
        )
        clone._settings = settings
        if hooks is not None:
            clone._hooks = _checked_hooks(hooks)
        if telemetry is not None:
            clone._telemetry = _checked_telemetry(telemetry)
        if budget is not None:
            clone._budget = _checked_budget(budget)
        clone._owns_http = False
        if http_client is not None:
            clone._http = http_client
        forget_resources(clone)
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
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, "
            f"{'api_key=' + repr('****') + ', ' if self._config.api_key else ''}"
            f"{'management_key=' + repr('****') + ', ' if self._config.management_key else ''}"
            f"max_retries={self.max_retries}, timeout={self.timeout!r}, deadline={self.deadline!r})"
        )


def _merged_headers(base: Mapping[str, str], new: Mapping[str, str]) -> dict[str, str]:
    """``base`` updated with ``new``; header names compare without regard to case."""
    replaced = {name.lower() for name in new if isinstance(name, str)}
    return {**{k: v for k, v in base.items() if k.lower() not in replaced}, **new}


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


def _checked_hooks(hooks: object) -> Hooks | None:
    """``hooks`` validated (``_hooks`` is imported only when some are given)."""
    if hooks is None:
        return None
    from ._observe.hooks import check_hooks  # noqa: PLC0415

    return check_hooks(hooks)


def _checked_budget(budget: object) -> Budget | None:
    """``budget`` checked to be an ``aistats.Budget``."""
    if budget is None:
        return None
    from ._budget import Budget  # noqa: PLC0415  (only a client with a budget needs it)

    if not isinstance(budget, Budget):
        raise AIStatsError(f"budget must be an aistats.Budget, not {type(budget).__name__}")
    return budget


def _checked_telemetry(telemetry: object) -> Telemetry | None:
    """``telemetry`` validated (``_hooks`` is imported only when it is given)."""
    if telemetry is None:
        return None
    from ._observe.hooks import check_telemetry  # noqa: PLC0415

    return check_telemetry(telemetry)


class AIStats(_ClientBase[httpx.Client]):
    """The synchronous AI Stats client.

    ``api_key`` defaults to ``$AI_STATS_API_KEY`` and ``base_url`` to ``$AI_STATS_BASE_URL``
    or the production gateway. ``timeout`` bounds each attempt (seconds or
    ``httpx.Timeout``), ``deadline`` a whole call with its retries and waits;
    ``http_client`` is an ``httpx.Client`` to reuse; ``hooks`` (``aistats.Hooks``) and
    ``telemetry`` (``aistats.Telemetry``: OpenTelemetry) watch every call. Use it as a
    context manager, or call ``close()``, to release its connections.
    """

    # Resources, each imported on first use (``import aistats`` stays light).
    chat: lazy_resource[Chat] = lazy_resource("chat", "Chat")
    """Chat completions: ``chat.completions.create(...)``, streamed or not."""
    responses: lazy_resource[Responses] = lazy_resource("responses", "Responses")
    """The Responses API (``/responses``), streamed or not."""
    messages: lazy_resource[Messages] = lazy_resource("messages", "Messages")
    """The Anthropic Messages API (``/messages``), streamed or not."""
    models: lazy_resource[Models] = lazy_resource("catalogue", "Models")
    """The catalogue's models: ``models.list()`` follows every page."""
    providers: lazy_resource[Providers] = lazy_resource("catalogue", "Providers")
    """The catalogue's providers."""
    organisations: lazy_resource[Organisations] = lazy_resource("catalogue", "Organisations")
    """The catalogue's organisations (the makers of models)."""
    endpoints: lazy_resource[Endpoints] = lazy_resource("catalogue", "Endpoints")
    """The catalogue's endpoints: which provider serves which model and route."""
    health: lazy_resource[Health] = lazy_resource("catalogue", "Health")
    """The gateway's health."""
    pricing: lazy_resource[Pricing] = lazy_resource("catalogue", "Pricing")
    """The catalogue's prices per model and provider."""
    generations: lazy_resource[Generations] = lazy_resource("account", "Generations")
    """One request's stored record, by the id of its reply."""
    credits: lazy_resource[Credits] = lazy_resource("account", "Credits")
    """The account's credit balance (``/credits``, the management key)."""
    activity: lazy_resource[Activity] = lazy_resource("account", "Activity")
    """The account's activity: one record per request (``/activity``, the management key)."""
    keys: lazy_resource[Keys] = lazy_resource("management", "Keys")
    """API keys: list, create, update, delete (the management key)."""
    workspaces: lazy_resource[Workspaces] = lazy_resource("management", "Workspaces")
    """Workspaces and their members (the management key)."""
    analytics: lazy_resource[Analytics] = lazy_resource("management", "Analytics")
    """Usage per day and model (``/analytics``, the API key)."""
    embeddings: lazy_resource[Embeddings] = lazy_resource("inference", "Embeddings")
    """Embeddings of text (``/embeddings``)."""
    moderations: lazy_resource[Moderations] = lazy_resource("inference", "Moderations")
    """Moderation of text (``/moderations``)."""
    rerank: lazy_resource[Rerank] = lazy_resource("inference", "Rerank")
    """Documents ranked by relevance to a query (``/rerank``)."""
    images: lazy_resource[Images] = lazy_resource("inference", "Images")
    """Image generation and edits (``images.generate``, ``images.edit``)."""
    ocr: lazy_resource[Ocr] = lazy_resource("inference", "Ocr")
    """Text read from documents and images (``/ocr``)."""
    audio: lazy_resource[Audio] = lazy_resource("audio", "Audio")
    """Speech, transcriptions and translations: ``audio.speech``, ``.transcriptions``, ``.translations``."""
    files: lazy_resource[Files] = lazy_resource("files", "Files")
    """Uploads and downloads: ``create``, ``retrieve``, ``content``, ``download``."""
    batches: lazy_resource[Batches] = lazy_resource("jobs", "Batches")
    """Batches of requests run at batch prices: create, wait, results."""
    videos: lazy_resource[Videos] = lazy_resource("jobs", "Videos")
    """Video generation jobs: ``create``, ``wait``, ``create_and_wait``, ``download``."""
    music: lazy_resource[Music] = lazy_resource("jobs", "Music")
    """Music generation jobs: ``generate``, ``wait``, ``generate_and_wait``."""
    _http_type = httpx.Client
    _other_client = "AsyncAIStats"

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


class AsyncAIStats(_ClientBase[httpx.AsyncClient]):
    """The asynchronous AI Stats client: ``AIStats`` with awaitable calls.

    Takes the same arguments; ``http_client`` is an ``httpx.AsyncClient``. Use it as an
    ``async with`` block, or ``await client.close()``.
    """

    # Resources, each imported on first use (``import aistats`` stays light).
    chat: lazy_resource[AsyncChat] = lazy_resource("chat", "AsyncChat")
    """Chat completions: ``chat.completions.create(...)``, streamed or not."""
    responses: lazy_resource[AsyncResponses] = lazy_resource("responses", "AsyncResponses")
    """The Responses API (``/responses``), streamed or not."""
    messages: lazy_resource[AsyncMessages] = lazy_resource("messages", "AsyncMessages")
    """The Anthropic Messages API (``/messages``), streamed or not."""
    models: lazy_resource[AsyncModels] = lazy_resource("catalogue", "AsyncModels")
    """The catalogue's models: ``models.list()`` follows every page."""
    providers: lazy_resource[AsyncProviders] = lazy_resource("catalogue", "AsyncProviders")
    """The catalogue's providers."""
    organisations: lazy_resource[AsyncOrganisations] = lazy_resource("catalogue", "AsyncOrganisations")
    """The catalogue's organisations (the makers of models)."""
    endpoints: lazy_resource[AsyncEndpoints] = lazy_resource("catalogue", "AsyncEndpoints")
    """The catalogue's endpoints: which provider serves which model and route."""
    health: lazy_resource[AsyncHealth] = lazy_resource("catalogue", "AsyncHealth")
    """The gateway's health."""
    pricing: lazy_resource[AsyncPricing] = lazy_resource("catalogue", "AsyncPricing")
    """The catalogue's prices per model and provider."""
    generations: lazy_resource[AsyncGenerations] = lazy_resource("account", "AsyncGenerations")
    """One request's stored record, by the id of its reply."""
    credits: lazy_resource[AsyncCredits] = lazy_resource("account", "AsyncCredits")
    """The account's credit balance (``/credits``, the management key)."""
    activity: lazy_resource[AsyncActivity] = lazy_resource("account", "AsyncActivity")
    """The account's activity: one record per request (``/activity``, the management key)."""
    keys: lazy_resource[AsyncKeys] = lazy_resource("management", "AsyncKeys")
    """API keys: list, create, update, delete (the management key)."""
    workspaces: lazy_resource[AsyncWorkspaces] = lazy_resource("management", "AsyncWorkspaces")
    """Workspaces and their members (the management key)."""
    analytics: lazy_resource[AsyncAnalytics] = lazy_resource("management", "AsyncAnalytics")
    """Usage per day and model (``/analytics``, the API key)."""
    embeddings: lazy_resource[AsyncEmbeddings] = lazy_resource("inference", "AsyncEmbeddings")
    """Embeddings of text (``/embeddings``)."""
    moderations: lazy_resource[AsyncModerations] = lazy_resource("inference", "AsyncModerations")
    """Moderation of text (``/moderations``)."""
    rerank: lazy_resource[AsyncRerank] = lazy_resource("inference", "AsyncRerank")
    """Documents ranked by relevance to a query (``/rerank``)."""
    images: lazy_resource[AsyncImages] = lazy_resource("inference", "AsyncImages")
    """Image generation and edits (``images.generate``, ``images.edit``)."""
    ocr: lazy_resource[AsyncOcr] = lazy_resource("inference", "AsyncOcr")
    """Text read from documents and images (``/ocr``)."""
    audio: lazy_resource[AsyncAudio] = lazy_resource("audio", "AsyncAudio")
    """Speech, transcriptions and translations: ``audio.speech``, ``.transcriptions``, ``.translations``."""
    files: lazy_resource[AsyncFiles] = lazy_resource("files", "AsyncFiles")
    """Uploads and downloads: ``create``, ``retrieve``, ``content``, ``download``."""
    batches: lazy_resource[AsyncBatches] = lazy_resource("jobs", "AsyncBatches")
    """Batches of requests run at batch prices: create, wait, results."""
    videos: lazy_resource[AsyncVideos] = lazy_resource("jobs", "AsyncVideos")
    """Video generation jobs: ``create``, ``wait``, ``create_and_wait``, ``download``."""
    music: lazy_resource[AsyncMusic] = lazy_resource("jobs", "AsyncMusic")
    """Music generation jobs: ``generate``, ``wait``, ``generate_and_wait``."""
    _http_type = httpx.AsyncClient
    _other_client = "AIStats"

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
