from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoList")


@_attrs_define
class VideoList:
    """`GET /videos`: one page; `after=<last_id>` for the next."""

    data: list[Video]
    object: str | None = None
    first_id: None | str = None
    last_id: None | str = None
    has_more: bool | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`VideoList.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        first_id = self.first_id
        if first_id is not None:
            field_dict["first_id"] = first_id
        elif self._nulls_ & 2:
            field_dict["first_id"] = None
        last_id = self.last_id
        if last_id is not None:
            field_dict["last_id"] = last_id
        elif self._nulls_ & 4:
            field_dict["last_id"] = None
        has_more = self.has_more
        if has_more is not None:
            field_dict["has_more"] = has_more
        elif self._nulls_ & 8:
            field_dict["has_more"] = None

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
        data: list[Video] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_Video(data_item_data))

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            first_id = d.pop("first_id", None)
            if first_id is None and "first_id" in src_dict:
                nulls_ |= 2
        else:
            first_id = None

        if d:
            last_id = d.pop("last_id", None)
            if last_id is None and "last_id" in src_dict:
                nulls_ |= 4
        else:
            last_id = None

        if d:
            has_more = d.pop("has_more", None)
            if has_more is None and "has_more" in src_dict:
                nulls_ |= 8
        else:
            has_more = None

        if cls is VideoList:
            new_instance_ = _object_new_(cls)
            new_instance_.data = data
            new_instance_.object = object_
            new_instance_.first_id = first_id
            new_instance_.last_id = last_id
            new_instance_.has_more = has_more
        else:
            new_instance_ = cls(
                data=data,
                object=object_,
                first_id=first_id,
                last_id=last_id,
                has_more=has_more,
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


class VideoListParams(TypedDict, total=False):
    """The JSON object `VideoList.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[VideoParams]]
    object: str
    first_id: str | None
    last_id: str | None
    has_more: bool


from ..models.video import Video, VideoParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_Video = Video.from_dict
