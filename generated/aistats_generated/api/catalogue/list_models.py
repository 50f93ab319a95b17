from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.model_list import ModelList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organisation: list[str] | Unset = UNSET,
    provider: list[str] | Unset = UNSET,
    endpoints: list[str] | Unset = UNSET,
    input_modalities: list[str] | Unset = UNSET,
    output_modalities: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_organisation: list[str] | Unset = UNSET
    if not isinstance(organisation, Unset):
        json_organisation = organisation

    params["organisation"] = json_organisation

    json_provider: list[str] | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    json_endpoints: list[str] | Unset = UNSET
    if not isinstance(endpoints, Unset):
        json_endpoints = endpoints

    params["endpoints"] = json_endpoints

    json_input_modalities: list[str] | Unset = UNSET
    if not isinstance(input_modalities, Unset):
        json_input_modalities = input_modalities

    params["input_modalities"] = json_input_modalities

    json_output_modalities: list[str] | Unset = UNSET
    if not isinstance(output_modalities, Unset):
        json_output_modalities = output_modalities

    params["output_modalities"] = json_output_modalities

    json_supported_parameters: list[str] | Unset = UNSET
    if not isinstance(supported_parameters, Unset):
        json_supported_parameters = supported_parameters

    params["supported_parameters"] = json_supported_parameters

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["availability"] = availability

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayError | ModelList:
    if response.status_code == 200:
        response_200 = ModelList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    response_default = GatewayError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | ModelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organisation: list[str] | Unset = UNSET,
    provider: list[str] | Unset = UNSET,
    endpoints: list[str] | Unset = UNSET,
    input_modalities: list[str] | Unset = UNSET,
    output_modalities: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[GatewayError | ModelList]:
    """List models

     One page of the model catalogue (`limit`/`offset`, with `total`). An offset past the end gives an
    empty list; `offset` above 5000 is a 400. Array filters repeat the key.

    Args:
        organisation (list[str] | Unset):
        provider (list[str] | Unset):
        endpoints (list[str] | Unset):
        input_modalities (list[str] | Unset):
        output_modalities (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        status (list[str] | Unset):
        id (list[str] | Unset):
        availability (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ModelList]
    """

    kwargs = _get_kwargs(
        organisation=organisation,
        provider=provider,
        endpoints=endpoints,
        input_modalities=input_modalities,
        output_modalities=output_modalities,
        supported_parameters=supported_parameters,
        status=status,
        id=id,
        availability=availability,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organisation: list[str] | Unset = UNSET,
    provider: list[str] | Unset = UNSET,
    endpoints: list[str] | Unset = UNSET,
    input_modalities: list[str] | Unset = UNSET,
    output_modalities: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GatewayError | ModelList | None:
    """List models

     One page of the model catalogue (`limit`/`offset`, with `total`). An offset past the end gives an
    empty list; `offset` above 5000 is a 400. Array filters repeat the key.

    Args:
        organisation (list[str] | Unset):
        provider (list[str] | Unset):
        endpoints (list[str] | Unset):
        input_modalities (list[str] | Unset):
        output_modalities (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        status (list[str] | Unset):
        id (list[str] | Unset):
        availability (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ModelList
    """

    return sync_detailed(
        client=client,
        organisation=organisation,
        provider=provider,
        endpoints=endpoints,
        input_modalities=input_modalities,
        output_modalities=output_modalities,
        supported_parameters=supported_parameters,
        status=status,
        id=id,
        availability=availability,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organisation: list[str] | Unset = UNSET,
    provider: list[str] | Unset = UNSET,
    endpoints: list[str] | Unset = UNSET,
    input_modalities: list[str] | Unset = UNSET,
    output_modalities: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[GatewayError | ModelList]:
    """List models

     One page of the model catalogue (`limit`/`offset`, with `total`). An offset past the end gives an
    empty list; `offset` above 5000 is a 400. Array filters repeat the key.

    Args:
        organisation (list[str] | Unset):
        provider (list[str] | Unset):
        endpoints (list[str] | Unset):
        input_modalities (list[str] | Unset):
        output_modalities (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        status (list[str] | Unset):
        id (list[str] | Unset):
        availability (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | ModelList]
    """

    kwargs = _get_kwargs(
        organisation=organisation,
        provider=provider,
        endpoints=endpoints,
        input_modalities=input_modalities,
        output_modalities=output_modalities,
        supported_parameters=supported_parameters,
        status=status,
        id=id,
        availability=availability,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organisation: list[str] | Unset = UNSET,
    provider: list[str] | Unset = UNSET,
    endpoints: list[str] | Unset = UNSET,
    input_modalities: list[str] | Unset = UNSET,
    output_modalities: list[str] | Unset = UNSET,
    supported_parameters: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    availability: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GatewayError | ModelList | None:
    """List models

     One page of the model catalogue (`limit`/`offset`, with `total`). An offset past the end gives an
    empty list; `offset` above 5000 is a 400. Array filters repeat the key.

    Args:
        organisation (list[str] | Unset):
        provider (list[str] | Unset):
        endpoints (list[str] | Unset):
        input_modalities (list[str] | Unset):
        output_modalities (list[str] | Unset):
        supported_parameters (list[str] | Unset):
        status (list[str] | Unset):
        id (list[str] | Unset):
        availability (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | ModelList
    """

    return (
        await asyncio_detailed(
            client=client,
            organisation=organisation,
            provider=provider,
            endpoints=endpoints,
            input_modalities=input_modalities,
            output_modalities=output_modalities,
            supported_parameters=supported_parameters,
            status=status,
            id=id,
            availability=availability,
            limit=limit,
            offset=offset,
        )
    ).parsed
