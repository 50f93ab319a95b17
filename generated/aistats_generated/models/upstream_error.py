from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpstreamError")


@_attrs_define
class UpstreamError:
    """The provider's own error, as the gateway understood it."""

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        code: None | str | Unset = d.pop("code", UNSET) if d else UNSET

        message: None | str | Unset = d.pop("message", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        param: None | str | Unset = d.pop("param", UNSET) if d else UNSET

        if cls is UpstreamError:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.code = code
            new_instance_.message = message
            new_instance_.description = description
            new_instance_.param = param
            upstream_error = new_instance_
        else:
            upstream_error = cls(
                code=code,
                message=message,
                description=description,
                param=param,
            )

        upstream_error.additional_properties = d
        return upstream_error

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


class UpstreamErrorParams(TypedDict, total=False):
    """The JSON object `UpstreamError.from_dict` reads (keys as on the wire), for type checkers."""

    code: str | None
    message: str | None
    description: str | None
    param: str | None


_object_new_ = object.__new__
