from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputAudio")


@_attrs_define
class InputAudio:
    """Base64 audio (or its URL) and its format; `data` or `url` is required."""

    data: str | Unset = UNSET
    """ Base64-encoded audio. """
    url: str | Unset = UNSET
    """ Where the audio is. """
    format_: str | Unset = UNSET
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        url = self.url

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        data = d.pop("data", UNSET) if d else UNSET

        url = d.pop("url", UNSET) if d else UNSET

        format_ = d.pop("format", UNSET) if d else UNSET

        if cls is InputAudio:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.data = data
            new_instance_.url = url
            new_instance_.format_ = format_
            input_audio = new_instance_
        else:
            input_audio = cls(
                data=data,
                url=url,
                format_=format_,
            )

        input_audio.additional_properties = d
        return input_audio

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


class InputAudioParams(TypedDict, total=False):
    """The JSON object `InputAudio.from_dict` reads (keys as on the wire), for type checkers."""

    data: str
    """ Base64-encoded audio. """
    url: str
    """ Where the audio is. """
    format: str
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """


_object_new_ = object.__new__
