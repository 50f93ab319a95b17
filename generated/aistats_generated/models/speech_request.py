from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat, check_speech_request_response_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechRequest")


@_attrs_define
class SpeechRequest:
    """A speech synthesis request (JSON)."""

    model: str
    """ The model id, such as `openai/gpt-4o-mini-tts`. """
    input_: str
    """ The text to speak (OpenAI-style models take at most 4096 characters). """
    voice: SpeechRequestVoiceType1 | str | Unset = UNSET
    """ A voice name, or `{id}` / `{name}` / `{voiceName}`; most providers require one. """
    response_format: SpeechRequestResponseFormat | Unset = UNSET
    """ The audio format (server default `mp3`). """
    speed: float | Unset = UNSET
    instructions: str | Unset = UNSET
    session_id: str | Unset = UNSET
    config: SpeechRequestConfig | Unset = UNSET
    """ Provider-specific settings (`elevenlabs`, `minimax`, `google`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_

        voice: dict[str, Any] | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, SpeechRequestVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        instructions = self.instructions

        session_id = self.session_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        input_ = d.pop("input")

        _voice = d.pop("voice", UNSET) if d else UNSET
        voice = _voice if _voice is UNSET else _parse_voice(_voice)

        _response_format = d.pop("response_format", UNSET) if d else UNSET
        response_format: SpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_speech_request_response_format(_response_format)

        speed = d.pop("speed", UNSET) if d else UNSET

        instructions = d.pop("instructions", UNSET) if d else UNSET

        session_id = d.pop("session_id", UNSET) if d else UNSET

        _config: Any = d.pop("config", UNSET) if d else UNSET
        config: SpeechRequestConfig | Unset = UNSET if _config is UNSET else _from_dict_SpeechRequestConfig(_config)

        if cls is SpeechRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.input_ = input_
            new_instance_.voice = voice
            new_instance_.response_format = response_format
            new_instance_.speed = speed
            new_instance_.instructions = instructions
            new_instance_.session_id = session_id
            new_instance_.config = config
            speech_request = new_instance_
        else:
            speech_request = cls(
                model=model,
                input_=input_,
                voice=voice,
                response_format=response_format,
                speed=speed,
                instructions=instructions,
                session_id=session_id,
                config=config,
            )

        speech_request.additional_properties = d
        return speech_request

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


def _parse_voice(data: object) -> SpeechRequestVoiceType1 | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        voice_type_1 = SpeechRequestVoiceType1.from_dict(data)

        return voice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(SpeechRequestVoiceType1 | str | Unset, data)


class SpeechRequestBaseParams(TypedDict, total=False):
    """`SpeechRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    """ The model id, such as `openai/gpt-4o-mini-tts`. """
    input: Required[str]
    """ The text to speak (OpenAI-style models take at most 4096 characters). """
    voice: str | SpeechRequestVoiceType1Params
    """ A voice name, or `{id}` / `{name}` / `{voiceName}`; most providers require one. """
    speed: float
    instructions: str
    session_id: str
    config: SpeechRequestConfigParams
    """ Provider-specific settings (`elevenlabs`, `minimax`, `google`). """


class SpeechRequestParams(SpeechRequestBaseParams, total=False):
    """The JSON object `SpeechRequest.from_dict` reads (keys as on the wire), for type checkers."""

    response_format: SpeechRequestResponseFormat
    """ The audio format (server default `mp3`). """


SpeechRequestResponseFormatParam: TypeAlias = "SpeechRequestResponseFormat"
"""The `response_format` key of `SpeechRequestParams`, for a facade that takes it as an explicit keyword."""


from ..models.speech_request_config import SpeechRequestConfig, SpeechRequestConfigParams  # noqa: E402
from ..models.speech_request_voice_type_1 import SpeechRequestVoiceType1, SpeechRequestVoiceType1Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_SpeechRequestConfig = SpeechRequestConfig.from_dict
