from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayRoutingInfo")


@_attrs_define
class GatewayRoutingInfo:
    """How the provider was chosen."""

    selected_provider: str | None = None
    param_provider_count_before: int | None = None
    param_provider_count_after: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        selected_provider = self.selected_provider
        if selected_provider is not None:
            field_dict["selected_provider"] = selected_provider
        elif self._nulls_ & 1:
            field_dict["selected_provider"] = None
        param_provider_count_before = self.param_provider_count_before
        if param_provider_count_before is not None:
            field_dict["param_provider_count_before"] = param_provider_count_before
        elif self._nulls_ & 2:
            field_dict["param_provider_count_before"] = None
        param_provider_count_after = self.param_provider_count_after
        if param_provider_count_after is not None:
            field_dict["param_provider_count_after"] = param_provider_count_after
        elif self._nulls_ & 4:
            field_dict["param_provider_count_after"] = None

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
            selected_provider = d.pop("selected_provider", None)
            if selected_provider is None and "selected_provider" in src_dict:
                nulls_ |= 1
        else:
            selected_provider = None

        if d:
            param_provider_count_before = d.pop("param_provider_count_before", None)
            if param_provider_count_before is None and "param_provider_count_before" in src_dict:
                nulls_ |= 2
        else:
            param_provider_count_before = None

        if d:
            param_provider_count_after = d.pop("param_provider_count_after", None)
            if param_provider_count_after is None and "param_provider_count_after" in src_dict:
                nulls_ |= 4
        else:
            param_provider_count_after = None

        if cls is GatewayRoutingInfo:
            new_instance_ = _object_new_(cls)
            new_instance_.selected_provider = selected_provider
            new_instance_.param_provider_count_before = param_provider_count_before
            new_instance_.param_provider_count_after = param_provider_count_after
        else:
            new_instance_ = cls(
                selected_provider=selected_provider,
                param_provider_count_before=param_provider_count_before,
                param_provider_count_after=param_provider_count_after,
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


class GatewayRoutingInfoParams(TypedDict, total=False):
    """The JSON object `GatewayRoutingInfo.from_dict` reads (keys as on the wire), for type checkers."""

    selected_provider: str
    param_provider_count_before: int
    param_provider_count_after: int


_object_new_ = object.__new__
