from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingModel")


@_attrs_define
class PricingModel:
    """The price meters of one model on one provider and endpoint."""

    provider: str | None = None
    model: str | None = None
    endpoint: None | str = None
    display_name: None | str = None
    meters: list[PricingMeter] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 1:
            field_dict["provider"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 2:
            field_dict["model"] = None
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 4:
            field_dict["endpoint"] = None
        display_name = self.display_name
        if display_name is not None:
            field_dict["display_name"] = display_name
        elif self._nulls_ & 8:
            field_dict["display_name"] = None
        meters = self.meters
        if meters is not None:
            meters_json: list[dict[str, Any]] = []
            for meters_item in meters:
                meters_json.append(meters_item.to_dict())
            field_dict["meters"] = meters_json
        elif self._nulls_ & 16:
            field_dict["meters"] = None

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
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 1
        else:
            provider = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 2
        else:
            model = None

        if d:
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 4
        else:
            endpoint = None

        if d:
            display_name = d.pop("display_name", None)
            if display_name is None and "display_name" in src_dict:
                nulls_ |= 8
        else:
            display_name = None

        meters: list[PricingMeter] | None = None
        if d:
            _meters = d.pop("meters", None)
            if _meters is None:
                if "meters" in src_dict:
                    nulls_ |= 16
            else:
                meters = []
                for meters_item_data in _meters:
                    meters.append(_from_dict_PricingMeter(meters_item_data))

        if cls is PricingModel:
            new_instance_ = _object_new_(cls)
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.endpoint = endpoint
            new_instance_.display_name = display_name
            new_instance_.meters = meters
        else:
            new_instance_ = cls(
                provider=provider,
                model=model,
                endpoint=endpoint,
                display_name=display_name,
                meters=meters,
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
