from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpoint")


@_attrs_define
class ModelEndpoint:
    """One provider endpoint serving a model."""

    id: str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    capability_id: None | str | Unset = UNSET
    public_path: None | str | Unset = UNSET
    collection: None | str | Unset = UNSET
    provider: ModelEndpointProviderType0 | None | Unset = UNSET
    model: None | str | Unset = UNSET
    routable: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    modalities: ModelEndpointModalitiesType0 | None | Unset = UNSET
    capabilities: ModelEndpointCapabilitiesType0 | None | Unset = UNSET
    routing: ModelEndpointRoutingType0 | None | Unset = UNSET
    effective: ModelEndpointEffectiveType0 | None | Unset = UNSET
    pricing: ModelEndpointPricingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        capability_id: None | str | Unset
        if isinstance(self.capability_id, Unset):
            capability_id = UNSET
        else:
            capability_id = self.capability_id

        public_path: None | str | Unset
        if isinstance(self.public_path, Unset):
            public_path = UNSET
        else:
            public_path = self.public_path

        collection: None | str | Unset
        if isinstance(self.collection, Unset):
            collection = UNSET
        else:
            collection = self.collection

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ModelEndpointProviderType0):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        routable: bool | None | Unset
        if isinstance(self.routable, Unset):
            routable = UNSET
        else:
            routable = self.routable

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        modalities: dict[str, Any] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, ModelEndpointModalitiesType0):
            modalities = self.modalities.to_dict()
        else:
            modalities = self.modalities

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, ModelEndpointCapabilitiesType0):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        routing: dict[str, Any] | None | Unset
        if isinstance(self.routing, Unset):
            routing = UNSET
        elif isinstance(self.routing, ModelEndpointRoutingType0):
            routing = self.routing.to_dict()
        else:
            routing = self.routing

        effective: dict[str, Any] | None | Unset
        if isinstance(self.effective, Unset):
            effective = UNSET
        elif isinstance(self.effective, ModelEndpointEffectiveType0):
            effective = self.effective.to_dict()
        else:
            effective = self.effective

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, ModelEndpointPricingType0):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if capability_id is not UNSET:
            field_dict["capability_id"] = capability_id
        if public_path is not UNSET:
            field_dict["public_path"] = public_path
        if collection is not UNSET:
            field_dict["collection"] = collection
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if routable is not UNSET:
            field_dict["routable"] = routable
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if routing is not UNSET:
            field_dict["routing"] = routing
        if effective is not UNSET:
            field_dict["effective"] = effective
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        endpoint: None | str | Unset = d.pop("endpoint", UNSET) if d else UNSET

        capability_id: None | str | Unset = d.pop("capability_id", UNSET) if d else UNSET

        public_path: None | str | Unset = d.pop("public_path", UNSET) if d else UNSET

        collection: None | str | Unset = d.pop("collection", UNSET) if d else UNSET

        _provider = d.pop("provider", UNSET) if d else UNSET
        provider = _provider if _provider is None or _provider is UNSET else _parse_provider(_provider)

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        routable: bool | None | Unset = d.pop("routable", UNSET) if d else UNSET

        status: None | str | Unset = d.pop("status", UNSET) if d else UNSET

        status_reason: None | str | Unset = d.pop("status_reason", UNSET) if d else UNSET

        _modalities = d.pop("modalities", UNSET) if d else UNSET
        modalities = _modalities if _modalities is None or _modalities is UNSET else _parse_modalities(_modalities)

        _capabilities = d.pop("capabilities", UNSET) if d else UNSET
        capabilities = (
            _capabilities if _capabilities is None or _capabilities is UNSET else _parse_capabilities(_capabilities)
        )

        _routing = d.pop("routing", UNSET) if d else UNSET
        routing = _routing if _routing is None or _routing is UNSET else _parse_routing(_routing)

        _effective = d.pop("effective", UNSET) if d else UNSET
        effective = _effective if _effective is None or _effective is UNSET else _parse_effective(_effective)

        _pricing = d.pop("pricing", UNSET) if d else UNSET
        pricing = _pricing if _pricing is None or _pricing is UNSET else _parse_pricing(_pricing)

        if cls is ModelEndpoint:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.endpoint = endpoint
            new_instance_.capability_id = capability_id
            new_instance_.public_path = public_path
            new_instance_.collection = collection
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.routable = routable
            new_instance_.status = status
            new_instance_.status_reason = status_reason
            new_instance_.modalities = modalities
            new_instance_.capabilities = capabilities
            new_instance_.routing = routing
            new_instance_.effective = effective
            new_instance_.pricing = pricing
            model_endpoint = new_instance_
        else:
            model_endpoint = cls(
                id=id,
                endpoint=endpoint,
                capability_id=capability_id,
                public_path=public_path,
                collection=collection,
                provider=provider,
                model=model,
                routable=routable,
                status=status,
                status_reason=status_reason,
                modalities=modalities,
                capabilities=capabilities,
                routing=routing,
                effective=effective,
                pricing=pricing,
            )

        model_endpoint.additional_properties = d
        return model_endpoint

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_provider(data: object) -> ModelEndpointProviderType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        provider_type_0 = ModelEndpointProviderType0.from_dict(data)

        return provider_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointProviderType0 | None | Unset, data)


def _parse_modalities(data: object) -> ModelEndpointModalitiesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = ModelEndpointModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointModalitiesType0 | None | Unset, data)


def _parse_capabilities(data: object) -> ModelEndpointCapabilitiesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        capabilities_type_0 = ModelEndpointCapabilitiesType0.from_dict(data)

        return capabilities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointCapabilitiesType0 | None | Unset, data)


def _parse_routing(data: object) -> ModelEndpointRoutingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        routing_type_0 = ModelEndpointRoutingType0.from_dict(data)

        return routing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointRoutingType0 | None | Unset, data)


def _parse_effective(data: object) -> ModelEndpointEffectiveType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        effective_type_0 = ModelEndpointEffectiveType0.from_dict(data)

        return effective_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointEffectiveType0 | None | Unset, data)


def _parse_pricing(data: object) -> ModelEndpointPricingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = ModelEndpointPricingType0.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointPricingType0 | None | Unset, data)


class ModelEndpointParams(TypedDict, total=False):
    """The JSON object `ModelEndpoint.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    endpoint: str | None
    capability_id: str | None
    public_path: str | None
    collection: str | None
    provider: ModelEndpointProviderType0Params | None
    model: str | None
    routable: bool | None
    status: str | None
    status_reason: str | None
    modalities: ModelEndpointModalitiesType0Params | None
    capabilities: ModelEndpointCapabilitiesType0Params | None
    routing: ModelEndpointRoutingType0Params | None
    effective: ModelEndpointEffectiveType0Params | None
    pricing: ModelEndpointPricingType0Params | None


from ..models.model_endpoint_capabilities_type_0 import (  # noqa: E402
    ModelEndpointCapabilitiesType0,
    ModelEndpointCapabilitiesType0Params,
)
from ..models.model_endpoint_effective_type_0 import ModelEndpointEffectiveType0, ModelEndpointEffectiveType0Params  # noqa: E402
from ..models.model_endpoint_modalities_type_0 import ModelEndpointModalitiesType0, ModelEndpointModalitiesType0Params  # noqa: E402
from ..models.model_endpoint_pricing_type_0 import ModelEndpointPricingType0, ModelEndpointPricingType0Params  # noqa: E402
from ..models.model_endpoint_provider_type_0 import ModelEndpointProviderType0, ModelEndpointProviderType0Params  # noqa: E402
from ..models.model_endpoint_routing_type_0 import ModelEndpointRoutingType0, ModelEndpointRoutingType0Params  # noqa: E402

_object_new_ = object.__new__
