from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderFailure")


@_attrs_define
class ProviderFailure:
    """One provider attempt that failed."""

    provider: str | Unset = UNSET
    status: int | Unset = UNSET
    type_: str | Unset = UNSET
    retryable: bool | None | Unset = UNSET
    upstream_error_code: None | str | Unset = UNSET
    upstream_error_message: None | str | Unset = UNSET
    upstream_error_description: None | str | Unset = UNSET
    upstream_error_param: None | str | Unset = UNSET
    upstream_payload_preview: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        status = self.status

        type_ = self.type_

        retryable: bool | None | Unset
        if isinstance(self.retryable, Unset):
            retryable = UNSET
        else:
            retryable = self.retryable

        upstream_error_code: None | str | Unset
        if isinstance(self.upstream_error_code, Unset):
            upstream_error_code = UNSET
        else:
            upstream_error_code = self.upstream_error_code

        upstream_error_message: None | str | Unset
        if isinstance(self.upstream_error_message, Unset):
            upstream_error_message = UNSET
        else:
            upstream_error_message = self.upstream_error_message

        upstream_error_description: None | str | Unset
        if isinstance(self.upstream_error_description, Unset):
            upstream_error_description = UNSET
        else:
            upstream_error_description = self.upstream_error_description

        upstream_error_param: None | str | Unset
        if isinstance(self.upstream_error_param, Unset):
            upstream_error_param = UNSET
        else:
            upstream_error_param = self.upstream_error_param

        upstream_payload_preview: None | str | Unset
        if isinstance(self.upstream_payload_preview, Unset):
            upstream_payload_preview = UNSET
        else:
            upstream_payload_preview = self.upstream_payload_preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if upstream_error_code is not UNSET:
            field_dict["upstream_error_code"] = upstream_error_code
        if upstream_error_message is not UNSET:
            field_dict["upstream_error_message"] = upstream_error_message
        if upstream_error_description is not UNSET:
            field_dict["upstream_error_description"] = upstream_error_description
        if upstream_error_param is not UNSET:
            field_dict["upstream_error_param"] = upstream_error_param
        if upstream_payload_preview is not UNSET:
            field_dict["upstream_payload_preview"] = upstream_payload_preview

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        provider = d.pop("provider", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        type_ = d.pop("type", UNSET) if d else UNSET

        retryable: bool | None | Unset = d.pop("retryable", UNSET) if d else UNSET

        upstream_error_code: None | str | Unset = d.pop("upstream_error_code", UNSET) if d else UNSET

        upstream_error_message: None | str | Unset = d.pop("upstream_error_message", UNSET) if d else UNSET

        upstream_error_description: None | str | Unset = d.pop("upstream_error_description", UNSET) if d else UNSET

        upstream_error_param: None | str | Unset = d.pop("upstream_error_param", UNSET) if d else UNSET

        upstream_payload_preview: None | str | Unset = d.pop("upstream_payload_preview", UNSET) if d else UNSET

        if cls is ProviderFailure:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.provider = provider
            new_instance_.status = status
            new_instance_.type_ = type_
            new_instance_.retryable = retryable
            new_instance_.upstream_error_code = upstream_error_code
            new_instance_.upstream_error_message = upstream_error_message
            new_instance_.upstream_error_description = upstream_error_description
            new_instance_.upstream_error_param = upstream_error_param
            new_instance_.upstream_payload_preview = upstream_payload_preview
            provider_failure = new_instance_
        else:
            provider_failure = cls(
                provider=provider,
                status=status,
                type_=type_,
                retryable=retryable,
                upstream_error_code=upstream_error_code,
                upstream_error_message=upstream_error_message,
                upstream_error_description=upstream_error_description,
                upstream_error_param=upstream_error_param,
                upstream_payload_preview=upstream_payload_preview,
            )

        provider_failure.additional_properties = d
        return provider_failure

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
