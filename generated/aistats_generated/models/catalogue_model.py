from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueModel")


@_attrs_define
class CatalogueModel:
    """A model of the catalogue. Every field is optional: a reply that leaves one out still parses."""

    id: str | Unset = UNSET
    base_model_id: None | str | Unset = UNSET
    variant: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    organization: CatalogueModelOrganizationType0 | None | Unset = UNSET
    aliases: list[str] | None | Unset = UNSET
    lifecycle: CatalogueModelLifecycleType0 | None | Unset = UNSET
    modalities: CatalogueModelModalitiesType0 | None | Unset = UNSET
    limits: CatalogueModelLimits | None | Unset = UNSET
    capabilities: CatalogueModelCapabilitiesType0 | None | Unset = UNSET
    availability: CatalogueModelAvailabilityType0 | None | Unset = UNSET
    pricing: CatalogueModelPricingType0 | None | Unset = UNSET
    offers: list[CatalogueModelOffersType0Item] | None | Unset = UNSET
    """ The provider offers of the model (open objects). """
    variants: CatalogueModelVariantsType0 | None | Unset = UNSET
    """ The model's variants, by name (an open object). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        base_model_id: None | str | Unset
        if isinstance(self.base_model_id, Unset):
            base_model_id = UNSET
        else:
            base_model_id = self.base_model_id

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, CatalogueModelOrganizationType0):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        lifecycle: dict[str, Any] | None | Unset
        if isinstance(self.lifecycle, Unset):
            lifecycle = UNSET
        elif isinstance(self.lifecycle, CatalogueModelLifecycleType0):
            lifecycle = self.lifecycle.to_dict()
        else:
            lifecycle = self.lifecycle

        modalities: dict[str, Any] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, CatalogueModelModalitiesType0):
            modalities = self.modalities.to_dict()
        else:
            modalities = self.modalities

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, CatalogueModelLimits):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, CatalogueModelCapabilitiesType0):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        availability: dict[str, Any] | None | Unset
        if isinstance(self.availability, Unset):
            availability = UNSET
        elif isinstance(self.availability, CatalogueModelAvailabilityType0):
            availability = self.availability.to_dict()
        else:
            availability = self.availability

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, CatalogueModelPricingType0):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        offers: list[dict[str, Any]] | None | Unset
        if isinstance(self.offers, Unset):
            offers = UNSET
        elif isinstance(self.offers, list):
            offers = []
            for offers_type_0_item_data in self.offers:
                offers_type_0_item = offers_type_0_item_data.to_dict()
                offers.append(offers_type_0_item)

        else:
            offers = self.offers

        variants: dict[str, Any] | None | Unset
        if isinstance(self.variants, Unset):
            variants = UNSET
        elif isinstance(self.variants, CatalogueModelVariantsType0):
            variants = self.variants.to_dict()
        else:
            variants = self.variants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if base_model_id is not UNSET:
            field_dict["base_model_id"] = base_model_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if organization is not UNSET:
            field_dict["organization"] = organization
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if limits is not UNSET:
            field_dict["limits"] = limits
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if availability is not UNSET:
            field_dict["availability"] = availability
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if offers is not UNSET:
            field_dict["offers"] = offers
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        base_model_id: None | str | Unset = d.pop("base_model_id", UNSET) if d else UNSET

        variant: None | str | Unset = d.pop("variant", UNSET) if d else UNSET

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        _organization = d.pop("organization", UNSET) if d else UNSET
        organization = (
            _organization if _organization is None or _organization is UNSET else _parse_organization(_organization)
        )

        _aliases = d.pop("aliases", UNSET) if d else UNSET
        aliases = _aliases if _aliases is None or _aliases is UNSET else _parse_aliases(_aliases)

        _lifecycle = d.pop("lifecycle", UNSET) if d else UNSET
        lifecycle = _lifecycle if _lifecycle is None or _lifecycle is UNSET else _parse_lifecycle(_lifecycle)

        _modalities = d.pop("modalities", UNSET) if d else UNSET
        modalities = _modalities if _modalities is None or _modalities is UNSET else _parse_modalities(_modalities)

        _limits = d.pop("limits", UNSET) if d else UNSET
        limits = _limits if _limits is None or _limits is UNSET else _parse_limits(_limits)

        _capabilities = d.pop("capabilities", UNSET) if d else UNSET
        capabilities = (
            _capabilities if _capabilities is None or _capabilities is UNSET else _parse_capabilities(_capabilities)
        )

        _availability = d.pop("availability", UNSET) if d else UNSET
        availability = (
            _availability if _availability is None or _availability is UNSET else _parse_availability(_availability)
        )

        _pricing = d.pop("pricing", UNSET) if d else UNSET
        pricing = _pricing if _pricing is None or _pricing is UNSET else _parse_pricing(_pricing)

        _offers = d.pop("offers", UNSET) if d else UNSET
        offers = _offers if _offers is None or _offers is UNSET else _parse_offers(_offers)

        _variants = d.pop("variants", UNSET) if d else UNSET
        variants = _variants if _variants is None or _variants is UNSET else _parse_variants(_variants)

        if cls is CatalogueModel:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
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
            catalogue_model = new_instance_
        else:
            catalogue_model = cls(
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

        catalogue_model.additional_properties = d
        return catalogue_model

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


def _parse_organization(data: object) -> CatalogueModelOrganizationType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        organization_type_0 = CatalogueModelOrganizationType0.from_dict(data)

        return organization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelOrganizationType0 | None | Unset, data)


def _parse_aliases(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        aliases_type_0 = cast(list[str], data)

        return aliases_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_lifecycle(data: object) -> CatalogueModelLifecycleType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        lifecycle_type_0 = CatalogueModelLifecycleType0.from_dict(data)

        return lifecycle_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelLifecycleType0 | None | Unset, data)


def _parse_modalities(data: object) -> CatalogueModelModalitiesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = CatalogueModelModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelModalitiesType0 | None | Unset, data)


def _parse_limits(data: object) -> CatalogueModelLimits | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        limits_type_0 = CatalogueModelLimits.from_dict(data)

        return limits_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelLimits | None | Unset, data)


def _parse_capabilities(data: object) -> CatalogueModelCapabilitiesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        capabilities_type_0 = CatalogueModelCapabilitiesType0.from_dict(data)

        return capabilities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelCapabilitiesType0 | None | Unset, data)


def _parse_availability(data: object) -> CatalogueModelAvailabilityType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        availability_type_0 = CatalogueModelAvailabilityType0.from_dict(data)

        return availability_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelAvailabilityType0 | None | Unset, data)


def _parse_pricing(data: object) -> CatalogueModelPricingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = CatalogueModelPricingType0.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelPricingType0 | None | Unset, data)


def _parse_offers(data: object) -> list[CatalogueModelOffersType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
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
    return cast(list[CatalogueModelOffersType0Item] | None | Unset, data)


def _parse_variants(data: object) -> CatalogueModelVariantsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        variants_type_0 = CatalogueModelVariantsType0.from_dict(data)

        return variants_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CatalogueModelVariantsType0 | None | Unset, data)


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
