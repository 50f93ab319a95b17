from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.embeddings_request import EmbeddingsRequest
from ...models.embeddings_response import EmbeddingsResponse
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    *,
    body: EmbeddingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embeddings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbeddingsResponse | GatewayError:
    if response.status_code == 200:
        response_200 = EmbeddingsResponse.from_dict(response.json())

        return response_200

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbeddingsResponse | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingsRequest,
) -> Response[EmbeddingsResponse | GatewayError]:
    """Create embeddings

     Embeds text; the reply carries the gateway id in `requestId`.

    Args:
        body (EmbeddingsRequest): An embeddings request; unknown properties are passed to the
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingsResponse | GatewayError]
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
    client: AuthenticatedClient | Client,
    body: EmbeddingsRequest,
) -> EmbeddingsResponse | GatewayError | None:
    """Create embeddings

     Embeds text; the reply carries the gateway id in `requestId`.

    Args:
        body (EmbeddingsRequest): An embeddings request; unknown properties are passed to the
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingsResponse | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingsRequest,
) -> Response[EmbeddingsResponse | GatewayError]:
    """Create embeddings

     Embeds text; the reply carries the gateway id in `requestId`.

    Args:
        body (EmbeddingsRequest): An embeddings request; unknown properties are passed to the
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingsResponse | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmbeddingsRequest,
) -> EmbeddingsResponse | GatewayError | None:
    """Create embeddings

     Embeds text; the reply carries the gateway id in `requestId`.

    Args:
        body (EmbeddingsRequest): An embeddings request; unknown properties are passed to the
            provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingsResponse | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
