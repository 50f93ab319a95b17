from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamErrorFrame")


@_attrs_define
class StreamErrorFrame:
    """An in-band error (`object: error`), written when the upstream fails after the 200 was sent; the gateway closes the
    stream after it.

    """

    object_: str
    """ `error`. """
    message: str | Unset = UNSET
    error: Any | Unset = UNSET
    """ An error code or object, when the upstream gave one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        message = d.pop("message", UNSET)

        error = d.pop("error", UNSET)

        stream_error_frame = cls(
            object_=object_,
            message=message,
            error=error,
        )

        stream_error_frame.additional_properties = d
        return stream_error_frame

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


class StreamErrorFrameParams(TypedDict, total=False):
    """The JSON object `StreamErrorFrame.from_dict` reads (keys as on the wire), for type checkers."""

    object: Required[str]
    """ `error`. """
    message: str
    error: Any
    """ An error code or object, when the upstream gave one. """
