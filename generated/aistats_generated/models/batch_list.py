from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchList")


@_attrs_define
class BatchList:
    """`GET /batches`: one page (`has_more` is always false)."""

    data: list[Batch]
    object_: str | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_ = self.object_

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        data: list[Batch] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_Batch(data_item_data))

        object_ = d.pop("object", UNSET) if d else UNSET

        first_id: None | str | Unset = d.pop("first_id", UNSET) if d else UNSET

        last_id: None | str | Unset = d.pop("last_id", UNSET) if d else UNSET

        has_more = d.pop("has_more", UNSET) if d else UNSET

        if cls is BatchList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.data = data
            new_instance_.object_ = object_
            new_instance_.first_id = first_id
            new_instance_.last_id = last_id
            new_instance_.has_more = has_more
            batch_list = new_instance_
        else:
            batch_list = cls(
                data=data,
                object_=object_,
                first_id=first_id,
                last_id=last_id,
                has_more=has_more,
            )

        batch_list.additional_properties = d
        return batch_list

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


class BatchListParams(TypedDict, total=False):
    """The JSON object `BatchList.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[BatchParams]]
    object: str
    first_id: str | None
    last_id: str | None
    has_more: bool


from ..models.batch import Batch, BatchParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_Batch = Batch.from_dict
