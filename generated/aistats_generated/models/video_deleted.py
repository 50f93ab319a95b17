from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDeleted")


@_attrs_define
class VideoDeleted:
    """`DELETE /videos/{id}`."""

    id: str
    deleted: bool
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted = self.deleted

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deleted": deleted,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id")

        deleted = d.pop("deleted")

        object_ = d.pop("object", UNSET) if d else UNSET

        if cls is VideoDeleted:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.deleted = deleted
            new_instance_.object_ = object_
            video_deleted = new_instance_
        else:
            video_deleted = cls(
                id=id,
                deleted=deleted,
                object_=object_,
            )

        video_deleted.additional_properties = d
        return video_deleted

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


class VideoDeletedParams(TypedDict, total=False):
    """The JSON object `VideoDeleted.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    deleted: Required[bool]
    object: str


_object_new_ = object.__new__
