from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingQuote")


@_attrs_define
class PricingQuote:
    """A cost, line by line."""

    cost_usd: float | Unset = UNSET
    cost_usd_str: None | str | Unset = UNSET
    cost_cents: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    lines: list[PricingQuoteLinesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_usd = self.cost_usd

        cost_usd_str: None | str | Unset
        if isinstance(self.cost_usd_str, Unset):
            cost_usd_str = UNSET
        else:
            cost_usd_str = self.cost_usd_str

        cost_cents: float | None | Unset
        if isinstance(self.cost_cents, Unset):
            cost_cents = UNSET
        else:
            cost_cents = self.cost_cents

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
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
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if cost_usd_str is not UNSET:
            field_dict["cost_usd_str"] = cost_usd_str
        if cost_cents is not UNSET:
            field_dict["cost_cents"] = cost_cents
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
        cost_usd = d.pop("cost_usd", UNSET) if d else UNSET

        cost_usd_str: None | str | Unset = d.pop("cost_usd_str", UNSET) if d else UNSET

        cost_cents: float | None | Unset = d.pop("cost_cents", UNSET) if d else UNSET

        currency: None | str | Unset = d.pop("currency", UNSET) if d else UNSET

        _lines = d.pop("lines", UNSET) if d else UNSET
        lines: list[PricingQuoteLinesItem] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines.append(_from_dict_PricingQuoteLinesItem(lines_item_data))

        if cls is PricingQuote:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.cost_usd = cost_usd
            new_instance_.cost_usd_str = cost_usd_str
            new_instance_.cost_cents = cost_cents
            new_instance_.currency = currency
            new_instance_.lines = lines
            pricing_quote = new_instance_
        else:
            pricing_quote = cls(
                cost_usd=cost_usd,
                cost_usd_str=cost_usd_str,
                cost_cents=cost_cents,
                currency=currency,
                lines=lines,
            )

        pricing_quote.additional_properties = d
        return pricing_quote

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
