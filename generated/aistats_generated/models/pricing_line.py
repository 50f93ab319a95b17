from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingLine")


@_attrs_define
class PricingLine:
    """The price of one dimension (prompt tokens, cached tokens, requests, …)."""

    dimension: str | Unset = UNSET
    """ What was priced, e.g. `input_text_tokens`. """
    quantity: float | Unset = UNSET
    billable_units: float | Unset = UNSET
    unit_size: float | Unset = UNSET
    unit_price_usd: str | Unset = UNSET
    line_cost_usd: str | Unset = UNSET
    line_nanos: int | Unset = UNSET
    billing_timestamp_ms: int | Unset = UNSET
    billing_timestamp_iso: str | Unset = UNSET
    billing_timestamp_basis: str | Unset = UNSET
    billing_timestamp_basis_configured: str | Unset = UNSET
    pricing_time_window: Any | Unset = UNSET
    """ The time-of-day price window that applied, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        quantity = self.quantity

        billable_units = self.billable_units

        unit_size = self.unit_size

        unit_price_usd = self.unit_price_usd

        line_cost_usd = self.line_cost_usd

        line_nanos = self.line_nanos

        billing_timestamp_ms = self.billing_timestamp_ms

        billing_timestamp_iso = self.billing_timestamp_iso

        billing_timestamp_basis = self.billing_timestamp_basis

        billing_timestamp_basis_configured = self.billing_timestamp_basis_configured

        pricing_time_window = self.pricing_time_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if billable_units is not UNSET:
            field_dict["billable_units"] = billable_units
        if unit_size is not UNSET:
            field_dict["unit_size"] = unit_size
        if unit_price_usd is not UNSET:
            field_dict["unit_price_usd"] = unit_price_usd
        if line_cost_usd is not UNSET:
            field_dict["line_cost_usd"] = line_cost_usd
        if line_nanos is not UNSET:
            field_dict["line_nanos"] = line_nanos
        if billing_timestamp_ms is not UNSET:
            field_dict["billing_timestamp_ms"] = billing_timestamp_ms
        if billing_timestamp_iso is not UNSET:
            field_dict["billing_timestamp_iso"] = billing_timestamp_iso
        if billing_timestamp_basis is not UNSET:
            field_dict["billing_timestamp_basis"] = billing_timestamp_basis
        if billing_timestamp_basis_configured is not UNSET:
            field_dict["billing_timestamp_basis_configured"] = billing_timestamp_basis_configured
        if pricing_time_window is not UNSET:
            field_dict["pricing_time_window"] = pricing_time_window

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        dimension = d.pop("dimension", UNSET) if d else UNSET

        quantity = d.pop("quantity", UNSET) if d else UNSET

        billable_units = d.pop("billable_units", UNSET) if d else UNSET

        unit_size = d.pop("unit_size", UNSET) if d else UNSET

        unit_price_usd = d.pop("unit_price_usd", UNSET) if d else UNSET

        line_cost_usd = d.pop("line_cost_usd", UNSET) if d else UNSET

        line_nanos = d.pop("line_nanos", UNSET) if d else UNSET

        billing_timestamp_ms = d.pop("billing_timestamp_ms", UNSET) if d else UNSET

        billing_timestamp_iso = d.pop("billing_timestamp_iso", UNSET) if d else UNSET

        billing_timestamp_basis = d.pop("billing_timestamp_basis", UNSET) if d else UNSET

        billing_timestamp_basis_configured = d.pop("billing_timestamp_basis_configured", UNSET) if d else UNSET

        pricing_time_window = d.pop("pricing_time_window", UNSET) if d else UNSET

        if cls is PricingLine:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.dimension = dimension
            new_instance_.quantity = quantity
            new_instance_.billable_units = billable_units
            new_instance_.unit_size = unit_size
            new_instance_.unit_price_usd = unit_price_usd
            new_instance_.line_cost_usd = line_cost_usd
            new_instance_.line_nanos = line_nanos
            new_instance_.billing_timestamp_ms = billing_timestamp_ms
            new_instance_.billing_timestamp_iso = billing_timestamp_iso
            new_instance_.billing_timestamp_basis = billing_timestamp_basis
            new_instance_.billing_timestamp_basis_configured = billing_timestamp_basis_configured
            new_instance_.pricing_time_window = pricing_time_window
            pricing_line = new_instance_
        else:
            pricing_line = cls(
                dimension=dimension,
                quantity=quantity,
                billable_units=billable_units,
                unit_size=unit_size,
                unit_price_usd=unit_price_usd,
                line_cost_usd=line_cost_usd,
                line_nanos=line_nanos,
                billing_timestamp_ms=billing_timestamp_ms,
                billing_timestamp_iso=billing_timestamp_iso,
                billing_timestamp_basis=billing_timestamp_basis,
                billing_timestamp_basis_configured=billing_timestamp_basis_configured,
                pricing_time_window=pricing_time_window,
            )

        pricing_line.additional_properties = d
        return pricing_line

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


class PricingLineParams(TypedDict, total=False):
    """The JSON object `PricingLine.from_dict` reads (keys as on the wire), for type checkers."""

    dimension: str
    """ What was priced, e.g. `input_text_tokens`. """
    quantity: float
    billable_units: float
    unit_size: float
    unit_price_usd: str
    line_cost_usd: str
    line_nanos: int
    billing_timestamp_ms: int
    billing_timestamp_iso: str
    billing_timestamp_basis: str
    billing_timestamp_basis_configured: str
    pricing_time_window: Any
    """ The time-of-day price window that applied, if any. """


_object_new_ = object.__new__
