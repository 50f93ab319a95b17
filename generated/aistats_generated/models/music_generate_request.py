from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicGenerateRequest")


@_attrs_define
class MusicGenerateRequest:
    """A music job."""

    model: str
    prompt: str | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt", UNSET) if d else UNSET

        duration = d.pop("duration", UNSET) if d else UNSET

        if cls is MusicGenerateRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.duration = duration
            music_generate_request = new_instance_
        else:
            music_generate_request = cls(
                model=model,
                prompt=prompt,
                duration=duration,
            )

        music_generate_request.additional_properties = d
        return music_generate_request

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


class MusicGenerateRequestParams(TypedDict, total=False):
    """The JSON object `MusicGenerateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    prompt: str
    duration: float


_object_new_ = object.__new__
