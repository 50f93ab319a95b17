from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace."""

    id: str
    name: None | str = None
    slug: None | str = None
    created_by: None | str = None
    created_at: None | str = None
    updated_at: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None
        slug = self.slug
        if slug is not None:
            field_dict["slug"] = slug
        elif self._nulls_ & 2:
            field_dict["slug"] = None
        created_by = self.created_by
        if created_by is not None:
            field_dict["created_by"] = created_by
        elif self._nulls_ & 4:
            field_dict["created_by"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 8:
            field_dict["created_at"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        elif self._nulls_ & 16:
            field_dict["updated_at"] = None

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
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if d:
            slug = d.pop("slug", None)
            if slug is None and "slug" in src_dict:
                nulls_ |= 2
        else:
            slug = None

        if d:
            created_by = d.pop("created_by", None)
            if created_by is None and "created_by" in src_dict:
                nulls_ |= 4
        else:
            created_by = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 8
        else:
            created_at = None

        if d:
            updated_at = d.pop("updated_at", None)
            if updated_at is None and "updated_at" in src_dict:
                nulls_ |= 16
        else:
            updated_at = None

        if cls is Workspace:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.slug = slug
            new_instance_.created_by = created_by
            new_instance_.created_at = created_at
            new_instance_.updated_at = updated_at
        else:
            new_instance_ = cls(
                id=id,
                name=name,
                slug=slug,
                created_by=created_by,
                created_at=created_at,
                updated_at=updated_at,
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


class WorkspaceParams(TypedDict, total=False):
    """The JSON object `Workspace.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    name: str | None
    slug: str | None
    created_by: str | None
    created_at: str | None
    updated_at: str | None


_object_new_ = object.__new__
