from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.messages_request import MessagesRequest
from ...models.messages_response import MessagesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | MessagesResponse | None:
    if response.status_code == 200:
        response_200 = MessagesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = GatewayError.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GatewayError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GatewayError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GatewayError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | MessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
) -> Response[GatewayError | MessagesResponse]:
    """Create a message (Anthropic Messages API)

     Generates a reply in the Anthropic Messages format, routed like a chat completion (any model, not
    only Anthropic's). With `stream: true` the reply is a Server-Sent-Events stream of named events
    (`message_start`, `content_block_start`/`_delta`/`_stop`, `message_delta` with the usage,
    `message_stop`, `ping`, `error`). Errors use the gateway's own error shape, not Anthropic's.

    Args:
        body (MessagesRequest): An Anthropic Messages API request. Properties the gateway does not
            know are passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MessagesResponse]
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
    body: MessagesRequest,
) -> GatewayError | MessagesResponse | None:
    """Create a message (Anthropic Messages API)

     Generates a reply in the Anthropic Messages format, routed like a chat completion (any model, not
    only Anthropic's). With `stream: true` the reply is a Server-Sent-Events stream of named events
    (`message_start`, `content_block_start`/`_delta`/`_stop`, `message_delta` with the usage,
    `message_stop`, `ping`, `error`). Errors use the gateway's own error shape, not Anthropic's.

    Args:
        body (MessagesRequest): An Anthropic Messages API request. Properties the gateway does not
            know are passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MessagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
) -> Response[GatewayError | MessagesResponse]:
    """Create a message (Anthropic Messages API)

     Generates a reply in the Anthropic Messages format, routed like a chat completion (any model, not
    only Anthropic's). With `stream: true` the reply is a Server-Sent-Events stream of named events
    (`message_start`, `content_block_start`/`_delta`/`_stop`, `message_delta` with the usage,
    `message_stop`, `ping`, `error`). Errors use the gateway's own error shape, not Anthropic's.

    Args:
        body (MessagesRequest): An Anthropic Messages API request. Properties the gateway does not
            know are passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MessagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
) -> GatewayError | MessagesResponse | None:
    """Create a message (Anthropic Messages API)

     Generates a reply in the Anthropic Messages format, routed like a chat completion (any model, not
    only Anthropic's). With `stream: true` the reply is a Server-Sent-Events stream of named events
    (`message_start`, `content_block_start`/`_delta`/`_stop`, `message_delta` with the usage,
    `message_stop`, `ping`, `error`). Errors use the gateway's own error shape, not Anthropic's.

    Args:
        body (MessagesRequest): An Anthropic Messages API request. Properties the gateway does not
            know are passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MessagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
