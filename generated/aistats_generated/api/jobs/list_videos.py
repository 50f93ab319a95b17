from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.list_videos_order import ListVideosOrder
from ...models.video_list import VideoList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListVideosOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayError | VideoList:
    if response.status_code == 200:
        response_200 = VideoList.from_dict(response.json())

        return response_200

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | VideoList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVideosOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
) -> Response[GatewayError | VideoList]:
    """List videos

     The workspace's video jobs, a page at a time (`after` is the cursor).

    Args:
        limit (int | Unset):
        order (ListVideosOrder | Unset):
        after (str | Unset):
        status (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | VideoList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVideosOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
) -> GatewayError | VideoList | None:
    """List videos

     The workspace's video jobs, a page at a time (`after` is the cursor).

    Args:
        limit (int | Unset):
        order (ListVideosOrder | Unset):
        after (str | Unset):
        status (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | VideoList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVideosOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
) -> Response[GatewayError | VideoList]:
    """List videos

     The workspace's video jobs, a page at a time (`after` is the cursor).

    Args:
        limit (int | Unset):
        order (ListVideosOrder | Unset):
        after (str | Unset):
        status (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | VideoList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListVideosOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
) -> GatewayError | VideoList | None:
    """List videos

     The workspace's video jobs, a page at a time (`after` is the cursor).

    Args:
        limit (int | Unset):
        order (ListVideosOrder | Unset):
        after (str | Unset):
        status (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | VideoList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            status=status,
        )
    ).parsed
