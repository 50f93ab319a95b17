from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageContentVideoUrl")


@_attrs_define
class MessageContentVideoUrl:
    """A video, by URL (alternative spelling)."""

    type_: Literal["video_url"]
    video_url: MediaUrl
    """ Where a media file is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = cast(Literal["video_url"], d.pop("type"))
        if type_ != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type_}'")

        video_url = _from_dict_MediaUrl(d.pop("video_url"))

        if cls is MessageContentVideoUrl:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.video_url = video_url
            message_content_video_url = new_instance_
        else:
            message_content_video_url = cls(
                type_=type_,
                video_url=video_url,
            )

        message_content_video_url.additional_properties = d
        return message_content_video_url

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


class MessageContentVideoUrlParams(TypedDict, total=False):
    """The JSON object `MessageContentVideoUrl.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["video_url"]]
    video_url: Required[MediaUrlParams]
    """ Where a media file is. """


from ..models.media_url import MediaUrl, MediaUrlParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MediaUrl = MediaUrl.from_dict
