from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesContentPart")


@_attrs_define
class ResponsesContentPart:
    """A part of a message's content (`output_text`) or of a reasoning summary (`summary_text`)."""

    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    annotations: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations: list[Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        text = d.pop("text", UNSET) if d else UNSET

        annotations = cast(list[Any], (d.pop("annotations", UNSET) if d else UNSET))

        if cls is ResponsesContentPart:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.text = text
            new_instance_.annotations = annotations
            responses_content_part = new_instance_
        else:
            responses_content_part = cls(
                type_=type_,
                text=text,
                annotations=annotations,
            )

        responses_content_part.additional_properties = d
        return responses_content_part

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


class ResponsesContentPartParams(TypedDict, total=False):
    """The JSON object `ResponsesContentPart.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    text: str
    annotations: Sequence[Any]


_object_new_ = object.__new__
