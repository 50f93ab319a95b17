from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayResponseCacheInfo")


@_attrs_define
class GatewayResponseCacheInfo:
    """Whether the gateway's response cache was used."""

    enabled: bool | None = None
    status: str | None = None
    reason: None | str = None
    key: None | str = None
    fingerprint: None | str = None
    ttl_seconds: float | None = None
    ttl_source: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enabled = self.enabled
        if enabled is not None:
            field_dict["enabled"] = enabled
        elif self._nulls_ & 1:
            field_dict["enabled"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 2:
            field_dict["status"] = None
        reason = self.reason
        if reason is not None:
            field_dict["reason"] = reason
        elif self._nulls_ & 4:
            field_dict["reason"] = None
        key = self.key
        if key is not None:
            field_dict["key"] = key
        elif self._nulls_ & 8:
            field_dict["key"] = None
        fingerprint = self.fingerprint
        if fingerprint is not None:
            field_dict["fingerprint"] = fingerprint
        elif self._nulls_ & 16:
            field_dict["fingerprint"] = None
        ttl_seconds = self.ttl_seconds
        if ttl_seconds is not None:
            field_dict["ttlSeconds"] = ttl_seconds
        elif self._nulls_ & 32:
            field_dict["ttlSeconds"] = None
        ttl_source = self.ttl_source
        if ttl_source is not None:
            field_dict["ttlSource"] = ttl_source
        elif self._nulls_ & 64:
            field_dict["ttlSource"] = None

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
        if d:
            enabled = d.pop("enabled", None)
            if enabled is None and "enabled" in src_dict:
                nulls_ |= 1
        else:
            enabled = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 2
        else:
            status = None

        if d:
            reason = d.pop("reason", None)
            if reason is None and "reason" in src_dict:
                nulls_ |= 4
        else:
            reason = None

        if d:
            key = d.pop("key", None)
            if key is None and "key" in src_dict:
                nulls_ |= 8
        else:
            key = None

        if d:
            fingerprint = d.pop("fingerprint", None)
            if fingerprint is None and "fingerprint" in src_dict:
                nulls_ |= 16
        else:
            fingerprint = None

        if d:
            ttl_seconds = d.pop("ttlSeconds", None)
            if ttl_seconds is None and "ttlSeconds" in src_dict:
                nulls_ |= 32
        else:
            ttl_seconds = None

        if d:
            ttl_source = d.pop("ttlSource", None)
            if ttl_source is None and "ttlSource" in src_dict:
                nulls_ |= 64
        else:
            ttl_source = None

        if cls is GatewayResponseCacheInfo:
            new_instance_ = _object_new_(cls)
            new_instance_.enabled = enabled
            new_instance_.status = status
            new_instance_.reason = reason
            new_instance_.key = key
            new_instance_.fingerprint = fingerprint
            new_instance_.ttl_seconds = ttl_seconds
            new_instance_.ttl_source = ttl_source
        else:
            new_instance_ = cls(
                enabled=enabled,
                status=status,
                reason=reason,
                key=key,
                fingerprint=fingerprint,
                ttl_seconds=ttl_seconds,
                ttl_source=ttl_source,
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
