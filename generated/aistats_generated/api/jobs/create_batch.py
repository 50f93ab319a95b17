from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.batch_create_request import BatchCreateRequest
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    *,
    body: BatchCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | GatewayError:
    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Batch | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateRequest,
) -> Response[Batch | GatewayError]:
    """Create a batch

     Starts a batch from an uploaded JSONL file (`input_file_id`) or from inline `requests` with a
    `model`. Creates a job (and a charge): retried only when the request certainly did not arrive or the
    server asked for it. The gateway also serves this at `/batch`.

    Args:
        body (BatchCreateRequest): A batch from an uploaded file (`input_file_id`, `endpoint`) or
            from inline `requests` (with `model`); not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | GatewayError]
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
    body: BatchCreateRequest,
) -> Batch | GatewayError | None:
    """Create a batch

     Starts a batch from an uploaded JSONL file (`input_file_id`) or from inline `requests` with a
    `model`. Creates a job (and a charge): retried only when the request certainly did not arrive or the
    server asked for it. The gateway also serves this at `/batch`.

    Args:
        body (BatchCreateRequest): A batch from an uploaded file (`input_file_id`, `endpoint`) or
            from inline `requests` (with `model`); not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateRequest,
) -> Response[Batch | GatewayError]:
    """Create a batch

     Starts a batch from an uploaded JSONL file (`input_file_id`) or from inline `requests` with a
    `model`. Creates a job (and a charge): retried only when the request certainly did not arrive or the
    server asked for it. The gateway also serves this at `/batch`.

    Args:
        body (BatchCreateRequest): A batch from an uploaded file (`input_file_id`, `endpoint`) or
            from inline `requests` (with `model`); not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateRequest,
) -> Batch | GatewayError | None:
    """Create a batch

     Starts a batch from an uploaded JSONL file (`input_file_id`) or from inline `requests` with a
    `model`. Creates a job (and a charge): retried only when the request certainly did not arrive or the
    server asked for it. The gateway also serves this at `/batch`.

    Args:
        body (BatchCreateRequest): A batch from an uploaded file (`input_file_id`, `endpoint`) or
            from inline `requests` (with `model`); not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
