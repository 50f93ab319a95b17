from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define
class WorkspaceMember:
    """One member of a workspace."""

    user_id: str
    workspace_id: str | None = None
    role: None | str = None
    joined_at: None | str = None
    display_name: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        workspace_id = self.workspace_id
        if workspace_id is not None:
            field_dict["workspace_id"] = workspace_id
        elif self._nulls_ & 1:
            field_dict["workspace_id"] = None
        role = self.role
        if role is not None:
            field_dict["role"] = role
        elif self._nulls_ & 2:
            field_dict["role"] = None
        joined_at = self.joined_at
        if joined_at is not None:
            field_dict["joined_at"] = joined_at
        elif self._nulls_ & 4:
            field_dict["joined_at"] = None
        display_name = self.display_name
        if display_name is not None:
            field_dict["display_name"] = display_name
        elif self._nulls_ & 8:
            field_dict["display_name"] = None

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
        user_id = d.pop("user_id")

        if d:
            workspace_id = d.pop("workspace_id", None)
            if workspace_id is None and "workspace_id" in src_dict:
                nulls_ |= 1
        else:
            workspace_id = None

        if d:
            role = d.pop("role", None)
            if role is None and "role" in src_dict:
                nulls_ |= 2
        else:
            role = None

        if d:
            joined_at = d.pop("joined_at", None)
            if joined_at is None and "joined_at" in src_dict:
                nulls_ |= 4
        else:
            joined_at = None

        if d:
            display_name = d.pop("display_name", None)
            if display_name is None and "display_name" in src_dict:
                nulls_ |= 8
        else:
            display_name = None

        if cls is WorkspaceMember:
            new_instance_ = _object_new_(cls)
            new_instance_.user_id = user_id
            new_instance_.workspace_id = workspace_id
            new_instance_.role = role
            new_instance_.joined_at = joined_at
            new_instance_.display_name = display_name
        else:
            new_instance_ = cls(
                user_id=user_id,
                workspace_id=workspace_id,
                role=role,
                joined_at=joined_at,
                display_name=display_name,
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


class WorkspaceMemberParams(TypedDict, total=False):
    """The JSON object `WorkspaceMember.from_dict` reads (keys as on the wire), for type checkers."""

    user_id: Required[str]
    workspace_id: str
    role: str | None
    joined_at: str | None
    display_name: str | None


_object_new_ = object.__new__
