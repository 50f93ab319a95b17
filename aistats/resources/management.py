"""Management: ``client.keys``, ``client.workspaces`` and ``client.analytics``, sync and async.

``/keys`` and ``/workspaces`` take the management key (``management_key=``, else
``$AI_STATS_MANAGEMENT_KEY``; the spec's per-operation ``security`` says so and the route table
carries it); ``/analytics`` and ``/key`` (``keys.current()``) take the inference key. The
gateway wraps one record as ``{"data": ...}``: these methods return the record itself.

``update`` sends exactly the keywords given: ``limit=None`` sends ``null`` (on ``/keys`` that
clears the limit and its reset window), a keyword left out leaves its field unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, Unpack

from aistats_generated import api
from aistats_generated.models import (
    AnalyticsList,
    ApiKey,
    CurrentKey,
    Workspace,
    WorkspaceMember,
)
from aistats_generated.models import WorkspaceList as _WorkspacePage
from aistats_generated.models import WorkspaceMemberList as _MEMBERS
from aistats_generated.models.api_key_list import ApiKeyList

from .._transport.pages import AsyncPager, Pager
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, BodyOptions, CallOptions, Resource, araw_page, raw_page
from ._records import CreatedKey, Deleted, _Data, _Deleted, _Items

if TYPE_CHECKING:
    from aistats_generated.api import GetAnalyticsQuery, ListApiKeysQuery, ListWorkspacesQuery
    from aistats_generated.models.api_key_create_request import ApiKeyCreateRequestParams
    from aistats_generated.models.api_key_update_request import ApiKeyUpdateRequestParams
    from aistats_generated.models.workspace_create_request import WorkspaceCreateRequestParams
    from aistats_generated.models.workspace_update_request import WorkspaceUpdateRequestParams

    class _ListKeysArgs(ListApiKeysQuery, CallOptions): ...

    class _CreateKeyArgs(ApiKeyCreateRequestParams, BodyOptions): ...

    class _UpdateKeyArgs(ApiKeyUpdateRequestParams, BodyOptions): ...

    class _ListWorkspacesArgs(ListWorkspacesQuery, CallOptions): ...

    class _CreateWorkspaceArgs(WorkspaceCreateRequestParams, BodyOptions): ...

    class _UpdateWorkspaceArgs(WorkspaceUpdateRequestParams, BodyOptions): ...

    class _AnalyticsArgs(GetAnalyticsQuery, CallOptions): ...


__all__ = [
    "Analytics", "AsyncAnalytics", "AsyncKeys", "AsyncWorkspaceMembers", "AsyncWorkspaces",
    "CreatedKey", "Deleted", "Keys", "WorkspaceMembers", "Workspaces",
]  # fmt: skip

M = TypeVar("M")


_CREATED = _Data(CreatedKey)
_KEY = _Data(ApiKey)
_WORKSPACE = _Data(Workspace)
_MEMBER_ITEMS = _Items[WorkspaceMember](_MEMBERS)


class KeysWithRawResponse:
    """``client.keys.with_raw_response``."""

    def __init__(self, resource: Keys) -> None:
        self.current = to_raw(resource.current)
        self.list = raw_page(resource.list, ApiKeyList)
        self.create = to_raw(resource.create)
        self.retrieve = to_raw(resource.retrieve)
        self.update = to_raw(resource.update)
        self.delete = to_raw(resource.delete)


class Keys(Resource[KeysWithRawResponse]):
    """``client.keys``: API keys (a management key), and ``current()`` (the inference key's own)."""

    _raw = KeysWithRawResponse

    def current(self, **options: Unpack[CallOptions]) -> CurrentKey:
        """The record of the inference key this client sends (never the key itself)."""
        return self._send(api.GET_CURRENT_KEY, CurrentKey, options)

    def list(self, **query: Unpack[_ListKeysArgs]) -> Pager[ApiKey]:
        """Every key of the workspace, newest first, fetched page by page as you iterate
        (``include_disabled=True`` adds paused and disabled keys)."""
        return self._pages(api.LIST_API_KEYS, ApiKeyList, "data", query)

    def create(self, **params: Unpack[_CreateKeyArgs]) -> CreatedKey:
        """A new key; its secret is ``.key`` on the result, shown this once."""
        created: CreatedKey = self._send(api.CREATE_API_KEY, _CREATED, params)
        return created

    def retrieve(self, id: str, **options: Unpack[CallOptions]) -> ApiKey:
        """One key's record, by its id (a deleted key reads with ``status: "deleted"``)."""
        found: ApiKey = self._send(api.GET_API_KEY, _KEY, options, path={"id": id})
        return found

    def update(self, id: str, **params: Unpack[_UpdateKeyArgs]) -> ApiKey:
        """Change exactly the fields given (``limit=None`` clears the limit); the key as it is now."""
        updated: ApiKey = self._send(api.UPDATE_API_KEY, _KEY, params, path={"id": id})
        return updated

    def delete(self, id: str, **options: Unpack[CallOptions]) -> Deleted:
        """Delete a key: it stops working at once."""
        gone: Deleted = self._send(api.DELETE_API_KEY, _Deleted(id), options, path={"id": id})
        return gone


class AsyncKeysWithRawResponse:
    """``client.keys.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncKeys) -> None:
        self.current = to_async_raw(resource.current)
        self.list = araw_page(resource.list, ApiKeyList)
        self.create = to_async_raw(resource.create)
        self.retrieve = to_async_raw(resource.retrieve)
        self.update = to_async_raw(resource.update)
        self.delete = to_async_raw(resource.delete)


class AsyncKeys(AsyncResource[AsyncKeysWithRawResponse]):
    """``client.keys`` of ``AsyncAIStats``."""

    _raw = AsyncKeysWithRawResponse

    async def current(self, **options: Unpack[CallOptions]) -> CurrentKey:
        """The record of the inference key this client sends (never the key itself)."""
        return await self._send(api.GET_CURRENT_KEY, CurrentKey, options)

    def list(self, **query: Unpack[_ListKeysArgs]) -> AsyncPager[ApiKey]:
        """Every key of the workspace, fetched page by page as you ``async for`` over them."""
        return self._pages(api.LIST_API_KEYS, ApiKeyList, "data", query)

    async def create(self, **params: Unpack[_CreateKeyArgs]) -> CreatedKey:
        """A new key; its secret is ``.key`` on the result, shown this once."""
        created: CreatedKey = await self._send(api.CREATE_API_KEY, _CREATED, params)
        return created

    async def retrieve(self, id: str, **options: Unpack[CallOptions]) -> ApiKey:
        """One key's record, by its id."""
        found: ApiKey = await self._send(api.GET_API_KEY, _KEY, options, path={"id": id})
        return found

    async def update(self, id: str, **params: Unpack[_UpdateKeyArgs]) -> ApiKey:
        """Change exactly the fields given (``limit=None`` clears the limit)."""
        updated: ApiKey = await self._send(api.UPDATE_API_KEY, _KEY, params, path={"id": id})
        return updated

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> Deleted:
        """Delete a key: it stops working at once."""
        gone: Deleted = await self._send(api.DELETE_API_KEY, _Deleted(id), options, path={"id": id})
        return gone


class WorkspaceMembersWithRawResponse:
    """``client.workspaces.members.with_raw_response``."""

    def __init__(self, resource: WorkspaceMembers) -> None:
        self.list = to_raw(resource.list)


class WorkspaceMembers(Resource[WorkspaceMembersWithRawResponse]):
    """``client.workspaces.members``."""

    _raw = WorkspaceMembersWithRawResponse

    def list(self, id: str, **options: Unpack[CallOptions]) -> list[WorkspaceMember]:
        """The members of workspace ``id`` with their roles."""
        members: list[WorkspaceMember] = self._send(
            api.LIST_WORKSPACE_MEMBERS, _MEMBER_ITEMS, options, path={"id": id}
        )
        return members


class AsyncWorkspaceMembersWithRawResponse:
    """``client.workspaces.members.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncWorkspaceMembers) -> None:
        self.list = to_async_raw(resource.list)


class AsyncWorkspaceMembers(AsyncResource[AsyncWorkspaceMembersWithRawResponse]):
    """``client.workspaces.members`` of ``AsyncAIStats``."""

    _raw = AsyncWorkspaceMembersWithRawResponse

    async def list(self, id: str, **options: Unpack[CallOptions]) -> list[WorkspaceMember]:
        """The members of workspace ``id`` with their roles."""
        members: list[WorkspaceMember] = await self._send(
            api.LIST_WORKSPACE_MEMBERS, _MEMBER_ITEMS, options, path={"id": id}
        )
        return members


class WorkspacesWithRawResponse:
    """``client.workspaces.with_raw_response``."""

    def __init__(self, resource: Workspaces) -> None:
        self.list = raw_page(resource.list, _WorkspacePage)
        self.create = to_raw(resource.create)
        self.retrieve = to_raw(resource.retrieve)
        self.update = to_raw(resource.update)
        self.delete = to_raw(resource.delete)


class Workspaces(Resource[WorkspacesWithRawResponse]):
    """``client.workspaces`` (a management key)."""

    _raw = WorkspacesWithRawResponse

    @property
    def members(self) -> WorkspaceMembers:
        """A workspace's members."""
        return WorkspaceMembers(self._client)

    def list(self, **query: Unpack[_ListWorkspacesArgs]) -> Pager[Workspace]:
        """Every workspace, fetched page by page as you iterate."""
        return self._pages(api.LIST_WORKSPACES, _WorkspacePage, "data", query)

    def create(self, **params: Unpack[_CreateWorkspaceArgs]) -> Workspace:
        """A new workspace (the gateway requires a first credit deposit)."""
        created: Workspace = self._send(api.CREATE_WORKSPACE, _WORKSPACE, params)
        return created

    def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Workspace:
        """One workspace, by id."""
        found: Workspace = self._send(api.GET_WORKSPACE, _WORKSPACE, options, path={"id": id})
        return found

    def update(self, id: str, **params: Unpack[_UpdateWorkspaceArgs]) -> Workspace:
        """Change exactly the fields given; the workspace as it is now."""
        updated: Workspace = self._send(api.UPDATE_WORKSPACE, _WORKSPACE, params, path={"id": id})
        return updated

    def delete(self, id: str, **options: Unpack[CallOptions]) -> Deleted:
        """Delete a workspace (not the default one)."""
        gone: Deleted = self._send(api.DELETE_WORKSPACE, _Deleted(id), options, path={"id": id})
        return gone


class AsyncWorkspacesWithRawResponse:
    """``client.workspaces.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncWorkspaces) -> None:
        self.list = araw_page(resource.list, _WorkspacePage)
        self.create = to_async_raw(resource.create)
        self.retrieve = to_async_raw(resource.retrieve)
        self.update = to_async_raw(resource.update)
        self.delete = to_async_raw(resource.delete)


class AsyncWorkspaces(AsyncResource[AsyncWorkspacesWithRawResponse]):
    """``client.workspaces`` of ``AsyncAIStats``."""

    _raw = AsyncWorkspacesWithRawResponse

    @property
    def members(self) -> AsyncWorkspaceMembers:
        """A workspace's members."""
        return AsyncWorkspaceMembers(self._client)

    def list(self, **query: Unpack[_ListWorkspacesArgs]) -> AsyncPager[Workspace]:
        """Every workspace, fetched page by page as you ``async for`` over them."""
        return self._pages(api.LIST_WORKSPACES, _WorkspacePage, "data", query)

    async def create(self, **params: Unpack[_CreateWorkspaceArgs]) -> Workspace:
        """A new workspace (the gateway requires a first credit deposit)."""
        created: Workspace = await self._send(api.CREATE_WORKSPACE, _WORKSPACE, params)
        return created

    async def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Workspace:
        """One workspace, by id."""
        found: Workspace = await self._send(api.GET_WORKSPACE, _WORKSPACE, options, path={"id": id})
        return found

    async def update(self, id: str, **params: Unpack[_UpdateWorkspaceArgs]) -> Workspace:
        """Change exactly the fields given; the workspace as it is now."""
        updated: Workspace = await self._send(api.UPDATE_WORKSPACE, _WORKSPACE, params, path={"id": id})
        return updated

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> Deleted:
        """Delete a workspace (not the default one)."""
        gone: Deleted = await self._send(api.DELETE_WORKSPACE, _Deleted(id), options, path={"id": id})
        return gone


class AnalyticsWithRawResponse:
    """``client.analytics.with_raw_response``."""

    def __init__(self, resource: Analytics) -> None:
        self.retrieve = to_raw(resource.retrieve)


class Analytics(Resource[AnalyticsWithRawResponse]):
    """``client.analytics`` (the inference key)."""

    _raw = AnalyticsWithRawResponse

    def retrieve(self, **query: Unpack[_AnalyticsArgs]) -> AnalyticsList:
        """Usage per UTC day, model and provider (``date="YYYY-MM-DD"`` for one day)."""
        return self._send(api.GET_ANALYTICS, AnalyticsList, query)


class AsyncAnalyticsWithRawResponse:
    """``client.analytics.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        self.retrieve = to_async_raw(resource.retrieve)


class AsyncAnalytics(AsyncResource[AsyncAnalyticsWithRawResponse]):
    """``client.analytics`` of ``AsyncAIStats``."""

    _raw = AsyncAnalyticsWithRawResponse

    async def retrieve(self, **query: Unpack[_AnalyticsArgs]) -> AnalyticsList:
        """Usage per UTC day, model and provider (``date="YYYY-MM-DD"`` for one day)."""
        return await self._send(api.GET_ANALYTICS, AnalyticsList, query)
