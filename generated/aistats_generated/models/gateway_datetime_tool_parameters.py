from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayDatetimeToolParameters")


@_attrs_define
class GatewayDatetimeToolParameters:
    """Which time zones to report."""

    timezone: str | Unset = UNSET
    """ An IANA time zone such as `Europe/London`. """
    timezones: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        timezones: list[str] | Unset = UNSET
        if not isinstance(self.timezones, Unset):
            timezones = self.timezones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezones is not UNSET:
            field_dict["timezones"] = timezones

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        timezone = d.pop("timezone", UNSET) if d else UNSET

        timezones = cast(list[str], (d.pop("timezones", UNSET) if d else UNSET))

        if cls is GatewayDatetimeToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.timezone = timezone
            new_instance_.timezones = timezones
            gateway_datetime_tool_parameters = new_instance_
        else:
            gateway_datetime_tool_parameters = cls(
                timezone=timezone,
                timezones=timezones,
            )

        gateway_datetime_tool_parameters.additional_properties = d
        return gateway_datetime_tool_parameters

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


class GatewayDatetimeToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayDatetimeToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    timezone: str
    """ An IANA time zone such as `Europe/London`. """
    timezones: Sequence[str]


_object_new_ = object.__new__
