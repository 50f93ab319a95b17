from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """Balances in nanos of USD."""

    remaining: int | None = None
    balance_nanos: int | None = None
    reserved_nanos: int | None = None
    available_nanos: int | None = None
    thirty_day_usage: int | None = None
    thirty_day_requests: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        remaining = self.remaining
        if remaining is not None:
            field_dict["remaining"] = remaining
        elif self._nulls_ & 1:
            field_dict["remaining"] = None
        balance_nanos = self.balance_nanos
        if balance_nanos is not None:
            field_dict["balance_nanos"] = balance_nanos
        elif self._nulls_ & 2:
            field_dict["balance_nanos"] = None
        reserved_nanos = self.reserved_nanos
        if reserved_nanos is not None:
            field_dict["reserved_nanos"] = reserved_nanos
        elif self._nulls_ & 4:
            field_dict["reserved_nanos"] = None
        available_nanos = self.available_nanos
        if available_nanos is not None:
            field_dict["available_nanos"] = available_nanos
        elif self._nulls_ & 8:
            field_dict["available_nanos"] = None
        thirty_day_usage = self.thirty_day_usage
        if thirty_day_usage is not None:
            field_dict["thirty_day_usage"] = thirty_day_usage
        elif self._nulls_ & 16:
            field_dict["thirty_day_usage"] = None
        thirty_day_requests = self.thirty_day_requests
        if thirty_day_requests is not None:
            field_dict["thirty_day_requests"] = thirty_day_requests
        elif self._nulls_ & 32:
            field_dict["thirty_day_requests"] = None

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
            remaining = d.pop("remaining", None)
            if remaining is None and "remaining" in src_dict:
                nulls_ |= 1
        else:
            remaining = None

        if d:
            balance_nanos = d.pop("balance_nanos", None)
            if balance_nanos is None and "balance_nanos" in src_dict:
                nulls_ |= 2
        else:
            balance_nanos = None

        if d:
            reserved_nanos = d.pop("reserved_nanos", None)
            if reserved_nanos is None and "reserved_nanos" in src_dict:
                nulls_ |= 4
        else:
            reserved_nanos = None

        if d:
            available_nanos = d.pop("available_nanos", None)
            if available_nanos is None and "available_nanos" in src_dict:
                nulls_ |= 8
        else:
            available_nanos = None

        if d:
            thirty_day_usage = d.pop("thirty_day_usage", None)
            if thirty_day_usage is None and "thirty_day_usage" in src_dict:
                nulls_ |= 16
        else:
            thirty_day_usage = None

        if d:
            thirty_day_requests = d.pop("thirty_day_requests", None)
            if thirty_day_requests is None and "thirty_day_requests" in src_dict:
                nulls_ |= 32
        else:
            thirty_day_requests = None

        if cls is CreditBalance:
            new_instance_ = _object_new_(cls)
            new_instance_.remaining = remaining
            new_instance_.balance_nanos = balance_nanos
            new_instance_.reserved_nanos = reserved_nanos
            new_instance_.available_nanos = available_nanos
            new_instance_.thirty_day_usage = thirty_day_usage
            new_instance_.thirty_day_requests = thirty_day_requests
        else:
            new_instance_ = cls(
                remaining=remaining,
                balance_nanos=balance_nanos,
                reserved_nanos=reserved_nanos,
                available_nanos=available_nanos,
                thirty_day_usage=thirty_day_usage,
                thirty_day_requests=thirty_day_requests,
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


class CreditBalanceParams(TypedDict, total=False):
    """The JSON object `CreditBalance.from_dict` reads (keys as on the wire), for type checkers."""

    remaining: int | None
    balance_nanos: int | None
    reserved_nanos: int | None
    available_nanos: int | None
    thirty_day_usage: int | None
    thirty_day_requests: int | None


_object_new_ = object.__new__
