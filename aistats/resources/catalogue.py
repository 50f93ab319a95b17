"""The catalogue: ``client.models``, ``.providers``, ``.organisations``, ``.endpoints``,
``.health`` and ``.pricing``, sync and async. Each method is one route of the generated table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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

from .._transport.pages import AsyncPager, Pager
from ._base import AsyncResource, BodyOptions, CallOptions, Resource, split_model_id

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


__all__ = [
    "AsyncEndpoints", "AsyncHealth", "AsyncModels", "AsyncOrganisations", "AsyncPricing", "AsyncProviders",
    "Endpoints", "Health", "Models", "Organisations", "Pricing", "Providers",
]  # fmt: skip


class Models(Resource):
    """``client.models``."""

    def list(self, **filters: Unpack[_ListModelsArgs]) -> Pager[CatalogueModel]:
        """Every model matching ``filters``, fetched page by page (``limit`` per page) as you iterate."""
        return self._pages(api.LIST_MODELS, ModelList, "models", filters)

    def endpoints(self, model: str, **filters: Unpack[_ListModelEndpointsArgs]) -> ModelEndpointList:
        """The provider endpoints serving ``model`` (``"author/slug"``)."""
        return self._send(api.LIST_MODEL_ENDPOINTS, ModelEndpointList, filters, path=split_model_id(model))


class AsyncModels(AsyncResource):
    """``client.models`` of ``AsyncAIStats``."""

    def list(self, **filters: Unpack[_ListModelsArgs]) -> AsyncPager[CatalogueModel]:
        """Every model matching ``filters``, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_MODELS, ModelList, "models", filters)

    async def endpoints(self, model: str, **filters: Unpack[_ListModelEndpointsArgs]) -> ModelEndpointList:
        """The provider endpoints serving ``model`` (``"author/slug"``)."""
        return await self._send(
            api.LIST_MODEL_ENDPOINTS, ModelEndpointList, filters, path=split_model_id(model)
        )


class Providers(Resource):
    """``client.providers``."""

    def list(self, **query: Unpack[_ListProvidersArgs]) -> Pager[Provider]:
        """Every provider, fetched page by page as you iterate."""
        return self._pages(api.LIST_PROVIDERS, ProviderList, "providers", query)


class AsyncProviders(AsyncResource):
    """``client.providers`` of ``AsyncAIStats``."""

    def list(self, **query: Unpack[_ListProvidersArgs]) -> AsyncPager[Provider]:
        """Every provider, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_PROVIDERS, ProviderList, "providers", query)


class Organisations(Resource):
    """``client.organisations``."""

    def list(self, **query: Unpack[_ListOrganisationsArgs]) -> Pager[Organisation]:
        """Every organisation, fetched page by page as you iterate."""
        return self._pages(api.LIST_ORGANISATIONS, OrganisationList, "organisations", query)


class AsyncOrganisations(AsyncResource):
    """``client.organisations`` of ``AsyncAIStats``."""

    def list(self, **query: Unpack[_ListOrganisationsArgs]) -> AsyncPager[Organisation]:
        """Every organisation, fetched page by page as you ``async for`` over it."""
        return self._pages(api.LIST_ORGANISATIONS, OrganisationList, "organisations", query)


class Endpoints(Resource):
    """``client.endpoints``."""

    def list(self, **options: Unpack[CallOptions]) -> EndpointList:
        """The gateway's public endpoints with their model and provider counts."""
        return self._send(api.LIST_ENDPOINTS, EndpointList, options)


class AsyncEndpoints(AsyncResource):
    """``client.endpoints`` of ``AsyncAIStats``."""

    async def list(self, **options: Unpack[CallOptions]) -> EndpointList:
        """The gateway's public endpoints with their model and provider counts."""
        return await self._send(api.LIST_ENDPOINTS, EndpointList, options)


class Health(Resource):
    """``client.health``."""

    def check(self, **options: Unpack[CallOptions]) -> HealthReply:
        """``status == "ok"`` when the gateway is up."""
        return self._send(api.GET_HEALTH, HealthReply, options)


class AsyncHealth(AsyncResource):
    """``client.health`` of ``AsyncAIStats``."""

    async def check(self, **options: Unpack[CallOptions]) -> HealthReply:
        """``status == "ok"`` when the gateway is up."""
        return await self._send(api.GET_HEALTH, HealthReply, options)


class Pricing(Resource):
    """``client.pricing``."""

    def models(self, **options: Unpack[CallOptions]) -> PricingModelList:
        """The price meters of every model, per provider and endpoint."""
        return self._send(api.LIST_PRICING_MODELS, PricingModelList, options)

    def calculate(self, **params: Unpack[_CalculatePricingArgs]) -> PricingCalculateResponse:
        """The cost of ``usage`` (meter name to quantity) on ``provider``, ``model`` and ``endpoint``."""
        return self._send(api.CALCULATE_PRICING, PricingCalculateResponse, params)


class AsyncPricing(AsyncResource):
    """``client.pricing`` of ``AsyncAIStats``."""

    async def models(self, **options: Unpack[CallOptions]) -> PricingModelList:
        """The price meters of every model, per provider and endpoint."""
        return await self._send(api.LIST_PRICING_MODELS, PricingModelList, options)

    async def calculate(self, **params: Unpack[_CalculatePricingArgs]) -> PricingCalculateResponse:
        """The cost of ``usage`` (meter name to quantity) on ``provider``, ``model`` and ``endpoint``."""
        return await self._send(api.CALCULATE_PRICING, PricingCalculateResponse, params)
