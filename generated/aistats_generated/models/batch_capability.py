from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCapability")


@_attrs_define
class BatchCapability:
    """One provider that runs batches."""

    id: str
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    preview_readiness: str | Unset = UNSET
    reconciliation_mode: str | Unset = UNSET
    endpoints: list[BatchCapabilityEndpointsItem] | Unset = UNSET
    gateway_input_modes: list[str] | Unset = UNSET
    native_input_modes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        preview_readiness = self.preview_readiness

        reconciliation_mode = self.reconciliation_mode

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        gateway_input_modes: list[str] | Unset = UNSET
        if not isinstance(self.gateway_input_modes, Unset):
            gateway_input_modes = self.gateway_input_modes

        native_input_modes: list[str] | Unset = UNSET
        if not isinstance(self.native_input_modes, Unset):
            native_input_modes = self.native_input_modes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if preview_readiness is not UNSET:
            field_dict["preview_readiness"] = preview_readiness
        if reconciliation_mode is not UNSET:
            field_dict["reconciliation_mode"] = reconciliation_mode
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if gateway_input_modes is not UNSET:
            field_dict["gateway_input_modes"] = gateway_input_modes
        if native_input_modes is not UNSET:
            field_dict["native_input_modes"] = native_input_modes

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        preview_readiness = d.pop("preview_readiness", UNSET) if d else UNSET

        reconciliation_mode = d.pop("reconciliation_mode", UNSET) if d else UNSET

        _endpoints = d.pop("endpoints", UNSET) if d else UNSET
        endpoints: list[BatchCapabilityEndpointsItem] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints.append(_from_dict_BatchCapabilityEndpointsItem(endpoints_item_data))

        gateway_input_modes = cast(list[str], (d.pop("gateway_input_modes", UNSET) if d else UNSET))

        native_input_modes = cast(list[str], (d.pop("native_input_modes", UNSET) if d else UNSET))

        if cls is BatchCapability:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.status = status
            new_instance_.preview_readiness = preview_readiness
            new_instance_.reconciliation_mode = reconciliation_mode
            new_instance_.endpoints = endpoints
            new_instance_.gateway_input_modes = gateway_input_modes
            new_instance_.native_input_modes = native_input_modes
            batch_capability = new_instance_
        else:
            batch_capability = cls(
                id=id,
                name=name,
                status=status,
                preview_readiness=preview_readiness,
                reconciliation_mode=reconciliation_mode,
                endpoints=endpoints,
                gateway_input_modes=gateway_input_modes,
                native_input_modes=native_input_modes,
            )

        batch_capability.additional_properties = d
        return batch_capability

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


class BatchCapabilityParams(TypedDict, total=False):
    """The JSON object `BatchCapability.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    name: str
    status: str
    preview_readiness: str
    reconciliation_mode: str
    endpoints: Sequence[BatchCapabilityEndpointsItemParams]
    gateway_input_modes: Sequence[str]
    native_input_modes: Sequence[str]


from ..models.batch_capability_endpoints_item import BatchCapabilityEndpointsItem, BatchCapabilityEndpointsItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchCapabilityEndpointsItem = BatchCapabilityEndpointsItem.from_dict
