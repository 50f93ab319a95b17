from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason, check_finish_reason

T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """The delta of one choice."""

    index: int
    delta: ChatCompletionChunkDelta
    """ What one frame adds to a choice. """
    finish_reason: FinishReason | None = None
    reasoning: bool | None = None
    """ True when this delta is reasoning (older gateways). """
    logprobs: Any | None = None
    """ Log probabilities, when asked for; null otherwise. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        finish_reason = self.finish_reason
        if finish_reason is not None:
            if isinstance(finish_reason, str):
                field_dict["finish_reason"] = finish_reason
            else:
                field_dict["finish_reason"] = finish_reason
        elif self._nulls_ & 1:
            field_dict["finish_reason"] = None
        reasoning = self.reasoning
        if reasoning is not None:
            field_dict["reasoning"] = reasoning
        elif self._nulls_ & 2:
            field_dict["reasoning"] = None
        logprobs = self.logprobs
        if logprobs is not None:
            field_dict["logprobs"] = logprobs
        elif self._nulls_ & 4:
            field_dict["logprobs"] = None

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
        index = d.pop("index")

        delta = _from_dict_ChatCompletionChunkDelta(d.pop("delta"))

        finish_reason: FinishReason | None = None
        if d:
            _finish_reason = d.pop("finish_reason", None)
            if _finish_reason is None:
                if "finish_reason" in src_dict:
                    nulls_ |= 1
            else:
                finish_reason = _parse_finish_reason(_finish_reason)

        if d:
            reasoning = d.pop("reasoning", None)
            if reasoning is None and "reasoning" in src_dict:
                nulls_ |= 2
        else:
            reasoning = None

        if d:
            logprobs = d.pop("logprobs", None)
            if logprobs is None and "logprobs" in src_dict:
                nulls_ |= 4
        else:
            logprobs = None

        if cls is ChatCompletionChunkChoice:
            new_instance_ = _object_new_(cls)
            new_instance_.index = index
            new_instance_.delta = delta
            new_instance_.finish_reason = finish_reason
            new_instance_.reasoning = reasoning
            new_instance_.logprobs = logprobs
        else:
            new_instance_ = cls(
                index=index,
                delta=delta,
                finish_reason=finish_reason,
                reasoning=reasoning,
                logprobs=logprobs,
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


def _parse_finish_reason(data: object) -> FinishReason | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        finish_reason_type_0 = check_finish_reason(data)

        return finish_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FinishReason | None, data)


class ChatCompletionChunkChoiceParams(TypedDict, total=False):
    """The JSON object `ChatCompletionChunkChoice.from_dict` reads (keys as on the wire), for type checkers."""

    index: Required[int]
    delta: Required[ChatCompletionChunkDeltaParams]
    """ What one frame adds to a choice. """
    finish_reason: FinishReason | None
    reasoning: bool | None
    """ True when this delta is reasoning (older gateways). """
    logprobs: Any
    """ Log probabilities, when asked for; null otherwise. """


from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta, ChatCompletionChunkDeltaParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ChatCompletionChunkDelta = ChatCompletionChunkDelta.from_dict
