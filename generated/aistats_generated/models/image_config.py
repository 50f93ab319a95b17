from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_config_image_size import ImageConfigImageSize, check_image_config_image_size

T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """Options for models that generate images."""

    aspect_ratio: str | None = None
    """ For example `16:9`. """
    image_size: ImageConfigImageSize | None = None
    font_inputs: list[ImageFontInput] | None = None
    super_resolution_references: list[str] | None = None
    include_rai_reason: bool | None = None
    """ Explain why an image was filtered, when it was. """
    reference_images: list[Any] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        aspect_ratio = self.aspect_ratio
        if aspect_ratio is not None:
            field_dict["aspect_ratio"] = aspect_ratio
        elif self._nulls_ & 1:
            field_dict["aspect_ratio"] = None
        image_size = self.image_size
        if image_size is not None:
            field_dict["image_size"] = image_size
        elif self._nulls_ & 2:
            field_dict["image_size"] = None
        font_inputs = self.font_inputs
        if font_inputs is not None:
            font_inputs_json: list[dict[str, Any]] = []
            for font_inputs_item in font_inputs:
                font_inputs_json.append(font_inputs_item.to_dict())
            field_dict["font_inputs"] = font_inputs_json
        elif self._nulls_ & 4:
            field_dict["font_inputs"] = None
        super_resolution_references = self.super_resolution_references
        if super_resolution_references is not None:
            field_dict["super_resolution_references"] = super_resolution_references
        elif self._nulls_ & 8:
            field_dict["super_resolution_references"] = None
        include_rai_reason = self.include_rai_reason
        if include_rai_reason is not None:
            field_dict["include_rai_reason"] = include_rai_reason
        elif self._nulls_ & 16:
            field_dict["include_rai_reason"] = None
        reference_images = self.reference_images
        if reference_images is not None:
            field_dict["reference_images"] = reference_images
        elif self._nulls_ & 32:
            field_dict["reference_images"] = None

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
            aspect_ratio = d.pop("aspect_ratio", None)
            if aspect_ratio is None and "aspect_ratio" in src_dict:
                nulls_ |= 1
        else:
            aspect_ratio = None

        image_size: ImageConfigImageSize | None = None
        if d:
            _image_size = d.pop("image_size", None)
            if _image_size is None:
                if "image_size" in src_dict:
                    nulls_ |= 2
            else:
                image_size = check_image_config_image_size(_image_size)

        font_inputs: list[ImageFontInput] | None = None
        if d:
            _font_inputs = d.pop("font_inputs", None)
            if _font_inputs is None:
                if "font_inputs" in src_dict:
                    nulls_ |= 4
            else:
                font_inputs = []
                for font_inputs_item_data in _font_inputs:
                    font_inputs.append(_from_dict_ImageFontInput(font_inputs_item_data))

        if d:
            super_resolution_references = d.pop("super_resolution_references", None)
            if super_resolution_references is None and "super_resolution_references" in src_dict:
                nulls_ |= 8
        else:
            super_resolution_references = None

        if d:
            include_rai_reason = d.pop("include_rai_reason", None)
            if include_rai_reason is None and "include_rai_reason" in src_dict:
                nulls_ |= 16
        else:
            include_rai_reason = None

        if d:
            reference_images = d.pop("reference_images", None)
            if reference_images is None and "reference_images" in src_dict:
                nulls_ |= 32
        else:
            reference_images = None

        if cls is ImageConfig:
            new_instance_ = _object_new_(cls)
            new_instance_.aspect_ratio = aspect_ratio
            new_instance_.image_size = image_size
            new_instance_.font_inputs = font_inputs
            new_instance_.super_resolution_references = super_resolution_references
            new_instance_.include_rai_reason = include_rai_reason
            new_instance_.reference_images = reference_images
        else:
            new_instance_ = cls(
                aspect_ratio=aspect_ratio,
                image_size=image_size,
                font_inputs=font_inputs,
                super_resolution_references=super_resolution_references,
                include_rai_reason=include_rai_reason,
                reference_images=reference_images,
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
