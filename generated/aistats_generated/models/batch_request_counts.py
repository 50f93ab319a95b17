from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequestCounts")


@_attrs_define
class BatchRequestCounts:
    """How many requests the batch has, finished and failed."""

    total: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        total = d.pop("total", UNSET) if d else UNSET

        completed = d.pop("completed", UNSET) if d else UNSET

        failed = d.pop("failed", UNSET) if d else UNSET

        if cls is BatchRequestCounts:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.total = total
            new_instance_.completed = completed
            new_instance_.failed = failed
            batch_request_counts = new_instance_
        else:
            batch_request_counts = cls(
                total=total,
                completed=completed,
                failed=failed,
            )

        batch_request_counts.additional_properties = d
        return batch_request_counts

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


class BatchRequestCountsParams(TypedDict, total=False):
    """The JSON object `BatchRequestCounts.from_dict` reads (keys as on the wire), for type checkers."""

    total: int
    completed: int
    failed: int


_object_new_ = object.__new__
