from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_options_trace_level import DebugOptionsTraceLevel, check_debug_options_trace_level

T = TypeVar("T", bound="DebugOptions")


@_attrs_define
class DebugOptions:
    """Gateway debugging switches; never forwarded to the provider."""

    enabled: bool | None = None
    echo_upstream_body: bool | None = None
    return_upstream_request: bool | None = None
    return_upstream_response: bool | None = None
    trace: bool | None = None
    trace_level: DebugOptionsTraceLevel | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enabled = self.enabled
        if enabled is not None:
            field_dict["enabled"] = enabled
        elif self._nulls_ & 1:
            field_dict["enabled"] = None
        echo_upstream_body = self.echo_upstream_body
        if echo_upstream_body is not None:
            field_dict["echo_upstream_body"] = echo_upstream_body
        elif self._nulls_ & 2:
            field_dict["echo_upstream_body"] = None
        return_upstream_request = self.return_upstream_request
        if return_upstream_request is not None:
            field_dict["return_upstream_request"] = return_upstream_request
        elif self._nulls_ & 4:
            field_dict["return_upstream_request"] = None
        return_upstream_response = self.return_upstream_response
        if return_upstream_response is not None:
            field_dict["return_upstream_response"] = return_upstream_response
        elif self._nulls_ & 8:
            field_dict["return_upstream_response"] = None
        trace = self.trace
        if trace is not None:
            field_dict["trace"] = trace
        elif self._nulls_ & 16:
            field_dict["trace"] = None
        trace_level = self.trace_level
        if trace_level is not None:
            field_dict["trace_level"] = trace_level
        elif self._nulls_ & 32:
            field_dict["trace_level"] = None

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
            enabled = d.pop("enabled", None)
            if enabled is None and "enabled" in src_dict:
                nulls_ |= 1
        else:
            enabled = None

        if d:
            echo_upstream_body = d.pop("echo_upstream_body", None)
            if echo_upstream_body is None and "echo_upstream_body" in src_dict:
                nulls_ |= 2
        else:
            echo_upstream_body = None

        if d:
            return_upstream_request = d.pop("return_upstream_request", None)
            if return_upstream_request is None and "return_upstream_request" in src_dict:
                nulls_ |= 4
        else:
            return_upstream_request = None

        if d:
            return_upstream_response = d.pop("return_upstream_response", None)
            if return_upstream_response is None and "return_upstream_response" in src_dict:
                nulls_ |= 8
        else:
            return_upstream_response = None

        if d:
            trace = d.pop("trace", None)
            if trace is None and "trace" in src_dict:
                nulls_ |= 16
        else:
            trace = None

        trace_level: DebugOptionsTraceLevel | None = None
        if d:
            _trace_level = d.pop("trace_level", None)
            if _trace_level is None:
                if "trace_level" in src_dict:
                    nulls_ |= 32
            else:
                trace_level = check_debug_options_trace_level(_trace_level)

        if cls is DebugOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.enabled = enabled
            new_instance_.echo_upstream_body = echo_upstream_body
            new_instance_.return_upstream_request = return_upstream_request
            new_instance_.return_upstream_response = return_upstream_response
            new_instance_.trace = trace
            new_instance_.trace_level = trace_level
        else:
            new_instance_ = cls(
                enabled=enabled,
                echo_upstream_body=echo_upstream_body,
                return_upstream_request=return_upstream_request,
                return_upstream_response=return_upstream_response,
                trace=trace,
                trace_level=trace_level,
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


class DebugOptionsParams(TypedDict, total=False):
    """The JSON object `DebugOptions.from_dict` reads (keys as on the wire), for type checkers."""

    enabled: bool
    echo_upstream_body: bool
    return_upstream_request: bool
    return_upstream_response: bool
    trace: bool
    trace_level: DebugOptionsTraceLevel


_object_new_ = object.__new__
