from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completions_request import ChatCompletionsRequest
from ...models.chat_completions_response import ChatCompletionsResponse
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChatCompletionsRequest,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_title, Unset):
        headers["x-title"] = x_title

    if not isinstance(http_referer, Unset):
        headers["http-referer"] = http_referer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionsResponse | GatewayError | None:
    if response.status_code == 200:
        response_200 = ChatCompletionsResponse.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GatewayError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GatewayError.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = GatewayError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GatewayError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = GatewayError.from_dict(response.json())

        return response_501

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
) -> Response[ChatCompletionsResponse | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionsRequest,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
) -> Response[ChatCompletionsResponse | GatewayError]:
    """Create a chat completion

     Routes a chat completion request to a provider serving the requested model. With `stream: true` the
    reply is a Server-Sent-Events stream of `ChatCompletionChunk` frames; depending on the provider path
    it ends with `[DONE]`, with one closing `ChatCompletionsResponse` snapshot, or just after the last
    frame. A failure after the stream started arrives as a `StreamErrorFrame`. A stream that fails
    before any output gets the JSON error body instead.

    Args:
        x_title (str | Unset):
        http_referer (str | Unset):
        body (ChatCompletionsRequest): A chat completion request. The gateway validates the
            properties below and passes properties it does not know through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionsResponse | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_title=x_title,
        http_referer=http_referer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionsRequest,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
) -> ChatCompletionsResponse | GatewayError | None:
    """Create a chat completion

     Routes a chat completion request to a provider serving the requested model. With `stream: true` the
    reply is a Server-Sent-Events stream of `ChatCompletionChunk` frames; depending on the provider path
    it ends with `[DONE]`, with one closing `ChatCompletionsResponse` snapshot, or just after the last
    frame. A failure after the stream started arrives as a `StreamErrorFrame`. A stream that fails
    before any output gets the JSON error body instead.

    Args:
        x_title (str | Unset):
        http_referer (str | Unset):
        body (ChatCompletionsRequest): A chat completion request. The gateway validates the
            properties below and passes properties it does not know through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionsResponse | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_title=x_title,
        http_referer=http_referer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionsRequest,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
) -> Response[ChatCompletionsResponse | GatewayError]:
    """Create a chat completion

     Routes a chat completion request to a provider serving the requested model. With `stream: true` the
    reply is a Server-Sent-Events stream of `ChatCompletionChunk` frames; depending on the provider path
    it ends with `[DONE]`, with one closing `ChatCompletionsResponse` snapshot, or just after the last
    frame. A failure after the stream started arrives as a `StreamErrorFrame`. A stream that fails
    before any output gets the JSON error body instead.

    Args:
        x_title (str | Unset):
        http_referer (str | Unset):
        body (ChatCompletionsRequest): A chat completion request. The gateway validates the
            properties below and passes properties it does not know through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionsResponse | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_title=x_title,
        http_referer=http_referer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionsRequest,
    x_title: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
) -> ChatCompletionsResponse | GatewayError | None:
    """Create a chat completion

     Routes a chat completion request to a provider serving the requested model. With `stream: true` the
    reply is a Server-Sent-Events stream of `ChatCompletionChunk` frames; depending on the provider path
    it ends with `[DONE]`, with one closing `ChatCompletionsResponse` snapshot, or just after the last
    frame. A failure after the stream started arrives as a `StreamErrorFrame`. A stream that fails
    before any output gets the JSON error body instead.

    Args:
        x_title (str | Unset):
        http_referer (str | Unset):
        body (ChatCompletionsRequest): A chat completion request. The gateway validates the
            properties below and passes properties it does not know through to the provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionsResponse | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_title=x_title,
            http_referer=http_referer,
        )
    ).parsed
