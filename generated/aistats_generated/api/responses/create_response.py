from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.responses_request import ResponsesRequest
from ...models.responses_response import ResponsesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ResponsesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | ResponsesResponse | None:
    if response.status_code == 200:
        response_200 = ResponsesResponse.from_dict(response.json())

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
) -> Response[GatewayError | ResponsesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResponsesRequest,
) -> Response[GatewayError | ResponsesResponse]:
    """Create a response (OpenAI Responses API)

     Generates a reply in the OpenAI Responses format, routed like a chat completion. With `stream: true`
    the reply is a Server-Sent-Events stream of named events (`event: response.output_text.delta` and so
    on, no `[DONE]`), ending with `response.completed`, `response.failed` or `response.incomplete`; each
    event's data is one of the `Response*Event` schemas. Errors use the gateway's own error shape, not
    OpenAI's.

    Args:
        body (ResponsesRequest): A Responses API request. Properties the gateway does not know are
            passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ResponsesResponse]
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
    body: ResponsesRequest,
) -> GatewayError | ResponsesResponse | None:
    """Create a response (OpenAI Responses API)

     Generates a reply in the OpenAI Responses format, routed like a chat completion. With `stream: true`
    the reply is a Server-Sent-Events stream of named events (`event: response.output_text.delta` and so
    on, no `[DONE]`), ending with `response.completed`, `response.failed` or `response.incomplete`; each
    event's data is one of the `Response*Event` schemas. Errors use the gateway's own error shape, not
    OpenAI's.

    Args:
        body (ResponsesRequest): A Responses API request. Properties the gateway does not know are
            passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ResponsesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResponsesRequest,
) -> Response[GatewayError | ResponsesResponse]:
    """Create a response (OpenAI Responses API)

     Generates a reply in the OpenAI Responses format, routed like a chat completion. With `stream: true`
    the reply is a Server-Sent-Events stream of named events (`event: response.output_text.delta` and so
    on, no `[DONE]`), ending with `response.completed`, `response.failed` or `response.incomplete`; each
    event's data is one of the `Response*Event` schemas. Errors use the gateway's own error shape, not
    OpenAI's.

    Args:
        body (ResponsesRequest): A Responses API request. Properties the gateway does not know are
            passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ResponsesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResponsesRequest,
) -> GatewayError | ResponsesResponse | None:
    """Create a response (OpenAI Responses API)

     Generates a reply in the OpenAI Responses format, routed like a chat completion. With `stream: true`
    the reply is a Server-Sent-Events stream of named events (`event: response.output_text.delta` and so
    on, no `[DONE]`), ending with `response.completed`, `response.failed` or `response.incomplete`; each
    event's data is one of the `Response*Event` schemas. Errors use the gateway's own error shape, not
    OpenAI's.

    Args:
        body (ResponsesRequest): A Responses API request. Properties the gateway does not know are
            passed through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ResponsesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
