from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    """One page of `GET /activity`."""

    activity: list[ActivityEntry]
    ok: bool | Unset = UNSET
    period_days: int | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total: int | None | Unset = UNSET
    total_cost_cents: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = []
        for activity_item_data in self.activity:
            activity_item = activity_item_data.to_dict()
            activity.append(activity_item)

        ok = self.ok

        period_days: int | None | Unset
        if isinstance(self.period_days, Unset):
            period_days = UNSET
        else:
            period_days = self.period_days

        limit = self.limit

        offset = self.offset

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        total_cost_cents: float | None | Unset
        if isinstance(self.total_cost_cents, Unset):
            total_cost_cents = UNSET
        else:
            total_cost_cents = self.total_cost_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if period_days is not UNSET:
            field_dict["period_days"] = period_days
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if total_cost_cents is not UNSET:
            field_dict["total_cost_cents"] = total_cost_cents

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        activity: list[ActivityEntry] = []
        for activity_item_data in d.pop("activity"):
            activity.append(_from_dict_ActivityEntry(activity_item_data))

        ok = d.pop("ok", UNSET) if d else UNSET

        period_days: int | None | Unset = d.pop("period_days", UNSET) if d else UNSET

        limit = d.pop("limit", UNSET) if d else UNSET

        offset = d.pop("offset", UNSET) if d else UNSET

        total: int | None | Unset = d.pop("total", UNSET) if d else UNSET

        total_cost_cents: float | None | Unset = d.pop("total_cost_cents", UNSET) if d else UNSET

        if cls is ActivityList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.activity = activity
            new_instance_.ok = ok
            new_instance_.period_days = period_days
            new_instance_.limit = limit
            new_instance_.offset = offset
            new_instance_.total = total
            new_instance_.total_cost_cents = total_cost_cents
            activity_list = new_instance_
        else:
            activity_list = cls(
                activity=activity,
                ok=ok,
                period_days=period_days,
                limit=limit,
                offset=offset,
                total=total,
                total_cost_cents=total_cost_cents,
            )

        activity_list.additional_properties = d
        return activity_list

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


class ActivityListParams(TypedDict, total=False):
    """The JSON object `ActivityList.from_dict` reads (keys as on the wire), for type checkers."""

    activity: Required[Sequence[ActivityEntryParams]]
    ok: bool
    period_days: int | None
    limit: int
    offset: int
    total: int | None
    total_cost_cents: float | None


from ..models.activity_entry import ActivityEntry, ActivityEntryParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ActivityEntry = ActivityEntry.from_dict
