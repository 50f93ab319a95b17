"""The catalogue: ``client.models``, ``.providers``, ``.organisations``, ``.endpoints``,
``.health`` and ``.pricing``, sync and async. Each method is one route of the generated table;
``models.retrieve()`` is a filtered ``GET /models`` (the gateway has no ``GET /models/{id}``)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Unpack

import httpx

from aistats_generated import api
from aistats_generated.models import (
    EndpointList,
    ModelEndpointList,
    ModelList,
    OrganisationList,
    PricingCalculateResponse,
    PricingModelList,
    ProviderList,
)
from aistats_generated.models import Health as HealthReply

from .._transport.io import aread_model, read_model
from .._transport.pages import AsyncPager, Pager
from .._transport.raw import to_async_raw, to_raw
from .._transport.response import status_error
from .._transport.retry import Attempts
from ._base import AsyncResource, BodyOptions, CallOptions, Resource, araw_page, raw_page, split_model_id

if TYPE_CHECKING:
    from aistats_generated.api import (
        ListModelEndpointsQuery,
        ListModelsQuery,
        ListOrganisationsQuery,
        ListProvidersQuery,
    )
    from aistats_generated.models import (
        CatalogueModel,
        EndpointList,
        ModelEndpointList,
        Organisation,
        PricingCalculateResponse,
        PricingModelList,
        Provider,
    )
    from aistats_generated.models import (
        Health as HealthReply,
    )
    from aistats_generated.models.pricing_calculate_request import PricingCalculateRequestParams

    class _ListModelsArgs(ListModelsQuery, CallOptions): ...

    class _ListModelEndpointsArgs(ListModelEndpointsQuery, CallOptions): ...

    class _ListProvidersArgs(ListProvidersQuery, CallOptions): ...

    class _ListOrganisationsArgs(ListOrganisationsQuery, CallOptions): ...

    class _CalculatePricingArgs(PricingCalculateRequestParams, BodyOptions): ...

    class _RetrieveModelArgs(CallOptions, total=False):
        availability: str


__all__ = [
    "AsyncEndpoints", "AsyncHealth", "AsyncModels", "AsyncOrganisations", "AsyncPricing", "AsyncProviders",
    "Endpoints", "Health", "Models", "Organisations", "Pricing", "Providers",
]  # fmt: skip


def _the_model(page: ModelList, response: httpx.Response, model: str) -> CatalogueModel:
    """The entry of ``page`` whose id is ``model``; else ``NotFoundError``, made here as the 404
    the gateway gives for an unknown model on its ``/models/{author}/{slug}/endpoints``."""
    for entry in page.models:
        if entry.id == model:
            return entry
    body = json.dumps(
        {"ok": False, "error": "not_found", "message": f"Model {model} was not found."}
    ).encode()
    missing = httpx.Response(404, headers={"content-type": "application/json"}, content=body)
    missing.request = response.request
    raise status_error(missing, body)


def _read_the_model(model: str) -> Callable[[httpx.Response, Attempts], CatalogueModel]:
    read = read_model(ModelList)
    return lambda response, attempts: _the_model(read(response, attempts), response, model)


def _aread_the_model(model: str) -> Callable[[httpx.Response, Attempts], Awaitable[CatalogueModel]]:
    read = aread_model(ModelList)

    async def read_the_model(response: httpx.Response, attempts: Attempts) -> CatalogueModel:
        return _the_model(await read(response, attempts), response, model)

    return read_the_model


def _retrieve_query(model: str, options: Mapping[str, object]) -> dict[str, object]:
    split_model_id(model)  # refuses what is not an id before anything is sent
    return {"availability": "all", **options, "id": [model]}


class ModelsWithRawResponse:
    """``client.models.with_raw_response``."""

    def __init__(self, models: Models) -> None:
        self.list = raw_page(models.list, ModelList)
        self.retrieve = to_raw(models.retrieve)
        self.endpoints = to_raw(models.endpoints)


class Models(Resource[ModelsWithRawResponse]):
    """``client.models``."""

    _raw = ModelsWithRawResponse

    def list(self, **filters: Unpack[_ListModelsArgs]) -> Pager[CatalogueModel]:
        """Every model matching ``filters``, fetched page by page (``limit`` per page) as you iterate."""
        return self._pages(api.LIST_MODELS, ModelList, "models", filters)

    def retrieve(self, model: str, **options: Unpack[_RetrieveModelArgs]) -> CatalogueModel:
        """One model of the catalogue by id (``"author/slug"``); ``NotFoundError`` if it has none.

        The gateway has no ``GET /models/{id}``: this sends ``GET /models?id=...`` (with
        ``availability="all"``, retired models too) and picks the model out of the page; the
        ``NotFoundError`` is made client-side, as the 404 of the gateway's ``endpoints()``.
        """
        return self._call(api.LIST_MODELS, _retrieve_query(model, options), _read_the_model(model))

    def endpoints(self, model: str, **filters: Unpack[_ListModelEndpointsArgs]) -> ModelEndpointList:
        """The provider endpoints serving ``model`` (``"author/slug"``)."""
        return self._send(api.LIST_MODEL_ENDPOINTS, ModelEndpointList, filters, path=split_model_id(model))


class AsyncModelsWithRawResponse:
    """``client.models.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, models: AsyncModels) -> None:
        self.list = araw_page(models.list, ModelList)
        self.retrieve = to_async_raw(models.retrieve)
        self.endpoints = to_async_raw(models.endpoints)


class AsyncModels(AsyncResource[AsyncModelsWithRawResponse]):
    """``client.models`` of ``AsyncAIStats``."""

    _raw = AsyncModelsWithRawResponse

    def list(self, **filters: Unpack[_ListModelsArgs]) -> AsyncPager[CatalogueModel]:
        """Every model matching ``filters``, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_MODELS, ModelList, "models", filters)

    async def retrieve(self, model: str, **options: Unpack[_RetrieveModelArgs]) -> CatalogueModel:
        """Async ``Models.retrieve`` (a filtered ``GET /models``; the gateway has no ``GET /models/{id}``)."""
        return await self._call(api.LIST_MODELS, _retrieve_query(model, options), _aread_the_model(model))

    async def endpoints(self, model: str, **filters: Unpack[_ListModelEndpointsArgs]) -> ModelEndpointList:
        """The provider endpoints serving ``model`` (``"author/slug"``)."""
        return await self._send(
            api.LIST_MODEL_ENDPOINTS, ModelEndpointList, filters, path=split_model_id(model)
        )


class ProvidersWithRawResponse:
    """``client.providers.with_raw_response``."""

    def __init__(self, providers: Providers) -> None:
        self.list = raw_page(providers.list, ProviderList)


class Providers(Resource[ProvidersWithRawResponse]):
    """``client.providers``."""

    _raw = ProvidersWithRawResponse

    def list(self, **query: Unpack[_ListProvidersArgs]) -> Pager[Provider]:
        """Every provider, fetched page by page as you iterate."""
        return self._pages(api.LIST_PROVIDERS, ProviderList, "providers", query)


class AsyncProvidersWithRawResponse:
    """``client.providers.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, providers: AsyncProviders) -> None:
        self.list = araw_page(providers.list, ProviderList)


class AsyncProviders(AsyncResource[AsyncProvidersWithRawResponse]):
    """``client.providers`` of ``AsyncAIStats``."""

    _raw = AsyncProvidersWithRawResponse

    def list(self, **query: Unpack[_ListProvidersArgs]) -> AsyncPager[Provider]:
        """Every provider, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_PROVIDERS, ProviderList, "providers", query)


class OrganisationsWithRawResponse:
    """``client.organisations.with_raw_response``."""

    def __init__(self, organisations: Organisations) -> None:
        self.list = raw_page(organisations.list, OrganisationList)


class Organisations(Resource[OrganisationsWithRawResponse]):
    """``client.organisations``."""

    _raw = OrganisationsWithRawResponse

    def list(self, **query: Unpack[_ListOrganisationsArgs]) -> Pager[Organisation]:
        """Every organisation, fetched page by page as you iterate."""
        return self._pages(api.LIST_ORGANISATIONS, OrganisationList, "organisations", query)


class AsyncOrganisationsWithRawResponse:
    """``client.organisations.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, organisations: AsyncOrganisations) -> None:
        self.list = araw_page(organisations.list, OrganisationList)


class AsyncOrganisations(AsyncResource[AsyncOrganisationsWithRawResponse]):
    """``client.organisations`` of ``AsyncAIStats``."""

    _raw = AsyncOrganisationsWithRawResponse

    def list(self, **query: Unpack[_ListOrganisationsArgs]) -> AsyncPager[Organisation]:
        """Every organisation, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_ORGANISATIONS, OrganisationList, "organisations", query)


class EndpointsWithRawResponse:
    """``client.endpoints.with_raw_response``."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.list = to_raw(endpoints.list)


class Endpoints(Resource[EndpointsWithRawResponse]):
    """``client.endpoints``."""

    _raw = EndpointsWithRawResponse

    def list(self, **options: Unpack[CallOptions]) -> EndpointList:
        """The gateway's public endpoints with their model and provider counts."""
        return self._send(api.LIST_ENDPOINTS, EndpointList, options)


class AsyncEndpointsWithRawResponse:
    """``client.endpoints.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, endpoints: AsyncEndpoints) -> None:
        self.list = to_async_raw(endpoints.list)


class AsyncEndpoints(AsyncResource[AsyncEndpointsWithRawResponse]):
    """``client.endpoints`` of ``AsyncAIStats``."""

    _raw = AsyncEndpointsWithRawResponse

    async def list(self, **options: Unpack[CallOptions]) -> EndpointList:
        """The gateway's public endpoints with their model and provider counts."""
        return await self._send(api.LIST_ENDPOINTS, EndpointList, options)


class HealthWithRawResponse:
    """``client.health.with_raw_response``."""

    def __init__(self, health: Health) -> None:
        self.check = to_raw(health.check)


class Health(Resource[HealthWithRawResponse]):
    """``client.health``."""

    _raw = HealthWithRawResponse

    def check(self, **options: Unpack[CallOptions]) -> HealthReply:
        """``status == "ok"`` when the gateway is up."""
        return self._send(api.GET_HEALTH, HealthReply, options)


class AsyncHealthWithRawResponse:
    """``client.health.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, health: AsyncHealth) -> None:
        self.check = to_async_raw(health.check)


class AsyncHealth(AsyncResource[AsyncHealthWithRawResponse]):
    """``client.health`` of ``AsyncAIStats``."""

    _raw = AsyncHealthWithRawResponse

    async def check(self, **options: Unpack[CallOptions]) -> HealthReply:
        """``status == "ok"`` when the gateway is up."""
        return await self._send(api.GET_HEALTH, HealthReply, options)


class PricingWithRawResponse:
    """``client.pricing.with_raw_response``."""

    def __init__(self, pricing: Pricing) -> None:
        self.models = to_raw(pricing.models)
        self.calculate = to_raw(pricing.calculate)


class Pricing(Resource[PricingWithRawResponse]):
    """``client.pricing``."""

    _raw = PricingWithRawResponse

    def models(self, **options: Unpack[CallOptions]) -> PricingModelList:
        """The price meters of every model, per provider and endpoint."""
        return self._send(api.LIST_PRICING_MODELS, PricingModelList, options)

    def calculate(self, **params: Unpack[_CalculatePricingArgs]) -> PricingCalculateResponse:
        """The cost of ``usage`` (meter name to quantity) on ``provider``, ``model`` and ``endpoint``."""
        return self._send(api.CALCULATE_PRICING, PricingCalculateResponse, params)


class AsyncPricingWithRawResponse:
    """``client.pricing.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, pricing: AsyncPricing) -> None:
        self.models = to_async_raw(pricing.models)
        self.calculate = to_async_raw(pricing.calculate)


class AsyncPricing(AsyncResource[AsyncPricingWithRawResponse]):
    """``client.pricing`` of ``AsyncAIStats``."""

    _raw = AsyncPricingWithRawResponse

    async def models(self, **options: Unpack[CallOptions]) -> PricingModelList:
        """The price meters of every model, per provider and endpoint."""
        return await self._send(api.LIST_PRICING_MODELS, PricingModelList, options)

    async def calculate(self, **params: Unpack[_CalculatePricingArgs]) -> PricingCalculateResponse:
        """The cost of ``usage`` (meter name to quantity) on ``provider``, ``model`` and ``endpoint``."""
        return await self._send(api.CALCULATE_PRICING, PricingCalculateResponse, params)
