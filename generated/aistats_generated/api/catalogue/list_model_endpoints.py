from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.model_endpoint_list import ModelEndpointList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    author: str,
    slug: str,
    *,
    provider: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: list[str] | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_supported_parameters: list[str] | Unset = UNSET
    if not isinstance(supported_parameters, Unset):
        json_supported_parameters = supported_parameters

    params["supported_parameters"] = json_supported_parameters

    params["availability"] = availability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{author}/{slug}/endpoints".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | ModelEndpointList:
    if response.status_code == 200:
        response_200 = ModelEndpointList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | ModelEndpointList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    provider: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
) -> Response[GatewayError | ModelEndpointList]:
    """List a model's provider endpoints

     The provider endpoints that serve one model (`author/slug`); 404 for an unknown model.

    Args:
        author (str):
        slug (str):
        provider (list[str] | Unset):
        status (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        availability (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ModelEndpointList]
    """

    kwargs = _get_kwargs(
        author=author,
        slug=slug,
        provider=provider,
        status=status,
        supported_parameters=supported_parameters,
        availability=availability,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    provider: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
) -> GatewayError | ModelEndpointList | None:
    """List a model's provider endpoints

     The provider endpoints that serve one model (`author/slug`); 404 for an unknown model.

    Args:
        author (str):
        slug (str):
        provider (list[str] | Unset):
        status (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        availability (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ModelEndpointList
    """

    return sync_detailed(
        author=author,
        slug=slug,
        client=client,
        provider=provider,
        status=status,
        supported_parameters=supported_parameters,
        availability=availability,
    ).parsed


async def asyncio_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    provider: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
) -> Response[GatewayError | ModelEndpointList]:
    """List a model's provider endpoints

     The provider endpoints that serve one model (`author/slug`); 404 for an unknown model.

    Args:
        author (str):
        slug (str):
        provider (list[str] | Unset):
        status (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        availability (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ModelEndpointList]
    """

    kwargs = _get_kwargs(
        author=author,
        slug=slug,
        provider=provider,
        status=status,
        supported_parameters=supported_parameters,
        availability=availability,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    provider: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
) -> GatewayError | ModelEndpointList | None:
    """List a model's provider endpoints

     The provider endpoints that serve one model (`author/slug`); 404 for an unknown model.

    Args:
        author (str):
        slug (str):
        provider (list[str] | Unset):
        status (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        availability (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ModelEndpointList
    """

    return (
        await asyncio_detailed(
            author=author,
            slug=slug,
            client=client,
            provider=provider,
            status=status,
            supported_parameters=supported_parameters,
            availability=availability,
        )
    ).parsed
