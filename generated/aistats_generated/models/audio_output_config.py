from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_output_config_format import AudioOutputConfigFormat, check_audio_output_config_format

T = TypeVar("T", bound="AudioOutputConfig")


@_attrs_define
class AudioOutputConfig:
    """Spoken output, for models that speak."""

    format: AudioOutputConfigFormat
    voice: AudioVoiceRef | str
    """ A voice name, or an object naming a custom voice by `id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def format_(self) -> AudioOutputConfigFormat:
        """Deprecated spelling of ``format`` (removed in 0.4)."""
        _warnings.warn("`AudioOutputConfig.format_` is deprecated, use `.format`", DeprecationWarning, stacklevel=2)
        return self.format

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format

        voice: dict[str, Any] | str
        if isinstance(self.voice, AudioVoiceRef):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "voice": voice,
            }
        )

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
        format_ = check_audio_output_config_format(d.pop("format"))

        voice = _parse_voice(d.pop("voice"))

        if cls is AudioOutputConfig:
            new_instance_ = _object_new_(cls)
            new_instance_.format = format_
            new_instance_.voice = voice
        else:
            new_instance_ = cls(
                format=format_,
                voice=voice,
            )

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


def _parse_voice(data: object) -> AudioVoiceRef | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        voice_type_1 = AudioVoiceRef.from_dict(data)

        return voice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioVoiceRef | str, data)


class AudioOutputConfigParams(TypedDict, total=False):
    """The JSON object `AudioOutputConfig.from_dict` reads (keys as on the wire), for type checkers."""

    format: Required[AudioOutputConfigFormat]
    voice: Required[str | AudioVoiceRefParams]
    """ A voice name, or an object naming a custom voice by `id`. """


from ..models.audio_voice_ref import AudioVoiceRef, AudioVoiceRefParams  # noqa: E402

_object_new_ = object.__new__
