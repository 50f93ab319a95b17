from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_limit_reset import ApiKeyLimitReset, check_api_key_limit_reset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An inference key's record (never its secret)."""

    id: str
    """ The key's id (a UUID). """
    hash: str | None = None
    """ SHA-256 of the secret. """
    workspace_id: str | None = None
    name: None | str = None
    label: None | str = None
    prefix: None | str = None
    """ The secret's first characters, to recognise it. """
    status: None | str = None
    """ `active`, `paused` (disabled) or `deleted`. """
    disabled: bool | None = None
    soft_blocked: bool | None = None
    include_byok_in_limit: bool | None = None
    limit: float | None = None
    """ The spending limit in USD per `limit_reset` window; null when none. """
    limit_reset: ApiKeyLimitReset | None = None
    scopes: list[str] | str | None = None
    """ The routes a key may call (a list, or the same list as a JSON string). """
    created_by: None | str = None
    creator_user_id: None | str = None
    created_at: None | str = None
    updated_at: None | str = None
    last_used_at: None | str = None
    expires_at: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def hash_(self) -> str | None:
        """Deprecated spelling of ``hash`` (removed in 0.4)."""
        _warnings.warn("`ApiKey.hash_` is deprecated, use `.hash`", DeprecationWarning, stacklevel=2)
        return self.hash

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        hash_ = self.hash
        if hash_ is not None:
            field_dict["hash"] = hash_
        elif self._nulls_ & 1:
            field_dict["hash"] = None
        workspace_id = self.workspace_id
        if workspace_id is not None:
            field_dict["workspace_id"] = workspace_id
        elif self._nulls_ & 2:
            field_dict["workspace_id"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 4:
            field_dict["name"] = None
        label = self.label
        if label is not None:
            field_dict["label"] = label
        elif self._nulls_ & 8:
            field_dict["label"] = None
        prefix = self.prefix
        if prefix is not None:
            field_dict["prefix"] = prefix
        elif self._nulls_ & 16:
            field_dict["prefix"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 32:
            field_dict["status"] = None
        disabled = self.disabled
        if disabled is not None:
            field_dict["disabled"] = disabled
        elif self._nulls_ & 64:
            field_dict["disabled"] = None
        soft_blocked = self.soft_blocked
        if soft_blocked is not None:
            field_dict["soft_blocked"] = soft_blocked
        elif self._nulls_ & 128:
            field_dict["soft_blocked"] = None
        include_byok_in_limit = self.include_byok_in_limit
        if include_byok_in_limit is not None:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        elif self._nulls_ & 256:
            field_dict["include_byok_in_limit"] = None
        limit = self.limit
        if limit is not None:
            field_dict["limit"] = limit
        elif self._nulls_ & 512:
            field_dict["limit"] = None
        limit_reset = self.limit_reset
        if limit_reset is not None:
            if isinstance(limit_reset, str):
                field_dict["limit_reset"] = limit_reset
            else:
                field_dict["limit_reset"] = limit_reset
        elif self._nulls_ & 1024:
            field_dict["limit_reset"] = None
        scopes = self.scopes
        if scopes is not None:
            if isinstance(scopes, list):
                field_dict["scopes"] = scopes

            else:
                field_dict["scopes"] = scopes
        elif self._nulls_ & 2048:
            field_dict["scopes"] = None
        created_by = self.created_by
        if created_by is not None:
            field_dict["created_by"] = created_by
        elif self._nulls_ & 4096:
            field_dict["created_by"] = None
        creator_user_id = self.creator_user_id
        if creator_user_id is not None:
            field_dict["creator_user_id"] = creator_user_id
        elif self._nulls_ & 8192:
            field_dict["creator_user_id"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 16384:
            field_dict["created_at"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        elif self._nulls_ & 32768:
            field_dict["updated_at"] = None
        last_used_at = self.last_used_at
        if last_used_at is not None:
            field_dict["last_used_at"] = last_used_at
        elif self._nulls_ & 65536:
            field_dict["last_used_at"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 131072:
            field_dict["expires_at"] = None

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
            hash_ = d.pop("hash", None)
            if hash_ is None and "hash" in src_dict:
                nulls_ |= 1
        else:
            hash_ = None

        if d:
            workspace_id = d.pop("workspace_id", None)
            if workspace_id is None and "workspace_id" in src_dict:
                nulls_ |= 2
        else:
            workspace_id = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 4
        else:
            name = None

        if d:
            label = d.pop("label", None)
            if label is None and "label" in src_dict:
                nulls_ |= 8
        else:
            label = None

        if d:
            prefix = d.pop("prefix", None)
            if prefix is None and "prefix" in src_dict:
                nulls_ |= 16
        else:
            prefix = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 32
        else:
            status = None

        if d:
            disabled = d.pop("disabled", None)
            if disabled is None and "disabled" in src_dict:
                nulls_ |= 64
        else:
            disabled = None

        if d:
            soft_blocked = d.pop("soft_blocked", None)
            if soft_blocked is None and "soft_blocked" in src_dict:
                nulls_ |= 128
        else:
            soft_blocked = None

        if d:
            include_byok_in_limit = d.pop("include_byok_in_limit", None)
            if include_byok_in_limit is None and "include_byok_in_limit" in src_dict:
                nulls_ |= 256
        else:
            include_byok_in_limit = None

        if d:
            limit = d.pop("limit", None)
            if limit is None and "limit" in src_dict:
                nulls_ |= 512
        else:
            limit = None

        limit_reset: ApiKeyLimitReset | None = None
        if d:
            _limit_reset = d.pop("limit_reset", None)
            if _limit_reset is None:
                if "limit_reset" in src_dict:
                    nulls_ |= 1024
            else:
                limit_reset = _parse_limit_reset(_limit_reset)

        scopes: list[str] | str | None = None
        if d:
            _scopes = d.pop("scopes", None)
            if _scopes is None:
                if "scopes" in src_dict:
                    nulls_ |= 2048
            else:
                scopes = _parse_scopes(_scopes)

        if d:
            created_by = d.pop("created_by", None)
            if created_by is None and "created_by" in src_dict:
                nulls_ |= 4096
        else:
            created_by = None

        if d:
            creator_user_id = d.pop("creator_user_id", None)
            if creator_user_id is None and "creator_user_id" in src_dict:
                nulls_ |= 8192
        else:
            creator_user_id = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 16384
        else:
            created_at = None

        if d:
            updated_at = d.pop("updated_at", None)
            if updated_at is None and "updated_at" in src_dict:
                nulls_ |= 32768
        else:
            updated_at = None

        if d:
            last_used_at = d.pop("last_used_at", None)
            if last_used_at is None and "last_used_at" in src_dict:
                nulls_ |= 65536
        else:
            last_used_at = None

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 131072
        else:
            expires_at = None

        if cls is ApiKey:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.hash = hash_
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
        else:
            new_instance_ = cls(
                id=id,
                hash=hash_,
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


def _parse_limit_reset(data: object) -> ApiKeyLimitReset | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        limit_reset_type_0 = check_api_key_limit_reset(data)

        return limit_reset_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ApiKeyLimitReset | None, data)


def _parse_scopes(data: object) -> list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_api_key_scopes_type_0 = cast(list[str], data)

        return componentsschemas_api_key_scopes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str, data)


class ApiKeyParams(TypedDict, total=False):
    """The JSON object `ApiKey.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    """ The key's id (a UUID). """
    hash: str
    """ SHA-256 of the secret. """
    workspace_id: str
    name: str | None
    label: str | None
    prefix: str | None
    """ The secret's first characters, to recognise it. """
    status: str | None
    """ `active`, `paused` (disabled) or `deleted`. """
    disabled: bool
    soft_blocked: bool
    include_byok_in_limit: bool
    limit: float | None
    """ The spending limit in USD per `limit_reset` window; null when none. """
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
