from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaBody")


@_attrs_define
class MessageDeltaBody:
    """The top-level message fields a `message_delta` changes."""

    stop_reason: None | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        stop_reason: None | str | Unset = d.pop("stop_reason", UNSET) if d else UNSET

        stop_sequence: None | str | Unset = d.pop("stop_sequence", UNSET) if d else UNSET

        if cls is MessageDeltaBody:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.stop_reason = stop_reason
            new_instance_.stop_sequence = stop_sequence
            message_delta_body = new_instance_
        else:
            message_delta_body = cls(
                stop_reason=stop_reason,
                stop_sequence=stop_sequence,
            )

        message_delta_body.additional_properties = d
        return message_delta_body

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


class MessageDeltaBodyParams(TypedDict, total=False):
    """The JSON object `MessageDeltaBody.from_dict` reads (keys as on the wire), for type checkers."""

    stop_reason: str | None
    stop_sequence: str | None


_object_new_ = object.__new__
