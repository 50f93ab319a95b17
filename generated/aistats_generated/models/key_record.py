from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyRecord")


@_attrs_define
class KeyRecord:
    """An API key's record (never the key itself)."""

    id: str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    """ A hash of the key (not the key). """
    workspace_id: None | str | Unset = UNSET
    soft_blocked: bool | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    last_used_at: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        soft_blocked: bool | None | Unset
        if isinstance(self.soft_blocked, Unset):
            soft_blocked = UNSET
        else:
            soft_blocked = self.soft_blocked

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        else:
            limit_reset = self.limit_reset

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = self.last_used_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if soft_blocked is not UNSET:
            field_dict["soft_blocked"] = soft_blocked
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if status is not UNSET:
            field_dict["status"] = status
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        hash_: None | str | Unset = d.pop("hash", UNSET) if d else UNSET

        workspace_id: None | str | Unset = d.pop("workspace_id", UNSET) if d else UNSET

        soft_blocked: bool | None | Unset = d.pop("soft_blocked", UNSET) if d else UNSET

        created_by: None | str | Unset = d.pop("created_by", UNSET) if d else UNSET

        updated_at: None | str | Unset = d.pop("updated_at", UNSET) if d else UNSET

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        label: None | str | Unset = d.pop("label", UNSET) if d else UNSET

        prefix: None | str | Unset = d.pop("prefix", UNSET) if d else UNSET

        status: None | str | Unset = d.pop("status", UNSET) if d else UNSET

        disabled: bool | None | Unset = d.pop("disabled", UNSET) if d else UNSET

        limit: float | None | Unset = d.pop("limit", UNSET) if d else UNSET

        limit_reset: None | str | Unset = d.pop("limit_reset", UNSET) if d else UNSET

        created_at: None | str | Unset = d.pop("created_at", UNSET) if d else UNSET

        last_used_at: None | str | Unset = d.pop("last_used_at", UNSET) if d else UNSET

        expires_at: None | str | Unset = d.pop("expires_at", UNSET) if d else UNSET

        if cls is KeyRecord:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.hash_ = hash_
            new_instance_.workspace_id = workspace_id
            new_instance_.soft_blocked = soft_blocked
            new_instance_.created_by = created_by
            new_instance_.updated_at = updated_at
            new_instance_.name = name
            new_instance_.label = label
            new_instance_.prefix = prefix
            new_instance_.status = status
            new_instance_.disabled = disabled
            new_instance_.limit = limit
            new_instance_.limit_reset = limit_reset
            new_instance_.created_at = created_at
            new_instance_.last_used_at = last_used_at
            new_instance_.expires_at = expires_at
            key_record = new_instance_
        else:
            key_record = cls(
                id=id,
                hash_=hash_,
                workspace_id=workspace_id,
                soft_blocked=soft_blocked,
                created_by=created_by,
                updated_at=updated_at,
                name=name,
                label=label,
                prefix=prefix,
                status=status,
                disabled=disabled,
                limit=limit,
                limit_reset=limit_reset,
                created_at=created_at,
                last_used_at=last_used_at,
                expires_at=expires_at,
            )

        key_record.additional_properties = d
        return key_record

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


class KeyRecordParams(TypedDict, total=False):
    """The JSON object `KeyRecord.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    hash: str | None
    """ A hash of the key (not the key). """
    workspace_id: str | None
    soft_blocked: bool | None
    created_by: str | None
    updated_at: str | None
    name: str | None
    label: str | None
    prefix: str | None
    status: str | None
    disabled: bool | None
    limit: float | None
    limit_reset: str | None
    created_at: str | None
    last_used_at: str | None
    expires_at: str | None


_object_new_ = object.__new__
