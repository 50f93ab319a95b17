from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContextManagementEntry")


@_attrs_define
class ContextManagementEntry:
    """Compact the context once it passes a threshold."""

    type_: Literal["compaction"]
    compact_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        compact_threshold = self.compact_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if compact_threshold is not UNSET:
            field_dict["compact_threshold"] = compact_threshold

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = cast(Literal["compaction"], d.pop("type"))
        if type_ != "compaction":
            raise ValueError(f"type must match const 'compaction', got '{type_}'")

        compact_threshold = d.pop("compact_threshold", UNSET) if d else UNSET

        if cls is ContextManagementEntry:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.compact_threshold = compact_threshold
            context_management_entry = new_instance_
        else:
            context_management_entry = cls(
                type_=type_,
                compact_threshold=compact_threshold,
            )

        context_management_entry.additional_properties = d
        return context_management_entry

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


class ContextManagementEntryParams(TypedDict, total=False):
    """The JSON object `ContextManagementEntry.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["compaction"]]
    compact_threshold: float


_object_new_ = object.__new__
