from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamErrorFrame")


@_attrs_define
class StreamErrorFrame:
    """An in-band error in a 200 stream. Two kinds: the gateway's own (`{"object": "error", "message": …}`) and a relayed
    provider error (`{"error": {message, type, code, param}, "id": …}`).

    """

    object_: str | Unset = UNSET
    """ `error` (the gateway's own kind). """
    message: str | Unset = UNSET
    error: ErrorObject | str | Unset = UNSET
    """ The provider's error object (relayed kind), or an error code. """
    id: str | Unset = UNSET
    """ The gateway's request id. """
    native_response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        message = self.message

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        id = self.id

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        object_ = d.pop("object", UNSET) if d else UNSET

        message = d.pop("message", UNSET) if d else UNSET

        _error = d.pop("error", UNSET) if d else UNSET
        error = _error if _error is UNSET else _parse_error(_error)

        id = d.pop("id", UNSET) if d else UNSET

        native_response_id: None | str | Unset = d.pop("nativeResponseId", UNSET) if d else UNSET

        if cls is StreamErrorFrame:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.object_ = object_
            new_instance_.message = message
            new_instance_.error = error
            new_instance_.id = id
            new_instance_.native_response_id = native_response_id
            stream_error_frame = new_instance_
        else:
            stream_error_frame = cls(
                object_=object_,
                message=message,
                error=error,
                id=id,
                native_response_id=native_response_id,
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


def _parse_error(data: object) -> ErrorObject | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_1 = ErrorObject.from_dict(data)

        return error_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ErrorObject | str | Unset, data)


class StreamErrorFrameParams(TypedDict, total=False):
    """The JSON object `StreamErrorFrame.from_dict` reads (keys as on the wire), for type checkers."""

    object: str
    """ `error` (the gateway's own kind). """
    message: str
    error: str | ErrorObjectParams
    """ The provider's error object (relayed kind), or an error code. """
    id: str
    """ The gateway's request id. """
    nativeResponseId: str | None


from ..models.error_object import ErrorObject, ErrorObjectParams  # noqa: E402

_object_new_ = object.__new__
