from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputAudio")


@_attrs_define
class OutputAudio:
    """Generated audio."""

    type_: str | Unset = UNSET
    """ `audio_url`. """
    audio_url: MediaUrl | Unset = UNSET
    """ Where a media file is. """
    mime_type: str | Unset = UNSET
    format_: str | Unset = UNSET
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        audio_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_url, Unset):
            audio_url = self.audio_url.to_dict()

        mime_type = self.mime_type

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        _audio_url: Any = d.pop("audio_url", UNSET) if d else UNSET
        audio_url: MediaUrl | Unset = UNSET if _audio_url is UNSET else _from_dict_MediaUrl(_audio_url)

        mime_type = d.pop("mime_type", UNSET) if d else UNSET

        format_ = d.pop("format", UNSET) if d else UNSET

        if cls is OutputAudio:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.audio_url = audio_url
            new_instance_.mime_type = mime_type
            new_instance_.format_ = format_
            output_audio = new_instance_
        else:
            output_audio = cls(
                type_=type_,
                audio_url=audio_url,
                mime_type=mime_type,
                format_=format_,
            )

        output_audio.additional_properties = d
        return output_audio

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


class OutputAudioParams(TypedDict, total=False):
    """The JSON object `OutputAudio.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ `audio_url`. """
    audio_url: MediaUrlParams
    """ Where a media file is. """
    mime_type: str
    format: str
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """


from ..models.media_url import MediaUrl, MediaUrlParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MediaUrl = MediaUrl.from_dict
