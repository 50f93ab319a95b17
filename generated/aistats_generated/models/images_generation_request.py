from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypeAlias, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImagesGenerationRequest")


@_attrs_define
class ImagesGenerationRequest:
    """An image generation request."""

    model: str
    prompt: str
    n: int | None = None
    size: str | None = None
    quality: str | None = None
    response_format: str | None = None
    """ `url` or `b64_json`. """
    style: str | None = None
    user: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        n = self.n
        if n is not None:
            field_dict["n"] = n
        elif self._nulls_ & 1:
            field_dict["n"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif self._nulls_ & 2:
            field_dict["size"] = None
        quality = self.quality
        if quality is not None:
            field_dict["quality"] = quality
        elif self._nulls_ & 4:
            field_dict["quality"] = None
        response_format = self.response_format
        if response_format is not None:
            field_dict["response_format"] = response_format
        elif self._nulls_ & 8:
            field_dict["response_format"] = None
        style = self.style
        if style is not None:
            field_dict["style"] = style
        elif self._nulls_ & 16:
            field_dict["style"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 32:
            field_dict["user"] = None

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
        model = d.pop("model")

        prompt = d.pop("prompt")

        if d:
            n = d.pop("n", None)
            if n is None and "n" in src_dict:
                nulls_ |= 1
        else:
            n = None

        if d:
            size = d.pop("size", None)
            if size is None and "size" in src_dict:
                nulls_ |= 2
        else:
            size = None

        if d:
            quality = d.pop("quality", None)
            if quality is None and "quality" in src_dict:
                nulls_ |= 4
        else:
            quality = None

        if d:
            response_format = d.pop("response_format", None)
            if response_format is None and "response_format" in src_dict:
                nulls_ |= 8
        else:
            response_format = None

        if d:
            style = d.pop("style", None)
            if style is None and "style" in src_dict:
                nulls_ |= 16
        else:
            style = None

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 32
        else:
            user = None

        if cls is ImagesGenerationRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.n = n
            new_instance_.size = size
            new_instance_.quality = quality
            new_instance_.response_format = response_format
            new_instance_.style = style
            new_instance_.user = user
        else:
            new_instance_ = cls(
                model=model,
                prompt=prompt,
                n=n,
                size=size,
                quality=quality,
                response_format=response_format,
                style=style,
                user=user,
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
