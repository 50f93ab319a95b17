from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutputAudio")


@_attrs_define
class OutputAudio:
    """Generated audio."""

    type: str | None = None
    """ `audio_url`. """
    audio_url: MediaUrl | None = None
    """ Where a media file is. """
    mime_type: str | None = None
    format: str | None = None
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`OutputAudio.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def format_(self) -> str | None:
        """Deprecated spelling of ``format`` (removed in 0.4)."""
        _warnings.warn("`OutputAudio.format_` is deprecated, use `.format`", DeprecationWarning, stacklevel=2)
        return self.format

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        audio_url = self.audio_url
        if audio_url is not None:
            field_dict["audio_url"] = audio_url.to_dict()
        elif self._nulls_ & 2:
            field_dict["audio_url"] = None
        mime_type = self.mime_type
        if mime_type is not None:
            field_dict["mime_type"] = mime_type
        elif self._nulls_ & 4:
            field_dict["mime_type"] = None
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        elif self._nulls_ & 8:
            field_dict["format"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 1
        else:
            type_ = None

        audio_url: MediaUrl | None = None
        if d:
            _audio_url = d.pop("audio_url", None)
            if _audio_url is None:
                if "audio_url" in src_dict:
                    nulls_ |= 2
            else:
                audio_url = _from_dict_MediaUrl(_audio_url)

        if d:
            mime_type = d.pop("mime_type", None)
            if mime_type is None and "mime_type" in src_dict:
                nulls_ |= 4
        else:
            mime_type = None

        if d:
            format_ = d.pop("format", None)
            if format_ is None and "format" in src_dict:
                nulls_ |= 8
        else:
            format_ = None

        if cls is OutputAudio:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.audio_url = audio_url
            new_instance_.mime_type = mime_type
            new_instance_.format = format_
        else:
            new_instance_ = cls(
                type=type_,
                audio_url=audio_url,
                mime_type=mime_type,
                format=format_,
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
