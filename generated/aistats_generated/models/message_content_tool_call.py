from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageContentToolCall")


@_attrs_define
class MessageContentToolCall:
    """A tool call carried as a content part."""

    type: Literal["tool_call"]
    id: str
    function: ToolCallFunction
    """ The function a tool call invokes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> Literal["tool_call"]:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`MessageContentToolCall.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        id = self.id

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "function": function,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        type_ = cast(Literal["tool_call"], d.pop("type"))
        if type_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{type_}'")

        id = d.pop("id")

        function = _from_dict_ToolCallFunction(d.pop("function"))

        if cls is MessageContentToolCall:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.id = id
            new_instance_.function = function
        else:
            new_instance_ = cls(
                type=type_,
                id=id,
                function=function,
            )

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


class MessageContentToolCallParams(TypedDict, total=False):
    """The JSON object `MessageContentToolCall.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["tool_call"]]
    id: Required[str]
    function: Required[ToolCallFunctionParams]
    """ The function a tool call invokes. """


from ..models.tool_call_function import ToolCallFunction, ToolCallFunctionParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ToolCallFunction = ToolCallFunction.from_dict
