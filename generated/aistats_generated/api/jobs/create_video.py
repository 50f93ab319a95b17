from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.video import Video
from ...models.video_create_request import VideoCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VideoCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayError | Video:
    if response.status_code == 200:
        response_200 = Video.from_dict(response.json())

        return response_200

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | Video]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCreateRequest,
) -> Response[GatewayError | Video]:
    """Create a video

     Starts a video job; its id is the gateway's request id. Creates a job (and a charge): retried only
    when the request certainly did not arrive or the server asked for it.

    Args:
        body (VideoCreateRequest): A video job. `prompt` is required unless an image reference is
            given; `seconds` is a string (`"4"`, `"8"`, ...) for OpenAI models, `duration` an integer
            for others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | Video]
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
    body: VideoCreateRequest,
) -> GatewayError | Video | None:
    """Create a video

     Starts a video job; its id is the gateway's request id. Creates a job (and a charge): retried only
    when the request certainly did not arrive or the server asked for it.

    Args:
        body (VideoCreateRequest): A video job. `prompt` is required unless an image reference is
            given; `seconds` is a string (`"4"`, `"8"`, ...) for OpenAI models, `duration` an integer
            for others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | Video
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCreateRequest,
) -> Response[GatewayError | Video]:
    """Create a video

     Starts a video job; its id is the gateway's request id. Creates a job (and a charge): retried only
    when the request certainly did not arrive or the server asked for it.

    Args:
        body (VideoCreateRequest): A video job. `prompt` is required unless an image reference is
            given; `seconds` is a string (`"4"`, `"8"`, ...) for OpenAI models, `duration` an integer
            for others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | Video]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCreateRequest,
) -> GatewayError | Video | None:
    """Create a video

     Starts a video job; its id is the gateway's request id. Creates a job (and a charge): retried only
    when the request certainly did not arrive or the server asked for it.

    Args:
        body (VideoCreateRequest): A video job. `prompt` is required unless an image reference is
            given; `seconds` is a string (`"4"`, `"8"`, ...) for OpenAI models, `duration` an integer
            for others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | Video
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
