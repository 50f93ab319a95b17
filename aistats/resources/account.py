"""The account: ``client.generations``, ``.credits`` and ``.activity``, sync and async.
``/credits`` and ``/activity`` take the management key (the route table says so), generations the
inference key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import ActivityList, Generation
from aistats_generated.models import Credits as CreditsReply

from .._transport.pages import AsyncPager, Pager
from ._base import AsyncResource, CallOptions, Resource

if TYPE_CHECKING:
    from aistats_generated.api import GetActivityQuery, GetCreditsQuery
    from aistats_generated.models import ActivityEntry

    class _GetCreditsArgs(GetCreditsQuery, CallOptions): ...

    class _GetActivityArgs(GetActivityQuery, CallOptions): ...


__all__ = ["Activity", "AsyncActivity", "AsyncCredits", "AsyncGenerations", "Credits", "Generations"]


class Generations(Resource):
    """``client.generations``."""

    def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Generation:
        """The stored record of one request, by the gateway id (``G-...``) of its reply."""
        return self._send(api.GET_GENERATION, Generation, {**options, "id": id})


class AsyncGenerations(AsyncResource):
    """``client.generations`` of ``AsyncAIStats``."""

    async def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Generation:
        """The stored record of one request, by the gateway id (``G-...``) of its reply."""
        return await self._send(api.GET_GENERATION, Generation, {**options, "id": id})


class Credits(Resource):
    """``client.credits``."""

    def retrieve(self, **query: Unpack[_GetCreditsArgs]) -> CreditsReply:
        """The workspace's balance, in nanos of USD."""
        return self._send(api.GET_CREDITS, CreditsReply, query)


class AsyncCredits(AsyncResource):
    """``client.credits`` of ``AsyncAIStats``."""

    async def retrieve(self, **query: Unpack[_GetCreditsArgs]) -> CreditsReply:
        """The workspace's balance, in nanos of USD."""
        return await self._send(api.GET_CREDITS, CreditsReply, query)


class Activity(Resource):
    """``client.activity``."""

    def list(self, **query: Unpack[_GetActivityArgs]) -> Pager[ActivityEntry]:
        """The workspace's recent requests (``days`` back), fetched page by page as you iterate."""
        return self._pages(api.GET_ACTIVITY, ActivityList, "activity", query)


class AsyncActivity(AsyncResource):
    """``client.activity`` of ``AsyncAIStats``."""

    def list(self, **query: Unpack[_GetActivityArgs]) -> AsyncPager[ActivityEntry]:
        """The workspace's recent requests, fetched page by page as you ``async for`` over them."""
        return self._pages(api.GET_ACTIVITY, ActivityList, "activity", query)
