"""The account: ``client.generations``, ``.credits`` and ``.activity``, sync and async.
``/credits`` and ``/activity`` take the management key (the route table says so), generations the
inference key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import ActivityList, Generation
from aistats_generated.models import Credits as CreditsReply

from .._transport.pages import AsyncPager, Pager
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, CallOptions, Resource, araw_page, raw_page

if TYPE_CHECKING:
    from aistats_generated.api import GetActivityQuery, GetCreditsQuery
    from aistats_generated.models import ActivityEntry

    class _GetCreditsArgs(GetCreditsQuery, CallOptions): ...

    class _GetActivityArgs(GetActivityQuery, CallOptions): ...


__all__ = ["Activity", "AsyncActivity", "AsyncCredits", "AsyncGenerations", "Credits", "Generations"]


class GenerationsWithRawResponse:
    """``client.generations.with_raw_response``."""

    def __init__(self, generations: Generations) -> None:
        self.retrieve = to_raw(generations.retrieve)


class Generations(Resource[GenerationsWithRawResponse]):
    """``client.generations``."""

    _raw = GenerationsWithRawResponse

    def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Generation:
        """The stored record of one request, by the gateway id (``G-...``) of its reply."""
        return self._send(api.GET_GENERATION, Generation, {**options, "id": id})


class AsyncGenerationsWithRawResponse:
    """``client.generations.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, generations: AsyncGenerations) -> None:
        self.retrieve = to_async_raw(generations.retrieve)


class AsyncGenerations(AsyncResource[AsyncGenerationsWithRawResponse]):
    """``client.generations`` of ``AsyncAIStats``."""

    _raw = AsyncGenerationsWithRawResponse

    async def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Generation:
        """The stored record of one request, by the gateway id (``G-...``) of its reply."""
        return await self._send(api.GET_GENERATION, Generation, {**options, "id": id})


class CreditsWithRawResponse:
    """``client.credits.with_raw_response``."""

    def __init__(self, credits: Credits) -> None:
        self.retrieve = to_raw(credits.retrieve)


class Credits(Resource[CreditsWithRawResponse]):
    """``client.credits``."""

    _raw = CreditsWithRawResponse

    def retrieve(self, **query: Unpack[_GetCreditsArgs]) -> CreditsReply:
        """The workspace's balance, in nanos of USD."""
        return self._send(api.GET_CREDITS, CreditsReply, query)


class AsyncCreditsWithRawResponse:
    """``client.credits.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, credits: AsyncCredits) -> None:
        self.retrieve = to_async_raw(credits.retrieve)


class AsyncCredits(AsyncResource[AsyncCreditsWithRawResponse]):
    """``client.credits`` of ``AsyncAIStats``."""

    _raw = AsyncCreditsWithRawResponse

    async def retrieve(self, **query: Unpack[_GetCreditsArgs]) -> CreditsReply:
        """The workspace's balance, in nanos of USD."""
        return await self._send(api.GET_CREDITS, CreditsReply, query)


class ActivityWithRawResponse:
    """``client.activity.with_raw_response``."""

    def __init__(self, activity: Activity) -> None:
        self.list = raw_page(activity.list, ActivityList)


class Activity(Resource[ActivityWithRawResponse]):
    """``client.activity``."""

    _raw = ActivityWithRawResponse

    def list(self, **query: Unpack[_GetActivityArgs]) -> Pager[ActivityEntry]:
        """The workspace's recent requests (``days`` back), fetched page by page as you iterate."""
        return self._pages(api.GET_ACTIVITY, ActivityList, "activity", query)


class AsyncActivityWithRawResponse:
    """``client.activity.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, activity: AsyncActivity) -> None:
        self.list = araw_page(activity.list, ActivityList)


class AsyncActivity(AsyncResource[AsyncActivityWithRawResponse]):
    """``client.activity`` of ``AsyncAIStats``."""

    _raw = AsyncActivityWithRawResponse

    def list(self, **query: Unpack[_GetActivityArgs]) -> AsyncPager[ActivityEntry]:
        """The workspace's recent requests, fetched page by page as you ``async for`` over them."""
        return self._pages(api.GET_ACTIVITY, ActivityList, "activity", query)
