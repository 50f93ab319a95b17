from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingMeter")


@_attrs_define
class PricingMeter:
    """One price meter."""

    meter: str | Unset = UNSET
    unit: None | str | Unset = UNSET
    unit_size: float | None | Unset = UNSET
    price_per_unit: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter = self.meter

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        unit_size: float | None | Unset
        if isinstance(self.unit_size, Unset):
            unit_size = UNSET
        else:
            unit_size = self.unit_size

        price_per_unit: None | str | Unset
        if isinstance(self.price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = self.price_per_unit

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter is not UNSET:
            field_dict["meter"] = meter
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_size is not UNSET:
            field_dict["unit_size"] = unit_size
        if price_per_unit is not UNSET:
            field_dict["price_per_unit"] = price_per_unit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        meter = d.pop("meter", UNSET) if d else UNSET

        unit: None | str | Unset = d.pop("unit", UNSET) if d else UNSET

        unit_size: float | None | Unset = d.pop("unit_size", UNSET) if d else UNSET

        price_per_unit: None | str | Unset = d.pop("price_per_unit", UNSET) if d else UNSET

        currency: None | str | Unset = d.pop("currency", UNSET) if d else UNSET

        if cls is PricingMeter:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.meter = meter
            new_instance_.unit = unit
            new_instance_.unit_size = unit_size
            new_instance_.price_per_unit = price_per_unit
            new_instance_.currency = currency
            pricing_meter = new_instance_
        else:
            pricing_meter = cls(
                meter=meter,
                unit=unit,
                unit_size=unit_size,
                price_per_unit=price_per_unit,
                currency=currency,
            )

        pricing_meter.additional_properties = d
        return pricing_meter

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


class PricingMeterParams(TypedDict, total=False):
    """The JSON object `PricingMeter.from_dict` reads (keys as on the wire), for type checkers."""

    meter: str
    unit: str | None
    unit_size: float | None
    price_per_unit: str | None
    currency: str | None


_object_new_ = object.__new__
