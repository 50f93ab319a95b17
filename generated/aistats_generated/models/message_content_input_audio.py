from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageContentInputAudio")


@_attrs_define
class MessageContentInputAudio:
    """Audio, inline or by URL."""

    type: Literal["input_audio"]
    input_audio: InputAudio
    """ Base64 audio (or its URL) and its format; `data` or `url` is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> Literal["input_audio"]:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`MessageContentInputAudio.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        input_audio = self.input_audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_audio": input_audio,
            }
        )

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
        type_ = cast(Literal["input_audio"], d.pop("type"))
        if type_ != "input_audio":
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        input_audio = _from_dict_InputAudio(d.pop("input_audio"))

        if cls is MessageContentInputAudio:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.input_audio = input_audio
        else:
            new_instance_ = cls(
                type=type_,
                input_audio=input_audio,
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


class MessageContentInputAudioParams(TypedDict, total=False):
    """The JSON object `MessageContentInputAudio.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["input_audio"]]
    input_audio: Required[InputAudioParams]
    """ Base64 audio (or its URL) and its format; `data` or `url` is required. """


from ..models.input_audio import InputAudio, InputAudioParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_InputAudio = InputAudio.from_dict
