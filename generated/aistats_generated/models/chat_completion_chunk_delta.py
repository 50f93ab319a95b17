from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkDelta")


@_attrs_define
class ChatCompletionChunkDelta:
    """What one frame adds to a choice."""

    role: str | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    """ A piece of the model's reasoning text. """
    refusal: None | str | Unset = UNSET
    tool_calls: list[ToolCallDelta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        role = d.pop("role", UNSET) if d else UNSET

        content: None | str | Unset = d.pop("content", UNSET) if d else UNSET

        reasoning_content: None | str | Unset = d.pop("reasoning_content", UNSET) if d else UNSET

        refusal: None | str | Unset = d.pop("refusal", UNSET) if d else UNSET

        _tool_calls = d.pop("tool_calls", UNSET) if d else UNSET
        tool_calls: list[ToolCallDelta] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls.append(_from_dict_ToolCallDelta(tool_calls_item_data))

        if cls is ChatCompletionChunkDelta:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.reasoning_content = reasoning_content
            new_instance_.refusal = refusal
            new_instance_.tool_calls = tool_calls
            chat_completion_chunk_delta = new_instance_
        else:
            chat_completion_chunk_delta = cls(
                role=role,
                content=content,
                reasoning_content=reasoning_content,
                refusal=refusal,
                tool_calls=tool_calls,
            )

        chat_completion_chunk_delta.additional_properties = d
        return chat_completion_chunk_delta

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
