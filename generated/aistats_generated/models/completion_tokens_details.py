from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionTokensDetails")


@_attrs_define
class CompletionTokensDetails:
    """What the generated tokens were."""

    reasoning_tokens: int | Unset = UNSET
    output_audio: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reasoning_tokens = self.reasoning_tokens

        output_audio = self.output_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if output_audio is not UNSET:
            field_dict["output_audio"] = output_audio

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        reasoning_tokens = d.pop("reasoning_tokens", UNSET) if d else UNSET

        output_audio = d.pop("output_audio", UNSET) if d else UNSET

        if cls is CompletionTokensDetails:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.reasoning_tokens = reasoning_tokens
            new_instance_.output_audio = output_audio
            completion_tokens_details = new_instance_
        else:
            completion_tokens_details = cls(
                reasoning_tokens=reasoning_tokens,
                output_audio=output_audio,
            )

        completion_tokens_details.additional_properties = d
        return completion_tokens_details

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


class CompletionTokensDetailsParams(TypedDict, total=False):
    """The JSON object `CompletionTokensDetails.from_dict` reads (keys as on the wire), for type checkers."""

    reasoning_tokens: int
    output_audio: int


_object_new_ = object.__new__
