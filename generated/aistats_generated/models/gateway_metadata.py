from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayMetadata")


@_attrs_define
class GatewayMetadata:
    """Gateway metadata, sent when the request asked for it with `meta: true`."""

    request_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    model: str | Unset = UNSET
    app_title: None | str | Unset = UNSET
    referer: None | str | Unset = UNSET
    timing: GatewayMetadataTimingType0 | None | Unset = UNSET
    """ Timing captured during the request lifecycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        provider = self.provider

        endpoint = self.endpoint

        model = self.model

        app_title: None | str | Unset
        if isinstance(self.app_title, Unset):
            app_title = UNSET
        else:
            app_title = self.app_title

        referer: None | str | Unset
        if isinstance(self.referer, Unset):
            referer = UNSET
        else:
            referer = self.referer

        timing: dict[str, Any] | None | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, GatewayMetadataTimingType0):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if model is not UNSET:
            field_dict["model"] = model
        if app_title is not UNSET:
            field_dict["appTitle"] = app_title
        if referer is not UNSET:
            field_dict["referer"] = referer
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        provider = d.pop("provider", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        model = d.pop("model", UNSET)

        app_title: None | str | Unset = d.pop("appTitle", UNSET)

        referer: None | str | Unset = d.pop("referer", UNSET)

        timing = _parse_timing(d.pop("timing", UNSET))

        gateway_metadata = cls(
            request_id=request_id,
            provider=provider,
            endpoint=endpoint,
            model=model,
            app_title=app_title,
            referer=referer,
            timing=timing,
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


def _parse_timing(data: object) -> GatewayMetadataTimingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        timing_type_0 = GatewayMetadataTimingType0.from_dict(data)

        return timing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayMetadataTimingType0 | None | Unset, data)


class GatewayMetadataParams(TypedDict, total=False):
    """The JSON object `GatewayMetadata.from_dict` reads (keys as on the wire), for type checkers."""

    requestId: str
    provider: str
    endpoint: str
    model: str
    appTitle: str | None
    referer: str | None
    timing: GatewayMetadataTimingType0Params | None
    """ Timing captured during the request lifecycle. """


from ..models.gateway_metadata_timing_type_0 import GatewayMetadataTimingType0, GatewayMetadataTimingType0Params  # noqa: E402
