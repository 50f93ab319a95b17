from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.file_object import FileObject
from ...models.file_upload_request import FileUploadRequest
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileUploadRequest,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["provider"] = provider

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileObject | GatewayError:
    if response.status_code == 200:
        response_200 = FileObject.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = GatewayError.from_dict(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> Response[FileObject | GatewayError]:
    """Upload a file

     Uploads a file (a batch's JSONL input) to the provider the gateway picks (`provider`, else `model`,
    else OpenAI). At most 200 MB (100 MB for some providers; 413). The reply is the provider's file
    object, passed through as it came.

    Args:
        provider (str | Unset):
        model (str | Unset):
        body (FileUploadRequest): A file upload (`multipart/form-data`), passed to the provider as
            it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObject | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> FileObject | GatewayError | None:
    """Upload a file

     Uploads a file (a batch's JSONL input) to the provider the gateway picks (`provider`, else `model`,
    else OpenAI). At most 200 MB (100 MB for some providers; 413). The reply is the provider's file
    object, passed through as it came.

    Args:
        provider (str | Unset):
        model (str | Unset):
        body (FileUploadRequest): A file upload (`multipart/form-data`), passed to the provider as
            it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObject | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
        provider=provider,
        model=model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> Response[FileObject | GatewayError]:
    """Upload a file

     Uploads a file (a batch's JSONL input) to the provider the gateway picks (`provider`, else `model`,
    else OpenAI). At most 200 MB (100 MB for some providers; 413). The reply is the provider's file
    object, passed through as it came.

    Args:
        provider (str | Unset):
        model (str | Unset):
        body (FileUploadRequest): A file upload (`multipart/form-data`), passed to the provider as
            it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObject | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    provider: str | Unset = UNSET,
    model: str | Unset = UNSET,
) -> FileObject | GatewayError | None:
    """Upload a file

     Uploads a file (a batch's JSONL input) to the provider the gateway picks (`provider`, else `model`,
    else OpenAI). At most 200 MB (100 MB for some providers; 413). The reply is the provider's file
    object, passed through as it came.

    Args:
        provider (str | Unset):
        model (str | Unset):
        body (FileUploadRequest): A file upload (`multipart/form-data`), passed to the provider as
            it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObject | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            provider=provider,
            model=model,
        )
    ).parsed
