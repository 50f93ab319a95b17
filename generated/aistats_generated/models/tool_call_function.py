from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallFunction")


@_attrs_define
class ToolCallFunction:
    """The function a tool call invokes."""

    name: str
    arguments: str
    """ The arguments as a JSON text. """
    description: str | Unset = UNSET
    """ The function's description, when echoed with the call. """
    parameters: ToolCallFunctionParameters | Unset = UNSET
    """ The function's parameters schema, when echoed with the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name")

        arguments = d.pop("arguments")

        description = d.pop("description", UNSET) if d else UNSET

        _parameters: Any = d.pop("parameters", UNSET) if d else UNSET
        parameters: ToolCallFunctionParameters | Unset = (
            UNSET if _parameters is UNSET else _from_dict_ToolCallFunctionParameters(_parameters)
        )

        if cls is ToolCallFunction:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.arguments = arguments
            new_instance_.description = description
            new_instance_.parameters = parameters
            tool_call_function = new_instance_
        else:
            tool_call_function = cls(
                name=name,
                arguments=arguments,
                description=description,
                parameters=parameters,
            )

        tool_call_function.additional_properties = d
        return tool_call_function

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
