from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...models.workspace_member_list import WorkspaceMemberList
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | ManagementErrorBody | WorkspaceMemberList:
    if response.status_code == 200:
        response_200 = WorkspaceMemberList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ManagementErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ManagementErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ManagementErrorBody.from_dict(response.json())

        return response_500

    response_default = ManagementErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | ManagementErrorBody | WorkspaceMemberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceMemberList]:
    """A workspace's members

     Who belongs to the workspace and with which role; needs `workspaces:read`. (Not in the gateway's own
    published document, but served: wire3 `wo11`.)

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceMemberList]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> GatewayError | ManagementErrorBody | WorkspaceMemberList | None:
    """A workspace's members

     Who belongs to the workspace and with which role; needs `workspaces:read`. (Not in the gateway's own
    published document, but served: wire3 `wo11`.)

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceMemberList
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceMemberList]:
    """A workspace's members

     Who belongs to the workspace and with which role; needs `workspaces:read`. (Not in the gateway's own
    published document, but served: wire3 `wo11`.)

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceMemberList]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> GatewayError | ManagementErrorBody | WorkspaceMemberList | None:
    """A workspace's members

     Who belongs to the workspace and with which role; needs `workspaces:read`. (Not in the gateway's own
    published document, but served: wire3 `wo11`.)

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceMemberList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
