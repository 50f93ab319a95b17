from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define
class ProviderMaxPrice:
    """The most you will pay, per million tokens (or per unit), as a number or decimal string."""

    prompt: float | str | Unset = UNSET
    completion: float | str | Unset = UNSET
    image: float | str | Unset = UNSET
    audio: float | str | Unset = UNSET
    request: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt: float | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        completion: float | str | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        else:
            completion = self.completion

        image: float | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        audio: float | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        request: float | str | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        else:
            request = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if image is not UNSET:
            field_dict["image"] = image
        if audio is not UNSET:
            field_dict["audio"] = audio
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        prompt: float | str | Unset = d.pop("prompt", UNSET) if d else UNSET

        completion: float | str | Unset = d.pop("completion", UNSET) if d else UNSET

        image: float | str | Unset = d.pop("image", UNSET) if d else UNSET

        audio: float | str | Unset = d.pop("audio", UNSET) if d else UNSET

        request: float | str | Unset = d.pop("request", UNSET) if d else UNSET

        if cls is ProviderMaxPrice:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.prompt = prompt
            new_instance_.completion = completion
            new_instance_.image = image
            new_instance_.audio = audio
            new_instance_.request = request
            provider_max_price = new_instance_
        else:
            provider_max_price = cls(
                prompt=prompt,
                completion=completion,
                image=image,
                audio=audio,
                request=request,
            )

        provider_max_price.additional_properties = d
        return provider_max_price

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


class ProviderMaxPriceParams(TypedDict, total=False):
    """The JSON object `ProviderMaxPrice.from_dict` reads (keys as on the wire), for type checkers."""

    prompt: float | str
    completion: float | str
    image: float | str
    audio: float | str
    request: float | str


_object_new_ = object.__new__
