from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_url_detail import ImageUrlDetail, check_image_url_detail

T = TypeVar("T", bound="ImageUrl")


@_attrs_define
class ImageUrl:
    """Where the image is."""

    url: str
    """ An http(s) URL or a `data:` URL. """
    detail: ImageUrlDetail | None = None
    """ How closely the model should look. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        detail = self.detail
        if detail is not None:
            field_dict["detail"] = detail
        elif self._nulls_ & 1:
            field_dict["detail"] = None

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
        url = d.pop("url")

        detail: ImageUrlDetail | None = None
        if d:
            _detail = d.pop("detail", None)
            if _detail is None:
                if "detail" in src_dict:
                    nulls_ |= 1
            else:
                detail = check_image_url_detail(_detail)

        if cls is ImageUrl:
            new_instance_ = _object_new_(cls)
            new_instance_.url = url
            new_instance_.detail = detail
        else:
            new_instance_ = cls(
                url=url,
                detail=detail,
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


class ImageUrlParams(TypedDict, total=False):
    """The JSON object `ImageUrl.from_dict` reads (keys as on the wire), for type checkers."""

    url: Required[str]
    """ An http(s) URL or a `data:` URL. """
    detail: ImageUrlDetail
    """ How closely the model should look. """


_object_new_ = object.__new__
