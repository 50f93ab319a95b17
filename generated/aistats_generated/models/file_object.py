from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """The provider's file object, as it came."""

    id: str
    object: str | None = None
    purpose: str | None = None
    filename: str | None = None
    bytes: int | None = None
    created_at: int | None = None
    expires_at: int | None = None
    status: str | None = None
    status_details: FileObjectStatusDetailsType1 | None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`FileObject.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    @property
    def bytes_(self) -> int | None:
        """Deprecated spelling of ``bytes`` (removed in 0.4)."""
        _warnings.warn("`FileObject.bytes_` is deprecated, use `.bytes`", DeprecationWarning, stacklevel=2)
        return self.bytes

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        purpose = self.purpose
        if purpose is not None:
            field_dict["purpose"] = purpose
        elif self._nulls_ & 2:
            field_dict["purpose"] = None
        filename = self.filename
        if filename is not None:
            field_dict["filename"] = filename
        elif self._nulls_ & 4:
            field_dict["filename"] = None
        bytes_ = self.bytes
        if bytes_ is not None:
            field_dict["bytes"] = bytes_
        elif self._nulls_ & 8:
            field_dict["bytes"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 16:
            field_dict["created_at"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 32:
            field_dict["expires_at"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 64:
            field_dict["status"] = None
        status_details = self.status_details
        if status_details is not None:
            if isinstance(status_details, FileObjectStatusDetailsType1):
                field_dict["status_details"] = status_details.to_dict()
            else:
                field_dict["status_details"] = status_details
        elif self._nulls_ & 128:
            field_dict["status_details"] = None

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
        id = d.pop("id")

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            purpose = d.pop("purpose", None)
            if purpose is None and "purpose" in src_dict:
                nulls_ |= 2
        else:
            purpose = None

        if d:
            filename = d.pop("filename", None)
            if filename is None and "filename" in src_dict:
                nulls_ |= 4
        else:
            filename = None

        if d:
            bytes_ = d.pop("bytes", None)
            if bytes_ is None and "bytes" in src_dict:
                nulls_ |= 8
        else:
            bytes_ = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 16
        else:
            created_at = None

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 32
        else:
            expires_at = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 64
        else:
            status = None

        status_details: FileObjectStatusDetailsType1 | None | str = None
        if d:
            _status_details = d.pop("status_details", None)
            if _status_details is None:
                if "status_details" in src_dict:
                    nulls_ |= 128
            else:
                status_details = _parse_status_details(_status_details)

        if cls is FileObject:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.object = object_
            new_instance_.purpose = purpose
            new_instance_.filename = filename
            new_instance_.bytes = bytes_
            new_instance_.created_at = created_at
            new_instance_.expires_at = expires_at
            new_instance_.status = status
            new_instance_.status_details = status_details
        else:
            new_instance_ = cls(
                id=id,
                object=object_,
                purpose=purpose,
                filename=filename,
                bytes=bytes_,
                created_at=created_at,
                expires_at=expires_at,
                status=status,
                status_details=status_details,
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


def _parse_status_details(data: object) -> FileObjectStatusDetailsType1 | None | str:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        status_details_type_1 = FileObjectStatusDetailsType1.from_dict(data)

        return status_details_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FileObjectStatusDetailsType1 | None | str, data)


class FileObjectParams(TypedDict, total=False):
    """The JSON object `FileObject.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    object: str
    purpose: str
    filename: str
    bytes: int
    created_at: int
    expires_at: int | None
    status: str
    status_details: str | FileObjectStatusDetailsType1Params | None


from ..models.file_object_status_details_type_1 import FileObjectStatusDetailsType1, FileObjectStatusDetailsType1Params  # noqa: E402

_object_new_ = object.__new__
