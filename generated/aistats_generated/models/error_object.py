from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """An OpenAI-style error object."""

    message: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    code: int | None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        message = d.pop("message", UNSET) if d else UNSET

        type_: None | str | Unset = d.pop("type", UNSET) if d else UNSET

        code: int | None | str | Unset = d.pop("code", UNSET) if d else UNSET

        param: None | str | Unset = d.pop("param", UNSET) if d else UNSET

        if cls is ErrorObject:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.message = message
            new_instance_.type_ = type_
            new_instance_.code = code
            new_instance_.param = param
            error_object = new_instance_
        else:
            error_object = cls(
                message=message,
                type_=type_,
                code=code,
                param=param,
            )

        error_object.additional_properties = d
        return error_object

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


class ErrorObjectParams(TypedDict, total=False):
    """The JSON object `ErrorObject.from_dict` reads (keys as on the wire), for type checkers."""

    message: str
    type: str | None
    code: str | int | None
    param: str | None


_object_new_ = object.__new__
