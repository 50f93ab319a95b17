from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBlockStartEvent")


@_attrs_define
class ContentBlockStartEvent:
    """`content_block_start`: a content block began at `index`."""

    type_: str | Unset = UNSET
    """ The event's kind (equal to the `event:` name). """
    index: int | Unset = UNSET
    content_block: MessagesContentBlock | Unset = UNSET
    """ One content block. `type` says which fields apply: `text` (`text`), `tool_use` (`id`, `name`, `input`),
    `thinking` (`thinking`, `signature`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        content_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_block, Unset):
            content_block = self.content_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        if content_block is not UNSET:
            field_dict["content_block"] = content_block

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        index = d.pop("index", UNSET) if d else UNSET

        _content_block: Any = d.pop("content_block", UNSET) if d else UNSET
        content_block: MessagesContentBlock | Unset = (
            UNSET if _content_block is UNSET else _from_dict_MessagesContentBlock(_content_block)
        )

        if cls is ContentBlockStartEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.index = index
            new_instance_.content_block = content_block
            content_block_start_event = new_instance_
        else:
            content_block_start_event = cls(
                type_=type_,
                index=index,
                content_block=content_block,
            )

        content_block_start_event.additional_properties = d
        return content_block_start_event

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


class ContentBlockStartEventParams(TypedDict, total=False):
    """The JSON object `ContentBlockStartEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind (equal to the `event:` name). """
    index: int
    content_block: MessagesContentBlockParams
    """ One content block. `type` says which fields apply: `text` (`text`), `tool_use` (`id`, `name`, `input`),
    `thinking` (`thinking`, `signature`). """


from ..models.messages_content_block import MessagesContentBlock, MessagesContentBlockParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MessagesContentBlock = MessagesContentBlock.from_dict
