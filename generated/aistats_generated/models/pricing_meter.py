from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingMeter")


@_attrs_define
class PricingMeter:
    """One price meter."""

    meter: str | None = None
    unit: None | str = None
    unit_size: float | None = None
    price_per_unit: None | str = None
    currency: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        meter = self.meter
        if meter is not None:
            field_dict["meter"] = meter
        elif self._nulls_ & 1:
            field_dict["meter"] = None
        unit = self.unit
        if unit is not None:
            field_dict["unit"] = unit
        elif self._nulls_ & 2:
            field_dict["unit"] = None
        unit_size = self.unit_size
        if unit_size is not None:
            field_dict["unit_size"] = unit_size
        elif self._nulls_ & 4:
            field_dict["unit_size"] = None
        price_per_unit = self.price_per_unit
        if price_per_unit is not None:
            field_dict["price_per_unit"] = price_per_unit
        elif self._nulls_ & 8:
            field_dict["price_per_unit"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 16:
            field_dict["currency"] = None

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
            meter = d.pop("meter", None)
            if meter is None and "meter" in src_dict:
                nulls_ |= 1
        else:
            meter = None

        if d:
            unit = d.pop("unit", None)
            if unit is None and "unit" in src_dict:
                nulls_ |= 2
        else:
            unit = None

        if d:
            unit_size = d.pop("unit_size", None)
            if unit_size is None and "unit_size" in src_dict:
                nulls_ |= 4
        else:
            unit_size = None

        if d:
            price_per_unit = d.pop("price_per_unit", None)
            if price_per_unit is None and "price_per_unit" in src_dict:
                nulls_ |= 8
        else:
            price_per_unit = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 16
        else:
            currency = None

        if cls is PricingMeter:
            new_instance_ = _object_new_(cls)
            new_instance_.meter = meter
            new_instance_.unit = unit
            new_instance_.unit_size = unit_size
            new_instance_.price_per_unit = price_per_unit
            new_instance_.currency = currency
        else:
            new_instance_ = cls(
                meter=meter,
                unit=unit,
                unit_size=unit_size,
                price_per_unit=price_per_unit,
                currency=currency,
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


class PricingMeterParams(TypedDict, total=False):
    """The JSON object `PricingMeter.from_dict` reads (keys as on the wire), for type checkers."""

    meter: str
    unit: str | None
    unit_size: float | None
    price_per_unit: str | None
    currency: str | None


_object_new_ = object.__new__
