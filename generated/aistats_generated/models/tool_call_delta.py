from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """A tool call in a delta. OpenAI-compatible paths send fragments keyed by `index` (`id` and `name` on the first, then
    argument pieces to append); the Responses-backed path repeats the whole argument string so far with both `index` and
    `id`; older gateways sent snapshots without `index`.

    """

    index: int | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    function: ToolCallDeltaFunction | Unset = UNSET
    """ The function part of a tool-call delta. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if id is not UNSET:
            field_dict["id"] = id
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
        index = d.pop("index", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        type_ = d.pop("type", UNSET) if d else UNSET

        _function: Any = d.pop("function", UNSET) if d else UNSET
        function: ToolCallDeltaFunction | Unset = (
            UNSET if _function is UNSET else _from_dict_ToolCallDeltaFunction(_function)
        )

        if cls is ToolCallDelta:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.index = index
            new_instance_.id = id
            new_instance_.type_ = type_
            new_instance_.function = function
            tool_call_delta = new_instance_
        else:
            tool_call_delta = cls(
                index=index,
                id=id,
                type_=type_,
                function=function,
            )

        tool_call_delta.additional_properties = d
        return tool_call_delta

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


class ToolCallDeltaParams(TypedDict, total=False):
    """The JSON object `ToolCallDelta.from_dict` reads (keys as on the wire), for type checkers."""

    index: int
    id: str
    type: str
    function: ToolCallDeltaFunctionParams
    """ The function part of a tool-call delta. """


from ..models.tool_call_delta_function import ToolCallDeltaFunction, ToolCallDeltaFunctionParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ToolCallDeltaFunction = ToolCallDeltaFunction.from_dict
