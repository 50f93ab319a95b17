from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define
class WorkspaceMember:
    """One member of a workspace."""

    user_id: str
    workspace_id: str | Unset = UNSET
    role: None | str | Unset = UNSET
    joined_at: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        workspace_id = self.workspace_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        joined_at: None | str | Unset
        if isinstance(self.joined_at, Unset):
            joined_at = UNSET
        else:
            joined_at = self.joined_at

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if role is not UNSET:
            field_dict["role"] = role
        if joined_at is not UNSET:
            field_dict["joined_at"] = joined_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        user_id = d.pop("user_id")

        workspace_id = d.pop("workspace_id", UNSET) if d else UNSET

        role: None | str | Unset = d.pop("role", UNSET) if d else UNSET

        joined_at: None | str | Unset = d.pop("joined_at", UNSET) if d else UNSET

        display_name: None | str | Unset = d.pop("display_name", UNSET) if d else UNSET

        if cls is WorkspaceMember:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.user_id = user_id
            new_instance_.workspace_id = workspace_id
            new_instance_.role = role
            new_instance_.joined_at = joined_at
            new_instance_.display_name = display_name
            workspace_member = new_instance_
        else:
            workspace_member = cls(
                user_id=user_id,
                workspace_id=workspace_id,
                role=role,
                joined_at=joined_at,
                display_name=display_name,
            )

        workspace_member.additional_properties = d
        return workspace_member

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
