from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionChunkDelta")


@_attrs_define
class ChatCompletionChunkDelta:
    """What one frame adds to a choice."""

    role: str | None = None
    content: None | str = None
    reasoning_content: None | str = None
    """ A piece of the model's reasoning text. """
    refusal: None | str = None
    tool_calls: list[ToolCallDelta] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        role = self.role
        if role is not None:
            field_dict["role"] = role
        elif self._nulls_ & 1:
            field_dict["role"] = None
        content = self.content
        if content is not None:
            field_dict["content"] = content
        elif self._nulls_ & 2:
            field_dict["content"] = None
        reasoning_content = self.reasoning_content
        if reasoning_content is not None:
            field_dict["reasoning_content"] = reasoning_content
        elif self._nulls_ & 4:
            field_dict["reasoning_content"] = None
        refusal = self.refusal
        if refusal is not None:
            field_dict["refusal"] = refusal
        elif self._nulls_ & 8:
            field_dict["refusal"] = None
        tool_calls = self.tool_calls
        if tool_calls is not None:
            tool_calls_json: list[dict[str, Any]] = []
            for tool_calls_item in tool_calls:
                tool_calls_json.append(tool_calls_item.to_dict())
            field_dict["tool_calls"] = tool_calls_json
        elif self._nulls_ & 16:
            field_dict["tool_calls"] = None

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
            role = d.pop("role", None)
            if role is None and "role" in src_dict:
                nulls_ |= 1
        else:
            role = None

        if d:
            content = d.pop("content", None)
            if content is None and "content" in src_dict:
                nulls_ |= 2
        else:
            content = None

        if d:
            reasoning_content = d.pop("reasoning_content", None)
            if reasoning_content is None and "reasoning_content" in src_dict:
                nulls_ |= 4
        else:
            reasoning_content = None

        if d:
            refusal = d.pop("refusal", None)
            if refusal is None and "refusal" in src_dict:
                nulls_ |= 8
        else:
            refusal = None

        tool_calls: list[ToolCallDelta] | None = None
        if d:
            _tool_calls = d.pop("tool_calls", None)
            if _tool_calls is None:
                if "tool_calls" in src_dict:
                    nulls_ |= 16
            else:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls.append(_from_dict_ToolCallDelta(tool_calls_item_data))

        if cls is ChatCompletionChunkDelta:
            new_instance_ = _object_new_(cls)
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.reasoning_content = reasoning_content
            new_instance_.refusal = refusal
            new_instance_.tool_calls = tool_calls
        else:
            new_instance_ = cls(
                role=role,
                content=content,
                reasoning_content=reasoning_content,
                refusal=refusal,
                tool_calls=tool_calls,
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


class ChatCompletionChunkDeltaParams(TypedDict, total=False):
    """The JSON object `ChatCompletionChunkDelta.from_dict` reads (keys as on the wire), for type checkers."""

    role: str
    content: str | None
    reasoning_content: str | None
    """ A piece of the model's reasoning text. """
    refusal: str | None
    tool_calls: Sequence[ToolCallDeltaParams]


from ..models.tool_call_delta import ToolCallDelta, ToolCallDeltaParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ToolCallDelta = ToolCallDelta.from_dict
