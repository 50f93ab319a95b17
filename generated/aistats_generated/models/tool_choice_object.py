from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolChoiceObject")


@_attrs_define
class ToolChoiceObject:
    """Forces one tool, e.g. `{"type": "function", "function": {"name": "get_weather"}}`."""

    type_: str | Unset = UNSET
    function: ToolChoiceFunction | Unset = UNSET
    """ The function a tool choice forces. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        _function: Any = d.pop("function", UNSET) if d else UNSET
        function: ToolChoiceFunction | Unset = UNSET if _function is UNSET else _from_dict_ToolChoiceFunction(_function)

        if cls is ToolChoiceObject:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.function = function
            tool_choice_object = new_instance_
        else:
            tool_choice_object = cls(
                type_=type_,
                function=function,
            )

        tool_choice_object.additional_properties = d
        return tool_choice_object

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


class ToolChoiceObjectParams(TypedDict, total=False):
    """The JSON object `ToolChoiceObject.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    function: ToolChoiceFunctionParams
    """ The function a tool choice forces. """


from ..models.tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ToolChoiceFunction = ToolChoiceFunction.from_dict
