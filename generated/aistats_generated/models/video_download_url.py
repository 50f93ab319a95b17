from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoDownloadUrl")


@_attrs_define
class VideoDownloadUrl:
    """A signed link to the video's bytes (no key needed) and when it expires (Unix seconds)."""

    download_url: str
    expires_at: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
            }
        )
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 1:
            field_dict["expires_at"] = None

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
        download_url = d.pop("download_url")

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 1
        else:
            expires_at = None

        if cls is VideoDownloadUrl:
            new_instance_ = _object_new_(cls)
            new_instance_.download_url = download_url
            new_instance_.expires_at = expires_at
        else:
            new_instance_ = cls(
                download_url=download_url,
                expires_at=expires_at,
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


class VideoDownloadUrlParams(TypedDict, total=False):
    """The JSON object `VideoDownloadUrl.from_dict` reads (keys as on the wire), for type checkers."""

    download_url: Required[str]
    expires_at: int | None


_object_new_ = object.__new__
