from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayMetadata")


@_attrs_define
class GatewayMetadata:
    """Gateway metadata, sent when the request asked for it with `meta: true`."""

    throughput_tps: float | None | Unset = UNSET
    output_speed_tps: float | None | Unset = UNSET
    generation_ms: float | None | Unset = UNSET
    latency_ms: float | None | Unset = UNSET
    provider_ttft_ms: float | None | Unset = UNSET
    gateway_ttft_ms: float | None | Unset = UNSET
    tpot_ms: float | None | Unset = UNSET
    itl_ms: float | None | Unset = UNSET
    phaseo_overhead_ms: float | None | Unset = UNSET
    end_to_end_ms: float | None | Unset = UNSET
    routing: GatewayRoutingInfo | Unset = UNSET
    """ How the provider was chosen. """
    response_cache: GatewayResponseCacheInfo | Unset = UNSET
    """ Whether the gateway's response cache was used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        throughput_tps: float | None | Unset
        if isinstance(self.throughput_tps, Unset):
            throughput_tps = UNSET
        else:
            throughput_tps = self.throughput_tps

        output_speed_tps: float | None | Unset
        if isinstance(self.output_speed_tps, Unset):
            output_speed_tps = UNSET
        else:
            output_speed_tps = self.output_speed_tps

        generation_ms: float | None | Unset
        if isinstance(self.generation_ms, Unset):
            generation_ms = UNSET
        else:
            generation_ms = self.generation_ms

        latency_ms: float | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        provider_ttft_ms: float | None | Unset
        if isinstance(self.provider_ttft_ms, Unset):
            provider_ttft_ms = UNSET
        else:
            provider_ttft_ms = self.provider_ttft_ms

        gateway_ttft_ms: float | None | Unset
        if isinstance(self.gateway_ttft_ms, Unset):
            gateway_ttft_ms = UNSET
        else:
            gateway_ttft_ms = self.gateway_ttft_ms

        tpot_ms: float | None | Unset
        if isinstance(self.tpot_ms, Unset):
            tpot_ms = UNSET
        else:
            tpot_ms = self.tpot_ms

        itl_ms: float | None | Unset
        if isinstance(self.itl_ms, Unset):
            itl_ms = UNSET
        else:
            itl_ms = self.itl_ms

        phaseo_overhead_ms: float | None | Unset
        if isinstance(self.phaseo_overhead_ms, Unset):
            phaseo_overhead_ms = UNSET
        else:
            phaseo_overhead_ms = self.phaseo_overhead_ms

        end_to_end_ms: float | None | Unset
        if isinstance(self.end_to_end_ms, Unset):
            end_to_end_ms = UNSET
        else:
            end_to_end_ms = self.end_to_end_ms

        routing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing, Unset):
            routing = self.routing.to_dict()

        response_cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_cache, Unset):
            response_cache = self.response_cache.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if throughput_tps is not UNSET:
            field_dict["throughput_tps"] = throughput_tps
        if output_speed_tps is not UNSET:
            field_dict["output_speed_tps"] = output_speed_tps
        if generation_ms is not UNSET:
            field_dict["generation_ms"] = generation_ms
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if provider_ttft_ms is not UNSET:
            field_dict["provider_ttft_ms"] = provider_ttft_ms
        if gateway_ttft_ms is not UNSET:
            field_dict["gateway_ttft_ms"] = gateway_ttft_ms
        if tpot_ms is not UNSET:
            field_dict["tpot_ms"] = tpot_ms
        if itl_ms is not UNSET:
            field_dict["itl_ms"] = itl_ms
        if phaseo_overhead_ms is not UNSET:
            field_dict["phaseo_overhead_ms"] = phaseo_overhead_ms
        if end_to_end_ms is not UNSET:
            field_dict["end_to_end_ms"] = end_to_end_ms
        if routing is not UNSET:
            field_dict["routing"] = routing
        if response_cache is not UNSET:
            field_dict["response_cache"] = response_cache

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        throughput_tps: float | None | Unset = d.pop("throughput_tps", UNSET) if d else UNSET

        output_speed_tps: float | None | Unset = d.pop("output_speed_tps", UNSET) if d else UNSET

        generation_ms: float | None | Unset = d.pop("generation_ms", UNSET) if d else UNSET

        latency_ms: float | None | Unset = d.pop("latency_ms", UNSET) if d else UNSET

        provider_ttft_ms: float | None | Unset = d.pop("provider_ttft_ms", UNSET) if d else UNSET

        gateway_ttft_ms: float | None | Unset = d.pop("gateway_ttft_ms", UNSET) if d else UNSET

        tpot_ms: float | None | Unset = d.pop("tpot_ms", UNSET) if d else UNSET

        itl_ms: float | None | Unset = d.pop("itl_ms", UNSET) if d else UNSET

        phaseo_overhead_ms: float | None | Unset = d.pop("phaseo_overhead_ms", UNSET) if d else UNSET

        end_to_end_ms: float | None | Unset = d.pop("end_to_end_ms", UNSET) if d else UNSET

        _routing: Any = d.pop("routing", UNSET) if d else UNSET
        routing: GatewayRoutingInfo | Unset = UNSET if _routing is UNSET else _from_dict_GatewayRoutingInfo(_routing)

        _response_cache: Any = d.pop("response_cache", UNSET) if d else UNSET
        response_cache: GatewayResponseCacheInfo | Unset = (
            UNSET if _response_cache is UNSET else _from_dict_GatewayResponseCacheInfo(_response_cache)
        )

        if cls is GatewayMetadata:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
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
            gateway_metadata = new_instance_
        else:
            gateway_metadata = cls(
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

        gateway_metadata.additional_properties = d
        return gateway_metadata

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
