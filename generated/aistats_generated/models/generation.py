from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="Generation")


@_attrs_define
class Generation:
    """The stored record of one request (many more columns than listed are kept)."""

    id: str | None = None
    request_id: None | str = None
    created_at: None | str = None
    endpoint: None | str = None
    model_id: None | str = None
    provider: None | str = None
    native_response_id: None | str = None
    status_code: int | None = None
    success: bool | None = None
    cost_nanos: int | None = None
    latency_ms: float | None = None
    usage: GenerationUsageType0 | None = None
    app_id: None | str = None
    key_id: None | str = None
    stream: bool | None = None
    byok: bool | None = None
    """ Whether the request used the workspaces own provider key. """
    error_code: None | str = None
    error_message: None | str = None
    generation_ms: float | None = None
    throughput: float | None = None
    """ Output tokens per second. """
    currency: None | str = None
    pricing_lines: list[GenerationPricingLinesType0Item] | None = None
    """ The cost, line by line (open objects). """
    replay_supported: bool | None = None
    replay_request: GenerationReplayRequestType0 | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        request_id = self.request_id
        if request_id is not None:
            field_dict["request_id"] = request_id
        elif self._nulls_ & 2:
            field_dict["request_id"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 4:
            field_dict["created_at"] = None
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 8:
            field_dict["endpoint"] = None
        model_id = self.model_id
        if model_id is not None:
            field_dict["model_id"] = model_id
        elif self._nulls_ & 16:
            field_dict["model_id"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 32:
            field_dict["provider"] = None
        native_response_id = self.native_response_id
        if native_response_id is not None:
            field_dict["native_response_id"] = native_response_id
        elif self._nulls_ & 64:
            field_dict["native_response_id"] = None
        status_code = self.status_code
        if status_code is not None:
            field_dict["status_code"] = status_code
        elif self._nulls_ & 128:
            field_dict["status_code"] = None
        success = self.success
        if success is not None:
            field_dict["success"] = success
        elif self._nulls_ & 256:
            field_dict["success"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 512:
            field_dict["cost_nanos"] = None
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        elif self._nulls_ & 1024:
            field_dict["latency_ms"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, GenerationUsageType0):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 2048:
            field_dict["usage"] = None
        app_id = self.app_id
        if app_id is not None:
            field_dict["app_id"] = app_id
        elif self._nulls_ & 4096:
            field_dict["app_id"] = None
        key_id = self.key_id
        if key_id is not None:
            field_dict["key_id"] = key_id
        elif self._nulls_ & 8192:
            field_dict["key_id"] = None
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        elif self._nulls_ & 16384:
            field_dict["stream"] = None
        byok = self.byok
        if byok is not None:
            field_dict["byok"] = byok
        elif self._nulls_ & 32768:
            field_dict["byok"] = None
        error_code = self.error_code
        if error_code is not None:
            field_dict["error_code"] = error_code
        elif self._nulls_ & 65536:
            field_dict["error_code"] = None
        error_message = self.error_message
        if error_message is not None:
            field_dict["error_message"] = error_message
        elif self._nulls_ & 131072:
            field_dict["error_message"] = None
        generation_ms = self.generation_ms
        if generation_ms is not None:
            field_dict["generation_ms"] = generation_ms
        elif self._nulls_ & 262144:
            field_dict["generation_ms"] = None
        throughput = self.throughput
        if throughput is not None:
            field_dict["throughput"] = throughput
        elif self._nulls_ & 524288:
            field_dict["throughput"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 1048576:
            field_dict["currency"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            if isinstance(pricing_lines, list):
                field_dict["pricing_lines"] = []
                for pricing_lines_type_0_item_data in pricing_lines:
                    pricing_lines_type_0_item = pricing_lines_type_0_item_data.to_dict()
                    field_dict["pricing_lines"].append(pricing_lines_type_0_item)

            else:
                field_dict["pricing_lines"] = pricing_lines
        elif self._nulls_ & 2097152:
            field_dict["pricing_lines"] = None
        replay_supported = self.replay_supported
        if replay_supported is not None:
            field_dict["replay_supported"] = replay_supported
        elif self._nulls_ & 4194304:
            field_dict["replay_supported"] = None
        replay_request = self.replay_request
        if replay_request is not None:
            if isinstance(replay_request, GenerationReplayRequestType0):
                field_dict["replay_request"] = replay_request.to_dict()
            else:
                field_dict["replay_request"] = replay_request
        elif self._nulls_ & 8388608:
            field_dict["replay_request"] = None

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
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            request_id = d.pop("request_id", None)
            if request_id is None and "request_id" in src_dict:
                nulls_ |= 2
        else:
            request_id = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 4
        else:
            created_at = None

        if d:
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 8
        else:
            endpoint = None

        if d:
            model_id = d.pop("model_id", None)
            if model_id is None and "model_id" in src_dict:
                nulls_ |= 16
        else:
            model_id = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 32
        else:
            provider = None

        if d:
            native_response_id = d.pop("native_response_id", None)
            if native_response_id is None and "native_response_id" in src_dict:
                nulls_ |= 64
        else:
            native_response_id = None

        if d:
            status_code = d.pop("status_code", None)
            if status_code is None and "status_code" in src_dict:
                nulls_ |= 128
        else:
            status_code = None

        if d:
            success = d.pop("success", None)
            if success is None and "success" in src_dict:
                nulls_ |= 256
        else:
            success = None

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 512
        else:
            cost_nanos = None

        if d:
            latency_ms = d.pop("latency_ms", None)
            if latency_ms is None and "latency_ms" in src_dict:
                nulls_ |= 1024
        else:
            latency_ms = None

        usage: GenerationUsageType0 | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 2048
            else:
                usage = _parse_usage(_usage)

        if d:
            app_id = d.pop("app_id", None)
            if app_id is None and "app_id" in src_dict:
                nulls_ |= 4096
        else:
            app_id = None

        if d:
            key_id = d.pop("key_id", None)
            if key_id is None and "key_id" in src_dict:
                nulls_ |= 8192
        else:
            key_id = None

        if d:
            stream = d.pop("stream", None)
            if stream is None and "stream" in src_dict:
                nulls_ |= 16384
        else:
            stream = None

        if d:
            byok = d.pop("byok", None)
            if byok is None and "byok" in src_dict:
                nulls_ |= 32768
        else:
            byok = None

        if d:
            error_code = d.pop("error_code", None)
            if error_code is None and "error_code" in src_dict:
                nulls_ |= 65536
        else:
            error_code = None

        if d:
            error_message = d.pop("error_message", None)
            if error_message is None and "error_message" in src_dict:
                nulls_ |= 131072
        else:
            error_message = None

        if d:
            generation_ms = d.pop("generation_ms", None)
            if generation_ms is None and "generation_ms" in src_dict:
                nulls_ |= 262144
        else:
            generation_ms = None

        if d:
            throughput = d.pop("throughput", None)
            if throughput is None and "throughput" in src_dict:
                nulls_ |= 524288
        else:
            throughput = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 1048576
        else:
            currency = None

        pricing_lines: list[GenerationPricingLinesType0Item] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 2097152
            else:
                pricing_lines = _parse_pricing_lines(_pricing_lines)

        if d:
            replay_supported = d.pop("replay_supported", None)
            if replay_supported is None and "replay_supported" in src_dict:
                nulls_ |= 4194304
        else:
            replay_supported = None

        replay_request: GenerationReplayRequestType0 | None = None
        if d:
            _replay_request = d.pop("replay_request", None)
            if _replay_request is None:
                if "replay_request" in src_dict:
                    nulls_ |= 8388608
            else:
                replay_request = _parse_replay_request(_replay_request)

        if cls is Generation:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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


def _parse_usage(data: object) -> GenerationUsageType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = GenerationUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GenerationUsageType0 | None, data)


def _parse_pricing_lines(data: object) -> list[GenerationPricingLinesType0Item] | None:
    if data is None:
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
    return cast(list[GenerationPricingLinesType0Item] | None, data)


def _parse_replay_request(data: object) -> GenerationReplayRequestType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        replay_request_type_0 = GenerationReplayRequestType0.from_dict(data)

        return replay_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GenerationReplayRequestType0 | None, data)


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
