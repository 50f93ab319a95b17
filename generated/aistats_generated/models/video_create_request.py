from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCreateRequest")


@_attrs_define
class VideoCreateRequest:
    """A video job. `prompt` is required unless an image reference is given; `seconds` is a string (`"4"`, `"8"`, ...) for
    OpenAI models, `duration` an integer for others.

    """

    model: str
    prompt: str | Unset = UNSET
    seconds: str | Unset = UNSET
    duration: int | Unset = UNSET
    size: str | Unset = UNSET
    input_reference: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        seconds = self.seconds

        duration = self.duration

        size = self.size

        input_reference = self.input_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt", UNSET) if d else UNSET

        seconds = d.pop("seconds", UNSET) if d else UNSET

        duration = d.pop("duration", UNSET) if d else UNSET

        size = d.pop("size", UNSET) if d else UNSET

        input_reference = d.pop("input_reference", UNSET) if d else UNSET

        if cls is VideoCreateRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.seconds = seconds
            new_instance_.duration = duration
            new_instance_.size = size
            new_instance_.input_reference = input_reference
            video_create_request = new_instance_
        else:
            video_create_request = cls(
                model=model,
                prompt=prompt,
                seconds=seconds,
                duration=duration,
                size=size,
                input_reference=input_reference,
            )

        video_create_request.additional_properties = d
        return video_create_request

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


class VideoCreateRequestParams(TypedDict, total=False):
    """The JSON object `VideoCreateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    prompt: str
    seconds: str
    duration: int
    size: str
    input_reference: Any


_object_new_ = object.__new__
