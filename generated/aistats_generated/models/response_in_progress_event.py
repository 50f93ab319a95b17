from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInProgressEvent")


@_attrs_define
class ResponseInProgressEvent:
    """`response.in_progress`: the response is being generated."""

    type_: str | Unset = UNSET
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    response: ResponsesResponse | Unset = UNSET
    """ A response object: the JSON reply, and the `response` inside the lifecycle events of a stream (where most
    fields are absent until it completes). """
    sequence_number: int | Unset = UNSET
    """ Position of the event in the stream, when the provider numbers them. """
    id: str | Unset = UNSET
    """ The gateway's request id, repeated on every event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        sequence_number = self.sequence_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if response is not UNSET:
            field_dict["response"] = response
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

        _response: Any = d.pop("response", UNSET) if d else UNSET
        response: ResponsesResponse | Unset = UNSET if _response is UNSET else _from_dict_ResponsesResponse(_response)

        sequence_number = d.pop("sequence_number", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        if cls is ResponseInProgressEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.response = response
            new_instance_.sequence_number = sequence_number
            new_instance_.id = id
            response_in_progress_event = new_instance_
        else:
            response_in_progress_event = cls(
                type_=type_,
                response=response,
                sequence_number=sequence_number,
                id=id,
            )

        response_in_progress_event.additional_properties = d
        return response_in_progress_event

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


class ResponseInProgressEventParams(TypedDict, total=False):
    """The JSON object `ResponseInProgressEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    response: ResponsesResponseParams
    """ A response object: the JSON reply, and the `response` inside the lifecycle events of a stream (where most
    fields are absent until it completes). """
    sequence_number: int
    """ Position of the event in the stream, when the provider numbers them. """
    id: str
    """ The gateway's request id, repeated on every event. """


from ..models.responses_response import ResponsesResponse, ResponsesResponseParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ResponsesResponse = ResponsesResponse.from_dict
