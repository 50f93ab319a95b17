from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningDetail")


@_attrs_define
class ReasoningDetail:
    """One piece of reasoning."""

    type_: str | Unset = UNSET
    """ For example `reasoning.text`, `reasoning.summary` or `reasoning.encrypted`. """
    text: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    format_: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index = self.index

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if format_ is not UNSET:
            field_dict["format"] = format_
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

        text: None | str | Unset = d.pop("text", UNSET) if d else UNSET

        id: None | str | Unset = d.pop("id", UNSET) if d else UNSET

        index = d.pop("index", UNSET) if d else UNSET

        format_: None | str | Unset = d.pop("format", UNSET) if d else UNSET

        signature: None | str | Unset = d.pop("signature", UNSET) if d else UNSET

        if cls is ReasoningDetail:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.text = text
            new_instance_.id = id
            new_instance_.index = index
            new_instance_.format_ = format_
            new_instance_.signature = signature
            reasoning_detail = new_instance_
        else:
            reasoning_detail = cls(
                type_=type_,
                text=text,
                id=id,
                index=index,
                format_=format_,
                signature=signature,
            )

        reasoning_detail.additional_properties = d
        return reasoning_detail

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


class ReasoningDetailParams(TypedDict, total=False):
    """The JSON object `ReasoningDetail.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ For example `reasoning.text`, `reasoning.summary` or `reasoning.encrypted`. """
    text: str | None
    id: str | None
    index: int
    format: str | None
    signature: str | None


_object_new_ = object.__new__
