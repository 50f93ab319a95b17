from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.pricing_calculate_request import PricingCalculateRequest
from ...models.pricing_calculate_response import PricingCalculateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PricingCalculateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pricing/calculate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | PricingCalculateResponse:
    if response.status_code == 200:
        response_200 = PricingCalculateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

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
) -> Response[GatewayError | PricingCalculateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PricingCalculateRequest,
) -> Response[GatewayError | PricingCalculateResponse]:
    """Price a usage

     The cost of a usage (meter name to quantity) on one provider, model and endpoint. A missing field is
    a 400 `missing_required_fields`; no price a 404 `pricing_not_found`.

    Args:
        body (PricingCalculateRequest): What to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | PricingCalculateResponse]
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
    body: PricingCalculateRequest,
) -> GatewayError | PricingCalculateResponse | None:
    """Price a usage

     The cost of a usage (meter name to quantity) on one provider, model and endpoint. A missing field is
    a 400 `missing_required_fields`; no price a 404 `pricing_not_found`.

    Args:
        body (PricingCalculateRequest): What to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | PricingCalculateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PricingCalculateRequest,
) -> Response[GatewayError | PricingCalculateResponse]:
    """Price a usage

     The cost of a usage (meter name to quantity) on one provider, model and endpoint. A missing field is
    a 400 `missing_required_fields`; no price a 404 `pricing_not_found`.

    Args:
        body (PricingCalculateRequest): What to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | PricingCalculateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PricingCalculateRequest,
) -> GatewayError | PricingCalculateResponse | None:
    """Price a usage

     The cost of a usage (meter name to quantity) on one provider, model and endpoint. A missing field is
    a 400 `missing_required_fields`; no price a 404 `pricing_not_found`.

    Args:
        body (PricingCalculateRequest): What to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | PricingCalculateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
