from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchCapability")


@_attrs_define
class BatchCapability:
    """One provider that runs batches."""

    id: str
    name: str | None = None
    status: str | None = None
    preview_readiness: str | None = None
    reconciliation_mode: str | None = None
    endpoints: list[BatchCapabilityEndpoint] | None = None
    documentation_url: None | str = None
    notes: None | str = None
    gateway_input_modes: list[str] | None = None
    native_input_modes: list[str] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 2:
            field_dict["status"] = None
        preview_readiness = self.preview_readiness
        if preview_readiness is not None:
            field_dict["preview_readiness"] = preview_readiness
        elif self._nulls_ & 4:
            field_dict["preview_readiness"] = None
        reconciliation_mode = self.reconciliation_mode
        if reconciliation_mode is not None:
            field_dict["reconciliation_mode"] = reconciliation_mode
        elif self._nulls_ & 8:
            field_dict["reconciliation_mode"] = None
        endpoints = self.endpoints
        if endpoints is not None:
            endpoints_json: list[dict[str, Any]] = []
            for endpoints_item in endpoints:
                endpoints_json.append(endpoints_item.to_dict())
            field_dict["endpoints"] = endpoints_json
        elif self._nulls_ & 16:
            field_dict["endpoints"] = None
        documentation_url = self.documentation_url
        if documentation_url is not None:
            field_dict["documentation_url"] = documentation_url
        elif self._nulls_ & 32:
            field_dict["documentation_url"] = None
        notes = self.notes
        if notes is not None:
            field_dict["notes"] = notes
        elif self._nulls_ & 64:
            field_dict["notes"] = None
        gateway_input_modes = self.gateway_input_modes
        if gateway_input_modes is not None:
            field_dict["gateway_input_modes"] = gateway_input_modes
        elif self._nulls_ & 128:
            field_dict["gateway_input_modes"] = None
        native_input_modes = self.native_input_modes
        if native_input_modes is not None:
            field_dict["native_input_modes"] = native_input_modes
        elif self._nulls_ & 256:
            field_dict["native_input_modes"] = None

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
        id = d.pop("id")

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 2
        else:
            status = None

        if d:
            preview_readiness = d.pop("preview_readiness", None)
            if preview_readiness is None and "preview_readiness" in src_dict:
                nulls_ |= 4
        else:
            preview_readiness = None

        if d:
            reconciliation_mode = d.pop("reconciliation_mode", None)
            if reconciliation_mode is None and "reconciliation_mode" in src_dict:
                nulls_ |= 8
        else:
            reconciliation_mode = None

        endpoints: list[BatchCapabilityEndpoint] | None = None
        if d:
            _endpoints = d.pop("endpoints", None)
            if _endpoints is None:
                if "endpoints" in src_dict:
                    nulls_ |= 16
            else:
                endpoints = []
                for endpoints_item_data in _endpoints:
                    endpoints.append(_from_dict_BatchCapabilityEndpoint(endpoints_item_data))

        if d:
            documentation_url = d.pop("documentation_url", None)
            if documentation_url is None and "documentation_url" in src_dict:
                nulls_ |= 32
        else:
            documentation_url = None

        if d:
            notes = d.pop("notes", None)
            if notes is None and "notes" in src_dict:
                nulls_ |= 64
        else:
            notes = None

        if d:
            gateway_input_modes = d.pop("gateway_input_modes", None)
            if gateway_input_modes is None and "gateway_input_modes" in src_dict:
                nulls_ |= 128
        else:
            gateway_input_modes = None

        if d:
            native_input_modes = d.pop("native_input_modes", None)
            if native_input_modes is None and "native_input_modes" in src_dict:
                nulls_ |= 256
        else:
            native_input_modes = None

        if cls is BatchCapability:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.status = status
            new_instance_.preview_readiness = preview_readiness
            new_instance_.reconciliation_mode = reconciliation_mode
            new_instance_.endpoints = endpoints
            new_instance_.documentation_url = documentation_url
            new_instance_.notes = notes
            new_instance_.gateway_input_modes = gateway_input_modes
            new_instance_.native_input_modes = native_input_modes
        else:
            new_instance_ = cls(
                id=id,
                name=name,
                status=status,
                preview_readiness=preview_readiness,
                reconciliation_mode=reconciliation_mode,
                endpoints=endpoints,
                documentation_url=documentation_url,
                notes=notes,
                gateway_input_modes=gateway_input_modes,
                native_input_modes=native_input_modes,
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


class BatchCapabilityParams(TypedDict, total=False):
    """The JSON object `BatchCapability.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    name: str
    status: str
    preview_readiness: str
    reconciliation_mode: str
    endpoints: Sequence[BatchCapabilityEndpointParams]
    documentation_url: str | None
    notes: str | None
    gateway_input_modes: Sequence[str]
    native_input_modes: Sequence[str]


from ..models.batch_capability_endpoint import BatchCapabilityEndpoint, BatchCapabilityEndpointParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchCapabilityEndpoint = BatchCapabilityEndpoint.from_dict
