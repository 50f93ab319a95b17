from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.speech_request import SpeechRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: SpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/speech",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | GatewayError:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GatewayError.from_dict(response.json())

        return response_502

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpeechRequest,
) -> Response[File | GatewayError]:
    """Synthesise speech

     Synthesises `input` with `voice`. The reply is the audio's bytes (`content-type` from
    `response_format`), or, for some providers when `Accept` asks for JSON only, a JSON object with the
    audio in `audio_base64`. Provider validation failures (a missing or unknown voice) come back as 502
    `upstream_error`.

    Args:
        body (SpeechRequest): A speech synthesis request (JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GatewayError]
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
    body: SpeechRequest,
) -> File | GatewayError | None:
    """Synthesise speech

     Synthesises `input` with `voice`. The reply is the audio's bytes (`content-type` from
    `response_format`), or, for some providers when `Accept` asks for JSON only, a JSON object with the
    audio in `audio_base64`. Provider validation failures (a missing or unknown voice) come back as 502
    `upstream_error`.

    Args:
        body (SpeechRequest): A speech synthesis request (JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpeechRequest,
) -> Response[File | GatewayError]:
    """Synthesise speech

     Synthesises `input` with `voice`. The reply is the audio's bytes (`content-type` from
    `response_format`), or, for some providers when `Accept` asks for JSON only, a JSON object with the
    audio in `audio_base64`. Provider validation failures (a missing or unknown voice) come back as 502
    `upstream_error`.

    Args:
        body (SpeechRequest): A speech synthesis request (JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SpeechRequest,
) -> File | GatewayError | None:
    """Synthesise speech

     Synthesises `input` with `voice`. The reply is the audio's bytes (`content-type` from
    `response_format`), or, for some providers when `Accept` asks for JSON only, a JSON object with the
    audio in `audio_base64`. Provider validation failures (a missing or unknown voice) come back as 502
    `upstream_error`.

    Args:
        body (SpeechRequest): A speech synthesis request (JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
