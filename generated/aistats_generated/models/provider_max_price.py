from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define
class ProviderMaxPrice:
    """The most you will pay, per million tokens (or per unit), as a number or decimal string."""

    prompt: float | str | None = None
    completion: float | str | None = None
    image: float | str | None = None
    audio: float | str | None = None
    request: float | str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt
        elif self._nulls_ & 1:
            field_dict["prompt"] = None
        completion = self.completion
        if completion is not None:
            field_dict["completion"] = completion
        elif self._nulls_ & 2:
            field_dict["completion"] = None
        image = self.image
        if image is not None:
            field_dict["image"] = image
        elif self._nulls_ & 4:
            field_dict["image"] = None
        audio = self.audio
        if audio is not None:
            field_dict["audio"] = audio
        elif self._nulls_ & 8:
            field_dict["audio"] = None
        request = self.request
        if request is not None:
            field_dict["request"] = request
        elif self._nulls_ & 16:
            field_dict["request"] = None

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
        if d:
            prompt = d.pop("prompt", None)
            if prompt is None and "prompt" in src_dict:
                nulls_ |= 1
        else:
            prompt = None

        if d:
            completion = d.pop("completion", None)
            if completion is None and "completion" in src_dict:
                nulls_ |= 2
        else:
            completion = None

        if d:
            image = d.pop("image", None)
            if image is None and "image" in src_dict:
                nulls_ |= 4
        else:
            image = None

        if d:
            audio = d.pop("audio", None)
            if audio is None and "audio" in src_dict:
                nulls_ |= 8
        else:
            audio = None

        if d:
            request = d.pop("request", None)
            if request is None and "request" in src_dict:
                nulls_ |= 16
        else:
            request = None

        if cls is ProviderMaxPrice:
            new_instance_ = _object_new_(cls)
            new_instance_.prompt = prompt
            new_instance_.completion = completion
            new_instance_.image = image
            new_instance_.audio = audio
            new_instance_.request = request
        else:
            new_instance_ = cls(
                prompt=prompt,
                completion=completion,
                image=image,
                audio=audio,
                request=request,
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


class ProviderMaxPriceParams(TypedDict, total=False):
    """The JSON object `ProviderMaxPrice.from_dict` reads (keys as on the wire), for type checkers."""

    prompt: float | str
    completion: float | str
    image: float | str
    audio: float | str
    request: float | str


_object_new_ = object.__new__
