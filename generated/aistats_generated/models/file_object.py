from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """The provider's file object, as it came."""

    id: str
    object_: str | Unset = UNSET
    purpose: str | Unset = UNSET
    filename: str | Unset = UNSET
    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    status: str | Unset = UNSET
    status_details: FileObjectStatusDetailsType1 | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        purpose = self.purpose

        filename = self.filename

        bytes_ = self.bytes_

        created_at = self.created_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        status = self.status

        status_details: dict[str, Any] | None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        elif isinstance(self.status_details, FileObjectStatusDetailsType1):
            status_details = self.status_details.to_dict()
        else:
            status_details = self.status_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if filename is not UNSET:
            field_dict["filename"] = filename
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET) if d else UNSET

        purpose = d.pop("purpose", UNSET) if d else UNSET

        filename = d.pop("filename", UNSET) if d else UNSET

        bytes_ = d.pop("bytes", UNSET) if d else UNSET

        created_at = d.pop("created_at", UNSET) if d else UNSET

        expires_at: int | None | Unset = d.pop("expires_at", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        _status_details = d.pop("status_details", UNSET) if d else UNSET
        status_details = (
            _status_details
            if _status_details is None or _status_details is UNSET
            else _parse_status_details(_status_details)
        )

        if cls is FileObject:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.purpose = purpose
            new_instance_.filename = filename
            new_instance_.bytes_ = bytes_
            new_instance_.created_at = created_at
            new_instance_.expires_at = expires_at
            new_instance_.status = status
            new_instance_.status_details = status_details
            file_object = new_instance_
        else:
            file_object = cls(
                id=id,
                object_=object_,
                purpose=purpose,
                filename=filename,
                bytes_=bytes_,
                created_at=created_at,
                expires_at=expires_at,
                status=status,
                status_details=status_details,
            )

        file_object.additional_properties = d
        return file_object

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


def _parse_status_details(data: object) -> FileObjectStatusDetailsType1 | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        status_details_type_1 = FileObjectStatusDetailsType1.from_dict(data)

        return status_details_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FileObjectStatusDetailsType1 | None | str | Unset, data)


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
