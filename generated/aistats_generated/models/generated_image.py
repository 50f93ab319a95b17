from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeneratedImage")


@_attrs_define
class GeneratedImage:
    """One image."""

    url: None | str = None
    b64_json: None | str = None
    revised_prompt: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        url = self.url
        if url is not None:
            field_dict["url"] = url
        elif self._nulls_ & 1:
            field_dict["url"] = None
        b64_json = self.b64_json
        if b64_json is not None:
            field_dict["b64_json"] = b64_json
        elif self._nulls_ & 2:
            field_dict["b64_json"] = None
        revised_prompt = self.revised_prompt
        if revised_prompt is not None:
            field_dict["revised_prompt"] = revised_prompt
        elif self._nulls_ & 4:
            field_dict["revised_prompt"] = None

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
            url = d.pop("url", None)
            if url is None and "url" in src_dict:
                nulls_ |= 1
        else:
            url = None

        if d:
            b64_json = d.pop("b64_json", None)
            if b64_json is None and "b64_json" in src_dict:
                nulls_ |= 2
        else:
            b64_json = None

        if d:
            revised_prompt = d.pop("revised_prompt", None)
            if revised_prompt is None and "revised_prompt" in src_dict:
                nulls_ |= 4
        else:
            revised_prompt = None

        if cls is GeneratedImage:
            new_instance_ = _object_new_(cls)
            new_instance_.url = url
            new_instance_.b64_json = b64_json
            new_instance_.revised_prompt = revised_prompt
        else:
            new_instance_ = cls(
                url=url,
                b64_json=b64_json,
                revised_prompt=revised_prompt,
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


class GeneratedImageParams(TypedDict, total=False):
    """The JSON object `GeneratedImage.from_dict` reads (keys as on the wire), for type checkers."""

    url: str | None
    b64_json: str | None
    revised_prompt: str | None


_object_new_ = object.__new__
