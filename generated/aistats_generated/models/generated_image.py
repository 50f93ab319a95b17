from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedImage")


@_attrs_define
class GeneratedImage:
    """One image."""

    url: None | str | Unset = UNSET
    b64_json: None | str | Unset = UNSET
    revised_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        b64_json: None | str | Unset
        if isinstance(self.b64_json, Unset):
            b64_json = UNSET
        else:
            b64_json = self.b64_json

        revised_prompt: None | str | Unset
        if isinstance(self.revised_prompt, Unset):
            revised_prompt = UNSET
        else:
            revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        url: None | str | Unset = d.pop("url", UNSET) if d else UNSET

        b64_json: None | str | Unset = d.pop("b64_json", UNSET) if d else UNSET

        revised_prompt: None | str | Unset = d.pop("revised_prompt", UNSET) if d else UNSET

        if cls is GeneratedImage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.url = url
            new_instance_.b64_json = b64_json
            new_instance_.revised_prompt = revised_prompt
            generated_image = new_instance_
        else:
            generated_image = cls(
                url=url,
                b64_json=b64_json,
                revised_prompt=revised_prompt,
            )

        generated_image.additional_properties = d
        return generated_image

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
