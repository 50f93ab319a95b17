from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.music_generate_request import MusicGenerateRequest
from ...models.music_job import MusicJob
from ...types import Response


def _get_kwargs(
    *,
    body: MusicGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/music/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayError | MusicJob:
    if response.status_code == 200:
        response_200 = MusicJob.from_dict(response.json())

        return response_200

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | MusicJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MusicGenerateRequest,
) -> Response[GatewayError | MusicJob]:
    """Generate music

     Starts a music job. The gateway answers 501 `not_implemented` today; wrapped for when it turns music
    on. Creates a job: retried only when the request certainly did not arrive or the server asked for
    it.

    Args:
        body (MusicGenerateRequest): A music job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MusicJob]
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
    body: MusicGenerateRequest,
) -> GatewayError | MusicJob | None:
    """Generate music

     Starts a music job. The gateway answers 501 `not_implemented` today; wrapped for when it turns music
    on. Creates a job: retried only when the request certainly did not arrive or the server asked for
    it.

    Args:
        body (MusicGenerateRequest): A music job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MusicJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MusicGenerateRequest,
) -> Response[GatewayError | MusicJob]:
    """Generate music

     Starts a music job. The gateway answers 501 `not_implemented` today; wrapped for when it turns music
    on. Creates a job: retried only when the request certainly did not arrive or the server asked for
    it.

    Args:
        body (MusicGenerateRequest): A music job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MusicJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MusicGenerateRequest,
) -> GatewayError | MusicJob | None:
    """Generate music

     Starts a music job. The gateway answers 501 `not_implemented` today; wrapped for when it turns music
    on. Creates a job: retried only when the request certainly did not arrive or the server asked for
    it.

    Args:
        body (MusicGenerateRequest): A music job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MusicJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
