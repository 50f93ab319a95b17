from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...models.workspace_envelope import WorkspaceEnvelope
from ...models.workspace_update_request import WorkspaceUpdateRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: WorkspaceUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workspaces/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope:
    if response.status_code == 200:
        response_200 = WorkspaceEnvelope.from_dict(response.json())

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
) -> Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]:
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
    body: WorkspaceUpdateRequest,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]:
    """Update a workspace

     Changes exactly the fields sent; needs `workspaces:write`.

    Args:
        id (str):
        body (WorkspaceUpdateRequest): The fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceUpdateRequest,
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope | None:
    """Update a workspace

     Changes exactly the fields sent; needs `workspaces:write`.

    Args:
        id (str):
        body (WorkspaceUpdateRequest): The fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceUpdateRequest,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]:
    """Update a workspace

     Changes exactly the fields sent; needs `workspaces:write`.

    Args:
        id (str):
        body (WorkspaceUpdateRequest): The fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceUpdateRequest,
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope | None:
    """Update a workspace

     Changes exactly the fields sent; needs `workspaces:write`.

    Args:
        id (str):
        body (WorkspaceUpdateRequest): The fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
