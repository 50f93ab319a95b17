from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderFailure")


@_attrs_define
class ProviderFailure:
    """One provider attempt that failed."""

    provider: str | None = None
    status: int | None = None
    type: str | None = None
    retryable: bool | None = None
    upstream_error_code: None | str = None
    upstream_error_message: None | str = None
    upstream_error_description: None | str = None
    upstream_error_param: None | str = None
    upstream_payload_preview: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ProviderFailure.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 1:
            field_dict["provider"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 2:
            field_dict["status"] = None
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 4:
            field_dict["type"] = None
        retryable = self.retryable
        if retryable is not None:
            field_dict["retryable"] = retryable
        elif self._nulls_ & 8:
            field_dict["retryable"] = None
        upstream_error_code = self.upstream_error_code
        if upstream_error_code is not None:
            field_dict["upstream_error_code"] = upstream_error_code
        elif self._nulls_ & 16:
            field_dict["upstream_error_code"] = None
        upstream_error_message = self.upstream_error_message
        if upstream_error_message is not None:
            field_dict["upstream_error_message"] = upstream_error_message
        elif self._nulls_ & 32:
            field_dict["upstream_error_message"] = None
        upstream_error_description = self.upstream_error_description
        if upstream_error_description is not None:
            field_dict["upstream_error_description"] = upstream_error_description
        elif self._nulls_ & 64:
            field_dict["upstream_error_description"] = None
        upstream_error_param = self.upstream_error_param
        if upstream_error_param is not None:
            field_dict["upstream_error_param"] = upstream_error_param
        elif self._nulls_ & 128:
            field_dict["upstream_error_param"] = None
        upstream_payload_preview = self.upstream_payload_preview
        if upstream_payload_preview is not None:
            field_dict["upstream_payload_preview"] = upstream_payload_preview
        elif self._nulls_ & 256:
            field_dict["upstream_payload_preview"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 1
        else:
            provider = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 2
        else:
            status = None

        if d:
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 4
        else:
            type_ = None

        if d:
            retryable = d.pop("retryable", None)
            if retryable is None and "retryable" in src_dict:
                nulls_ |= 8
        else:
            retryable = None

        if d:
            upstream_error_code = d.pop("upstream_error_code", None)
            if upstream_error_code is None and "upstream_error_code" in src_dict:
                nulls_ |= 16
        else:
            upstream_error_code = None

        if d:
            upstream_error_message = d.pop("upstream_error_message", None)
            if upstream_error_message is None and "upstream_error_message" in src_dict:
                nulls_ |= 32
        else:
            upstream_error_message = None

        if d:
            upstream_error_description = d.pop("upstream_error_description", None)
            if upstream_error_description is None and "upstream_error_description" in src_dict:
                nulls_ |= 64
        else:
            upstream_error_description = None

        if d:
            upstream_error_param = d.pop("upstream_error_param", None)
            if upstream_error_param is None and "upstream_error_param" in src_dict:
                nulls_ |= 128
        else:
            upstream_error_param = None

        if d:
            upstream_payload_preview = d.pop("upstream_payload_preview", None)
            if upstream_payload_preview is None and "upstream_payload_preview" in src_dict:
                nulls_ |= 256
        else:
            upstream_payload_preview = None

        if cls is ProviderFailure:
            new_instance_ = _object_new_(cls)
            new_instance_.provider = provider
            new_instance_.status = status
            new_instance_.type = type_
            new_instance_.retryable = retryable
            new_instance_.upstream_error_code = upstream_error_code
            new_instance_.upstream_error_message = upstream_error_message
            new_instance_.upstream_error_description = upstream_error_description
            new_instance_.upstream_error_param = upstream_error_param
            new_instance_.upstream_payload_preview = upstream_payload_preview
        else:
            new_instance_ = cls(
                provider=provider,
                status=status,
                type=type_,
                retryable=retryable,
                upstream_error_code=upstream_error_code,
                upstream_error_message=upstream_error_message,
                upstream_error_description=upstream_error_description,
                upstream_error_param=upstream_error_param,
                upstream_payload_preview=upstream_payload_preview,
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


class ProviderFailureParams(TypedDict, total=False):
    """The JSON object `ProviderFailure.from_dict` reads (keys as on the wire), for type checkers."""

    provider: str
    status: int
    type: str
    retryable: bool | None
    upstream_error_code: str | None
    upstream_error_message: str | None
    upstream_error_description: str | None
    upstream_error_param: str | None
    upstream_payload_preview: str | None


_object_new_ = object.__new__
