from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayResponseCacheInfo")


@_attrs_define
class GatewayResponseCacheInfo:
    """Whether the gateway's response cache was used."""

    enabled: bool | Unset = UNSET
    status: str | Unset = UNSET
    reason: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    ttl_seconds: float | None | Unset = UNSET
    ttl_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        ttl_seconds: float | None | Unset
        if isinstance(self.ttl_seconds, Unset):
            ttl_seconds = UNSET
        else:
            ttl_seconds = self.ttl_seconds

        ttl_source: None | str | Unset
        if isinstance(self.ttl_source, Unset):
            ttl_source = UNSET
        else:
            ttl_source = self.ttl_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if key is not UNSET:
            field_dict["key"] = key
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if ttl_source is not UNSET:
            field_dict["ttlSource"] = ttl_source

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        enabled = d.pop("enabled", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        reason: None | str | Unset = d.pop("reason", UNSET) if d else UNSET

        key: None | str | Unset = d.pop("key", UNSET) if d else UNSET

        fingerprint: None | str | Unset = d.pop("fingerprint", UNSET) if d else UNSET

        ttl_seconds: float | None | Unset = d.pop("ttlSeconds", UNSET) if d else UNSET

        ttl_source: None | str | Unset = d.pop("ttlSource", UNSET) if d else UNSET

        if cls is GatewayResponseCacheInfo:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.enabled = enabled
            new_instance_.status = status
            new_instance_.reason = reason
            new_instance_.key = key
            new_instance_.fingerprint = fingerprint
            new_instance_.ttl_seconds = ttl_seconds
            new_instance_.ttl_source = ttl_source
            gateway_response_cache_info = new_instance_
        else:
            gateway_response_cache_info = cls(
                enabled=enabled,
                status=status,
                reason=reason,
                key=key,
                fingerprint=fingerprint,
                ttl_seconds=ttl_seconds,
                ttl_source=ttl_source,
            )

        gateway_response_cache_info.additional_properties = d
        return gateway_response_cache_info

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


class GatewayResponseCacheInfoParams(TypedDict, total=False):
    """The JSON object `GatewayResponseCacheInfo.from_dict` reads (keys as on the wire), for type checkers."""

    enabled: bool
    status: str
    reason: str | None
    key: str | None
    fingerprint: str | None
    ttlSeconds: float | None
    ttlSource: str | None


_object_new_ = object.__new__
