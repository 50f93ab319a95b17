from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallDeltaFunction")


@_attrs_define
class ToolCallDeltaFunction:
    """The function part of a tool-call delta."""

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name", UNSET) if d else UNSET

        arguments = d.pop("arguments", UNSET) if d else UNSET

        if cls is ToolCallDeltaFunction:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.arguments = arguments
            tool_call_delta_function = new_instance_
        else:
            tool_call_delta_function = cls(
                name=name,
                arguments=arguments,
            )

        tool_call_delta_function.additional_properties = d
        return tool_call_delta_function

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


class ToolCallDeltaFunctionParams(TypedDict, total=False):
    """The JSON object `ToolCallDeltaFunction.from_dict` reads (keys as on the wire), for type checkers."""

    name: str
    arguments: str


_object_new_ = object.__new__
