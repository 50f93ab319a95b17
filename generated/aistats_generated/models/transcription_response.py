from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

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
    cost_nanos: int | None = None
    """ What the request cost, in billionths of the currency unit (the gateway's price). """
    cost_cents: float | None = None
    """ The same cost in cents (rounded up). """
    currency: None | str = None
    """ The currency of the cost, e.g. `USD`. """
    pricing_lines: list[PricingLine] | None = None
    """ How the cost was computed, one line per priced dimension. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`TranscriptionResponse.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

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
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 2048:
            field_dict["cost_nanos"] = None
        cost_cents = self.cost_cents
        if cost_cents is not None:
            field_dict["cost_cents"] = cost_cents
        elif self._nulls_ & 4096:
            field_dict["cost_cents"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 8192:
            field_dict["currency"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            pricing_lines_json: list[dict[str, Any]] = []
            for pricing_lines_item in pricing_lines:
                pricing_lines_json.append(pricing_lines_item.to_dict())
            field_dict["pricing_lines"] = pricing_lines_json
        elif self._nulls_ & 16384:
            field_dict["pricing_lines"] = None

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

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 2048
        else:
            cost_nanos = None

        if d:
            cost_cents = d.pop("cost_cents", None)
            if cost_cents is None and "cost_cents" in src_dict:
                nulls_ |= 4096
        else:
            cost_cents = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 8192
        else:
            currency = None

        pricing_lines: list[PricingLine] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 16384
            else:
                pricing_lines = []
                for pricing_lines_item_data in _pricing_lines:
                    pricing_lines.append(_from_dict_PricingLine(pricing_lines_item_data))

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
            new_instance_.cost_nanos = cost_nanos
            new_instance_.cost_cents = cost_cents
            new_instance_.currency = currency
            new_instance_.pricing_lines = pricing_lines
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
                cost_nanos=cost_nanos,
                cost_cents=cost_cents,
                currency=currency,
                pricing_lines=pricing_lines,
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
    cost_nanos: int | None
    """ What the request cost, in billionths of the currency unit (the gateway's price). """
    cost_cents: float | None
    """ The same cost in cents (rounded up). """
    currency: str | None
    """ The currency of the cost, e.g. `USD`. """
    pricing_lines: Sequence[PricingLineParams]
    """ How the cost was computed, one line per priced dimension. """


from ..models.pricing_line import PricingLine, PricingLineParams  # noqa: E402
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
_from_dict_PricingLine = PricingLine.from_dict
_from_dict_TranscriptionResponseSegmentsItem = TranscriptionResponseSegmentsItem.from_dict
_from_dict_TranscriptionResponseUsage = TranscriptionResponseUsage.from_dict
_from_dict_TranscriptionResponseWordsItem = TranscriptionResponseWordsItem.from_dict
