from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptTokensDetails")


@_attrs_define
class PromptTokensDetails:
    """What the prompt tokens were."""

    cached_tokens: int | Unset = UNSET
    """ Prompt tokens read from the provider's cache. """
    input_audio: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached_tokens = self.cached_tokens

        input_audio = self.input_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if input_audio is not UNSET:
            field_dict["input_audio"] = input_audio

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        cached_tokens = d.pop("cached_tokens", UNSET) if d else UNSET

        input_audio = d.pop("input_audio", UNSET) if d else UNSET

        if cls is PromptTokensDetails:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.cached_tokens = cached_tokens
            new_instance_.input_audio = input_audio
            prompt_tokens_details = new_instance_
        else:
            prompt_tokens_details = cls(
                cached_tokens=cached_tokens,
                input_audio=input_audio,
            )

        prompt_tokens_details.additional_properties = d
        return prompt_tokens_details

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


class PromptTokensDetailsParams(TypedDict, total=False):
    """The JSON object `PromptTokensDetails.from_dict` reads (keys as on the wire), for type checkers."""

    cached_tokens: int
    """ Prompt tokens read from the provider's cache. """
    input_audio: int


_object_new_ = object.__new__
