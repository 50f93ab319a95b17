from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InputAudio")


@_attrs_define
class InputAudio:
    """Base64 audio (or its URL) and its format; `data` or `url` is required."""

    data: str | None = None
    """ Base64-encoded audio. """
    url: str | None = None
    """ Where the audio is. """
    format: str | None = None
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def format_(self) -> str | None:
        """Deprecated spelling of ``format`` (removed in 0.4)."""
        _warnings.warn("`InputAudio.format_` is deprecated, use `.format`", DeprecationWarning, stacklevel=2)
        return self.format

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        data = self.data
        if data is not None:
            field_dict["data"] = data
        elif self._nulls_ & 1:
            field_dict["data"] = None
        url = self.url
        if url is not None:
            field_dict["url"] = url
        elif self._nulls_ & 2:
            field_dict["url"] = None
        format_ = self.format
        if format_ is not None:
            field_dict["format"] = format_
        elif self._nulls_ & 4:
            field_dict["format"] = None

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
            data = d.pop("data", None)
            if data is None and "data" in src_dict:
                nulls_ |= 1
        else:
            data = None

        if d:
            url = d.pop("url", None)
            if url is None and "url" in src_dict:
                nulls_ |= 2
        else:
            url = None

        if d:
            format_ = d.pop("format", None)
            if format_ is None and "format" in src_dict:
                nulls_ |= 4
        else:
            format_ = None

        if cls is InputAudio:
            new_instance_ = _object_new_(cls)
            new_instance_.data = data
            new_instance_.url = url
            new_instance_.format = format_
        else:
            new_instance_ = cls(
                data=data,
                url=url,
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


class InputAudioParams(TypedDict, total=False):
    """The JSON object `InputAudio.from_dict` reads (keys as on the wire), for type checkers."""

    data: str
    """ Base64-encoded audio. """
    url: str
    """ Where the audio is. """
    format: str
    """ `wav`, `mp3`, `flac`, `m4a`, `ogg`, `pcm16` or `pcm24`. """


_object_new_ = object.__new__
