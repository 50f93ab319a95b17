from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchRequestItem")


@_attrs_define
class BatchRequestItem:
    """One inline request of a batch."""

    custom_id: str
    body: BatchRequestItemBody
    method: str | None = None
    url: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "body": body,
            }
        )
        method = self.method
        if method is not None:
            field_dict["method"] = method
        elif self._nulls_ & 1:
            field_dict["method"] = None
        url = self.url
        if url is not None:
            field_dict["url"] = url
        elif self._nulls_ & 2:
            field_dict["url"] = None

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
        custom_id = d.pop("custom_id")

        body = _from_dict_BatchRequestItemBody(d.pop("body"))

        if d:
            method = d.pop("method", None)
            if method is None and "method" in src_dict:
                nulls_ |= 1
        else:
            method = None

        if d:
            url = d.pop("url", None)
            if url is None and "url" in src_dict:
                nulls_ |= 2
        else:
            url = None

        if cls is BatchRequestItem:
            new_instance_ = _object_new_(cls)
            new_instance_.custom_id = custom_id
            new_instance_.body = body
            new_instance_.method = method
            new_instance_.url = url
        else:
            new_instance_ = cls(
                custom_id=custom_id,
                body=body,
                method=method,
                url=url,
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


class BatchRequestItemParams(TypedDict, total=False):
    """The JSON object `BatchRequestItem.from_dict` reads (keys as on the wire), for type checkers."""

    custom_id: Required[str]
    body: Required[BatchRequestItemBodyParams]
    method: str
    url: str


from ..models.batch_request_item_body import BatchRequestItemBody, BatchRequestItemBodyParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchRequestItemBody = BatchRequestItemBody.from_dict
