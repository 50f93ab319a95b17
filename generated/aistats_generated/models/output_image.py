from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputImage")


@_attrs_define
class OutputImage:
    """A generated image."""

    type_: str | Unset = UNSET
    """ `image_url`. """
    image_url: MediaUrl | Unset = UNSET
    """ Where a media file is. """
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_url, Unset):
            image_url = self.image_url.to_dict()

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        _image_url: Any = d.pop("image_url", UNSET) if d else UNSET
        image_url: MediaUrl | Unset = UNSET if _image_url is UNSET else _from_dict_MediaUrl(_image_url)

        mime_type = d.pop("mime_type", UNSET) if d else UNSET

        if cls is OutputImage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.image_url = image_url
            new_instance_.mime_type = mime_type
            output_image = new_instance_
        else:
            output_image = cls(
                type_=type_,
                image_url=image_url,
                mime_type=mime_type,
            )

        output_image.additional_properties = d
        return output_image

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


class OutputImageParams(TypedDict, total=False):
    """The JSON object `OutputImage.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ `image_url`. """
    image_url: MediaUrlParams
    """ Where a media file is. """
    mime_type: str


from ..models.media_url import MediaUrl, MediaUrlParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MediaUrl = MediaUrl.from_dict
