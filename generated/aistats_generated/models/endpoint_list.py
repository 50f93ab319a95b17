from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointList")


@_attrs_define
class EndpointList:
    """`GET /endpoints`."""

    ok: bool | None = None
    endpoints: list[str] | None = None
    data: list[EndpointSummary] | None = None
    sample_models: list[str] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None
        endpoints = self.endpoints
        if endpoints is not None:
            field_dict["endpoints"] = endpoints
        elif self._nulls_ & 2:
            field_dict["endpoints"] = None
        data = self.data
        if data is not None:
            data_json: list[dict[str, Any]] = []
            for data_item in data:
                data_json.append(data_item.to_dict())
            field_dict["data"] = data_json
        elif self._nulls_ & 4:
            field_dict["data"] = None
        sample_models = self.sample_models
        if sample_models is not None:
            field_dict["sample_models"] = sample_models
        elif self._nulls_ & 8:
            field_dict["sample_models"] = None

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
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if d:
            endpoints = d.pop("endpoints", None)
            if endpoints is None and "endpoints" in src_dict:
                nulls_ |= 2
        else:
            endpoints = None

        data: list[EndpointSummary] | None = None
        if d:
            _data = d.pop("data", None)
            if _data is None:
                if "data" in src_dict:
                    nulls_ |= 4
            else:
                data = []
                for data_item_data in _data:
                    data.append(_from_dict_EndpointSummary(data_item_data))

        if d:
            sample_models = d.pop("sample_models", None)
            if sample_models is None and "sample_models" in src_dict:
                nulls_ |= 8
        else:
            sample_models = None

        if cls is EndpointList:
            new_instance_ = _object_new_(cls)
            new_instance_.ok = ok
            new_instance_.endpoints = endpoints
            new_instance_.data = data
            new_instance_.sample_models = sample_models
        else:
            new_instance_ = cls(
                ok=ok,
                endpoints=endpoints,
                data=data,
                sample_models=sample_models,
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


class EndpointListParams(TypedDict, total=False):
    """The JSON object `EndpointList.from_dict` reads (keys as on the wire), for type checkers."""

    ok: bool
    endpoints: Sequence[str]
    data: Sequence[EndpointSummaryParams]
    sample_models: Sequence[str]


from ..models.endpoint_summary import EndpointSummary, EndpointSummaryParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_EndpointSummary = EndpointSummary.from_dict
