from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptionResponse")


@_attrs_define
class TranscriptionResponse:
    """`POST /audio/transcriptions` and `/audio/translations`: always JSON."""

    text: str
    request_id: str | None = None
    id: str | None = None
    object: str | None = None
    model: str | None = None
    provider: str | None = None
    task: str | None = None
    language: str | None = None
    duration: float | None = None
    words: list[TranscriptionResponseWordsItem] | None = None
    segments: list[TranscriptionResponseSegmentsItem] | None = None
    usage: TranscriptionResponseUsage | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`TranscriptionResponse.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        request_id = self.request_id
        if request_id is not None:
            field_dict["requestId"] = request_id
        elif self._nulls_ & 1:
            field_dict["requestId"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 2:
            field_dict["id"] = None
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 4:
            field_dict["object"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 8:
            field_dict["model"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 16:
            field_dict["provider"] = None
        task = self.task
        if task is not None:
            field_dict["task"] = task
        elif self._nulls_ & 32:
            field_dict["task"] = None
        language = self.language
        if language is not None:
            field_dict["language"] = language
        elif self._nulls_ & 64:
            field_dict["language"] = None
        duration = self.duration
        if duration is not None:
            field_dict["duration"] = duration
        elif self._nulls_ & 128:
            field_dict["duration"] = None
        words = self.words
        if words is not None:
            words_json: list[dict[str, Any]] = []
            for words_item in words:
                words_json.append(words_item.to_dict())
            field_dict["words"] = words_json
        elif self._nulls_ & 256:
            field_dict["words"] = None
        segments = self.segments
        if segments is not None:
            segments_json: list[dict[str, Any]] = []
            for segments_item in segments:
                segments_json.append(segments_item.to_dict())
            field_dict["segments"] = segments_json
        elif self._nulls_ & 512:
            field_dict["segments"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage.to_dict()
        elif self._nulls_ & 1024:
            field_dict["usage"] = None

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
        text = d.pop("text")

        if d:
            request_id = d.pop("requestId", None)
            if request_id is None and "requestId" in src_dict:
                nulls_ |= 1
        else:
            request_id = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 2
        else:
            id = None

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 4
        else:
            object_ = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 8
        else:
            model = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 16
        else:
            provider = None

        if d:
            task = d.pop("task", None)
            if task is None and "task" in src_dict:
                nulls_ |= 32
        else:
            task = None

        if d:
            language = d.pop("language", None)
            if language is None and "language" in src_dict:
                nulls_ |= 64
        else:
            language = None

        if d:
            duration = d.pop("duration", None)
            if duration is None and "duration" in src_dict:
                nulls_ |= 128
        else:
            duration = None

        words: list[TranscriptionResponseWordsItem] | None = None
        if d:
            _words = d.pop("words", None)
            if _words is None:
                if "words" in src_dict:
                    nulls_ |= 256
            else:
                words = []
                for words_item_data in _words:
                    words.append(_from_dict_TranscriptionResponseWordsItem(words_item_data))

        segments: list[TranscriptionResponseSegmentsItem] | None = None
        if d:
            _segments = d.pop("segments", None)
            if _segments is None:
                if "segments" in src_dict:
                    nulls_ |= 512
            else:
                segments = []
                for segments_item_data in _segments:
                    segments.append(_from_dict_TranscriptionResponseSegmentsItem(segments_item_data))

        usage: TranscriptionResponseUsage | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 1024
            else:
                usage = _from_dict_TranscriptionResponseUsage(_usage)

        if cls is TranscriptionResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.text = text
            new_instance_.request_id = request_id
            new_instance_.id = id
            new_instance_.object = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.task = task
            new_instance_.language = language
            new_instance_.duration = duration
            new_instance_.words = words
            new_instance_.segments = segments
            new_instance_.usage = usage
        else:
            new_instance_ = cls(
                text=text,
                request_id=request_id,
                id=id,
                object=object_,
                model=model,
                provider=provider,
                task=task,
                language=language,
                duration=duration,
                words=words,
                segments=segments,
                usage=usage,
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
