from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayRoutingInfo")


@_attrs_define
class GatewayRoutingInfo:
    """How the provider was chosen."""

    selected_provider: str | Unset = UNSET
    param_provider_count_before: int | Unset = UNSET
    param_provider_count_after: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_provider = self.selected_provider

        param_provider_count_before = self.param_provider_count_before

        param_provider_count_after = self.param_provider_count_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_provider is not UNSET:
            field_dict["selected_provider"] = selected_provider
        if param_provider_count_before is not UNSET:
            field_dict["param_provider_count_before"] = param_provider_count_before
        if param_provider_count_after is not UNSET:
            field_dict["param_provider_count_after"] = param_provider_count_after

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        selected_provider = d.pop("selected_provider", UNSET) if d else UNSET

        param_provider_count_before = d.pop("param_provider_count_before", UNSET) if d else UNSET

        param_provider_count_after = d.pop("param_provider_count_after", UNSET) if d else UNSET

        if cls is GatewayRoutingInfo:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.selected_provider = selected_provider
            new_instance_.param_provider_count_before = param_provider_count_before
            new_instance_.param_provider_count_after = param_provider_count_after
            gateway_routing_info = new_instance_
        else:
            gateway_routing_info = cls(
                selected_provider=selected_provider,
                param_provider_count_before=param_provider_count_before,
                param_provider_count_after=param_provider_count_after,
            )

        gateway_routing_info.additional_properties = d
        return gateway_routing_info

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
