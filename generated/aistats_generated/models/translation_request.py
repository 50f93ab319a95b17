from __future__ import annotations

import json as _json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Required, TypeAlias, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.translation_request_response_format import (
    TranslationRequestResponseFormat,
    check_translation_request_response_format,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="TranslationRequest")


@_attrs_define
class TranslationRequest:
    """A translation request (`multipart/form-data`)."""

    file: File
    """ The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: str
    """ The model id, such as `openai/whisper-1`. """
    prompt: str | Unset = UNSET
    temperature: float | Unset = UNSET
    response_format: TranslationRequestResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model = self.model

        prompt = self.prompt

        temperature = self.temperature

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        model = d.pop("model")

        prompt = d.pop("prompt", UNSET) if d else UNSET

        temperature = d.pop("temperature", UNSET) if d else UNSET

        _response_format = d.pop("response_format", UNSET) if d else UNSET
        response_format: TranslationRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_translation_request_response_format(_response_format)

        if cls is TranslationRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.file = file
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.temperature = temperature
            new_instance_.response_format = response_format
            translation_request = new_instance_
        else:
            translation_request = cls(
                file=file,
                model=model,
                prompt=prompt,
                temperature=temperature,
                response_format=response_format,
            )

        translation_request.additional_properties = d
        return translation_request

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


class TranslationRequestBaseParams(TypedDict, total=False):
    """`TranslationRequestParams` without the keys a caller takes as explicit keywords."""

    file: Required[types.FileInput]
    """ The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: Required[str]
    """ The model id, such as `openai/whisper-1`. """
    prompt: str
    temperature: float


class TranslationRequestParams(TranslationRequestBaseParams, total=False):
    """The JSON object `TranslationRequest.from_dict` reads (keys as on the wire), for type checkers."""

    response_format: TranslationRequestResponseFormat


TranslationRequestResponseFormatParam: TypeAlias = "TranslationRequestResponseFormat"
"""The `response_format` key of `TranslationRequestParams`, for a facade that takes it as an explicit keyword."""


_object_new_ = object.__new__
