from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayImageGenerationToolParameters")


@_attrs_define
class GatewayImageGenerationToolParameters:
    """The image model and output options."""

    prompt: str | None = None
    description: str | None = None
    model: str | None = None
    quality: str | None = None
    size: str | None = None
    aspect_ratio: str | None = None
    background: str | None = None
    output_format: str | None = None
    output_compression: float | None = None
    moderation: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt
        elif self._nulls_ & 1:
            field_dict["prompt"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 2:
            field_dict["description"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 4:
            field_dict["model"] = None
        quality = self.quality
        if quality is not None:
            field_dict["quality"] = quality
        elif self._nulls_ & 8:
            field_dict["quality"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif self._nulls_ & 16:
            field_dict["size"] = None
        aspect_ratio = self.aspect_ratio
        if aspect_ratio is not None:
            field_dict["aspect_ratio"] = aspect_ratio
        elif self._nulls_ & 32:
            field_dict["aspect_ratio"] = None
        background = self.background
        if background is not None:
            field_dict["background"] = background
        elif self._nulls_ & 64:
            field_dict["background"] = None
        output_format = self.output_format
        if output_format is not None:
            field_dict["output_format"] = output_format
        elif self._nulls_ & 128:
            field_dict["output_format"] = None
        output_compression = self.output_compression
        if output_compression is not None:
            field_dict["output_compression"] = output_compression
        elif self._nulls_ & 256:
            field_dict["output_compression"] = None
        moderation = self.moderation
        if moderation is not None:
            field_dict["moderation"] = moderation
        elif self._nulls_ & 512:
            field_dict["moderation"] = None

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
            prompt = d.pop("prompt", None)
            if prompt is None and "prompt" in src_dict:
                nulls_ |= 1
        else:
            prompt = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 2
        else:
            description = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 4
        else:
            model = None

        if d:
            quality = d.pop("quality", None)
            if quality is None and "quality" in src_dict:
                nulls_ |= 8
        else:
            quality = None

        if d:
            size = d.pop("size", None)
            if size is None and "size" in src_dict:
                nulls_ |= 16
        else:
            size = None

        if d:
            aspect_ratio = d.pop("aspect_ratio", None)
            if aspect_ratio is None and "aspect_ratio" in src_dict:
                nulls_ |= 32
        else:
            aspect_ratio = None

        if d:
            background = d.pop("background", None)
            if background is None and "background" in src_dict:
                nulls_ |= 64
        else:
            background = None

        if d:
            output_format = d.pop("output_format", None)
            if output_format is None and "output_format" in src_dict:
                nulls_ |= 128
        else:
            output_format = None

        if d:
            output_compression = d.pop("output_compression", None)
            if output_compression is None and "output_compression" in src_dict:
                nulls_ |= 256
        else:
            output_compression = None

        if d:
            moderation = d.pop("moderation", None)
            if moderation is None and "moderation" in src_dict:
                nulls_ |= 512
        else:
            moderation = None

        if cls is GatewayImageGenerationToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.prompt = prompt
            new_instance_.description = description
            new_instance_.model = model
            new_instance_.quality = quality
            new_instance_.size = size
            new_instance_.aspect_ratio = aspect_ratio
            new_instance_.background = background
            new_instance_.output_format = output_format
            new_instance_.output_compression = output_compression
            new_instance_.moderation = moderation
        else:
            new_instance_ = cls(
                prompt=prompt,
                description=description,
                model=model,
                quality=quality,
                size=size,
                aspect_ratio=aspect_ratio,
                background=background,
                output_format=output_format,
                output_compression=output_compression,
                moderation=moderation,
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


class GatewayImageGenerationToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayImageGenerationToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    prompt: str
    description: str
    model: str
    quality: str
    size: str
    aspect_ratio: str
    background: str
    output_format: str
    output_compression: float
    moderation: str


_object_new_ = object.__new__
