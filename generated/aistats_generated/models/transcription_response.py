from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionResponse")


@_attrs_define
class TranscriptionResponse:
    """`POST /audio/transcriptions` and `/audio/translations`: always JSON."""

    text: str
    request_id: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    task: str | Unset = UNSET
    language: str | Unset = UNSET
    duration: float | Unset = UNSET
    words: list[TranscriptionResponseWordsItem] | Unset = UNSET
    segments: list[TranscriptionResponseSegmentsItem] | Unset = UNSET
    usage: TranscriptionResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        request_id = self.request_id

        id = self.id

        object_ = self.object_

        model = self.model

        provider = self.provider

        task = self.task

        language = self.language

        duration = self.duration

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if task is not UNSET:
            field_dict["task"] = task
        if language is not UNSET:
            field_dict["language"] = language
        if duration is not UNSET:
            field_dict["duration"] = duration
        if words is not UNSET:
            field_dict["words"] = words
        if segments is not UNSET:
            field_dict["segments"] = segments
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        text = d.pop("text")

        request_id = d.pop("requestId", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        task = d.pop("task", UNSET) if d else UNSET

        language = d.pop("language", UNSET) if d else UNSET

        duration = d.pop("duration", UNSET) if d else UNSET

        _words = d.pop("words", UNSET) if d else UNSET
        words: list[TranscriptionResponseWordsItem] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words.append(_from_dict_TranscriptionResponseWordsItem(words_item_data))

        _segments = d.pop("segments", UNSET) if d else UNSET
        segments: list[TranscriptionResponseSegmentsItem] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments.append(_from_dict_TranscriptionResponseSegmentsItem(segments_item_data))

        _usage: Any = d.pop("usage", UNSET) if d else UNSET
        usage: TranscriptionResponseUsage | Unset = (
            UNSET if _usage is UNSET else _from_dict_TranscriptionResponseUsage(_usage)
        )

        if cls is TranscriptionResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.text = text
            new_instance_.request_id = request_id
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.task = task
            new_instance_.language = language
            new_instance_.duration = duration
            new_instance_.words = words
            new_instance_.segments = segments
            new_instance_.usage = usage
            transcription_response = new_instance_
        else:
            transcription_response = cls(
                text=text,
                request_id=request_id,
                id=id,
                object_=object_,
                model=model,
                provider=provider,
                task=task,
                language=language,
                duration=duration,
                words=words,
                segments=segments,
                usage=usage,
            )

        transcription_response.additional_properties = d
        return transcription_response

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


class TranscriptionResponseParams(TypedDict, total=False):
    """The JSON object `TranscriptionResponse.from_dict` reads (keys as on the wire), for type checkers."""

    text: Required[str]
    requestId: str
    id: str
    object: str
    model: str
    provider: str
    task: str
    language: str
    duration: float
    words: Sequence[TranscriptionResponseWordsItemParams]
    segments: Sequence[TranscriptionResponseSegmentsItemParams]
    usage: TranscriptionResponseUsageParams


from ..models.transcription_response_segments_item import (  # noqa: E402
    TranscriptionResponseSegmentsItem,
    TranscriptionResponseSegmentsItemParams,
)
from ..models.transcription_response_usage import TranscriptionResponseUsage, TranscriptionResponseUsageParams  # noqa: E402
from ..models.transcription_response_words_item import (  # noqa: E402
    TranscriptionResponseWordsItem,
    TranscriptionResponseWordsItemParams,
)

_object_new_ = object.__new__
_from_dict_TranscriptionResponseSegmentsItem = TranscriptionResponseSegmentsItem.from_dict
_from_dict_TranscriptionResponseUsage = TranscriptionResponseUsage.from_dict
_from_dict_TranscriptionResponseWordsItem = TranscriptionResponseWordsItem.from_dict
