from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBlockDeltaEvent")


@_attrs_define
class ContentBlockDeltaEvent:
    """`content_block_delta`: more of the block at `index`."""

    type_: str | Unset = UNSET
    """ The event's kind (equal to the `event:` name). """
    index: int | Unset = UNSET
    delta: ContentBlockDelta | Unset = UNSET
    """ What a `content_block_delta` adds: `text_delta` (`text`), `input_json_delta` (`partial_json`, a piece of the
    tool input's JSON text), `thinking_delta` (`thinking`) or `signature_delta` (`signature`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        index = d.pop("index", UNSET) if d else UNSET

        _delta: Any = d.pop("delta", UNSET) if d else UNSET
        delta: ContentBlockDelta | Unset = UNSET if _delta is UNSET else _from_dict_ContentBlockDelta(_delta)

        if cls is ContentBlockDeltaEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.index = index
            new_instance_.delta = delta
            content_block_delta_event = new_instance_
        else:
            content_block_delta_event = cls(
                type_=type_,
                index=index,
                delta=delta,
            )

        content_block_delta_event.additional_properties = d
        return content_block_delta_event

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


class ContentBlockDeltaEventParams(TypedDict, total=False):
    """The JSON object `ContentBlockDeltaEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind (equal to the `event:` name). """
    index: int
    delta: ContentBlockDeltaParams
    """ What a `content_block_delta` adds: `text_delta` (`text`), `input_json_delta` (`partial_json`, a piece of the
    tool input's JSON text), `thinking_delta` (`thinking`) or `signature_delta` (`signature`). """


from ..models.content_block_delta import ContentBlockDelta, ContentBlockDeltaParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ContentBlockDelta = ContentBlockDelta.from_dict
