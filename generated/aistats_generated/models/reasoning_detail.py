from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReasoningDetail")


@_attrs_define
class ReasoningDetail:
    """One piece of reasoning."""

    type: str | None = None
    """ For example `reasoning.text`, `reasoning.summary` or `reasoning.encrypted`. """
    text: None | str = None
    id: None | str = None
    index: int | None = None
    format: None | str = None
    signature: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ReasoningDetail.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def format_(self) -> None | str:
        """Deprecated spelling of ``format`` (removed in 0.4)."""
        _warnings.warn("`ReasoningDetail.format_` is deprecated, use `.format`", DeprecationWarning, stacklevel=2)
        return self.format

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        text = self.text
        if text is not None:
            field_dict["text"] = text
        elif self._nulls_ & 2:
            field_dict["text"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 4:
            field_dict["id"] = None
        index = self.index
        if index is not None:
            field_dict["index"] = index
        elif self._nulls_ & 8:
            field_dict["index"] = None
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        elif self._nulls_ & 16:
            field_dict["format"] = None
        signature = self.signature
        if signature is not None:
            field_dict["signature"] = signature
        elif self._nulls_ & 32:
            field_dict["signature"] = None

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
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 1
        else:
            type_ = None

        if d:
            text = d.pop("text", None)
            if text is None and "text" in src_dict:
                nulls_ |= 2
        else:
            text = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 4
        else:
            id = None

        if d:
            index = d.pop("index", None)
            if index is None and "index" in src_dict:
                nulls_ |= 8
        else:
            index = None

        if d:
            format_ = d.pop("format", None)
            if format_ is None and "format" in src_dict:
                nulls_ |= 16
        else:
            format_ = None

        if d:
            signature = d.pop("signature", None)
            if signature is None and "signature" in src_dict:
                nulls_ |= 32
        else:
            signature = None

        if cls is ReasoningDetail:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.text = text
            new_instance_.id = id
            new_instance_.index = index
            new_instance_.format = format_
            new_instance_.signature = signature
        else:
            new_instance_ = cls(
                type=type_,
                text=text,
                id=id,
                index=index,
                format=format_,
                signature=signature,
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


class ReasoningDetailParams(TypedDict, total=False):
    """The JSON object `ReasoningDetail.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ For example `reasoning.text`, `reasoning.summary` or `reasoning.encrypted`. """
    text: str | None
    id: str | None
    index: int
    format: str | None
    signature: str | None


_object_new_ = object.__new__
