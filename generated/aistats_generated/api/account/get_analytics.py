import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.analytics_list import AnalyticsList
from ...models.gateway_error import GatewayError
from ...models.management_error_body import ManagementErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: datetime.date | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsList | GatewayError | ManagementErrorBody:
    if response.status_code == 200:
        response_200 = AnalyticsList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ManagementErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ManagementErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ManagementErrorBody.from_dict(response.json())

        return response_500

    response_default = ManagementErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticsList | GatewayError | ManagementErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[AnalyticsList | GatewayError | ManagementErrorBody]:
    """Usage by day and model

     The workspace's usage per UTC day, model and provider (one day with `date`, else the last completed
    days); takes an inference key (a management key is refused with 401
    `management_key_not_valid_for_gateway`).

    Args:
        date (datetime.date | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsList | GatewayError | ManagementErrorBody]
    """

    kwargs = _get_kwargs(
        date=date,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> AnalyticsList | GatewayError | ManagementErrorBody | None:
    """Usage by day and model

     The workspace's usage per UTC day, model and provider (one day with `date`, else the last completed
    days); takes an inference key (a management key is refused with 401
    `management_key_not_valid_for_gateway`).

    Args:
        date (datetime.date | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsList | GatewayError | ManagementErrorBody
    """

    return sync_detailed(
        client=client,
        date=date,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[AnalyticsList | GatewayError | ManagementErrorBody]:
    """Usage by day and model

     The workspace's usage per UTC day, model and provider (one day with `date`, else the last completed
    days); takes an inference key (a management key is refused with 401
    `management_key_not_valid_for_gateway`).

    Args:
        date (datetime.date | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsList | GatewayError | ManagementErrorBody]
    """

    kwargs = _get_kwargs(
        date=date,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> AnalyticsList | GatewayError | ManagementErrorBody | None:
    """Usage by day and model

     The workspace's usage per UTC day, model and provider (one day with `date`, else the last completed
    days); takes an inference key (a management key is refused with 401
    `management_key_not_valid_for_gateway`).

    Args:
        date (datetime.date | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsList | GatewayError | ManagementErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            workspace_id=workspace_id,
        )
    ).parsed
