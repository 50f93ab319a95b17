from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamErrorFrame")


@_attrs_define
class StreamErrorFrame:
    """An in-band error in a 200 stream. Two kinds: the gateway's own (`{"object": "error", "message": …}`) and a relayed
    provider error (`{"error": {message, type, code, param}, "id": …}`).

    """

    object: str | None = None
    """ `error` (the gateway's own kind). """
    message: str | None = None
    error: ErrorObject | str | None = None
    """ The provider's error object (relayed kind), or an error code. """
    id: str | None = None
    """ The gateway's request id. """
    native_response_id: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`StreamErrorFrame.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif self._nulls_ & 2:
            field_dict["message"] = None
        error = self.error
        if error is not None:
            if isinstance(error, ErrorObject):
                field_dict["error"] = error.to_dict()
            else:
                field_dict["error"] = error
        elif self._nulls_ & 4:
            field_dict["error"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 8:
            field_dict["id"] = None
        native_response_id = self.native_response_id
        if native_response_id is not None:
            field_dict["nativeResponseId"] = native_response_id
        elif self._nulls_ & 16:
            field_dict["nativeResponseId"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            message = d.pop("message", None)
            if message is None and "message" in src_dict:
                nulls_ |= 2
        else:
            message = None

        error: ErrorObject | str | None = None
        if d:
            _error = d.pop("error", None)
            if _error is None:
                if "error" in src_dict:
                    nulls_ |= 4
            else:
                error = _parse_error(_error)

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 8
        else:
            id = None

        if d:
            native_response_id = d.pop("nativeResponseId", None)
            if native_response_id is None and "nativeResponseId" in src_dict:
                nulls_ |= 16
        else:
            native_response_id = None

        if cls is StreamErrorFrame:
            new_instance_ = _object_new_(cls)
            new_instance_.object = object_
            new_instance_.message = message
            new_instance_.error = error
            new_instance_.id = id
            new_instance_.native_response_id = native_response_id
        else:
            new_instance_ = cls(
                object=object_,
                message=message,
                error=error,
                id=id,
                native_response_id=native_response_id,
            )

        new_instance_._nulls_ = nulls_
        new_instance_.additional_properties = d
        return new_instance_

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


def _parse_error(data: object) -> ErrorObject | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_1 = ErrorObject.from_dict(data)

        return error_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ErrorObject | str, data)


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
