from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseErrorEvent")


@_attrs_define
class ResponseErrorEvent:
    """`error`: the stream failed after it started. Ends the stream."""

    type_: str | Unset = UNSET
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    error: Any | Unset = UNSET
    """ The error's details, when given (an object, or null). """
    sequence_number: int | Unset = UNSET
    """ Position of the event in the stream, when the provider numbers them. """
    id: str | Unset = UNSET
    """ The gateway's request id, repeated on every event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        error = self.error

        sequence_number = self.sequence_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if error is not UNSET:
            field_dict["error"] = error
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

        code: None | str | Unset = d.pop("code", UNSET) if d else UNSET

        message = d.pop("message", UNSET) if d else UNSET

        param: None | str | Unset = d.pop("param", UNSET) if d else UNSET

        error = d.pop("error", UNSET) if d else UNSET

        sequence_number = d.pop("sequence_number", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        if cls is ResponseErrorEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.code = code
            new_instance_.message = message
            new_instance_.param = param
            new_instance_.error = error
            new_instance_.sequence_number = sequence_number
            new_instance_.id = id
            response_error_event = new_instance_
        else:
            response_error_event = cls(
                type_=type_,
                code=code,
                message=message,
                param=param,
                error=error,
                sequence_number=sequence_number,
                id=id,
            )

        response_error_event.additional_properties = d
        return response_error_event

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


class ResponseErrorEventParams(TypedDict, total=False):
    """The JSON object `ResponseErrorEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    code: str | None
    message: str
    param: str | None
    error: Any
    """ The error's details, when given (an object, or null). """
    sequence_number: int
    """ Position of the event in the stream, when the provider numbers them. """
    id: str
    """ The gateway's request id, repeated on every event. """


_object_new_ = object.__new__
