from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpstreamError")


@_attrs_define
class UpstreamError:
    """The provider's own error, as the gateway understood it."""

    code: None | str = None
    message: None | str = None
    description: None | str = None
    param: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        code = self.code
        if code is not None:
            field_dict["code"] = code
        elif self._nulls_ & 1:
            field_dict["code"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif self._nulls_ & 2:
            field_dict["message"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 4:
            field_dict["description"] = None
        param = self.param
        if param is not None:
            field_dict["param"] = param
        elif self._nulls_ & 8:
            field_dict["param"] = None

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
            code = d.pop("code", None)
            if code is None and "code" in src_dict:
                nulls_ |= 1
        else:
            code = None

        if d:
            message = d.pop("message", None)
            if message is None and "message" in src_dict:
                nulls_ |= 2
        else:
            message = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 4
        else:
            description = None

        if d:
            param = d.pop("param", None)
            if param is None and "param" in src_dict:
                nulls_ |= 8
        else:
            param = None

        if cls is UpstreamError:
            new_instance_ = _object_new_(cls)
            new_instance_.code = code
            new_instance_.message = message
            new_instance_.description = description
            new_instance_.param = param
        else:
            new_instance_ = cls(
                code=code,
                message=message,
                description=description,
                param=param,
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


class UpstreamErrorParams(TypedDict, total=False):
    """The JSON object `UpstreamError.from_dict` reads (keys as on the wire), for type checkers."""

    code: str | None
    message: str | None
    description: str | None
    param: str | None


_object_new_ = object.__new__
