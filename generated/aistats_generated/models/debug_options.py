from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_options_trace_level import DebugOptionsTraceLevel, check_debug_options_trace_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="DebugOptions")


@_attrs_define
class DebugOptions:
    """Gateway debugging switches; never forwarded to the provider."""

    enabled: bool | Unset = UNSET
    echo_upstream_body: bool | Unset = UNSET
    return_upstream_request: bool | Unset = UNSET
    return_upstream_response: bool | Unset = UNSET
    trace: bool | Unset = UNSET
    trace_level: DebugOptionsTraceLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        echo_upstream_body = self.echo_upstream_body

        return_upstream_request = self.return_upstream_request

        return_upstream_response = self.return_upstream_response

        trace = self.trace

        trace_level: str | Unset = UNSET
        if not isinstance(self.trace_level, Unset):
            trace_level = self.trace_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body
        if return_upstream_request is not UNSET:
            field_dict["return_upstream_request"] = return_upstream_request
        if return_upstream_response is not UNSET:
            field_dict["return_upstream_response"] = return_upstream_response
        if trace is not UNSET:
            field_dict["trace"] = trace
        if trace_level is not UNSET:
            field_dict["trace_level"] = trace_level

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        enabled = d.pop("enabled", UNSET) if d else UNSET

        echo_upstream_body = d.pop("echo_upstream_body", UNSET) if d else UNSET

        return_upstream_request = d.pop("return_upstream_request", UNSET) if d else UNSET

        return_upstream_response = d.pop("return_upstream_response", UNSET) if d else UNSET

        trace = d.pop("trace", UNSET) if d else UNSET

        _trace_level = d.pop("trace_level", UNSET) if d else UNSET
        trace_level: DebugOptionsTraceLevel | Unset
        if isinstance(_trace_level, Unset):
            trace_level = UNSET
        else:
            trace_level = check_debug_options_trace_level(_trace_level)

        if cls is DebugOptions:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.enabled = enabled
            new_instance_.echo_upstream_body = echo_upstream_body
            new_instance_.return_upstream_request = return_upstream_request
            new_instance_.return_upstream_response = return_upstream_response
            new_instance_.trace = trace
            new_instance_.trace_level = trace_level
            debug_options = new_instance_
        else:
            debug_options = cls(
                enabled=enabled,
                echo_upstream_body=echo_upstream_body,
                return_upstream_request=return_upstream_request,
                return_upstream_response=return_upstream_response,
                trace=trace,
                trace_level=trace_level,
            )

        debug_options.additional_properties = d
        return debug_options

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
