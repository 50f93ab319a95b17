from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_create_request import ApiKeyCreateRequest
from ...models.created_api_key_envelope import CreatedApiKeyEnvelope
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: ApiKeyCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody:
    if response.status_code == 201:
        response_201 = CreatedApiKeyEnvelope.from_dict(response.json())

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

    response_default = ManagementErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreateRequest,
) -> Response[CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody]:
    """Create an API key

     A new inference key in the workspace; needs a management key with `keys:write`. The reply is the
    only time the key's secret (`key`) is shown.

    Args:
        body (ApiKeyCreateRequest): A new key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody]
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
    body: ApiKeyCreateRequest,
) -> CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody | None:
    """Create an API key

     A new inference key in the workspace; needs a management key with `keys:write`. The reply is the
    only time the key's secret (`key`) is shown.

    Args:
        body (ApiKeyCreateRequest): A new key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreateRequest,
) -> Response[CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody]:
    """Create an API key

     A new inference key in the workspace; needs a management key with `keys:write`. The reply is the
    only time the key's secret (`key`) is shown.

    Args:
        body (ApiKeyCreateRequest): A new key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreateRequest,
) -> CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody | None:
    """Create an API key

     A new inference key in the workspace; needs a management key with `keys:write`. The reply is the
    only time the key's secret (`key`) is shown.

    Args:
        body (ApiKeyCreateRequest): A new key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedApiKeyEnvelope | GatewayError | ManagementErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
