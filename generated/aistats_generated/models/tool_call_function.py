from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolCallFunction")


@_attrs_define
class ToolCallFunction:
    """The function a tool call invokes."""

    name: str
    arguments: str
    """ The arguments as a JSON text. """
    description: str | None = None
    """ The function's description, when echoed with the call. """
    parameters: ToolCallFunctionParameters | None = None
    """ The function's parameters schema, when echoed with the call. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 1:
            field_dict["description"] = None
        parameters = self.parameters
        if parameters is not None:
            field_dict["parameters"] = parameters.to_dict()
        elif self._nulls_ & 2:
            field_dict["parameters"] = None

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

        arguments = d.pop("arguments")

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 1
        else:
            description = None

        parameters: ToolCallFunctionParameters | None = None
        if d:
            _parameters = d.pop("parameters", None)
            if _parameters is None:
                if "parameters" in src_dict:
                    nulls_ |= 2
            else:
                parameters = _from_dict_ToolCallFunctionParameters(_parameters)

        if cls is ToolCallFunction:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.arguments = arguments
            new_instance_.description = description
            new_instance_.parameters = parameters
        else:
            new_instance_ = cls(
                name=name,
                arguments=arguments,
                description=description,
                parameters=parameters,
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


class ToolCallFunctionParams(TypedDict, total=False):
    """The JSON object `ToolCallFunction.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    arguments: Required[str]
    """ The arguments as a JSON text. """
    description: str
    """ The function's description, when echoed with the call. """
    parameters: ToolCallFunctionParametersParams
    """ The function's parameters schema, when echoed with the call. """


from ..models.tool_call_function_parameters import ToolCallFunctionParameters, ToolCallFunctionParametersParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ToolCallFunctionParameters = ToolCallFunctionParameters.from_dict
