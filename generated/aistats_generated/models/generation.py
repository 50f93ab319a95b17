from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict, TypeVar, cast

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
    app_id: None | str | Unset = UNSET
    key_id: None | str | Unset = UNSET
    stream: bool | None | Unset = UNSET
    byok: bool | None | Unset = UNSET
    """ Whether the request used the workspaces own provider key. """
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    generation_ms: float | None | Unset = UNSET
    throughput: float | None | Unset = UNSET
    """ Output tokens per second. """
    currency: None | str | Unset = UNSET
    pricing_lines: list[GenerationPricingLinesType0Item] | None | Unset = UNSET
    """ The cost, line by line (open objects). """
    replay_supported: bool | None | Unset = UNSET
    replay_request: GenerationReplayRequestType0 | None | Unset = UNSET
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

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        byok: bool | None | Unset
        if isinstance(self.byok, Unset):
            byok = UNSET
        else:
            byok = self.byok

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        generation_ms: float | None | Unset
        if isinstance(self.generation_ms, Unset):
            generation_ms = UNSET
        else:
            generation_ms = self.generation_ms

        throughput: float | None | Unset
        if isinstance(self.throughput, Unset):
            throughput = UNSET
        else:
            throughput = self.throughput

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        pricing_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_lines, Unset):
            pricing_lines = UNSET
        elif isinstance(self.pricing_lines, list):
            pricing_lines = []
            for pricing_lines_type_0_item_data in self.pricing_lines:
                pricing_lines_type_0_item = pricing_lines_type_0_item_data.to_dict()
                pricing_lines.append(pricing_lines_type_0_item)

        else:
            pricing_lines = self.pricing_lines

        replay_supported: bool | None | Unset
        if isinstance(self.replay_supported, Unset):
            replay_supported = UNSET
        else:
            replay_supported = self.replay_supported

        replay_request: dict[str, Any] | None | Unset
        if isinstance(self.replay_request, Unset):
            replay_request = UNSET
        elif isinstance(self.replay_request, GenerationReplayRequestType0):
            replay_request = self.replay_request.to_dict()
        else:
            replay_request = self.replay_request

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
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if stream is not UNSET:
            field_dict["stream"] = stream
        if byok is not UNSET:
            field_dict["byok"] = byok
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if generation_ms is not UNSET:
            field_dict["generation_ms"] = generation_ms
        if throughput is not UNSET:
            field_dict["throughput"] = throughput
        if currency is not UNSET:
            field_dict["currency"] = currency
        if pricing_lines is not UNSET:
            field_dict["pricing_lines"] = pricing_lines
        if replay_supported is not UNSET:
            field_dict["replay_supported"] = replay_supported
        if replay_request is not UNSET:
            field_dict["replay_request"] = replay_request

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        request_id: None | str | Unset = d.pop("request_id", UNSET) if d else UNSET

        created_at: None | str | Unset = d.pop("created_at", UNSET) if d else UNSET

        endpoint: None | str | Unset = d.pop("endpoint", UNSET) if d else UNSET

        model_id: None | str | Unset = d.pop("model_id", UNSET) if d else UNSET

        provider: None | str | Unset = d.pop("provider", UNSET) if d else UNSET

        native_response_id: None | str | Unset = d.pop("native_response_id", UNSET) if d else UNSET

        status_code: int | None | Unset = d.pop("status_code", UNSET) if d else UNSET

        success: bool | None | Unset = d.pop("success", UNSET) if d else UNSET

        cost_nanos: int | None | Unset = d.pop("cost_nanos", UNSET) if d else UNSET

        latency_ms: float | None | Unset = d.pop("latency_ms", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        app_id: None | str | Unset = d.pop("app_id", UNSET) if d else UNSET

        key_id: None | str | Unset = d.pop("key_id", UNSET) if d else UNSET

        stream: bool | None | Unset = d.pop("stream", UNSET) if d else UNSET

        byok: bool | None | Unset = d.pop("byok", UNSET) if d else UNSET

        error_code: None | str | Unset = d.pop("error_code", UNSET) if d else UNSET

        error_message: None | str | Unset = d.pop("error_message", UNSET) if d else UNSET

        generation_ms: float | None | Unset = d.pop("generation_ms", UNSET) if d else UNSET

        throughput: float | None | Unset = d.pop("throughput", UNSET) if d else UNSET

        currency: None | str | Unset = d.pop("currency", UNSET) if d else UNSET

        _pricing_lines = d.pop("pricing_lines", UNSET) if d else UNSET
        pricing_lines = (
            _pricing_lines
            if _pricing_lines is None or _pricing_lines is UNSET
            else _parse_pricing_lines(_pricing_lines)
        )

        replay_supported: bool | None | Unset = d.pop("replay_supported", UNSET) if d else UNSET

        _replay_request = d.pop("replay_request", UNSET) if d else UNSET
        replay_request = (
            _replay_request
            if _replay_request is None or _replay_request is UNSET
            else _parse_replay_request(_replay_request)
        )

        if cls is Generation:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
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
            new_instance_.app_id = app_id
            new_instance_.key_id = key_id
            new_instance_.stream = stream
            new_instance_.byok = byok
            new_instance_.error_code = error_code
            new_instance_.error_message = error_message
            new_instance_.generation_ms = generation_ms
            new_instance_.throughput = throughput
            new_instance_.currency = currency
            new_instance_.pricing_lines = pricing_lines
            new_instance_.replay_supported = replay_supported
            new_instance_.replay_request = replay_request
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
                app_id=app_id,
                key_id=key_id,
                stream=stream,
                byok=byok,
                error_code=error_code,
                error_message=error_message,
                generation_ms=generation_ms,
                throughput=throughput,
                currency=currency,
                pricing_lines=pricing_lines,
                replay_supported=replay_supported,
                replay_request=replay_request,
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


def _parse_pricing_lines(data: object) -> list[GenerationPricingLinesType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        pricing_lines_type_0 = []
        _pricing_lines_type_0 = data
        for pricing_lines_type_0_item_data in _pricing_lines_type_0:
            pricing_lines_type_0_item = GenerationPricingLinesType0Item.from_dict(pricing_lines_type_0_item_data)

            pricing_lines_type_0.append(pricing_lines_type_0_item)

        return pricing_lines_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[GenerationPricingLinesType0Item] | None | Unset, data)


def _parse_replay_request(data: object) -> GenerationReplayRequestType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        replay_request_type_0 = GenerationReplayRequestType0.from_dict(data)

        return replay_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GenerationReplayRequestType0 | None | Unset, data)


class GenerationBaseParams(TypedDict, total=False):
    """`GenerationParams` without the keys a caller takes as explicit keywords."""

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
    app_id: str | None
    key_id: str | None
    byok: bool | None
    """ Whether the request used the workspaces own provider key. """
    error_code: str | None
    error_message: str | None
    generation_ms: float | None
    throughput: float | None
    """ Output tokens per second. """
    currency: str | None
    pricing_lines: Sequence[GenerationPricingLinesType0ItemParams] | None
    """ The cost, line by line (open objects). """
    replay_supported: bool | None
    replay_request: GenerationReplayRequestType0Params | None


class GenerationParams(GenerationBaseParams, total=False):
    """The JSON object `Generation.from_dict` reads (keys as on the wire), for type checkers."""

    stream: bool | None


GenerationStreamParam: TypeAlias = "bool | None"
"""The `stream` key of `GenerationParams`, for a facade that takes it as an explicit keyword."""


from ..models.generation_pricing_lines_type_0_item import (  # noqa: E402
    GenerationPricingLinesType0Item,
    GenerationPricingLinesType0ItemParams,
)
from ..models.generation_replay_request_type_0 import GenerationReplayRequestType0, GenerationReplayRequestType0Params  # noqa: E402
from ..models.generation_usage_type_0 import GenerationUsageType0, GenerationUsageType0Params  # noqa: E402

_object_new_ = object.__new__
