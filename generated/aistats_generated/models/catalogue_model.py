from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogueModel")


@_attrs_define
class CatalogueModel:
    """A model of the catalogue. Every field is optional: a reply that leaves one out still parses."""

    id: str | None = None
    base_model_id: None | str = None
    variant: None | str = None
    name: None | str = None
    description: None | str = None
    organization: CatalogueModelOrganizationType0 | None = None
    aliases: list[str] | None = None
    lifecycle: CatalogueModelLifecycleType0 | None = None
    modalities: CatalogueModelModalitiesType0 | None = None
    limits: CatalogueModelLimits | None = None
    capabilities: CatalogueModelCapabilitiesType0 | None = None
    availability: CatalogueModelAvailabilityType0 | None = None
    pricing: CatalogueModelPricingType0 | None = None
    offers: list[CatalogueModelOffersType0Item] | None = None
    """ The provider offers of the model (open objects). """
    variants: CatalogueModelVariantsType0 | None = None
    """ The model's variants, by name (an open object). """
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
        base_model_id = self.base_model_id
        if base_model_id is not None:
            field_dict["base_model_id"] = base_model_id
        elif self._nulls_ & 2:
            field_dict["base_model_id"] = None
        variant = self.variant
        if variant is not None:
            field_dict["variant"] = variant
        elif self._nulls_ & 4:
            field_dict["variant"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 8:
            field_dict["name"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 16:
            field_dict["description"] = None
        organization = self.organization
        if organization is not None:
            if isinstance(organization, CatalogueModelOrganizationType0):
                field_dict["organization"] = organization.to_dict()
            else:
                field_dict["organization"] = organization
        elif self._nulls_ & 32:
            field_dict["organization"] = None
        aliases = self.aliases
        if aliases is not None:
            if isinstance(aliases, list):
                field_dict["aliases"] = aliases

            else:
                field_dict["aliases"] = aliases
        elif self._nulls_ & 64:
            field_dict["aliases"] = None
        lifecycle = self.lifecycle
        if lifecycle is not None:
            if isinstance(lifecycle, CatalogueModelLifecycleType0):
                field_dict["lifecycle"] = lifecycle.to_dict()
            else:
                field_dict["lifecycle"] = lifecycle
        elif self._nulls_ & 128:
            field_dict["lifecycle"] = None
        modalities = self.modalities
        if modalities is not None:
            if isinstance(modalities, CatalogueModelModalitiesType0):
                field_dict["modalities"] = modalities.to_dict()
            else:
                field_dict["modalities"] = modalities
        elif self._nulls_ & 256:
            field_dict["modalities"] = None
        limits = self.limits
        if limits is not None:
            if isinstance(limits, CatalogueModelLimits):
                field_dict["limits"] = limits.to_dict()
            else:
                field_dict["limits"] = limits
        elif self._nulls_ & 512:
            field_dict["limits"] = None
        capabilities = self.capabilities
        if capabilities is not None:
            if isinstance(capabilities, CatalogueModelCapabilitiesType0):
                field_dict["capabilities"] = capabilities.to_dict()
            else:
                field_dict["capabilities"] = capabilities
        elif self._nulls_ & 1024:
            field_dict["capabilities"] = None
        availability = self.availability
        if availability is not None:
            if isinstance(availability, CatalogueModelAvailabilityType0):
                field_dict["availability"] = availability.to_dict()
            else:
                field_dict["availability"] = availability
        elif self._nulls_ & 2048:
            field_dict["availability"] = None
        pricing = self.pricing
        if pricing is not None:
            if isinstance(pricing, CatalogueModelPricingType0):
                field_dict["pricing"] = pricing.to_dict()
            else:
                field_dict["pricing"] = pricing
        elif self._nulls_ & 4096:
            field_dict["pricing"] = None
        offers = self.offers
        if offers is not None:
            if isinstance(offers, list):
                field_dict["offers"] = []
                for offers_type_0_item_data in offers:
                    offers_type_0_item = offers_type_0_item_data.to_dict()
                    field_dict["offers"].append(offers_type_0_item)

            else:
                field_dict["offers"] = offers
        elif self._nulls_ & 8192:
            field_dict["offers"] = None
        variants = self.variants
        if variants is not None:
            if isinstance(variants, CatalogueModelVariantsType0):
                field_dict["variants"] = variants.to_dict()
            else:
                field_dict["variants"] = variants
        elif self._nulls_ & 16384:
            field_dict["variants"] = None

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
            base_model_id = d.pop("base_model_id", None)
            if base_model_id is None and "base_model_id" in src_dict:
                nulls_ |= 2
        else:
            base_model_id = None

        if d:
            variant = d.pop("variant", None)
            if variant is None and "variant" in src_dict:
                nulls_ |= 4
        else:
            variant = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 8
        else:
            name = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 16
        else:
            description = None

        organization: CatalogueModelOrganizationType0 | None = None
        if d:
            _organization = d.pop("organization", None)
            if _organization is None:
                if "organization" in src_dict:
                    nulls_ |= 32
            else:
                organization = _parse_organization(_organization)

        aliases: list[str] | None = None
        if d:
            _aliases = d.pop("aliases", None)
            if _aliases is None:
                if "aliases" in src_dict:
                    nulls_ |= 64
            else:
                aliases = _parse_aliases(_aliases)

        lifecycle: CatalogueModelLifecycleType0 | None = None
        if d:
            _lifecycle = d.pop("lifecycle", None)
            if _lifecycle is None:
                if "lifecycle" in src_dict:
                    nulls_ |= 128
            else:
                lifecycle = _parse_lifecycle(_lifecycle)

        modalities: CatalogueModelModalitiesType0 | None = None
        if d:
            _modalities = d.pop("modalities", None)
            if _modalities is None:
                if "modalities" in src_dict:
                    nulls_ |= 256
            else:
                modalities = _parse_modalities(_modalities)

        limits: CatalogueModelLimits | None = None
        if d:
            _limits = d.pop("limits", None)
            if _limits is None:
                if "limits" in src_dict:
                    nulls_ |= 512
            else:
                limits = _parse_limits(_limits)

        capabilities: CatalogueModelCapabilitiesType0 | None = None
        if d:
            _capabilities = d.pop("capabilities", None)
            if _capabilities is None:
                if "capabilities" in src_dict:
                    nulls_ |= 1024
            else:
                capabilities = _parse_capabilities(_capabilities)

        availability: CatalogueModelAvailabilityType0 | None = None
        if d:
            _availability = d.pop("availability", None)
            if _availability is None:
                if "availability" in src_dict:
                    nulls_ |= 2048
            else:
                availability = _parse_availability(_availability)

        pricing: CatalogueModelPricingType0 | None = None
        if d:
            _pricing = d.pop("pricing", None)
            if _pricing is None:
                if "pricing" in src_dict:
                    nulls_ |= 4096
            else:
                pricing = _parse_pricing(_pricing)

        offers: list[CatalogueModelOffersType0Item] | None = None
        if d:
            _offers = d.pop("offers", None)
            if _offers is None:
                if "offers" in src_dict:
                    nulls_ |= 8192
            else:
                offers = _parse_offers(_offers)

        variants: CatalogueModelVariantsType0 | None = None
        if d:
            _variants = d.pop("variants", None)
            if _variants is None:
                if "variants" in src_dict:
                    nulls_ |= 16384
            else:
                variants = _parse_variants(_variants)

        if cls is CatalogueModel:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.base_model_id = base_model_id
            new_instance_.variant = variant
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.organization = organization
            new_instance_.aliases = aliases
            new_instance_.lifecycle = lifecycle
            new_instance_.modalities = modalities
            new_instance_.limits = limits
            new_instance_.capabilities = capabilities
            new_instance_.availability = availability
            new_instance_.pricing = pricing
            new_instance_.offers = offers
            new_instance_.variants = variants
        else:
            new_instance_ = cls(
                id=id,
                base_model_id=base_model_id,
                variant=variant,
                name=name,
                description=description,
                organization=organization,
                aliases=aliases,
                lifecycle=lifecycle,
                modalities=modalities,
                limits=limits,
                capabilities=capabilities,
                availability=availability,
                pricing=pricing,
                offers=offers,
                variants=variants,
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


def _parse_organization(data: object) -> CatalogueModelOrganizationType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        organization_type_0 = CatalogueModelOrganizationType0.from_dict(data)

        return organization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelOrganizationType0 | None, data)


def _parse_aliases(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        aliases_type_0 = cast(list[str], data)

        return aliases_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None, data)


def _parse_lifecycle(data: object) -> CatalogueModelLifecycleType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        lifecycle_type_0 = CatalogueModelLifecycleType0.from_dict(data)

        return lifecycle_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelLifecycleType0 | None, data)


def _parse_modalities(data: object) -> CatalogueModelModalitiesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = CatalogueModelModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelModalitiesType0 | None, data)


def _parse_limits(data: object) -> CatalogueModelLimits | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        limits_type_0 = CatalogueModelLimits.from_dict(data)

        return limits_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelLimits | None, data)


def _parse_capabilities(data: object) -> CatalogueModelCapabilitiesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        capabilities_type_0 = CatalogueModelCapabilitiesType0.from_dict(data)

        return capabilities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelCapabilitiesType0 | None, data)


def _parse_availability(data: object) -> CatalogueModelAvailabilityType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        availability_type_0 = CatalogueModelAvailabilityType0.from_dict(data)

        return availability_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelAvailabilityType0 | None, data)


def _parse_pricing(data: object) -> CatalogueModelPricingType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = CatalogueModelPricingType0.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelPricingType0 | None, data)


def _parse_offers(data: object) -> list[CatalogueModelOffersType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        offers_type_0 = []
        _offers_type_0 = data
        for offers_type_0_item_data in _offers_type_0:
            offers_type_0_item = CatalogueModelOffersType0Item.from_dict(offers_type_0_item_data)

            offers_type_0.append(offers_type_0_item)

        return offers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[CatalogueModelOffersType0Item] | None, data)


def _parse_variants(data: object) -> CatalogueModelVariantsType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        variants_type_0 = CatalogueModelVariantsType0.from_dict(data)

        return variants_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelVariantsType0 | None, data)


class CatalogueModelParams(TypedDict, total=False):
    """The JSON object `CatalogueModel.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    base_model_id: str | None
    variant: str | None
    name: str | None
    description: str | None
    organization: CatalogueModelOrganizationType0Params | None
    aliases: Sequence[str] | None
    lifecycle: CatalogueModelLifecycleType0Params | None
    modalities: CatalogueModelModalitiesType0Params | None
    limits: CatalogueModelLimitsParams | None
    capabilities: CatalogueModelCapabilitiesType0Params | None
    availability: CatalogueModelAvailabilityType0Params | None
    pricing: CatalogueModelPricingType0Params | None
    offers: Sequence[CatalogueModelOffersType0ItemParams] | None
    """ The provider offers of the model (open objects). """
    variants: CatalogueModelVariantsType0Params | None
    """ The model's variants, by name (an open object). """


from ..models.catalogue_model_availability_type_0 import (  # noqa: E402
    CatalogueModelAvailabilityType0,
    CatalogueModelAvailabilityType0Params,
)
from ..models.catalogue_model_capabilities_type_0 import (  # noqa: E402
    CatalogueModelCapabilitiesType0,
    CatalogueModelCapabilitiesType0Params,
)
from ..models.catalogue_model_lifecycle_type_0 import CatalogueModelLifecycleType0, CatalogueModelLifecycleType0Params  # noqa: E402
from ..models.catalogue_model_limits import CatalogueModelLimits, CatalogueModelLimitsParams  # noqa: E402
from ..models.catalogue_model_modalities_type_0 import (  # noqa: E402
    CatalogueModelModalitiesType0,
    CatalogueModelModalitiesType0Params,
)
from ..models.catalogue_model_offers_type_0_item import (  # noqa: E402
    CatalogueModelOffersType0Item,
    CatalogueModelOffersType0ItemParams,
)
from ..models.catalogue_model_organization_type_0 import (  # noqa: E402
    CatalogueModelOrganizationType0,
    CatalogueModelOrganizationType0Params,
)
from ..models.catalogue_model_pricing_type_0 import CatalogueModelPricingType0, CatalogueModelPricingType0Params  # noqa: E402
from ..models.catalogue_model_variants_type_0 import CatalogueModelVariantsType0, CatalogueModelVariantsType0Params  # noqa: E402

_object_new_ = object.__new__
