from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDownloadUrlRequest")


@_attrs_define
class VideoDownloadUrlRequest:
    """How long the link lives."""

    ttl_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        ttl_seconds = d.pop("ttl_seconds", UNSET) if d else UNSET

        if cls is VideoDownloadUrlRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.ttl_seconds = ttl_seconds
            video_download_url_request = new_instance_
        else:
            video_download_url_request = cls(
                ttl_seconds=ttl_seconds,
            )

        video_download_url_request.additional_properties = d
        return video_download_url_request

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


class VideoDownloadUrlRequestParams(TypedDict, total=False):
    """The JSON object `VideoDownloadUrlRequest.from_dict` reads (keys as on the wire), for type checkers."""

    ttl_seconds: int


_object_new_ = object.__new__
