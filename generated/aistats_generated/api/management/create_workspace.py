from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...models.workspace_create_request import WorkspaceCreateRequest
from ...models.workspace_envelope import WorkspaceEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: WorkspaceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope:
    if response.status_code == 201:
        response_201 = WorkspaceEnvelope.from_dict(response.json())

        return response_201

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

    if response.status_code == 503:
        response_503 = ManagementErrorBody.from_dict(response.json())

        return response_503

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
    *,
    client: AuthenticatedClient,
    body: WorkspaceCreateRequest,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]:
    """Create a workspace

     A new workspace; needs `workspaces:write`. The gateway refuses it (403 `workspace_upgrade_required`)
    until the account's first credit deposit.

    Args:
        body (WorkspaceCreateRequest): A new workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WorkspaceCreateRequest,
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope | None:
    """Create a workspace

     A new workspace; needs `workspaces:write`. The gateway refuses it (403 `workspace_upgrade_required`)
    until the account's first credit deposit.

    Args:
        body (WorkspaceCreateRequest): A new workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkspaceCreateRequest,
) -> Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]:
    """Create a workspace

     A new workspace; needs `workspaces:write`. The gateway refuses it (403 `workspace_upgrade_required`)
    until the account's first credit deposit.

    Args:
        body (WorkspaceCreateRequest): A new workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ManagementErrorBody | WorkspaceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkspaceCreateRequest,
) -> GatewayError | ManagementErrorBody | WorkspaceEnvelope | None:
    """Create a workspace

     A new workspace; needs `workspaces:write`. The gateway refuses it (403 `workspace_upgrade_required`)
    until the account's first credit deposit.

    Args:
        body (WorkspaceCreateRequest): A new workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ManagementErrorBody | WorkspaceEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
