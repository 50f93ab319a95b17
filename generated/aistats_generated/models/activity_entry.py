from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityEntry")


@_attrs_define
class ActivityEntry:
    """One recent request."""

    request_id: None | str = None
    provider: None | str = None
    model: None | str = None
    endpoint: None | str = None
    usage: ActivityEntryUsageType0 | None = None
    cost_cents: float | None = None
    latency_ms: float | None = None
    timestamp: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        request_id = self.request_id
        if request_id is not None:
            field_dict["request_id"] = request_id
        elif self._nulls_ & 1:
            field_dict["request_id"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 2:
            field_dict["provider"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 4:
            field_dict["model"] = None
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 8:
            field_dict["endpoint"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, ActivityEntryUsageType0):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 16:
            field_dict["usage"] = None
        cost_cents = self.cost_cents
        if cost_cents is not None:
            field_dict["cost_cents"] = cost_cents
        elif self._nulls_ & 32:
            field_dict["cost_cents"] = None
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        elif self._nulls_ & 64:
            field_dict["latency_ms"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        elif self._nulls_ & 128:
            field_dict["timestamp"] = None

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
            request_id = d.pop("request_id", None)
            if request_id is None and "request_id" in src_dict:
                nulls_ |= 1
        else:
            request_id = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 2
        else:
            provider = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 4
        else:
            model = None

        if d:
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 8
        else:
            endpoint = None

        usage: ActivityEntryUsageType0 | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 16
            else:
                usage = _parse_usage(_usage)

        if d:
            cost_cents = d.pop("cost_cents", None)
            if cost_cents is None and "cost_cents" in src_dict:
                nulls_ |= 32
        else:
            cost_cents = None

        if d:
            latency_ms = d.pop("latency_ms", None)
            if latency_ms is None and "latency_ms" in src_dict:
                nulls_ |= 64
        else:
            latency_ms = None

        if d:
            timestamp = d.pop("timestamp", None)
            if timestamp is None and "timestamp" in src_dict:
                nulls_ |= 128
        else:
            timestamp = None

        if cls is ActivityEntry:
            new_instance_ = _object_new_(cls)
            new_instance_.request_id = request_id
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.endpoint = endpoint
            new_instance_.usage = usage
            new_instance_.cost_cents = cost_cents
            new_instance_.latency_ms = latency_ms
            new_instance_.timestamp = timestamp
        else:
            new_instance_ = cls(
                request_id=request_id,
                provider=provider,
                model=model,
                endpoint=endpoint,
                usage=usage,
                cost_cents=cost_cents,
                latency_ms=latency_ms,
                timestamp=timestamp,
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


def _parse_usage(data: object) -> ActivityEntryUsageType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ActivityEntryUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ActivityEntryUsageType0 | None, data)


class ActivityEntryParams(TypedDict, total=False):
    """The JSON object `ActivityEntry.from_dict` reads (keys as on the wire), for type checkers."""

    request_id: str | None
    provider: str | None
    model: str | None
    endpoint: str | None
    usage: ActivityEntryUsageType0Params | None
    cost_cents: float | None
    latency_ms: float | None
    timestamp: str | None


from ..models.activity_entry_usage_type_0 import ActivityEntryUsageType0, ActivityEntryUsageType0Params  # noqa: E402

_object_new_ = object.__new__
