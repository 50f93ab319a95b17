from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchRequestCounts")


@_attrs_define
class BatchRequestCounts:
    """How many requests the batch has, finished and failed."""

    total: int | None = None
    completed: int | None = None
    failed: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        total = self.total
        if total is not None:
            field_dict["total"] = total
        elif self._nulls_ & 1:
            field_dict["total"] = None
        completed = self.completed
        if completed is not None:
            field_dict["completed"] = completed
        elif self._nulls_ & 2:
            field_dict["completed"] = None
        failed = self.failed
        if failed is not None:
            field_dict["failed"] = failed
        elif self._nulls_ & 4:
            field_dict["failed"] = None

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
        if d:
            total = d.pop("total", None)
            if total is None and "total" in src_dict:
                nulls_ |= 1
        else:
            total = None

        if d:
            completed = d.pop("completed", None)
            if completed is None and "completed" in src_dict:
                nulls_ |= 2
        else:
            completed = None

        if d:
            failed = d.pop("failed", None)
            if failed is None and "failed" in src_dict:
                nulls_ |= 4
        else:
            failed = None

        if cls is BatchRequestCounts:
            new_instance_ = _object_new_(cls)
            new_instance_.total = total
            new_instance_.completed = completed
            new_instance_.failed = failed
        else:
            new_instance_ = cls(
                total=total,
                completed=completed,
                failed=failed,
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


class BatchRequestCountsParams(TypedDict, total=False):
    """The JSON object `BatchRequestCounts.from_dict` reads (keys as on the wire), for type checkers."""

    total: int
    completed: int
    failed: int


_object_new_ = object.__new__
