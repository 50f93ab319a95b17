from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypeAlias, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagesGenerationRequest")


@_attrs_define
class ImagesGenerationRequest:
    """An image generation request."""

    model: str
    prompt: str
    n: int | Unset = UNSET
    size: str | Unset = UNSET
    quality: str | Unset = UNSET
    response_format: str | Unset = UNSET
    """ `url` or `b64_json`. """
    style: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        n = self.n

        size = self.size

        quality = self.quality

        response_format = self.response_format

        style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        n = d.pop("n", UNSET) if d else UNSET

        size = d.pop("size", UNSET) if d else UNSET

        quality = d.pop("quality", UNSET) if d else UNSET

        response_format = d.pop("response_format", UNSET) if d else UNSET

        style = d.pop("style", UNSET) if d else UNSET

        user = d.pop("user", UNSET) if d else UNSET

        if cls is ImagesGenerationRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.n = n
            new_instance_.size = size
            new_instance_.quality = quality
            new_instance_.response_format = response_format
            new_instance_.style = style
            new_instance_.user = user
            images_generation_request = new_instance_
        else:
            images_generation_request = cls(
                model=model,
                prompt=prompt,
                n=n,
                size=size,
                quality=quality,
                response_format=response_format,
                style=style,
                user=user,
            )

        images_generation_request.additional_properties = d
        return images_generation_request

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


class ImagesGenerationRequestBaseParams(TypedDict, total=False):
    """`ImagesGenerationRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    prompt: Required[str]
    n: int
    size: str
    quality: str
    style: str
    user: str


class ImagesGenerationRequestParams(ImagesGenerationRequestBaseParams, total=False):
    """The JSON object `ImagesGenerationRequest.from_dict` reads (keys as on the wire), for type checkers."""

    response_format: str
    """ `url` or `b64_json`. """


ImagesGenerationRequestResponseFormatParam: TypeAlias = "str"
"""The `response_format` key of `ImagesGenerationRequestParams`, for a facade that takes it as an explicit keyword."""


_object_new_ = object.__new__
