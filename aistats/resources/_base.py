"""The base of every route resource: one call path (``prepare_route`` then the client's
``_call``) for any route of the generated table, sync and async."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from aistats_generated.api import Route

from .._exceptions import AIStatsError
from .._io import aread_model, read_model
from .._pages import AsyncPager, Pager
from .._request import prepare_route

if TYPE_CHECKING:
    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncResource", "Resource", "split_model_id"]

T = TypeVar("T")


def split_model_id(model: str) -> dict[str, str]:
    """``{"author": ..., "slug": ...}`` from a model id ``author/slug``."""
    author, slash, slug = model.partition("/") if isinstance(model, str) else ("", "", "")
    if not slash or not author or not slug:
        raise AIStatsError(
            f"A model id looks like 'author/slug' (e.g. 'openai/gpt-4.1-mini'), got {model!r}."
        )
    return {"author": author, "slug": slug}


class Resource:
    """A group of routes of ``AIStats`` (``client.models``, ``client.embeddings``, ...)."""

    def __init__(self, client: AIStats) -> None:
        self._client = client

    def _send(
        self,
        route: Route,
        reply: type[T],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T:
        client = self._client
        prepared = prepare_route(client._config, route, path=path, query=query, body=body)
        return client._call(prepared, read_model(reply))

    def _pages(self, route: Route, reply: type[Any], items: str, query: Mapping[str, Any]) -> Pager[Any]:
        return Pager(lambda page: self._send(route, reply, query=page), items, query)


class AsyncResource:
    """A group of routes of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self._client = client

    async def _send(
        self,
        route: Route,
        reply: type[T],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T:
        client = self._client
        prepared = prepare_route(client._config, route, path=path, query=query, body=body)
        return await client._call(prepared, aread_model(reply))

    def _pages(self, route: Route, reply: type[Any], items: str, query: Mapping[str, Any]) -> AsyncPager[Any]:
        return AsyncPager(lambda page: self._send(route, reply, query=page), items, query)
