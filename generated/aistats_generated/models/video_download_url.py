from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDownloadUrl")


@_attrs_define
class VideoDownloadUrl:
    """A signed link to the video's bytes (no key needed) and when it expires (Unix seconds)."""

    download_url: str
    expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        download_url = d.pop("download_url")

        expires_at: int | None | Unset = d.pop("expires_at", UNSET) if d else UNSET

        if cls is VideoDownloadUrl:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.download_url = download_url
            new_instance_.expires_at = expires_at
            video_download_url = new_instance_
        else:
            video_download_url = cls(
                download_url=download_url,
                expires_at=expires_at,
            )

        video_download_url.additional_properties = d
        return video_download_url

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


class VideoDownloadUrlParams(TypedDict, total=False):
    """The JSON object `VideoDownloadUrl.from_dict` reads (keys as on the wire), for type checkers."""

    download_url: Required[str]
    expires_at: int | None


_object_new_ = object.__new__
