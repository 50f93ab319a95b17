from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Generation")


@_attrs_define
class Generation:
    """The stored record of one request (many more columns than listed are kept)."""

    id: str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    native_response_id: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    cost_nanos: int | None | Unset = UNSET
    latency_ms: float | None | Unset = UNSET
    usage: GenerationUsageType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        cost_nanos: int | None | Unset
        if isinstance(self.cost_nanos, Unset):
            cost_nanos = UNSET
        else:
            cost_nanos = self.cost_nanos

        latency_ms: float | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GenerationUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if native_response_id is not UNSET:
            field_dict["native_response_id"] = native_response_id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if success is not UNSET:
            field_dict["success"] = success
        if cost_nanos is not UNSET:
            field_dict["cost_nanos"] = cost_nanos
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        request_id: None | str | Unset = d.pop("request_id", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        endpoint: None | str | Unset = d.pop("endpoint", UNSET)

        model_id: None | str | Unset = d.pop("model_id", UNSET)

        provider: None | str | Unset = d.pop("provider", UNSET)

        native_response_id: None | str | Unset = d.pop("native_response_id", UNSET)

        status_code: int | None | Unset = d.pop("status_code", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        cost_nanos: int | None | Unset = d.pop("cost_nanos", UNSET)

        latency_ms: float | None | Unset = d.pop("latency_ms", UNSET)

        _usage = d.pop("usage", UNSET)
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        if cls is Generation:
            new_instance_ = object.__new__(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.request_id = request_id
            new_instance_.created_at = created_at
            new_instance_.endpoint = endpoint
            new_instance_.model_id = model_id
            new_instance_.provider = provider
            new_instance_.native_response_id = native_response_id
            new_instance_.status_code = status_code
            new_instance_.success = success
            new_instance_.cost_nanos = cost_nanos
            new_instance_.latency_ms = latency_ms
            new_instance_.usage = usage
            generation = new_instance_
        else:
            generation = cls(
                id=id,
                request_id=request_id,
                created_at=created_at,
                endpoint=endpoint,
                model_id=model_id,
                provider=provider,
                native_response_id=native_response_id,
                status_code=status_code,
                success=success,
                cost_nanos=cost_nanos,
                latency_ms=latency_ms,
                usage=usage,
            )

        generation.additional_properties = d
        return generation

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


def _parse_usage(data: object) -> GenerationUsageType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = GenerationUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GenerationUsageType0 | None | Unset, data)


class GenerationParams(TypedDict, total=False):
    """The JSON object `Generation.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    request_id: str | None
    created_at: str | None
    endpoint: str | None
    model_id: str | None
    provider: str | None
    native_response_id: str | None
    status_code: int | None
    success: bool | None
    cost_nanos: int | None
    latency_ms: float | None
    usage: GenerationUsageType0Params | None


from ..models.generation_usage_type_0 import GenerationUsageType0, GenerationUsageType0Params  # noqa: E402
