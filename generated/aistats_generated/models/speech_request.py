from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat, check_speech_request_response_format

T = TypeVar("T", bound="SpeechRequest")


@_attrs_define
class SpeechRequest:
    """A speech synthesis request (JSON)."""

    model: str
    """ The model id, such as `openai/gpt-4o-mini-tts`. """
    input: str
    """ The text to speak (OpenAI-style models take at most 4096 characters). """
    voice: SpeechRequestVoiceType1 | str | None = None
    """ A voice name, or `{id}` / `{name}` / `{voiceName}`; most providers require one. """
    response_format: SpeechRequestResponseFormat | None = None
    """ The audio format (server default `mp3`). """
    speed: float | None = None
    instructions: str | None = None
    session_id: str | None = None
    config: SpeechRequestConfig | None = None
    """ Provider-specific settings (`elevenlabs`, `minimax`, `google`). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> str:
        """Deprecated spelling of ``input`` (removed in 0.4)."""
        _warnings.warn("`SpeechRequest.input_` is deprecated, use `.input`", DeprecationWarning, stacklevel=2)
        return self.input

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        voice = self.voice
        if voice is not None:
            if isinstance(voice, SpeechRequestVoiceType1):
                field_dict["voice"] = voice.to_dict()
            else:
                field_dict["voice"] = voice
        elif self._nulls_ & 1:
            field_dict["voice"] = None
        response_format = self.response_format
        if response_format is not None:
            field_dict["response_format"] = response_format
        elif self._nulls_ & 2:
            field_dict["response_format"] = None
        speed = self.speed
        if speed is not None:
            field_dict["speed"] = speed
        elif self._nulls_ & 4:
            field_dict["speed"] = None
        instructions = self.instructions
        if instructions is not None:
            field_dict["instructions"] = instructions
        elif self._nulls_ & 8:
            field_dict["instructions"] = None
        session_id = self.session_id
        if session_id is not None:
            field_dict["session_id"] = session_id
        elif self._nulls_ & 16:
            field_dict["session_id"] = None
        config = self.config
        if config is not None:
            field_dict["config"] = config.to_dict()
        elif self._nulls_ & 32:
            field_dict["config"] = None

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
        model = d.pop("model")

        input_ = d.pop("input")

        voice: SpeechRequestVoiceType1 | str | None = None
        if d:
            _voice = d.pop("voice", None)
            if _voice is None:
                if "voice" in src_dict:
                    nulls_ |= 1
            else:
                voice = _parse_voice(_voice)

        response_format: SpeechRequestResponseFormat | None = None
        if d:
            _response_format = d.pop("response_format", None)
            if _response_format is None:
                if "response_format" in src_dict:
                    nulls_ |= 2
            else:
                response_format = check_speech_request_response_format(_response_format)

        if d:
            speed = d.pop("speed", None)
            if speed is None and "speed" in src_dict:
                nulls_ |= 4
        else:
            speed = None

        if d:
            instructions = d.pop("instructions", None)
            if instructions is None and "instructions" in src_dict:
                nulls_ |= 8
        else:
            instructions = None

        if d:
            session_id = d.pop("session_id", None)
            if session_id is None and "session_id" in src_dict:
                nulls_ |= 16
        else:
            session_id = None

        config: SpeechRequestConfig | None = None
        if d:
            _config = d.pop("config", None)
            if _config is None:
                if "config" in src_dict:
                    nulls_ |= 32
            else:
                config = _from_dict_SpeechRequestConfig(_config)

        if cls is SpeechRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.input = input_
            new_instance_.voice = voice
            new_instance_.response_format = response_format
            new_instance_.speed = speed
            new_instance_.instructions = instructions
            new_instance_.session_id = session_id
            new_instance_.config = config
        else:
            new_instance_ = cls(
                model=model,
                input=input_,
                voice=voice,
                response_format=response_format,
                speed=speed,
                instructions=instructions,
                session_id=session_id,
                config=config,
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


def _parse_voice(data: object) -> SpeechRequestVoiceType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        voice_type_1 = SpeechRequestVoiceType1.from_dict(data)

        return voice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(SpeechRequestVoiceType1 | str, data)


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
