from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityEntry")


@_attrs_define
class ActivityEntry:
    """One recent request."""

    request_id: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    usage: ActivityEntryUsageType0 | None | Unset = UNSET
    cost_cents: float | None | Unset = UNSET
    latency_ms: float | None | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ActivityEntryUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        cost_cents: float | None | Unset
        if isinstance(self.cost_cents, Unset):
            cost_cents = UNSET
        else:
            cost_cents = self.cost_cents

        latency_ms: float | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if usage is not UNSET:
            field_dict["usage"] = usage
        if cost_cents is not UNSET:
            field_dict["cost_cents"] = cost_cents
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        request_id: None | str | Unset = d.pop("request_id", UNSET) if d else UNSET

        provider: None | str | Unset = d.pop("provider", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        endpoint: None | str | Unset = d.pop("endpoint", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        cost_cents: float | None | Unset = d.pop("cost_cents", UNSET) if d else UNSET

        latency_ms: float | None | Unset = d.pop("latency_ms", UNSET) if d else UNSET

        timestamp: None | str | Unset = d.pop("timestamp", UNSET) if d else UNSET

        if cls is ActivityEntry:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.request_id = request_id
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.endpoint = endpoint
            new_instance_.usage = usage
            new_instance_.cost_cents = cost_cents
            new_instance_.latency_ms = latency_ms
            new_instance_.timestamp = timestamp
            activity_entry = new_instance_
        else:
            activity_entry = cls(
                request_id=request_id,
                provider=provider,
                model=model,
                endpoint=endpoint,
                usage=usage,
                cost_cents=cost_cents,
                latency_ms=latency_ms,
                timestamp=timestamp,
            )

        activity_entry.additional_properties = d
        return activity_entry

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


def _parse_usage(data: object) -> ActivityEntryUsageType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ActivityEntryUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ActivityEntryUsageType0 | None | Unset, data)


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
