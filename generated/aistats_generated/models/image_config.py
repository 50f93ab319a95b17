from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_config_image_size import ImageConfigImageSize, check_image_config_image_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """Options for models that generate images."""

    aspect_ratio: str | Unset = UNSET
    """ For example `16:9`. """
    image_size: ImageConfigImageSize | Unset = UNSET
    font_inputs: list[ImageFontInput] | Unset = UNSET
    super_resolution_references: list[str] | Unset = UNSET
    include_rai_reason: bool | Unset = UNSET
    """ Explain why an image was filtered, when it was. """
    reference_images: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        font_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.font_inputs, Unset):
            font_inputs = []
            for font_inputs_item_data in self.font_inputs:
                font_inputs_item = font_inputs_item_data.to_dict()
                font_inputs.append(font_inputs_item)

        super_resolution_references: list[str] | Unset = UNSET
        if not isinstance(self.super_resolution_references, Unset):
            super_resolution_references = self.super_resolution_references

        include_rai_reason = self.include_rai_reason

        reference_images: list[Any] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = self.reference_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if font_inputs is not UNSET:
            field_dict["font_inputs"] = font_inputs
        if super_resolution_references is not UNSET:
            field_dict["super_resolution_references"] = super_resolution_references
        if include_rai_reason is not UNSET:
            field_dict["include_rai_reason"] = include_rai_reason
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio", UNSET) if d else UNSET

        _image_size = d.pop("image_size", UNSET) if d else UNSET
        image_size: ImageConfigImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_image_config_image_size(_image_size)

        _font_inputs = d.pop("font_inputs", UNSET) if d else UNSET
        font_inputs: list[ImageFontInput] | Unset = UNSET
        if _font_inputs is not UNSET:
            font_inputs = []
            for font_inputs_item_data in _font_inputs:
                font_inputs.append(_from_dict_ImageFontInput(font_inputs_item_data))

        super_resolution_references = cast(list[str], (d.pop("super_resolution_references", UNSET) if d else UNSET))

        include_rai_reason = d.pop("include_rai_reason", UNSET) if d else UNSET

        reference_images = cast(list[Any], (d.pop("reference_images", UNSET) if d else UNSET))

        if cls is ImageConfig:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.aspect_ratio = aspect_ratio
            new_instance_.image_size = image_size
            new_instance_.font_inputs = font_inputs
            new_instance_.super_resolution_references = super_resolution_references
            new_instance_.include_rai_reason = include_rai_reason
            new_instance_.reference_images = reference_images
            image_config = new_instance_
        else:
            image_config = cls(
                aspect_ratio=aspect_ratio,
                image_size=image_size,
                font_inputs=font_inputs,
                super_resolution_references=super_resolution_references,
                include_rai_reason=include_rai_reason,
                reference_images=reference_images,
            )

        image_config.additional_properties = d
        return image_config

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


class ImageConfigParams(TypedDict, total=False):
    """The JSON object `ImageConfig.from_dict` reads (keys as on the wire), for type checkers."""

    aspect_ratio: str
    """ For example `16:9`. """
    image_size: ImageConfigImageSize
    font_inputs: Sequence[ImageFontInputParams]
    super_resolution_references: Sequence[str]
    include_rai_reason: bool
    """ Explain why an image was filtered, when it was. """
    reference_images: Sequence[Any]


from ..models.image_font_input import ImageFontInput, ImageFontInputParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ImageFontInput = ImageFontInput.from_dict
