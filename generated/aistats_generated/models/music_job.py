from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicJob")


@_attrs_define
class MusicJob:
    """A music job; `status` ends a wait when `completed`, `failed`, `cancelled` or `expired`."""

    id: str
    object_: str | Unset = UNSET
    status: str | Unset = UNSET
    progress: float | None | Unset = UNSET
    poll_after_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        poll_after_seconds: float | None | Unset
        if isinstance(self.poll_after_seconds, Unset):
            poll_after_seconds = UNSET
        else:
            poll_after_seconds = self.poll_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if poll_after_seconds is not UNSET:
            field_dict["poll_after_seconds"] = poll_after_seconds

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        progress: float | None | Unset = d.pop("progress", UNSET) if d else UNSET

        poll_after_seconds: float | None | Unset = d.pop("poll_after_seconds", UNSET) if d else UNSET

        if cls is MusicJob:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.status = status
            new_instance_.progress = progress
            new_instance_.poll_after_seconds = poll_after_seconds
            music_job = new_instance_
        else:
            music_job = cls(
                id=id,
                object_=object_,
                status=status,
                progress=progress,
                poll_after_seconds=poll_after_seconds,
            )

        music_job.additional_properties = d
        return music_job

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


class MusicJobParams(TypedDict, total=False):
    """The JSON object `MusicJob.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    object: str
    status: str
    progress: float | None
    poll_after_seconds: float | None


_object_new_ = object.__new__
