from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelEndpoint")


@_attrs_define
class ModelEndpoint:
    """One provider endpoint serving a model."""

    id: str | None = None
    endpoint: None | str = None
    capability_id: None | str = None
    public_path: None | str = None
    collection: None | str = None
    provider: ModelEndpointProviderType0 | None = None
    model: None | str = None
    routable: bool | None = None
    status: None | str = None
    status_reason: None | str = None
    modalities: ModelEndpointModalitiesType0 | None = None
    capabilities: ModelEndpointCapabilitiesType0 | None = None
    routing: ModelEndpointRoutingType0 | None = None
    effective: ModelEndpointEffectiveType0 | None = None
    pricing: ModelEndpointPricingType0 | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 2:
            field_dict["endpoint"] = None
        capability_id = self.capability_id
        if capability_id is not None:
            field_dict["capability_id"] = capability_id
        elif self._nulls_ & 4:
            field_dict["capability_id"] = None
        public_path = self.public_path
        if public_path is not None:
            field_dict["public_path"] = public_path
        elif self._nulls_ & 8:
            field_dict["public_path"] = None
        collection = self.collection
        if collection is not None:
            field_dict["collection"] = collection
        elif self._nulls_ & 16:
            field_dict["collection"] = None
        provider = self.provider
        if provider is not None:
            if isinstance(provider, ModelEndpointProviderType0):
                field_dict["provider"] = provider.to_dict()
            else:
                field_dict["provider"] = provider
        elif self._nulls_ & 32:
            field_dict["provider"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 64:
            field_dict["model"] = None
        routable = self.routable
        if routable is not None:
            field_dict["routable"] = routable
        elif self._nulls_ & 128:
            field_dict["routable"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 256:
            field_dict["status"] = None
        status_reason = self.status_reason
        if status_reason is not None:
            field_dict["status_reason"] = status_reason
        elif self._nulls_ & 512:
            field_dict["status_reason"] = None
        modalities = self.modalities
        if modalities is not None:
            if isinstance(modalities, ModelEndpointModalitiesType0):
                field_dict["modalities"] = modalities.to_dict()
            else:
                field_dict["modalities"] = modalities
        elif self._nulls_ & 1024:
            field_dict["modalities"] = None
        capabilities = self.capabilities
        if capabilities is not None:
            if isinstance(capabilities, ModelEndpointCapabilitiesType0):
                field_dict["capabilities"] = capabilities.to_dict()
            else:
                field_dict["capabilities"] = capabilities
        elif self._nulls_ & 2048:
            field_dict["capabilities"] = None
        routing = self.routing
        if routing is not None:
            if isinstance(routing, ModelEndpointRoutingType0):
                field_dict["routing"] = routing.to_dict()
            else:
                field_dict["routing"] = routing
        elif self._nulls_ & 4096:
            field_dict["routing"] = None
        effective = self.effective
        if effective is not None:
            if isinstance(effective, ModelEndpointEffectiveType0):
                field_dict["effective"] = effective.to_dict()
            else:
                field_dict["effective"] = effective
        elif self._nulls_ & 8192:
            field_dict["effective"] = None
        pricing = self.pricing
        if pricing is not None:
            if isinstance(pricing, ModelEndpointPricingType0):
                field_dict["pricing"] = pricing.to_dict()
            else:
                field_dict["pricing"] = pricing
        elif self._nulls_ & 16384:
            field_dict["pricing"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 2
        else:
            endpoint = None

        if d:
            capability_id = d.pop("capability_id", None)
            if capability_id is None and "capability_id" in src_dict:
                nulls_ |= 4
        else:
            capability_id = None

        if d:
            public_path = d.pop("public_path", None)
            if public_path is None and "public_path" in src_dict:
                nulls_ |= 8
        else:
            public_path = None

        if d:
            collection = d.pop("collection", None)
            if collection is None and "collection" in src_dict:
                nulls_ |= 16
        else:
            collection = None

        provider: ModelEndpointProviderType0 | None = None
        if d:
            _provider = d.pop("provider", None)
            if _provider is None:
                if "provider" in src_dict:
                    nulls_ |= 32
            else:
                provider = _parse_provider(_provider)

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 64
        else:
            model = None

        if d:
            routable = d.pop("routable", None)
            if routable is None and "routable" in src_dict:
                nulls_ |= 128
        else:
            routable = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 256
        else:
            status = None

        if d:
            status_reason = d.pop("status_reason", None)
            if status_reason is None and "status_reason" in src_dict:
                nulls_ |= 512
        else:
            status_reason = None

        modalities: ModelEndpointModalitiesType0 | None = None
        if d:
            _modalities = d.pop("modalities", None)
            if _modalities is None:
                if "modalities" in src_dict:
                    nulls_ |= 1024
            else:
                modalities = _parse_modalities(_modalities)

        capabilities: ModelEndpointCapabilitiesType0 | None = None
        if d:
            _capabilities = d.pop("capabilities", None)
            if _capabilities is None:
                if "capabilities" in src_dict:
                    nulls_ |= 2048
            else:
                capabilities = _parse_capabilities(_capabilities)

        routing: ModelEndpointRoutingType0 | None = None
        if d:
            _routing = d.pop("routing", None)
            if _routing is None:
                if "routing" in src_dict:
                    nulls_ |= 4096
            else:
                routing = _parse_routing(_routing)

        effective: ModelEndpointEffectiveType0 | None = None
        if d:
            _effective = d.pop("effective", None)
            if _effective is None:
                if "effective" in src_dict:
                    nulls_ |= 8192
            else:
                effective = _parse_effective(_effective)

        pricing: ModelEndpointPricingType0 | None = None
        if d:
            _pricing = d.pop("pricing", None)
            if _pricing is None:
                if "pricing" in src_dict:
                    nulls_ |= 16384
            else:
                pricing = _parse_pricing(_pricing)

        if cls is ModelEndpoint:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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

        new_instance_._nulls_ = nulls_
        new_instance_.additional_properties = d
        return new_instance_

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


def _parse_provider(data: object) -> ModelEndpointProviderType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        provider_type_0 = ModelEndpointProviderType0.from_dict(data)

        return provider_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointProviderType0 | None, data)


def _parse_modalities(data: object) -> ModelEndpointModalitiesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = ModelEndpointModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointModalitiesType0 | None, data)


def _parse_capabilities(data: object) -> ModelEndpointCapabilitiesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        capabilities_type_0 = ModelEndpointCapabilitiesType0.from_dict(data)

        return capabilities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointCapabilitiesType0 | None, data)


def _parse_routing(data: object) -> ModelEndpointRoutingType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        routing_type_0 = ModelEndpointRoutingType0.from_dict(data)

        return routing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointRoutingType0 | None, data)


def _parse_effective(data: object) -> ModelEndpointEffectiveType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        effective_type_0 = ModelEndpointEffectiveType0.from_dict(data)

        return effective_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointEffectiveType0 | None, data)


def _parse_pricing(data: object) -> ModelEndpointPricingType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = ModelEndpointPricingType0.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointPricingType0 | None, data)


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
