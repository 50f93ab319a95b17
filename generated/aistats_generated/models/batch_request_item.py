from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequestItem")


@_attrs_define
class BatchRequestItem:
    """One inline request of a batch."""

    custom_id: str
    body: BatchRequestItemBody
    method: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        body = self.body.to_dict()

        method = self.method

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "body": body,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        custom_id = d.pop("custom_id")

        body = _from_dict_BatchRequestItemBody(d.pop("body"))

        method = d.pop("method", UNSET) if d else UNSET

        url = d.pop("url", UNSET) if d else UNSET

        if cls is BatchRequestItem:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.custom_id = custom_id
            new_instance_.body = body
            new_instance_.method = method
            new_instance_.url = url
            batch_request_item = new_instance_
        else:
            batch_request_item = cls(
                custom_id=custom_id,
                body=body,
                method=method,
                url=url,
            )

        batch_request_item.additional_properties = d
        return batch_request_item

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


class BatchRequestItemParams(TypedDict, total=False):
    """The JSON object `BatchRequestItem.from_dict` reads (keys as on the wire), for type checkers."""

    custom_id: Required[str]
    body: Required[BatchRequestItemBodyParams]
    method: str
    url: str


from ..models.batch_request_item_body import BatchRequestItemBody, BatchRequestItemBodyParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchRequestItemBody = BatchRequestItemBody.from_dict
