"""The base of every route resource: one call path for any route of the generated table, sync
and async, with the per-call options, strict keywords and ``with_raw_response`` of chat.

``with_raw_response`` is typed per resource: a resource names its class of raw methods
(``class Models(Resource[ModelsWithRawResponse])`` with ``_raw = ModelsWithRawResponse``), whose
attributes wrap the resource's methods with ``to_raw`` (a paged list: ``raw_page``), so a typo
is a type error and ``parse()`` returns what the method returns.

A resource method hands its keywords over as they came (``self._send(route, Reply, kwargs)``;
a stream: ``self._stream(route, StreamClass, kwargs)``; a generation API's ``create()``, either:
``self._generate(route, Reply, StreamClass, kwargs, stream=stream)``);
``_split`` takes the per-call options out, refuses any other keyword the route does not declare
(``TypeError`` naming the closest valid one, before anything is sent) and sorts the rest into
query and body. A method's signature types its keywords with a TypedDict combining the route's
generated one and ``CallOptions`` / ``BodyOptions`` (``class _Args(ListModelsQuery, CallOptions): ...``).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, TypedDict, TypeVar, cast

import httpx

from aistats_generated.api import Route

from .._exceptions import AIStatsError
from .._files.binary import BinaryResponse, aread_binary, read_binary
from .._files.download import Download, adownload, download
from .._files.upload import prepare_upload
from .._transport.call_loop import acall, call
from .._transport.io import aread_model, read_model
from .._transport.keywords import body_keys, check_keywords
from .._transport.pages import AsyncCursorPager, AsyncPager, CursorPager, Pager
from .._transport.raw import RawResponse, to_async_raw, to_raw
from .._transport.request import PreparedCall, prepare_route
from .._transport.response import FromDict
from .._transport.retry import Attempts

if TYPE_CHECKING:
    from .._client import AIStats, AsyncAIStats
    from .._streams.shell import AsyncShell, SyncShell

__all__ = [
    "AsyncResource", "BodyOptions", "CallOptions", "Resource", "araw_page", "raw_page", "split_model_id",
]  # fmt: skip

T = TypeVar("T")
P = ParamSpec("P")
RawT = TypeVar("RawT")
S = TypeVar("S", bound="SyncShell[Any]")
AS = TypeVar("AS", bound="AsyncShell[Any]")


class CallOptions(TypedDict, total=False):
    """The per-call options of every endpoint method, as chat's ``create()`` takes them.

    ``timeout`` bounds each attempt, ``deadline`` the whole call with its retries;
    ``extra_headers`` and ``extra_query`` (any names, sent as given) are added last.
    """

    timeout: float | httpx.Timeout | None
    deadline: float | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None


class BodyOptions(CallOptions, total=False):
    """``CallOptions`` of a method that sends a JSON body, plus ``extra_body`` (merged in last)."""

    extra_body: Mapping[str, Any] | None


_CALL_OPTIONS: Final = frozenset(CallOptions.__optional_keys__)
_BODY_OPTIONS: Final = frozenset(BodyOptions.__optional_keys__)


def _split(
    route: Route, given: Mapping[str, Any], call: str | None = None
) -> tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any]]:
    """``given`` as (query, body, options); ``TypeError`` for a keyword the route does not take
    (``call`` names the method in it: the route's name by default)."""
    options_taken = _BODY_OPTIONS if route.body else _CALL_OPTIONS
    in_query = route.query_params
    in_body = body_keys(route.body)
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for key, value in given.items():  # one pass: this runs on every call
        if key in options_taken:
            options[key] = value
        elif key in in_query:
            query[key] = value
        elif key in in_body:
            body[key] = value
        else:
            rest = {k: v for k, v in given.items() if k not in options_taken}
            check_keywords(
                rest, frozenset(in_query) | in_body, call=call or f"{route.name}()", options=options_taken
            )
    return query, body if route.body else None, options


def _prepare(
    client: AIStats | AsyncAIStats,
    route: Route,
    given: Mapping[str, Any],
    *,
    path: Mapping[str, str] | None = None,
    stream: bool = False,
    name: str | None = None,
    form: bool = False,
) -> PreparedCall:
    """The request for one call of ``route`` with the keywords ``given``: JSON (``stream: true``
    added to the body of a streamed call), or (``form``) a multipart upload."""
    query, body, options = _split(route, given, name)
    if form:
        return prepare_upload(client._config, route, body or {}, query=query, path=path, **options)
    if stream and body is not None:
        body["stream"] = True
    return prepare_route(client._config, route, path=path, query=query, body=body, stream=stream, **options)


def split_model_id(model: str) -> dict[str, str]:
    """``{"author": ..., "slug": ...}`` from a model id ``author/slug``."""
    author, slash, slug = model.partition("/") if isinstance(model, str) else ("", "", "")
    if not slash or not author or not slug:
        raise AIStatsError(
            f"A model id looks like 'author/slug' (e.g. 'openai/gpt-4.1-mini'), got {model!r}."
        )
    return {"author": author, "slug": slug}


class Resource(Generic[RawT]):
    """A group of routes of ``AIStats`` (``client.models``, ``client.embeddings``, ...)."""

    #: The class of this resource's ``with_raw_response``, made from the resource.
    _raw: Callable[[Any], RawT]

    def __init__(self, client: AIStats) -> None:
        self._client = client

    def _send(
        self,
        route: Route,
        reply: type[T] | FromDict[T],
        given: Mapping[str, Any],
        *,
        path: Mapping[str, str] | None = None,
        name: str | None = None,
        form: bool = False,
    ) -> T:
        """Call ``route`` with the keywords ``given``; its reply as the model ``reply``."""
        return self._call(route, given, read_model(reply), path=path, name=name, form=form)

    def _call(
        self,
        route: Route,
        given: Mapping[str, Any],
        read: Callable[[httpx.Response, Attempts], T],
        *,
        path: Mapping[str, str] | None = None,
        name: str | None = None,
        form: bool = False,
    ) -> T:
        """Call ``route`` with the keywords ``given``; ``read`` reads the 2xx reply."""
        prepared = _prepare(self._client, route, given, path=path, name=name, form=form)
        return call(self._client, prepared, read)

    def _stream(
        self, route: Route, stream_cls: type[S], given: Mapping[str, Any], *, name: str | None = None
    ) -> S:
        """Call ``route`` with ``stream: true`` added to the keywords ``given``: a ``stream_cls``."""
        prepared = _prepare(self._client, route, given, stream=True, name=name)
        return call(self._client, prepared, stream_cls._open)

    def _generate(
        self, route: Route, reply: type[T], stream_cls: type[S], given: Mapping[str, Any], *, stream: bool
    ) -> T | S:
        """``create()`` of a generation API (chat, responses, messages): its reply, or a stream."""
        prepared = _prepare(self._client, route, given, stream=stream, name="create()")
        if stream:
            return call(self._client, prepared, stream_cls._open)
        return call(self._client, prepared, read_model(reply))

    def _binary(
        self,
        route: Route,
        given: Mapping[str, Any],
        *,
        path: Mapping[str, str] | None = None,
        json_form: bool = False,
    ) -> BinaryResponse:
        return self._call(route, given, read_binary(json_form=json_form), path=path)

    def _download(
        self, route: Route, given: Mapping[str, Any], to: str | os.PathLike[str], *, path: Mapping[str, str]
    ) -> Download:
        return download(self._client, _prepare(self._client, route, given, path=path), to)

    def _pages(self, route: Route, reply: type[Any], items: str, given: Mapping[str, Any]) -> Pager[Any]:
        query, _, options = _split(route, given)
        return Pager(lambda page: self._send(route, reply, {**page, **options}), items, query)

    @property
    def with_raw_response(self) -> RawT:
        """Every method of this resource returning a ``RawResponse`` (status, headers, retries,
        ``parse()``); a paged ``list`` sends its first page only and ``parse()`` gives that page."""
        return self._raw(self)


class AsyncResource(Generic[RawT]):
    """A group of routes of ``AsyncAIStats``."""

    #: The class of this resource's ``with_raw_response``, made from the resource.
    _raw: Callable[[Any], RawT]

    def __init__(self, client: AsyncAIStats) -> None:
        self._client = client

    async def _send(
        self,
        route: Route,
        reply: type[T] | FromDict[T],
        given: Mapping[str, Any],
        *,
        path: Mapping[str, str] | None = None,
        name: str | None = None,
        form: bool = False,
    ) -> T:
        """Async ``Resource._send``."""
        return await self._call(route, given, aread_model(reply), path=path, name=name, form=form)

    async def _call(
        self,
        route: Route,
        given: Mapping[str, Any],
        read: Callable[[httpx.Response, Attempts], Awaitable[T]],
        *,
        path: Mapping[str, str] | None = None,
        name: str | None = None,
        form: bool = False,
    ) -> T:
        """Async ``Resource._call``."""
        prepared = _prepare(self._client, route, given, path=path, name=name, form=form)
        return await acall(self._client, prepared, read)

    async def _stream(
        self, route: Route, stream_cls: type[AS], given: Mapping[str, Any], *, name: str | None = None
    ) -> AS:
        """Async ``Resource._stream``."""
        prepared = _prepare(self._client, route, given, stream=True, name=name)
        return await acall(self._client, prepared, stream_cls._open)

    async def _generate(
        self, route: Route, reply: type[T], stream_cls: type[AS], given: Mapping[str, Any], *, stream: bool
    ) -> T | AS:
        """Async ``Resource._generate``."""
        prepared = _prepare(self._client, route, given, stream=stream, name="create()")
        if stream:
            return await acall(self._client, prepared, stream_cls._open)
        return await acall(self._client, prepared, aread_model(reply))

    async def _binary(
        self,
        route: Route,
        given: Mapping[str, Any],
        *,
        path: Mapping[str, str] | None = None,
        json_form: bool = False,
    ) -> BinaryResponse:
        return await self._call(route, given, aread_binary(json_form=json_form), path=path)

    async def _download(
        self, route: Route, given: Mapping[str, Any], to: str | os.PathLike[str], *, path: Mapping[str, str]
    ) -> Download:
        return await adownload(self._client, _prepare(self._client, route, given, path=path), to)

    def _pages(self, route: Route, reply: type[Any], items: str, given: Mapping[str, Any]) -> AsyncPager[Any]:
        query, _, options = _split(route, given)
        return AsyncPager(lambda page: self._send(route, reply, {**page, **options}), items, query)

    @property
    def with_raw_response(self) -> RawT:
        """Async ``Resource.with_raw_response``: await a method for its ``RawResponse``."""
        return self._raw(self)


def raw_page(
    method: Callable[P, Pager[Any] | CursorPager[Any]], page: type[T]
) -> Callable[P, RawResponse[T]]:
    """The ``with_raw_response`` variant of a paged list: one request, for the page at the
    query's ``offset``, whose ``parse()`` is that ``page`` (e.g. ``ModelList``)."""

    def first_page(*args: P.args, **kwargs: P.kwargs) -> T:
        return cast(T, method(*args, **kwargs)._first_page())

    return to_raw(first_page)


def araw_page(
    method: Callable[P, AsyncPager[Any] | AsyncCursorPager[Any]], page: type[T]
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Async ``raw_page``."""

    async def first_page(*args: P.args, **kwargs: P.kwargs) -> T:
        return cast(T, await method(*args, **kwargs)._first_page())

    return to_async_raw(first_page)
