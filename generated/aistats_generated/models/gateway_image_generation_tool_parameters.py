from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayImageGenerationToolParameters")


@_attrs_define
class GatewayImageGenerationToolParameters:
    """The image model and output options."""

    prompt: str | Unset = UNSET
    description: str | Unset = UNSET
    model: str | Unset = UNSET
    quality: str | Unset = UNSET
    size: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    output_compression: float | Unset = UNSET
    moderation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        description = self.description

        model = self.model

        quality = self.quality

        size = self.size

        aspect_ratio = self.aspect_ratio

        background = self.background

        output_format = self.output_format

        output_compression = self.output_compression

        moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if description is not UNSET:
            field_dict["description"] = description
        if model is not UNSET:
            field_dict["model"] = model
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        prompt = d.pop("prompt", UNSET) if d else UNSET

        description = d.pop("description", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        quality = d.pop("quality", UNSET) if d else UNSET

        size = d.pop("size", UNSET) if d else UNSET

        aspect_ratio = d.pop("aspect_ratio", UNSET) if d else UNSET

        background = d.pop("background", UNSET) if d else UNSET

        output_format = d.pop("output_format", UNSET) if d else UNSET

        output_compression = d.pop("output_compression", UNSET) if d else UNSET

        moderation = d.pop("moderation", UNSET) if d else UNSET

        if cls is GatewayImageGenerationToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
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
            gateway_image_generation_tool_parameters = new_instance_
        else:
            gateway_image_generation_tool_parameters = cls(
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

        gateway_image_generation_tool_parameters.additional_properties = d
        return gateway_image_generation_tool_parameters

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
