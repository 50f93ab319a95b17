from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """Balances in nanos of USD."""

    remaining: int | None | Unset = UNSET
    balance_nanos: int | None | Unset = UNSET
    reserved_nanos: int | None | Unset = UNSET
    available_nanos: int | None | Unset = UNSET
    thirty_day_usage: int | None | Unset = UNSET
    thirty_day_requests: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        balance_nanos: int | None | Unset
        if isinstance(self.balance_nanos, Unset):
            balance_nanos = UNSET
        else:
            balance_nanos = self.balance_nanos

        reserved_nanos: int | None | Unset
        if isinstance(self.reserved_nanos, Unset):
            reserved_nanos = UNSET
        else:
            reserved_nanos = self.reserved_nanos

        available_nanos: int | None | Unset
        if isinstance(self.available_nanos, Unset):
            available_nanos = UNSET
        else:
            available_nanos = self.available_nanos

        thirty_day_usage: int | None | Unset
        if isinstance(self.thirty_day_usage, Unset):
            thirty_day_usage = UNSET
        else:
            thirty_day_usage = self.thirty_day_usage

        thirty_day_requests: int | None | Unset
        if isinstance(self.thirty_day_requests, Unset):
            thirty_day_requests = UNSET
        else:
            thirty_day_requests = self.thirty_day_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if balance_nanos is not UNSET:
            field_dict["balance_nanos"] = balance_nanos
        if reserved_nanos is not UNSET:
            field_dict["reserved_nanos"] = reserved_nanos
        if available_nanos is not UNSET:
            field_dict["available_nanos"] = available_nanos
        if thirty_day_usage is not UNSET:
            field_dict["thirty_day_usage"] = thirty_day_usage
        if thirty_day_requests is not UNSET:
            field_dict["thirty_day_requests"] = thirty_day_requests

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        remaining: int | None | Unset = d.pop("remaining", UNSET) if d else UNSET

        balance_nanos: int | None | Unset = d.pop("balance_nanos", UNSET) if d else UNSET

        reserved_nanos: int | None | Unset = d.pop("reserved_nanos", UNSET) if d else UNSET

        available_nanos: int | None | Unset = d.pop("available_nanos", UNSET) if d else UNSET

        thirty_day_usage: int | None | Unset = d.pop("thirty_day_usage", UNSET) if d else UNSET

        thirty_day_requests: int | None | Unset = d.pop("thirty_day_requests", UNSET) if d else UNSET

        if cls is CreditBalance:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.remaining = remaining
            new_instance_.balance_nanos = balance_nanos
            new_instance_.reserved_nanos = reserved_nanos
            new_instance_.available_nanos = available_nanos
            new_instance_.thirty_day_usage = thirty_day_usage
            new_instance_.thirty_day_requests = thirty_day_requests
            credit_balance = new_instance_
        else:
            credit_balance = cls(
                remaining=remaining,
                balance_nanos=balance_nanos,
                reserved_nanos=reserved_nanos,
                available_nanos=available_nanos,
                thirty_day_usage=thirty_day_usage,
                thirty_day_requests=thirty_day_requests,
            )

        credit_balance.additional_properties = d
        return credit_balance

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
