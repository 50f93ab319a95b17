from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="ImagesEditRequest")


@_attrs_define
class ImagesEditRequest:
    """An image edit request (`multipart/form-data`). Several images go as repeated `image[]` parts."""

    image: File | list[File]
    """ The image to edit, or up to 16 images. """
    prompt: str
    mask: File | Unset = UNSET
    model: str | Unset = UNSET
    """ The model id (server default `openai/gpt-image-1.5`). """
    n: int | Unset = UNSET
    size: str | Unset = UNSET
    quality: str | Unset = UNSET
    output_format: str | Unset = UNSET
    background: str | Unset = UNSET
    input_fidelity: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | list[FileTypes]
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = []
            for image_type_1_item_data in self.image:
                image_type_1_item = image_type_1_item_data.to_tuple()

                image.append(image_type_1_item)

        prompt = self.prompt

        mask: FileTypes | Unset = UNSET
        if not isinstance(self.mask, Unset):
            mask = self.mask.to_tuple()

        model = self.model

        n = self.n

        size = self.size

        quality = self.quality

        output_format = self.output_format

        background = self.background

        input_fidelity = self.input_fidelity

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if mask is not UNSET:
            field_dict["mask"] = mask
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.image, File):
            files.append(("image", self.image.to_tuple()))
        else:
            for image_type_1_item_element in self.image:
                files.append(("image", image_type_1_item_element.to_tuple()))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.mask, Unset):
            files.append(("mask", self.mask.to_tuple()))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.n, Unset):
            files.append(("n", (None, str(self.n).encode(), "text/plain")))

        if not isinstance(self.size, Unset):
            files.append(("size", (None, str(self.size).encode(), "text/plain")))

        if not isinstance(self.quality, Unset):
            files.append(("quality", (None, str(self.quality).encode(), "text/plain")))

        if not isinstance(self.output_format, Unset):
            files.append(("output_format", (None, str(self.output_format).encode(), "text/plain")))

        if not isinstance(self.background, Unset):
            files.append(("background", (None, str(self.background).encode(), "text/plain")))

        if not isinstance(self.input_fidelity, Unset):
            files.append(("input_fidelity", (None, str(self.input_fidelity).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        image = _parse_image(d.pop("image"))

        prompt = d.pop("prompt")

        _mask = d.pop("mask", UNSET) if d else UNSET
        mask: File | Unset
        if isinstance(_mask, Unset):
            mask = UNSET
        else:
            mask = File(payload=BytesIO(_mask))

        model = d.pop("model", UNSET) if d else UNSET

        n = d.pop("n", UNSET) if d else UNSET

        size = d.pop("size", UNSET) if d else UNSET

        quality = d.pop("quality", UNSET) if d else UNSET

        output_format = d.pop("output_format", UNSET) if d else UNSET

        background = d.pop("background", UNSET) if d else UNSET

        input_fidelity = d.pop("input_fidelity", UNSET) if d else UNSET

        user = d.pop("user", UNSET) if d else UNSET

        if cls is ImagesEditRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.image = image
            new_instance_.prompt = prompt
            new_instance_.mask = mask
            new_instance_.model = model
            new_instance_.n = n
            new_instance_.size = size
            new_instance_.quality = quality
            new_instance_.output_format = output_format
            new_instance_.background = background
            new_instance_.input_fidelity = input_fidelity
            new_instance_.user = user
            images_edit_request = new_instance_
        else:
            images_edit_request = cls(
                image=image,
                prompt=prompt,
                mask=mask,
                model=model,
                n=n,
                size=size,
                quality=quality,
                output_format=output_format,
                background=background,
                input_fidelity=input_fidelity,
                user=user,
            )

        images_edit_request.additional_properties = d
        return images_edit_request

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


def _parse_image(data: object) -> File | list[File]:
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        image_type_0 = File(payload=BytesIO(data))

        return image_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, list):
        raise TypeError()
    image_type_1 = []
    _image_type_1 = data
    for image_type_1_item_data in _image_type_1:
        image_type_1_item = File(payload=BytesIO(image_type_1_item_data))

        image_type_1.append(image_type_1_item)

    return image_type_1


class ImagesEditRequestParams(TypedDict, total=False):
    """The JSON object `ImagesEditRequest.from_dict` reads (keys as on the wire), for type checkers."""

    image: Required[types.FileInput | Sequence[types.FileInput]]
    """ The image to edit, or up to 16 images. """
    prompt: Required[str]
    mask: types.FileInput
    model: str
    """ The model id (server default `openai/gpt-image-1.5`). """
    n: int
    size: str
    quality: str
    output_format: str
    background: str
    input_fidelity: str
    user: str


_object_new_ = object.__new__
