from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamOptions")


@_attrs_define
class StreamOptions:
    """Stream options, passed to the provider."""

    include_usage: bool | None = None
    """ Ask for a final usage frame (its `choices` is empty). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        include_usage = self.include_usage
        if include_usage is not None:
            field_dict["include_usage"] = include_usage
        elif self._nulls_ & 1:
            field_dict["include_usage"] = None

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
            include_usage = d.pop("include_usage", None)
            if include_usage is None and "include_usage" in src_dict:
                nulls_ |= 1
        else:
            include_usage = None

        if cls is StreamOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.include_usage = include_usage
        else:
            new_instance_ = cls(
                include_usage=include_usage,
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


class StreamOptionsParams(TypedDict, total=False):
    """The JSON object `StreamOptions.from_dict` reads (keys as on the wire), for type checkers."""

    include_usage: bool
    """ Ask for a final usage frame (its `choices` is empty). """


_object_new_ = object.__new__
