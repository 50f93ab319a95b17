from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingQuote")


@_attrs_define
class PricingQuote:
    """A cost, line by line."""

    cost_usd: float | None = None
    cost_usd_str: None | str = None
    cost_cents: float | None = None
    currency: None | str = None
    lines: list[PricingQuoteLinesItem] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cost_usd = self.cost_usd
        if cost_usd is not None:
            field_dict["cost_usd"] = cost_usd
        elif self._nulls_ & 1:
            field_dict["cost_usd"] = None
        cost_usd_str = self.cost_usd_str
        if cost_usd_str is not None:
            field_dict["cost_usd_str"] = cost_usd_str
        elif self._nulls_ & 2:
            field_dict["cost_usd_str"] = None
        cost_cents = self.cost_cents
        if cost_cents is not None:
            field_dict["cost_cents"] = cost_cents
        elif self._nulls_ & 4:
            field_dict["cost_cents"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 8:
            field_dict["currency"] = None
        lines = self.lines
        if lines is not None:
            lines_json: list[dict[str, Any]] = []
            for lines_item in lines:
                lines_json.append(lines_item.to_dict())
            field_dict["lines"] = lines_json
        elif self._nulls_ & 16:
            field_dict["lines"] = None

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
            cost_usd = d.pop("cost_usd", None)
            if cost_usd is None and "cost_usd" in src_dict:
                nulls_ |= 1
        else:
            cost_usd = None

        if d:
            cost_usd_str = d.pop("cost_usd_str", None)
            if cost_usd_str is None and "cost_usd_str" in src_dict:
                nulls_ |= 2
        else:
            cost_usd_str = None

        if d:
            cost_cents = d.pop("cost_cents", None)
            if cost_cents is None and "cost_cents" in src_dict:
                nulls_ |= 4
        else:
            cost_cents = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 8
        else:
            currency = None

        lines: list[PricingQuoteLinesItem] | None = None
        if d:
            _lines = d.pop("lines", None)
            if _lines is None:
                if "lines" in src_dict:
                    nulls_ |= 16
            else:
                lines = []
                for lines_item_data in _lines:
                    lines.append(_from_dict_PricingQuoteLinesItem(lines_item_data))

        if cls is PricingQuote:
            new_instance_ = _object_new_(cls)
            new_instance_.cost_usd = cost_usd
            new_instance_.cost_usd_str = cost_usd_str
            new_instance_.cost_cents = cost_cents
            new_instance_.currency = currency
            new_instance_.lines = lines
        else:
            new_instance_ = cls(
                cost_usd=cost_usd,
                cost_usd_str=cost_usd_str,
                cost_cents=cost_cents,
                currency=currency,
                lines=lines,
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


class PricingQuoteParams(TypedDict, total=False):
    """The JSON object `PricingQuote.from_dict` reads (keys as on the wire), for type checkers."""

    cost_usd: float
    cost_usd_str: str | None
    cost_cents: float | None
    currency: str | None
    lines: Sequence[PricingQuoteLinesItemParams]


from ..models.pricing_quote_lines_item import PricingQuoteLinesItem, PricingQuoteLinesItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PricingQuoteLinesItem = PricingQuoteLinesItem.from_dict
