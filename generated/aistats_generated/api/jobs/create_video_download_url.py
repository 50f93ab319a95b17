from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.video_download_url import VideoDownloadUrl
from ...models.video_download_url_request import VideoDownloadUrlRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    video_id: str,
    *,
    body: VideoDownloadUrlRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/{video_id}/download_url".format(
            video_id=quote(str(video_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | VideoDownloadUrl:
    if response.status_code == 200:
        response_200 = VideoDownloadUrl.from_dict(response.json())

        return response_200

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | VideoDownloadUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VideoDownloadUrlRequest | Unset = UNSET,
) -> Response[GatewayError | VideoDownloadUrl]:
    """A signed download link

     A link to the finished video's bytes that needs no key, valid `ttl_seconds` (60-3600, default 900).

    Args:
        video_id (str):
        body (VideoDownloadUrlRequest | Unset): How long the link lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | VideoDownloadUrl]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VideoDownloadUrlRequest | Unset = UNSET,
) -> GatewayError | VideoDownloadUrl | None:
    """A signed download link

     A link to the finished video's bytes that needs no key, valid `ttl_seconds` (60-3600, default 900).

    Args:
        video_id (str):
        body (VideoDownloadUrlRequest | Unset): How long the link lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | VideoDownloadUrl
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VideoDownloadUrlRequest | Unset = UNSET,
) -> Response[GatewayError | VideoDownloadUrl]:
    """A signed download link

     A link to the finished video's bytes that needs no key, valid `ttl_seconds` (60-3600, default 900).

    Args:
        video_id (str):
        body (VideoDownloadUrlRequest | Unset): How long the link lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | VideoDownloadUrl]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VideoDownloadUrlRequest | Unset = UNSET,
) -> GatewayError | VideoDownloadUrl | None:
    """A signed download link

     A link to the finished video's bytes that needs no key, valid `ttl_seconds` (60-3600, default 900).

    Args:
        video_id (str):
        body (VideoDownloadUrlRequest | Unset): How long the link lives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | VideoDownloadUrl
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            body=body,
        )
    ).parsed
