from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, FileTypes, Unset

T = TypeVar("T", bound="ImagesEditRequest")


@_attrs_define
class ImagesEditRequest:
    """An image edit request (`multipart/form-data`). Several images go as repeated `image[]` parts."""

    image: File | list[File]
    """ The image to edit, or up to 16 images. """
    prompt: str
    mask: File | None = None
    model: str | None = None
    """ The model id (server default `openai/gpt-image-1.5`). """
    n: int | None = None
    size: str | None = None
    quality: str | None = None
    output_format: str | None = None
    background: str | None = None
    input_fidelity: str | None = None
    user: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        mask = self.mask
        if mask is not None:
            if not isinstance(mask, Unset):
                field_dict["mask"] = mask.to_tuple()
        elif self._nulls_ & 1:
            field_dict["mask"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 2:
            field_dict["model"] = None
        n = self.n
        if n is not None:
            field_dict["n"] = n
        elif self._nulls_ & 4:
            field_dict["n"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif self._nulls_ & 8:
            field_dict["size"] = None
        quality = self.quality
        if quality is not None:
            field_dict["quality"] = quality
        elif self._nulls_ & 16:
            field_dict["quality"] = None
        output_format = self.output_format
        if output_format is not None:
            field_dict["output_format"] = output_format
        elif self._nulls_ & 32:
            field_dict["output_format"] = None
        background = self.background
        if background is not None:
            field_dict["background"] = background
        elif self._nulls_ & 64:
            field_dict["background"] = None
        input_fidelity = self.input_fidelity
        if input_fidelity is not None:
            field_dict["input_fidelity"] = input_fidelity
        elif self._nulls_ & 128:
            field_dict["input_fidelity"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 256:
            field_dict["user"] = None

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
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        image = _parse_image(d.pop("image"))

        prompt = d.pop("prompt")

        mask: File | None = None
        if d:
            _mask = d.pop("mask", None)
            if _mask is None:
                if "mask" in src_dict:
                    nulls_ |= 1
            else:
                mask = File(payload=BytesIO(_mask))

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 2
        else:
            model = None

        if d:
            n = d.pop("n", None)
            if n is None and "n" in src_dict:
                nulls_ |= 4
        else:
            n = None

        if d:
            size = d.pop("size", None)
            if size is None and "size" in src_dict:
                nulls_ |= 8
        else:
            size = None

        if d:
            quality = d.pop("quality", None)
            if quality is None and "quality" in src_dict:
                nulls_ |= 16
        else:
            quality = None

        if d:
            output_format = d.pop("output_format", None)
            if output_format is None and "output_format" in src_dict:
                nulls_ |= 32
        else:
            output_format = None

        if d:
            background = d.pop("background", None)
            if background is None and "background" in src_dict:
                nulls_ |= 64
        else:
            background = None

        if d:
            input_fidelity = d.pop("input_fidelity", None)
            if input_fidelity is None and "input_fidelity" in src_dict:
                nulls_ |= 128
        else:
            input_fidelity = None

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 256
        else:
            user = None

        if cls is ImagesEditRequest:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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
