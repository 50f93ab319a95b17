from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingLine")


@_attrs_define
class PricingLine:
    """The price of one dimension (prompt tokens, cached tokens, requests, …)."""

    dimension: str | None = None
    """ What was priced, e.g. `input_text_tokens`. """
    quantity: float | None = None
    billable_units: float | None = None
    unit_size: float | None = None
    unit_price_usd: str | None = None
    line_cost_usd: str | None = None
    line_nanos: int | None = None
    billing_timestamp_ms: int | None = None
    billing_timestamp_iso: str | None = None
    billing_timestamp_basis: str | None = None
    billing_timestamp_basis_configured: str | None = None
    pricing_time_window: Any | None = None
    """ The time-of-day price window that applied, if any. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        dimension = self.dimension
        if dimension is not None:
            field_dict["dimension"] = dimension
        elif self._nulls_ & 1:
            field_dict["dimension"] = None
        quantity = self.quantity
        if quantity is not None:
            field_dict["quantity"] = quantity
        elif self._nulls_ & 2:
            field_dict["quantity"] = None
        billable_units = self.billable_units
        if billable_units is not None:
            field_dict["billable_units"] = billable_units
        elif self._nulls_ & 4:
            field_dict["billable_units"] = None
        unit_size = self.unit_size
        if unit_size is not None:
            field_dict["unit_size"] = unit_size
        elif self._nulls_ & 8:
            field_dict["unit_size"] = None
        unit_price_usd = self.unit_price_usd
        if unit_price_usd is not None:
            field_dict["unit_price_usd"] = unit_price_usd
        elif self._nulls_ & 16:
            field_dict["unit_price_usd"] = None
        line_cost_usd = self.line_cost_usd
        if line_cost_usd is not None:
            field_dict["line_cost_usd"] = line_cost_usd
        elif self._nulls_ & 32:
            field_dict["line_cost_usd"] = None
        line_nanos = self.line_nanos
        if line_nanos is not None:
            field_dict["line_nanos"] = line_nanos
        elif self._nulls_ & 64:
            field_dict["line_nanos"] = None
        billing_timestamp_ms = self.billing_timestamp_ms
        if billing_timestamp_ms is not None:
            field_dict["billing_timestamp_ms"] = billing_timestamp_ms
        elif self._nulls_ & 128:
            field_dict["billing_timestamp_ms"] = None
        billing_timestamp_iso = self.billing_timestamp_iso
        if billing_timestamp_iso is not None:
            field_dict["billing_timestamp_iso"] = billing_timestamp_iso
        elif self._nulls_ & 256:
            field_dict["billing_timestamp_iso"] = None
        billing_timestamp_basis = self.billing_timestamp_basis
        if billing_timestamp_basis is not None:
            field_dict["billing_timestamp_basis"] = billing_timestamp_basis
        elif self._nulls_ & 512:
            field_dict["billing_timestamp_basis"] = None
        billing_timestamp_basis_configured = self.billing_timestamp_basis_configured
        if billing_timestamp_basis_configured is not None:
            field_dict["billing_timestamp_basis_configured"] = billing_timestamp_basis_configured
        elif self._nulls_ & 1024:
            field_dict["billing_timestamp_basis_configured"] = None
        pricing_time_window = self.pricing_time_window
        if pricing_time_window is not None:
            field_dict["pricing_time_window"] = pricing_time_window
        elif self._nulls_ & 2048:
            field_dict["pricing_time_window"] = None

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
            dimension = d.pop("dimension", None)
            if dimension is None and "dimension" in src_dict:
                nulls_ |= 1
        else:
            dimension = None

        if d:
            quantity = d.pop("quantity", None)
            if quantity is None and "quantity" in src_dict:
                nulls_ |= 2
        else:
            quantity = None

        if d:
            billable_units = d.pop("billable_units", None)
            if billable_units is None and "billable_units" in src_dict:
                nulls_ |= 4
        else:
            billable_units = None

        if d:
            unit_size = d.pop("unit_size", None)
            if unit_size is None and "unit_size" in src_dict:
                nulls_ |= 8
        else:
            unit_size = None

        if d:
            unit_price_usd = d.pop("unit_price_usd", None)
            if unit_price_usd is None and "unit_price_usd" in src_dict:
                nulls_ |= 16
        else:
            unit_price_usd = None

        if d:
            line_cost_usd = d.pop("line_cost_usd", None)
            if line_cost_usd is None and "line_cost_usd" in src_dict:
                nulls_ |= 32
        else:
            line_cost_usd = None

        if d:
            line_nanos = d.pop("line_nanos", None)
            if line_nanos is None and "line_nanos" in src_dict:
                nulls_ |= 64
        else:
            line_nanos = None

        if d:
            billing_timestamp_ms = d.pop("billing_timestamp_ms", None)
            if billing_timestamp_ms is None and "billing_timestamp_ms" in src_dict:
                nulls_ |= 128
        else:
            billing_timestamp_ms = None

        if d:
            billing_timestamp_iso = d.pop("billing_timestamp_iso", None)
            if billing_timestamp_iso is None and "billing_timestamp_iso" in src_dict:
                nulls_ |= 256
        else:
            billing_timestamp_iso = None

        if d:
            billing_timestamp_basis = d.pop("billing_timestamp_basis", None)
            if billing_timestamp_basis is None and "billing_timestamp_basis" in src_dict:
                nulls_ |= 512
        else:
            billing_timestamp_basis = None

        if d:
            billing_timestamp_basis_configured = d.pop("billing_timestamp_basis_configured", None)
            if billing_timestamp_basis_configured is None and "billing_timestamp_basis_configured" in src_dict:
                nulls_ |= 1024
        else:
            billing_timestamp_basis_configured = None

        if d:
            pricing_time_window = d.pop("pricing_time_window", None)
            if pricing_time_window is None and "pricing_time_window" in src_dict:
                nulls_ |= 2048
        else:
            pricing_time_window = None

        if cls is PricingLine:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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
