from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingModel")


@_attrs_define
class PricingModel:
    """The price meters of one model on one provider and endpoint."""

    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    meters: list[PricingMeter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        model = self.model

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        meters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meters, Unset):
            meters = []
            for meters_item_data in self.meters:
                meters_item = meters_item_data.to_dict()
                meters.append(meters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if meters is not UNSET:
            field_dict["meters"] = meters

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        provider = d.pop("provider", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        endpoint: None | str | Unset = d.pop("endpoint", UNSET) if d else UNSET

        display_name: None | str | Unset = d.pop("display_name", UNSET) if d else UNSET

        _meters = d.pop("meters", UNSET) if d else UNSET
        meters: list[PricingMeter] | Unset = UNSET
        if _meters is not UNSET:
            meters = []
            for meters_item_data in _meters:
                meters.append(_from_dict_PricingMeter(meters_item_data))

        if cls is PricingModel:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.endpoint = endpoint
            new_instance_.display_name = display_name
            new_instance_.meters = meters
            pricing_model = new_instance_
        else:
            pricing_model = cls(
                provider=provider,
                model=model,
                endpoint=endpoint,
                display_name=display_name,
                meters=meters,
            )

        pricing_model.additional_properties = d
        return pricing_model

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


class PricingModelParams(TypedDict, total=False):
    """The JSON object `PricingModel.from_dict` reads (keys as on the wire), for type checkers."""

    provider: str
    model: str
    endpoint: str | None
    display_name: str | None
    meters: Sequence[PricingMeterParams]


from ..models.pricing_meter import PricingMeter, PricingMeterParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PricingMeter = PricingMeter.from_dict
