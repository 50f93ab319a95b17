from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_limit_reset import ApiKeyLimitReset, check_api_key_limit_reset
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey:
    """A new key's record with its secret (`key`), shown this once; the SDK masks it in `repr()`."""

    id: str
    key: str
    """ The secret: `Authorization: Bearer <key>`. Shown once. """
    hash_: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    disabled: bool | Unset = UNSET
    soft_blocked: bool | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: ApiKeyLimitReset | None | Unset = UNSET
    scopes: list[str] | str | Unset = UNSET
    """ The routes a key may call (a list, or the same list as a JSON string). """
    created_by: None | str | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    last_used_at: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        hash_ = self.hash_

        workspace_id = self.workspace_id

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

        disabled = self.disabled

        soft_blocked = self.soft_blocked

        include_byok_in_limit = self.include_byok_in_limit

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        elif isinstance(self.limit_reset, str):
            limit_reset = self.limit_reset
        else:
            limit_reset = self.limit_reset

        scopes: list[str] | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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
        field_dict.update(
            {
                "id": id,
                "key": key,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
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
        if soft_blocked is not UNSET:
            field_dict["soft_blocked"] = soft_blocked
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
        id = d.pop("id")

        key = d.pop("key")

        hash_ = d.pop("hash", UNSET) if d else UNSET

        workspace_id = d.pop("workspace_id", UNSET) if d else UNSET

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        label: None | str | Unset = d.pop("label", UNSET) if d else UNSET

        prefix: None | str | Unset = d.pop("prefix", UNSET) if d else UNSET

        status: None | str | Unset = d.pop("status", UNSET) if d else UNSET

        disabled = d.pop("disabled", UNSET) if d else UNSET

        soft_blocked = d.pop("soft_blocked", UNSET) if d else UNSET

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET) if d else UNSET

        limit: float | None | Unset = d.pop("limit", UNSET) if d else UNSET

        _limit_reset = d.pop("limit_reset", UNSET) if d else UNSET
        limit_reset = (
            _limit_reset if _limit_reset is None or _limit_reset is UNSET else _parse_limit_reset(_limit_reset)
        )

        _scopes = d.pop("scopes", UNSET) if d else UNSET
        scopes = _scopes if _scopes is UNSET else _parse_scopes(_scopes)

        created_by: None | str | Unset = d.pop("created_by", UNSET) if d else UNSET

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET) if d else UNSET

        created_at: None | str | Unset = d.pop("created_at", UNSET) if d else UNSET

        updated_at: None | str | Unset = d.pop("updated_at", UNSET) if d else UNSET

        last_used_at: None | str | Unset = d.pop("last_used_at", UNSET) if d else UNSET

        expires_at: None | str | Unset = d.pop("expires_at", UNSET) if d else UNSET

        if cls is CreatedApiKey:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.key = key
            new_instance_.hash_ = hash_
            new_instance_.workspace_id = workspace_id
            new_instance_.name = name
            new_instance_.label = label
            new_instance_.prefix = prefix
            new_instance_.status = status
            new_instance_.disabled = disabled
            new_instance_.soft_blocked = soft_blocked
            new_instance_.include_byok_in_limit = include_byok_in_limit
            new_instance_.limit = limit
            new_instance_.limit_reset = limit_reset
            new_instance_.scopes = scopes
            new_instance_.created_by = created_by
            new_instance_.creator_user_id = creator_user_id
            new_instance_.created_at = created_at
            new_instance_.updated_at = updated_at
            new_instance_.last_used_at = last_used_at
            new_instance_.expires_at = expires_at
            created_api_key = new_instance_
        else:
            created_api_key = cls(
                id=id,
                key=key,
                hash_=hash_,
                workspace_id=workspace_id,
                name=name,
                label=label,
                prefix=prefix,
                status=status,
                disabled=disabled,
                soft_blocked=soft_blocked,
                include_byok_in_limit=include_byok_in_limit,
                limit=limit,
                limit_reset=limit_reset,
                scopes=scopes,
                created_by=created_by,
                creator_user_id=creator_user_id,
                created_at=created_at,
                updated_at=updated_at,
                last_used_at=last_used_at,
                expires_at=expires_at,
            )

        created_api_key.additional_properties = d
        return created_api_key

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


def _parse_limit_reset(data: object) -> ApiKeyLimitReset | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_0 = check_api_key_limit_reset(data)

        return limit_reset_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ApiKeyLimitReset | None | Unset, data)


def _parse_scopes(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_api_key_scopes_type_0 = cast(list[str], data)

        return componentsschemas_api_key_scopes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str | Unset, data)


class CreatedApiKeyParams(TypedDict, total=False):
    """The JSON object `CreatedApiKey.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    key: Required[str]
    """ The secret: `Authorization: Bearer <key>`. Shown once. """
    hash: str
    workspace_id: str
    name: str | None
    label: str | None
    prefix: str | None
    status: str | None
    disabled: bool
    soft_blocked: bool
    include_byok_in_limit: bool
    limit: float | None
    limit_reset: ApiKeyLimitReset | None
    scopes: Sequence[str] | str
    """ The routes a key may call (a list, or the same list as a JSON string). """
    created_by: str | None
    creator_user_id: str | None
    created_at: str | None
    updated_at: str | None
    last_used_at: str | None
    expires_at: str | None


_object_new_ = object.__new__
