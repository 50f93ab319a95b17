from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationList")


@_attrs_define
class OrganisationList:
    """One page of `GET /organisations`."""

    organisations: list[Organisation]
    ok: bool | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisations = []
        for organisations_item_data in self.organisations:
            organisations_item = organisations_item_data.to_dict()
            organisations.append(organisations_item)

        ok = self.ok

        limit = self.limit

        offset = self.offset

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisations": organisations,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        organisations: list[Organisation] = []
        for organisations_item_data in d.pop("organisations"):
            organisations.append(_from_dict_Organisation(organisations_item_data))

        ok = d.pop("ok", UNSET) if d else UNSET

        limit = d.pop("limit", UNSET) if d else UNSET

        offset = d.pop("offset", UNSET) if d else UNSET

        total: int | None | Unset = d.pop("total", UNSET) if d else UNSET

        if cls is OrganisationList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.organisations = organisations
            new_instance_.ok = ok
            new_instance_.limit = limit
            new_instance_.offset = offset
            new_instance_.total = total
            organisation_list = new_instance_
        else:
            organisation_list = cls(
                organisations=organisations,
                ok=ok,
                limit=limit,
                offset=offset,
                total=total,
            )

        organisation_list.additional_properties = d
        return organisation_list

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


class OrganisationListParams(TypedDict, total=False):
    """The JSON object `OrganisationList.from_dict` reads (keys as on the wire), for type checkers."""

    organisations: Required[Sequence[OrganisationParams]]
    ok: bool
    limit: int
    offset: int
    total: int | None


from ..models.organisation import Organisation, OrganisationParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_Organisation = Organisation.from_dict
