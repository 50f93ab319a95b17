from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import Any, Required, TypeAlias, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.transcription_request_response_format import (
    TranscriptionRequestResponseFormat,
    check_transcription_request_response_format,
)
from ..models.transcription_request_timestamp_granularities_item import (
    TranscriptionRequestTimestampGranularitiesItem,
    check_transcription_request_timestamp_granularities_item,
)
from ..types import File, Unset

T = TypeVar("T", bound="TranscriptionRequest")


@_attrs_define
class TranscriptionRequest:
    """A transcription request (`multipart/form-data`). `timestamp_granularities` goes as repeated
    `timestamp_granularities[]` parts.

    """

    file: File
    """ The audio file (its name or type must be an audio format). """
    model: str
    """ The model id, such as `openai/whisper-1`. """
    language: str | None = None
    prompt: str | None = None
    temperature: float | None = None
    response_format: TranscriptionRequestResponseFormat | None = None
    """ The reply is JSON whatever this says; text and subtitles are in `text`. """
    timestamp_granularities: list[TranscriptionRequestTimestampGranularitiesItem] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "model": model,
            }
        )
        language = self.language
        if language is not None:
            field_dict["language"] = language
        elif self._nulls_ & 1:
            field_dict["language"] = None
        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt
        elif self._nulls_ & 2:
            field_dict["prompt"] = None
        temperature = self.temperature
        if temperature is not None:
            field_dict["temperature"] = temperature
        elif self._nulls_ & 4:
            field_dict["temperature"] = None
        response_format = self.response_format
        if response_format is not None:
            field_dict["response_format"] = response_format
        elif self._nulls_ & 8:
            field_dict["response_format"] = None
        timestamp_granularities = self.timestamp_granularities
        if timestamp_granularities is not None:
            timestamp_granularities_json: list[Any] = []
            for timestamp_granularities_item in timestamp_granularities:
                timestamp_granularities_item_json: str = timestamp_granularities_item
                timestamp_granularities_json.append(timestamp_granularities_item_json)
            field_dict["timestamp_granularities"] = timestamp_granularities_json
        elif self._nulls_ & 16:
            field_dict["timestamp_granularities"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities",
                        (None, str(timestamp_granularities_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        file = File(payload=BytesIO(d.pop("file")))

        model = d.pop("model")

        if d:
            language = d.pop("language", None)
            if language is None and "language" in src_dict:
                nulls_ |= 1
        else:
            language = None

        if d:
            prompt = d.pop("prompt", None)
            if prompt is None and "prompt" in src_dict:
                nulls_ |= 2
        else:
            prompt = None

        if d:
            temperature = d.pop("temperature", None)
            if temperature is None and "temperature" in src_dict:
                nulls_ |= 4
        else:
            temperature = None

        response_format: TranscriptionRequestResponseFormat | None = None
        if d:
            _response_format = d.pop("response_format", None)
            if _response_format is None:
                if "response_format" in src_dict:
                    nulls_ |= 8
            else:
                response_format = check_transcription_request_response_format(_response_format)

        timestamp_granularities: list[TranscriptionRequestTimestampGranularitiesItem] | None = None
        if d:
            _timestamp_granularities = d.pop("timestamp_granularities", None)
            if _timestamp_granularities is None:
                if "timestamp_granularities" in src_dict:
                    nulls_ |= 16
            else:
                timestamp_granularities = []
                for timestamp_granularities_item_data in _timestamp_granularities:
                    timestamp_granularities_item = check_transcription_request_timestamp_granularities_item(
                        timestamp_granularities_item_data
                    )

                    timestamp_granularities.append(timestamp_granularities_item)

        if cls is TranscriptionRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.file = file
            new_instance_.model = model
            new_instance_.language = language
            new_instance_.prompt = prompt
            new_instance_.temperature = temperature
            new_instance_.response_format = response_format
            new_instance_.timestamp_granularities = timestamp_granularities
        else:
            new_instance_ = cls(
                file=file,
                model=model,
                language=language,
                prompt=prompt,
                temperature=temperature,
                response_format=response_format,
                timestamp_granularities=timestamp_granularities,
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


class TranscriptionRequestBaseParams(TypedDict, total=False):
    """`TranscriptionRequestParams` without the keys a caller takes as explicit keywords."""

    file: Required[types.FileInput]
    """ The audio file (its name or type must be an audio format). """
    model: Required[str]
    """ The model id, such as `openai/whisper-1`. """
    language: str
    prompt: str
    temperature: float
    timestamp_granularities: Sequence[TranscriptionRequestTimestampGranularitiesItem]


class TranscriptionRequestParams(TranscriptionRequestBaseParams, total=False):
    """The JSON object `TranscriptionRequest.from_dict` reads (keys as on the wire), for type checkers."""

    response_format: TranscriptionRequestResponseFormat
    """ The reply is JSON whatever this says; text and subtitles are in `text`. """


TranscriptionRequestResponseFormatParam: TypeAlias = "TranscriptionRequestResponseFormat"
"""The `response_format` key of `TranscriptionRequestParams`, for a facade that takes it as an explicit keyword."""


_object_new_ = object.__new__
