from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_limit_reset import ApiKeyLimitReset, check_api_key_limit_reset

T = TypeVar("T", bound="ApiKeyCreateRequest")


@_attrs_define
class ApiKeyCreateRequest:
    """A new key."""

    name: str
    """ A name to recognise the key by. """
    workspace_id: str | None = None
    """ The workspace (default that of the management key). """
    scopes: list[str] | str | None = None
    """ The routes a key may call (a list, or the same list as a JSON string). """
    limit: float | None = None
    """ Spending limit in USD per `limit_reset` window (monthly unless given); null for none. """
    limit_reset: ApiKeyLimitReset | None = None
    """ How often a key's spending limit starts again. """
    include_byok_in_limit: bool | None = None
    """ Count bring-your-own-key usage against the limit. """
    expires_at: None | str = None
    """ When the key stops working (ISO 8601); null for never. """
    disabled: bool | None = None
    """ Create it paused (default false). """
    soft_blocked: bool | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        workspace_id = self.workspace_id
        if workspace_id is not None:
            field_dict["workspace_id"] = workspace_id
        elif self._nulls_ & 1:
            field_dict["workspace_id"] = None
        scopes = self.scopes
        if scopes is not None:
            if isinstance(scopes, list):
                field_dict["scopes"] = scopes

            else:
                field_dict["scopes"] = scopes
        elif self._nulls_ & 2:
            field_dict["scopes"] = None
        limit = self.limit
        if limit is not None:
            field_dict["limit"] = limit
        elif self._nulls_ & 4:
            field_dict["limit"] = None
        limit_reset = self.limit_reset
        if limit_reset is not None:
            field_dict["limit_reset"] = limit_reset
        elif self._nulls_ & 8:
            field_dict["limit_reset"] = None
        include_byok_in_limit = self.include_byok_in_limit
        if include_byok_in_limit is not None:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        elif self._nulls_ & 16:
            field_dict["include_byok_in_limit"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 32:
            field_dict["expires_at"] = None
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
        name = d.pop("name")

        if d:
            workspace_id = d.pop("workspace_id", None)
            if workspace_id is None and "workspace_id" in src_dict:
                nulls_ |= 1
        else:
            workspace_id = None

        scopes: list[str] | str | None = None
        if d:
            _scopes = d.pop("scopes", None)
            if _scopes is None:
                if "scopes" in src_dict:
                    nulls_ |= 2
            else:
                scopes = _parse_scopes(_scopes)

        if d:
            limit = d.pop("limit", None)
            if limit is None and "limit" in src_dict:
                nulls_ |= 4
        else:
            limit = None

        limit_reset: ApiKeyLimitReset | None = None
        if d:
            _limit_reset = d.pop("limit_reset", None)
            if _limit_reset is None:
                if "limit_reset" in src_dict:
                    nulls_ |= 8
            else:
                limit_reset = check_api_key_limit_reset(_limit_reset)

        if d:
            include_byok_in_limit = d.pop("include_byok_in_limit", None)
            if include_byok_in_limit is None and "include_byok_in_limit" in src_dict:
                nulls_ |= 16
        else:
            include_byok_in_limit = None

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 32
        else:
            expires_at = None

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

        if cls is ApiKeyCreateRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.workspace_id = workspace_id
            new_instance_.scopes = scopes
            new_instance_.limit = limit
            new_instance_.limit_reset = limit_reset
            new_instance_.include_byok_in_limit = include_byok_in_limit
            new_instance_.expires_at = expires_at
            new_instance_.disabled = disabled
            new_instance_.soft_blocked = soft_blocked
        else:
            new_instance_ = cls(
                name=name,
                workspace_id=workspace_id,
                scopes=scopes,
                limit=limit,
                limit_reset=limit_reset,
                include_byok_in_limit=include_byok_in_limit,
                expires_at=expires_at,
                disabled=disabled,
                soft_blocked=soft_blocked,
            )

        new_instance_._nulls_ = nulls_
        return new_instance_


def _parse_scopes(data: object) -> list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_api_key_scopes_type_0 = cast(list[str], data)

        return componentsschemas_api_key_scopes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str, data)


class ApiKeyCreateRequestParams(TypedDict, total=False):
    """The JSON object `ApiKeyCreateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    """ A name to recognise the key by. """
    workspace_id: str
    """ The workspace (default that of the management key). """
    scopes: Sequence[str] | str
    """ The routes a key may call (a list, or the same list as a JSON string). """
    limit: float | None
    """ Spending limit in USD per `limit_reset` window (monthly unless given); null for none. """
    limit_reset: ApiKeyLimitReset
    """ How often a key's spending limit starts again. """
    include_byok_in_limit: bool
    """ Count bring-your-own-key usage against the limit. """
    expires_at: str | None
    """ When the key stops working (ISO 8601); null for never. """
    disabled: bool
    """ Create it paused (default false). """
    soft_blocked: bool


_object_new_ = object.__new__
