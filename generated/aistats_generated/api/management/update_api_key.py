from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_envelope import ApiKeyEnvelope
from ...models.api_key_update_request import ApiKeyUpdateRequest
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ApiKeyUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/keys/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyEnvelope | GatewayError | ManagementErrorBody:
    if response.status_code == 200:
        response_200 = ApiKeyEnvelope.from_dict(response.json())

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
) -> Response[ApiKeyEnvelope | GatewayError | ManagementErrorBody]:
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
    body: ApiKeyUpdateRequest,
) -> Response[ApiKeyEnvelope | GatewayError | ManagementErrorBody]:
    """Update an API key

     Changes exactly the fields sent; needs a management key with `keys:write`. `limit: null` clears the
    spending limit and its reset window.

    Args:
        id (str):
        body (ApiKeyUpdateRequest): The fields to change; a field left out stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyEnvelope | GatewayError | ManagementErrorBody]
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
    body: ApiKeyUpdateRequest,
) -> ApiKeyEnvelope | GatewayError | ManagementErrorBody | None:
    """Update an API key

     Changes exactly the fields sent; needs a management key with `keys:write`. `limit: null` clears the
    spending limit and its reset window.

    Args:
        id (str):
        body (ApiKeyUpdateRequest): The fields to change; a field left out stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyEnvelope | GatewayError | ManagementErrorBody
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
    body: ApiKeyUpdateRequest,
) -> Response[ApiKeyEnvelope | GatewayError | ManagementErrorBody]:
    """Update an API key

     Changes exactly the fields sent; needs a management key with `keys:write`. `limit: null` clears the
    spending limit and its reset window.

    Args:
        id (str):
        body (ApiKeyUpdateRequest): The fields to change; a field left out stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyEnvelope | GatewayError | ManagementErrorBody]
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
    body: ApiKeyUpdateRequest,
) -> ApiKeyEnvelope | GatewayError | ManagementErrorBody | None:
    """Update an API key

     Changes exactly the fields sent; needs a management key with `keys:write`. `limit: null` clears the
    spending limit and its reset window.

    Args:
        id (str):
        body (ApiKeyUpdateRequest): The fields to change; a field left out stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyEnvelope | GatewayError | ManagementErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
