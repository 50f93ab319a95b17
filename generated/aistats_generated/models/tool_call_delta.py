from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """A tool call in a delta. OpenAI-compatible paths send fragments keyed by `index` (`id` and `name` on the first, then
    argument pieces to append); the Responses-backed path repeats the whole argument string so far with both `index` and
    `id`; older gateways sent snapshots without `index`.

    """

    index: int | None = None
    id: str | None = None
    type: str | None = None
    function: ToolCallDeltaFunction | None = None
    """ The function part of a tool-call delta. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ToolCallDelta.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        index = self.index
        if index is not None:
            field_dict["index"] = index
        elif self._nulls_ & 1:
            field_dict["index"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 2:
            field_dict["id"] = None
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 4:
            field_dict["type"] = None
        function = self.function
        if function is not None:
            field_dict["function"] = function.to_dict()
        elif self._nulls_ & 8:
            field_dict["function"] = None

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
        nulls_ = 0
        if d:
            index = d.pop("index", None)
            if index is None and "index" in src_dict:
                nulls_ |= 1
        else:
            index = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 2
        else:
            id = None

        if d:
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 4
        else:
            type_ = None

        function: ToolCallDeltaFunction | None = None
        if d:
            _function = d.pop("function", None)
            if _function is None:
                if "function" in src_dict:
                    nulls_ |= 8
            else:
                function = _from_dict_ToolCallDeltaFunction(_function)

        if cls is ToolCallDelta:
            new_instance_ = _object_new_(cls)
            new_instance_.index = index
            new_instance_.id = id
            new_instance_.type = type_
            new_instance_.function = function
        else:
            new_instance_ = cls(
                index=index,
                id=id,
                type=type_,
                function=function,
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
