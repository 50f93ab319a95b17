from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.music_job import MusicJob
from ...types import Response


def _get_kwargs(
    music_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/music/generate/{music_id}".format(
            music_id=quote(str(music_id), safe=""),
        ),
    }

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
    music_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayError | MusicJob]:
    """Retrieve a music job

     The music job now (501 `not_implemented` today).

    Args:
        music_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MusicJob]
    """

    kwargs = _get_kwargs(
        music_id=music_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    music_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GatewayError | MusicJob | None:
    """Retrieve a music job

     The music job now (501 `not_implemented` today).

    Args:
        music_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MusicJob
    """

    return sync_detailed(
        music_id=music_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    music_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayError | MusicJob]:
    """Retrieve a music job

     The music job now (501 `not_implemented` today).

    Args:
        music_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | MusicJob]
    """

    kwargs = _get_kwargs(
        music_id=music_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    music_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GatewayError | MusicJob | None:
    """Retrieve a music job

     The music job now (501 `not_implemented` today).

    Args:
        music_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | MusicJob
    """

    return (
        await asyncio_detailed(
            music_id=music_id,
            client=client,
        )
    ).parsed
