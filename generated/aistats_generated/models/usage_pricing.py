from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsagePricing")


@_attrs_define
class UsagePricing:
    """The request's price."""

    total_nanos: int | Unset = UNSET
    """ In billionths of the currency unit. """
    total_usd_str: str | Unset = UNSET
    """ In US dollars, as an exact decimal string. """
    total_cents: float | Unset = UNSET
    currency: str | Unset = UNSET
    lines: list[PricingLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_nanos = self.total_nanos

        total_usd_str = self.total_usd_str

        total_cents = self.total_cents

        currency = self.currency

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_nanos is not UNSET:
            field_dict["total_nanos"] = total_nanos
        if total_usd_str is not UNSET:
            field_dict["total_usd_str"] = total_usd_str
        if total_cents is not UNSET:
            field_dict["total_cents"] = total_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        total_nanos = d.pop("total_nanos", UNSET) if d else UNSET

        total_usd_str = d.pop("total_usd_str", UNSET) if d else UNSET

        total_cents = d.pop("total_cents", UNSET) if d else UNSET

        currency = d.pop("currency", UNSET) if d else UNSET

        _lines = d.pop("lines", UNSET) if d else UNSET
        lines: list[PricingLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines.append(_from_dict_PricingLine(lines_item_data))

        if cls is UsagePricing:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.total_nanos = total_nanos
            new_instance_.total_usd_str = total_usd_str
            new_instance_.total_cents = total_cents
            new_instance_.currency = currency
            new_instance_.lines = lines
            usage_pricing = new_instance_
        else:
            usage_pricing = cls(
                total_nanos=total_nanos,
                total_usd_str=total_usd_str,
                total_cents=total_cents,
                currency=currency,
                lines=lines,
            )

        usage_pricing.additional_properties = d
        return usage_pricing

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


class UsagePricingParams(TypedDict, total=False):
    """The JSON object `UsagePricing.from_dict` reads (keys as on the wire), for type checkers."""

    total_nanos: int
    """ In billionths of the currency unit. """
    total_usd_str: str
    """ In US dollars, as an exact decimal string. """
    total_cents: float
    currency: str
    lines: Sequence[PricingLineParams]


from ..models.pricing_line import PricingLine, PricingLineParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PricingLine = PricingLine.from_dict
