from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningSummaryTextDoneEvent")


@_attrs_define
class ResponseReasoningSummaryTextDoneEvent:
    """`response.reasoning_summary_text.done`: the whole text of a reasoning summary part."""

    type_: str | Unset = UNSET
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    item_id: str | Unset = UNSET
    output_index: int | Unset = UNSET
    summary_index: int | Unset = UNSET
    text: str | Unset = UNSET
    sequence_number: int | Unset = UNSET
    """ Position of the event in the stream, when the provider numbers them. """
    id: str | Unset = UNSET
    """ The gateway's request id, repeated on every event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        text = self.text

        sequence_number = self.sequence_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if text is not UNSET:
            field_dict["text"] = text
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        item_id = d.pop("item_id", UNSET) if d else UNSET

        output_index = d.pop("output_index", UNSET) if d else UNSET

        summary_index = d.pop("summary_index", UNSET) if d else UNSET

        text = d.pop("text", UNSET) if d else UNSET

        sequence_number = d.pop("sequence_number", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        if cls is ResponseReasoningSummaryTextDoneEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.item_id = item_id
            new_instance_.output_index = output_index
            new_instance_.summary_index = summary_index
            new_instance_.text = text
            new_instance_.sequence_number = sequence_number
            new_instance_.id = id
            response_reasoning_summary_text_done_event = new_instance_
        else:
            response_reasoning_summary_text_done_event = cls(
                type_=type_,
                item_id=item_id,
                output_index=output_index,
                summary_index=summary_index,
                text=text,
                sequence_number=sequence_number,
                id=id,
            )

        response_reasoning_summary_text_done_event.additional_properties = d
        return response_reasoning_summary_text_done_event

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


class ResponseReasoningSummaryTextDoneEventParams(TypedDict, total=False):
    """The JSON object `ResponseReasoningSummaryTextDoneEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    item_id: str
    output_index: int
    summary_index: int
    text: str
    sequence_number: int
    """ Position of the event in the stream, when the provider numbers them. """
    id: str
    """ The gateway's request id, repeated on every event. """


_object_new_ = object.__new__
