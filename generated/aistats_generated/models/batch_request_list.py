from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequestList")


@_attrs_define
class BatchRequestList:
    """`GET /batches/{id}/requests`."""

    data: list[BatchRequestListDataItem]
    object_: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_ = self.object_

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        data: list[BatchRequestListDataItem] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_BatchRequestListDataItem(data_item_data))

        object_ = d.pop("object", UNSET) if d else UNSET

        batch_id = d.pop("batch_id", UNSET) if d else UNSET

        if cls is BatchRequestList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.data = data
            new_instance_.object_ = object_
            new_instance_.batch_id = batch_id
            batch_request_list = new_instance_
        else:
            batch_request_list = cls(
                data=data,
                object_=object_,
                batch_id=batch_id,
            )

        batch_request_list.additional_properties = d
        return batch_request_list

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


class BatchRequestListParams(TypedDict, total=False):
    """The JSON object `BatchRequestList.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[BatchRequestListDataItemParams]]
    object: str
    batch_id: str


from ..models.batch_request_list_data_item import BatchRequestListDataItem, BatchRequestListDataItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchRequestListDataItem = BatchRequestListDataItem.from_dict
