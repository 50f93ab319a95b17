from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define

from ..models.api_key_limit_reset import ApiKeyLimitReset, check_api_key_limit_reset
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyUpdateRequest")


@_attrs_define
class ApiKeyUpdateRequest:
    """The fields to change; a field left out stays as it is."""

    name: str | Unset = UNSET
    scopes: list[str] | str | Unset = UNSET
    """ The routes a key may call (a list, or the same list as a JSON string). """
    limit: float | None | Unset = UNSET
    """ New spending limit in USD; null clears the limit and its reset window. """
    limit_reset: ApiKeyLimitReset | Unset = UNSET
    """ How often a key's spending limit starts again. """
    include_byok_in_limit: bool | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    disabled: bool | Unset = UNSET
    """ true pauses the key, false resumes it. """
    soft_blocked: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes: list[str] | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: str | Unset = UNSET
        if not isinstance(self.limit_reset, Unset):
            limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        disabled = self.disabled

        soft_blocked = self.soft_blocked

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if soft_blocked is not UNSET:
            field_dict["soft_blocked"] = soft_blocked

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name", UNSET) if d else UNSET

        _scopes = d.pop("scopes", UNSET) if d else UNSET
        scopes = _scopes if _scopes is UNSET else _parse_scopes(_scopes)

        limit: float | None | Unset = d.pop("limit", UNSET) if d else UNSET

        _limit_reset = d.pop("limit_reset", UNSET) if d else UNSET
        limit_reset: ApiKeyLimitReset | Unset
        if isinstance(_limit_reset, Unset):
            limit_reset = UNSET
        else:
            limit_reset = check_api_key_limit_reset(_limit_reset)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET) if d else UNSET

        expires_at: None | str | Unset = d.pop("expires_at", UNSET) if d else UNSET

        disabled = d.pop("disabled", UNSET) if d else UNSET

        soft_blocked = d.pop("soft_blocked", UNSET) if d else UNSET

        if cls is ApiKeyUpdateRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.scopes = scopes
            new_instance_.limit = limit
            new_instance_.limit_reset = limit_reset
            new_instance_.include_byok_in_limit = include_byok_in_limit
            new_instance_.expires_at = expires_at
            new_instance_.disabled = disabled
            new_instance_.soft_blocked = soft_blocked
            api_key_update_request = new_instance_
        else:
            api_key_update_request = cls(
                name=name,
                scopes=scopes,
                limit=limit,
                limit_reset=limit_reset,
                include_byok_in_limit=include_byok_in_limit,
                expires_at=expires_at,
                disabled=disabled,
                soft_blocked=soft_blocked,
            )

        return api_key_update_request


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


class ApiKeyUpdateRequestParams(TypedDict, total=False):
    """The JSON object `ApiKeyUpdateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    name: str
    scopes: Sequence[str] | str
    """ The routes a key may call (a list, or the same list as a JSON string). """
    limit: float | None
    """ New spending limit in USD; null clears the limit and its reset window. """
    limit_reset: ApiKeyLimitReset
    """ How often a key's spending limit starts again. """
    include_byok_in_limit: bool
    expires_at: str | None
    disabled: bool
    """ true pauses the key, false resumes it. """
    soft_blocked: bool


_object_new_ = object.__new__
