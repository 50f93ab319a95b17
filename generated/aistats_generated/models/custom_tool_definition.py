from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolDefinition")


@_attrs_define
class CustomToolDefinition:
    """A custom tool's name, purpose and input format."""

    name: str
    description: str | Unset = UNSET
    format_: CustomToolDefinitionFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET) if d else UNSET

        _format_: Any = d.pop("format", UNSET) if d else UNSET
        format_: CustomToolDefinitionFormat | Unset = (
            UNSET if _format_ is UNSET else _from_dict_CustomToolDefinitionFormat(_format_)
        )

        if cls is CustomToolDefinition:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.format_ = format_
            custom_tool_definition = new_instance_
        else:
            custom_tool_definition = cls(
                name=name,
                description=description,
                format_=format_,
            )

        custom_tool_definition.additional_properties = d
        return custom_tool_definition

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


class CustomToolDefinitionParams(TypedDict, total=False):
    """The JSON object `CustomToolDefinition.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    description: str
    format: CustomToolDefinitionFormatParams


from ..models.custom_tool_definition_format import CustomToolDefinitionFormat, CustomToolDefinitionFormatParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_CustomToolDefinitionFormat = CustomToolDefinitionFormat.from_dict
