from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_list import ApiKeyList
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_disabled: bool | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["include_disabled"] = include_disabled

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyList | GatewayError | ManagementErrorBody:
    if response.status_code == 200:
        response_200 = ApiKeyList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ManagementErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ManagementErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ManagementErrorBody.from_dict(response.json())

        return response_500

    response_default = ManagementErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyList | GatewayError | ManagementErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_disabled: bool | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ApiKeyList | GatewayError | ManagementErrorBody]:
    """List API keys

     One page of the workspace's API keys, newest first; needs a management key with `keys:read`.
    `total_count` counts every matching key, not the page; a page past the end is empty. Paused and
    disabled keys are left out unless `include_disabled` is true.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include_disabled (bool | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | GatewayError | ManagementErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        include_disabled=include_disabled,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_disabled: bool | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ApiKeyList | GatewayError | ManagementErrorBody | None:
    """List API keys

     One page of the workspace's API keys, newest first; needs a management key with `keys:read`.
    `total_count` counts every matching key, not the page; a page past the end is empty. Paused and
    disabled keys are left out unless `include_disabled` is true.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include_disabled (bool | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | GatewayError | ManagementErrorBody
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        include_disabled=include_disabled,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_disabled: bool | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ApiKeyList | GatewayError | ManagementErrorBody]:
    """List API keys

     One page of the workspace's API keys, newest first; needs a management key with `keys:read`.
    `total_count` counts every matching key, not the page; a page past the end is empty. Paused and
    disabled keys are left out unless `include_disabled` is true.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include_disabled (bool | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | GatewayError | ManagementErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        include_disabled=include_disabled,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include_disabled: bool | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ApiKeyList | GatewayError | ManagementErrorBody | None:
    """List API keys

     One page of the workspace's API keys, newest first; needs a management key with `keys:read`.
    `total_count` counts every matching key, not the page; a page past the end is empty. Paused and
    disabled keys are left out unless `include_disabled` is true.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include_disabled (bool | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | GatewayError | ManagementErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            include_disabled=include_disabled,
            workspace_id=workspace_id,
        )
    ).parsed
