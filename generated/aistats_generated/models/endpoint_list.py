from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointList")


@_attrs_define
class EndpointList:
    """`GET /endpoints`."""

    ok: bool | Unset = UNSET
    endpoints: list[str] | Unset = UNSET
    data: list[EndpointSummary] | Unset = UNSET
    sample_models: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        endpoints: list[str] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        sample_models: list[str] | Unset = UNSET
        if not isinstance(self.sample_models, Unset):
            sample_models = self.sample_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if data is not UNSET:
            field_dict["data"] = data
        if sample_models is not UNSET:
            field_dict["sample_models"] = sample_models

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        ok = d.pop("ok", UNSET) if d else UNSET

        endpoints = cast(list[str], (d.pop("endpoints", UNSET) if d else UNSET))

        _data = d.pop("data", UNSET) if d else UNSET
        data: list[EndpointSummary] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data.append(_from_dict_EndpointSummary(data_item_data))

        sample_models = cast(list[str], (d.pop("sample_models", UNSET) if d else UNSET))

        if cls is EndpointList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.ok = ok
            new_instance_.endpoints = endpoints
            new_instance_.data = data
            new_instance_.sample_models = sample_models
            endpoint_list = new_instance_
        else:
            endpoint_list = cls(
                ok=ok,
                endpoints=endpoints,
                data=data,
                sample_models=sample_models,
            )

        endpoint_list.additional_properties = d
        return endpoint_list

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


class EndpointListParams(TypedDict, total=False):
    """The JSON object `EndpointList.from_dict` reads (keys as on the wire), for type checkers."""

    ok: bool
    endpoints: Sequence[str]
    data: Sequence[EndpointSummaryParams]
    sample_models: Sequence[str]


from ..models.endpoint_summary import EndpointSummary, EndpointSummaryParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_EndpointSummary = EndpointSummary.from_dict
