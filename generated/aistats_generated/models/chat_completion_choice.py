from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason, check_finish_reason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """One choice of a completion."""

    index: int
    message: ChatCompletionMessage
    """ The model's reply in a choice. """
    finish_reason: FinishReason | None | Unset = UNSET
    """ Why the model stopped generating tokens; null while unknown. """
    reasoning: bool | None | Unset = UNSET
    """ True when the choice holds reasoning (older gateways' split choices). """
    logprobs: Any | Unset = UNSET
    """ Log probabilities, when asked for; null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        reasoning: bool | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        index = d.pop("index")

        message = _from_dict_ChatCompletionMessage(d.pop("message"))

        _finish_reason = d.pop("finish_reason", UNSET) if d else UNSET
        finish_reason = (
            _finish_reason
            if _finish_reason is None or _finish_reason is UNSET
            else _parse_finish_reason(_finish_reason)
        )

        reasoning: bool | None | Unset = d.pop("reasoning", UNSET) if d else UNSET

        logprobs = d.pop("logprobs", UNSET) if d else UNSET

        if cls is ChatCompletionChoice:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.index = index
            new_instance_.message = message
            new_instance_.finish_reason = finish_reason
            new_instance_.reasoning = reasoning
            new_instance_.logprobs = logprobs
            chat_completion_choice = new_instance_
        else:
            chat_completion_choice = cls(
                index=index,
                message=message,
                finish_reason=finish_reason,
                reasoning=reasoning,
                logprobs=logprobs,
            )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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


def _parse_finish_reason(data: object) -> FinishReason | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        finish_reason_type_0 = check_finish_reason(data)

        return finish_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FinishReason | None | Unset, data)


class ChatCompletionChoiceParams(TypedDict, total=False):
    """The JSON object `ChatCompletionChoice.from_dict` reads (keys as on the wire), for type checkers."""

    index: Required[int]
    message: Required[ChatCompletionMessageParams]
    """ The model's reply in a choice. """
    finish_reason: FinishReason | None
    """ Why the model stopped generating tokens; null while unknown. """
    reasoning: bool | None
    """ True when the choice holds reasoning (older gateways' split choices). """
    logprobs: Any
    """ Log probabilities, when asked for; null otherwise. """


from ..models.chat_completion_message import ChatCompletionMessage, ChatCompletionMessageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ChatCompletionMessage = ChatCompletionMessage.from_dict
