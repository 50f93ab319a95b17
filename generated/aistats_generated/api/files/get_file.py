from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.file_object import FileObject
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileObject | GatewayError:
    if response.status_code == 200:
        response_200 = FileObject.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileObject | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> Response[FileObject | GatewayError]:
    """Retrieve a file's record

     A file this workspace uploaded through the gateway (else 404).

    Args:
        file_id (str):
        provider (str | Unset):
        model (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObject | GatewayError]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        provider=provider,
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> FileObject | GatewayError | None:
    """Retrieve a file's record

     A file this workspace uploaded through the gateway (else 404).

    Args:
        file_id (str):
        provider (str | Unset):
        model (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObject | GatewayError
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        provider=provider,
        model=model,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> Response[FileObject | GatewayError]:
    """Retrieve a file's record

     A file this workspace uploaded through the gateway (else 404).

    Args:
        file_id (str):
        provider (str | Unset):
        model (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObject | GatewayError]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        provider=provider,
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> FileObject | GatewayError | None:
    """Retrieve a file's record

     A file this workspace uploaded through the gateway (else 404).

    Args:
        file_id (str):
        provider (str | Unset):
        model (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObject | GatewayError
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            provider=provider,
            model=model,
        )
    ).parsed
