from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesErrorEvent")


@_attrs_define
class MessagesErrorEvent:
    """`error`: the stream failed after it started. Ends the stream."""

    type_: str | Unset = UNSET
    """ The event's kind (equal to the `event:` name). """
    error: MessagesErrorEventErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, MessagesErrorEventErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        error = _parse_error(d.pop("error", UNSET))

        messages_error_event = cls(
            type_=type_,
            error=error,
        )

        messages_error_event.additional_properties = d
        return messages_error_event

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


def _parse_error(data: object) -> MessagesErrorEventErrorType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = MessagesErrorEventErrorType0.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MessagesErrorEventErrorType0 | None | Unset, data)


class MessagesErrorEventParams(TypedDict, total=False):
    """The JSON object `MessagesErrorEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind (equal to the `event:` name). """
    error: MessagesErrorEventErrorType0Params | None


from ..models.messages_error_event_error_type_0 import MessagesErrorEventErrorType0, MessagesErrorEventErrorType0Params  # noqa: E402
