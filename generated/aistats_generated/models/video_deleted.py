from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoDeleted")


@_attrs_define
class VideoDeleted:
    """`DELETE /videos/{id}`."""

    id: str
    deleted: bool
    object: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`VideoDeleted.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deleted": deleted,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None

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

        deleted = d.pop("deleted")

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if cls is VideoDeleted:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.deleted = deleted
            new_instance_.object = object_
        else:
            new_instance_ = cls(
                id=id,
                deleted=deleted,
                object=object_,
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


class VideoDeletedParams(TypedDict, total=False):
    """The JSON object `VideoDeleted.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    deleted: Required[bool]
    object: str


_object_new_ = object.__new__
