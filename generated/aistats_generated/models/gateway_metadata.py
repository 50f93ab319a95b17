from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayMetadata")


@_attrs_define
class GatewayMetadata:
    """Gateway metadata, sent when the request asked for it with `meta: true`."""

    throughput_tps: float | None = None
    output_speed_tps: float | None = None
    generation_ms: float | None = None
    latency_ms: float | None = None
    provider_ttft_ms: float | None = None
    gateway_ttft_ms: float | None = None
    tpot_ms: float | None = None
    itl_ms: float | None = None
    phaseo_overhead_ms: float | None = None
    end_to_end_ms: float | None = None
    routing: GatewayRoutingInfo | None = None
    """ How the provider was chosen. """
    response_cache: GatewayResponseCacheInfo | None = None
    """ Whether the gateway's response cache was used. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        throughput_tps = self.throughput_tps
        if throughput_tps is not None:
            field_dict["throughput_tps"] = throughput_tps
        elif self._nulls_ & 1:
            field_dict["throughput_tps"] = None
        output_speed_tps = self.output_speed_tps
        if output_speed_tps is not None:
            field_dict["output_speed_tps"] = output_speed_tps
        elif self._nulls_ & 2:
            field_dict["output_speed_tps"] = None
        generation_ms = self.generation_ms
        if generation_ms is not None:
            field_dict["generation_ms"] = generation_ms
        elif self._nulls_ & 4:
            field_dict["generation_ms"] = None
        latency_ms = self.latency_ms
        if latency_ms is not None:
            field_dict["latency_ms"] = latency_ms
        elif self._nulls_ & 8:
            field_dict["latency_ms"] = None
        provider_ttft_ms = self.provider_ttft_ms
        if provider_ttft_ms is not None:
            field_dict["provider_ttft_ms"] = provider_ttft_ms
        elif self._nulls_ & 16:
            field_dict["provider_ttft_ms"] = None
        gateway_ttft_ms = self.gateway_ttft_ms
        if gateway_ttft_ms is not None:
            field_dict["gateway_ttft_ms"] = gateway_ttft_ms
        elif self._nulls_ & 32:
            field_dict["gateway_ttft_ms"] = None
        tpot_ms = self.tpot_ms
        if tpot_ms is not None:
            field_dict["tpot_ms"] = tpot_ms
        elif self._nulls_ & 64:
            field_dict["tpot_ms"] = None
        itl_ms = self.itl_ms
        if itl_ms is not None:
            field_dict["itl_ms"] = itl_ms
        elif self._nulls_ & 128:
            field_dict["itl_ms"] = None
        phaseo_overhead_ms = self.phaseo_overhead_ms
        if phaseo_overhead_ms is not None:
            field_dict["phaseo_overhead_ms"] = phaseo_overhead_ms
        elif self._nulls_ & 256:
            field_dict["phaseo_overhead_ms"] = None
        end_to_end_ms = self.end_to_end_ms
        if end_to_end_ms is not None:
            field_dict["end_to_end_ms"] = end_to_end_ms
        elif self._nulls_ & 512:
            field_dict["end_to_end_ms"] = None
        routing = self.routing
        if routing is not None:
            field_dict["routing"] = routing.to_dict()
        elif self._nulls_ & 1024:
            field_dict["routing"] = None
        response_cache = self.response_cache
        if response_cache is not None:
            field_dict["response_cache"] = response_cache.to_dict()
        elif self._nulls_ & 2048:
            field_dict["response_cache"] = None

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
            throughput_tps = d.pop("throughput_tps", None)
            if throughput_tps is None and "throughput_tps" in src_dict:
                nulls_ |= 1
        else:
            throughput_tps = None

        if d:
            output_speed_tps = d.pop("output_speed_tps", None)
            if output_speed_tps is None and "output_speed_tps" in src_dict:
                nulls_ |= 2
        else:
            output_speed_tps = None

        if d:
            generation_ms = d.pop("generation_ms", None)
            if generation_ms is None and "generation_ms" in src_dict:
                nulls_ |= 4
        else:
            generation_ms = None

        if d:
            latency_ms = d.pop("latency_ms", None)
            if latency_ms is None and "latency_ms" in src_dict:
                nulls_ |= 8
        else:
            latency_ms = None

        if d:
            provider_ttft_ms = d.pop("provider_ttft_ms", None)
            if provider_ttft_ms is None and "provider_ttft_ms" in src_dict:
                nulls_ |= 16
        else:
            provider_ttft_ms = None

        if d:
            gateway_ttft_ms = d.pop("gateway_ttft_ms", None)
            if gateway_ttft_ms is None and "gateway_ttft_ms" in src_dict:
                nulls_ |= 32
        else:
            gateway_ttft_ms = None

        if d:
            tpot_ms = d.pop("tpot_ms", None)
            if tpot_ms is None and "tpot_ms" in src_dict:
                nulls_ |= 64
        else:
            tpot_ms = None

        if d:
            itl_ms = d.pop("itl_ms", None)
            if itl_ms is None and "itl_ms" in src_dict:
                nulls_ |= 128
        else:
            itl_ms = None

        if d:
            phaseo_overhead_ms = d.pop("phaseo_overhead_ms", None)
            if phaseo_overhead_ms is None and "phaseo_overhead_ms" in src_dict:
                nulls_ |= 256
        else:
            phaseo_overhead_ms = None

        if d:
            end_to_end_ms = d.pop("end_to_end_ms", None)
            if end_to_end_ms is None and "end_to_end_ms" in src_dict:
                nulls_ |= 512
        else:
            end_to_end_ms = None

        routing: GatewayRoutingInfo | None = None
        if d:
            _routing = d.pop("routing", None)
            if _routing is None:
                if "routing" in src_dict:
                    nulls_ |= 1024
            else:
                routing = _from_dict_GatewayRoutingInfo(_routing)

        response_cache: GatewayResponseCacheInfo | None = None
        if d:
            _response_cache = d.pop("response_cache", None)
            if _response_cache is None:
                if "response_cache" in src_dict:
                    nulls_ |= 2048
            else:
                response_cache = _from_dict_GatewayResponseCacheInfo(_response_cache)

        if cls is GatewayMetadata:
            new_instance_ = _object_new_(cls)
            new_instance_.throughput_tps = throughput_tps
            new_instance_.output_speed_tps = output_speed_tps
            new_instance_.generation_ms = generation_ms
            new_instance_.latency_ms = latency_ms
            new_instance_.provider_ttft_ms = provider_ttft_ms
            new_instance_.gateway_ttft_ms = gateway_ttft_ms
            new_instance_.tpot_ms = tpot_ms
            new_instance_.itl_ms = itl_ms
            new_instance_.phaseo_overhead_ms = phaseo_overhead_ms
            new_instance_.end_to_end_ms = end_to_end_ms
            new_instance_.routing = routing
            new_instance_.response_cache = response_cache
        else:
            new_instance_ = cls(
                throughput_tps=throughput_tps,
                output_speed_tps=output_speed_tps,
                generation_ms=generation_ms,
                latency_ms=latency_ms,
                provider_ttft_ms=provider_ttft_ms,
                gateway_ttft_ms=gateway_ttft_ms,
                tpot_ms=tpot_ms,
                itl_ms=itl_ms,
                phaseo_overhead_ms=phaseo_overhead_ms,
                end_to_end_ms=end_to_end_ms,
                routing=routing,
                response_cache=response_cache,
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


class GatewayMetadataParams(TypedDict, total=False):
    """The JSON object `GatewayMetadata.from_dict` reads (keys as on the wire), for type checkers."""

    throughput_tps: float | None
    output_speed_tps: float | None
    generation_ms: float | None
    latency_ms: float | None
    provider_ttft_ms: float | None
    gateway_ttft_ms: float | None
    tpot_ms: float | None
    itl_ms: float | None
    phaseo_overhead_ms: float | None
    end_to_end_ms: float | None
    routing: GatewayRoutingInfoParams
    """ How the provider was chosen. """
    response_cache: GatewayResponseCacheInfoParams
    """ Whether the gateway's response cache was used. """


from ..models.gateway_response_cache_info import GatewayResponseCacheInfo, GatewayResponseCacheInfoParams  # noqa: E402
from ..models.gateway_routing_info import GatewayRoutingInfo, GatewayRoutingInfoParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_GatewayResponseCacheInfo = GatewayResponseCacheInfo.from_dict
_from_dict_GatewayRoutingInfo = GatewayRoutingInfo.from_dict
