from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.transcription_response import TranscriptionResponse
from ...models.translation_request import TranslationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TranslationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/translations",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | TranscriptionResponse:
    if response.status_code == 200:
        response_200 = TranscriptionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = GatewayError.from_dict(response.json())

        return response_413

    if response.status_code == 502:
        response_502 = GatewayError.from_dict(response.json())

        return response_502

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | TranscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TranslationRequest,
) -> Response[GatewayError | TranscriptionResponse]:
    """Translate audio into English

     Translates an uploaded audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB)
    into English text. The reply is always JSON.

    Args:
        body (TranslationRequest): A translation request (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | TranscriptionResponse]
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
    body: TranslationRequest,
) -> GatewayError | TranscriptionResponse | None:
    """Translate audio into English

     Translates an uploaded audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB)
    into English text. The reply is always JSON.

    Args:
        body (TranslationRequest): A translation request (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | TranscriptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TranslationRequest,
) -> Response[GatewayError | TranscriptionResponse]:
    """Translate audio into English

     Translates an uploaded audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB)
    into English text. The reply is always JSON.

    Args:
        body (TranslationRequest): A translation request (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | TranscriptionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TranslationRequest,
) -> GatewayError | TranscriptionResponse | None:
    """Translate audio into English

     Translates an uploaded audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB)
    into English text. The reply is always JSON.

    Args:
        body (TranslationRequest): A translation request (`multipart/form-data`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | TranscriptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
