from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayDatetimeToolParameters")


@_attrs_define
class GatewayDatetimeToolParameters:
    """Which time zones to report."""

    timezone: str | None = None
    """ An IANA time zone such as `Europe/London`. """
    timezones: list[str] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        timezone = self.timezone
        if timezone is not None:
            field_dict["timezone"] = timezone
        elif self._nulls_ & 1:
            field_dict["timezone"] = None
        timezones = self.timezones
        if timezones is not None:
            field_dict["timezones"] = timezones
        elif self._nulls_ & 2:
            field_dict["timezones"] = None

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
            timezone = d.pop("timezone", None)
            if timezone is None and "timezone" in src_dict:
                nulls_ |= 1
        else:
            timezone = None

        if d:
            timezones = d.pop("timezones", None)
            if timezones is None and "timezones" in src_dict:
                nulls_ |= 2
        else:
            timezones = None

        if cls is GatewayDatetimeToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.timezone = timezone
            new_instance_.timezones = timezones
        else:
            new_instance_ = cls(
                timezone=timezone,
                timezones=timezones,
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


class GatewayDatetimeToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayDatetimeToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    timezone: str
    """ An IANA time zone such as `Europe/London`. """
    timezones: Sequence[str]


_object_new_ = object.__new__
