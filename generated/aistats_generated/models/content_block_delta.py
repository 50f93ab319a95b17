from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentBlockDelta")


@_attrs_define
class ContentBlockDelta:
    """What a `content_block_delta` adds: `text_delta` (`text`), `input_json_delta` (`partial_json`, a piece of the tool
    input's JSON text), `thinking_delta` (`thinking`) or `signature_delta` (`signature`).

    """

    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    partial_json: str | Unset = UNSET
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        partial_json = self.partial_json

        thinking = self.thinking

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if partial_json is not UNSET:
            field_dict["partial_json"] = partial_json
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        text = d.pop("text", UNSET) if d else UNSET

        partial_json = d.pop("partial_json", UNSET) if d else UNSET

        thinking = d.pop("thinking", UNSET) if d else UNSET

        signature = d.pop("signature", UNSET) if d else UNSET

        if cls is ContentBlockDelta:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.text = text
            new_instance_.partial_json = partial_json
            new_instance_.thinking = thinking
            new_instance_.signature = signature
            content_block_delta = new_instance_
        else:
            content_block_delta = cls(
                type_=type_,
                text=text,
                partial_json=partial_json,
                thinking=thinking,
                signature=signature,
            )

        content_block_delta.additional_properties = d
        return content_block_delta

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


class ContentBlockDeltaParams(TypedDict, total=False):
    """The JSON object `ContentBlockDelta.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    text: str
    partial_json: str
    thinking: str
    signature: str


_object_new_ = object.__new__
