from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoCreateRequest")


@_attrs_define
class VideoCreateRequest:
    """A video job. `prompt` is required unless an image reference is given; `seconds` is a string (`"4"`, `"8"`, ...) for
    OpenAI models, `duration` an integer for others.

    """

    model: str
    prompt: str | None = None
    seconds: str | None = None
    duration: int | None = None
    size: str | None = None
    input_reference: Any | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt
        elif self._nulls_ & 1:
            field_dict["prompt"] = None
        seconds = self.seconds
        if seconds is not None:
            field_dict["seconds"] = seconds
        elif self._nulls_ & 2:
            field_dict["seconds"] = None
        duration = self.duration
        if duration is not None:
            field_dict["duration"] = duration
        elif self._nulls_ & 4:
            field_dict["duration"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif self._nulls_ & 8:
            field_dict["size"] = None
        input_reference = self.input_reference
        if input_reference is not None:
            field_dict["input_reference"] = input_reference
        elif self._nulls_ & 16:
            field_dict["input_reference"] = None

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
        model = d.pop("model")

        if d:
            prompt = d.pop("prompt", None)
            if prompt is None and "prompt" in src_dict:
                nulls_ |= 1
        else:
            prompt = None

        if d:
            seconds = d.pop("seconds", None)
            if seconds is None and "seconds" in src_dict:
                nulls_ |= 2
        else:
            seconds = None

        if d:
            duration = d.pop("duration", None)
            if duration is None and "duration" in src_dict:
                nulls_ |= 4
        else:
            duration = None

        if d:
            size = d.pop("size", None)
            if size is None and "size" in src_dict:
                nulls_ |= 8
        else:
            size = None

        if d:
            input_reference = d.pop("input_reference", None)
            if input_reference is None and "input_reference" in src_dict:
                nulls_ |= 16
        else:
            input_reference = None

        if cls is VideoCreateRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.prompt = prompt
            new_instance_.seconds = seconds
            new_instance_.duration = duration
            new_instance_.size = size
            new_instance_.input_reference = input_reference
        else:
            new_instance_ = cls(
                model=model,
                prompt=prompt,
                seconds=seconds,
                duration=duration,
                size=size,
                input_reference=input_reference,
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


class VideoCreateRequestParams(TypedDict, total=False):
    """The JSON object `VideoCreateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    prompt: str
    seconds: str
    duration: int
    size: str
    input_reference: Any


_object_new_ = object.__new__
