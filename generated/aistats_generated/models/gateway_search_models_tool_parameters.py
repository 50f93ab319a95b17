from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewaySearchModelsToolParameters")


@_attrs_define
class GatewaySearchModelsToolParameters:
    """Result limit."""

    max_results: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        max_results = self.max_results
        if max_results is not None:
            field_dict["max_results"] = max_results
        elif self._nulls_ & 1:
            field_dict["max_results"] = None

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
            max_results = d.pop("max_results", None)
            if max_results is None and "max_results" in src_dict:
                nulls_ |= 1
        else:
            max_results = None

        if cls is GatewaySearchModelsToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.max_results = max_results
        else:
            new_instance_ = cls(
                max_results=max_results,
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


class GatewaySearchModelsToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewaySearchModelsToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    max_results: int


_object_new_ = object.__new__
