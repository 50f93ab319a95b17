from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    """One page of `GET /activity`."""

    activity: list[ActivityEntry]
    ok: bool | None = None
    period_days: int | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    total_cost_cents: float | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = []
        for activity_item_data in self.activity:
            activity_item = activity_item_data.to_dict()
            activity.append(activity_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
            }
        )
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None
        period_days = self.period_days
        if period_days is not None:
            field_dict["period_days"] = period_days
        elif self._nulls_ & 2:
            field_dict["period_days"] = None
        limit = self.limit
        if limit is not None:
            field_dict["limit"] = limit
        elif self._nulls_ & 4:
            field_dict["limit"] = None
        offset = self.offset
        if offset is not None:
            field_dict["offset"] = offset
        elif self._nulls_ & 8:
            field_dict["offset"] = None
        total = self.total
        if total is not None:
            field_dict["total"] = total
        elif self._nulls_ & 16:
            field_dict["total"] = None
        total_cost_cents = self.total_cost_cents
        if total_cost_cents is not None:
            field_dict["total_cost_cents"] = total_cost_cents
        elif self._nulls_ & 32:
            field_dict["total_cost_cents"] = None

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
        activity: list[ActivityEntry] = []
        for activity_item_data in d.pop("activity"):
            activity.append(_from_dict_ActivityEntry(activity_item_data))

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if d:
            period_days = d.pop("period_days", None)
            if period_days is None and "period_days" in src_dict:
                nulls_ |= 2
        else:
            period_days = None

        if d:
            limit = d.pop("limit", None)
            if limit is None and "limit" in src_dict:
                nulls_ |= 4
        else:
            limit = None

        if d:
            offset = d.pop("offset", None)
            if offset is None and "offset" in src_dict:
                nulls_ |= 8
        else:
            offset = None

        if d:
            total = d.pop("total", None)
            if total is None and "total" in src_dict:
                nulls_ |= 16
        else:
            total = None

        if d:
            total_cost_cents = d.pop("total_cost_cents", None)
            if total_cost_cents is None and "total_cost_cents" in src_dict:
                nulls_ |= 32
        else:
            total_cost_cents = None

        if cls is ActivityList:
            new_instance_ = _object_new_(cls)
            new_instance_.activity = activity
            new_instance_.ok = ok
            new_instance_.period_days = period_days
            new_instance_.limit = limit
            new_instance_.offset = offset
            new_instance_.total = total
            new_instance_.total_cost_cents = total_cost_cents
        else:
            new_instance_ = cls(
                activity=activity,
                ok=ok,
                period_days=period_days,
                limit=limit,
                offset=offset,
                total=total,
                total_cost_cents=total_cost_cents,
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
