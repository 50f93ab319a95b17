from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheControl")


@_attrs_define
class CacheControl:
    """Prompt-cache marker, e.g. `{"type": "ephemeral", "ttl": "1h"}`."""

    type_: str | Unset = UNSET
    ttl: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ttl = self.ttl

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        ttl = d.pop("ttl", UNSET) if d else UNSET

        scope = d.pop("scope", UNSET) if d else UNSET

        if cls is CacheControl:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.ttl = ttl
            new_instance_.scope = scope
            cache_control = new_instance_
        else:
            cache_control = cls(
                type_=type_,
                ttl=ttl,
                scope=scope,
            )

        cache_control.additional_properties = d
        return cache_control

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


class CacheControlParams(TypedDict, total=False):
    """The JSON object `CacheControl.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    ttl: str
    scope: str


_object_new_ = object.__new__
