from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomToolDefinition")


@_attrs_define
class CustomToolDefinition:
    """A custom tool's name, purpose and input format."""

    name: str
    description: str | None = None
    format: CustomToolDefinitionFormat | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def format_(self) -> CustomToolDefinitionFormat | None:
        """Deprecated spelling of ``format`` (removed in 0.4)."""
        _warnings.warn("`CustomToolDefinition.format_` is deprecated, use `.format`", DeprecationWarning, stacklevel=2)
        return self.format

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 1:
            field_dict["description"] = None
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_.to_dict()
        elif self._nulls_ & 2:
            field_dict["format"] = None

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
        name = d.pop("name")

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 1
        else:
            description = None

        format_: CustomToolDefinitionFormat | None = None
        if d:
            _format_ = d.pop("format", None)
            if _format_ is None:
                if "format" in src_dict:
                    nulls_ |= 2
            else:
                format_ = _from_dict_CustomToolDefinitionFormat(_format_)

        if cls is CustomToolDefinition:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.format = format_
        else:
            new_instance_ = cls(
                name=name,
                description=description,
                format=format_,
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


class CustomToolDefinitionParams(TypedDict, total=False):
    """The JSON object `CustomToolDefinition.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    description: str
    format: CustomToolDefinitionFormatParams


from ..models.custom_tool_definition_format import CustomToolDefinitionFormat, CustomToolDefinitionFormatParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_CustomToolDefinitionFormat = CustomToolDefinitionFormat.from_dict
