from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Organisation")


@_attrs_define
class Organisation:
    """An organisation that publishes models."""

    organisation_id: str | None = None
    name: None | str = None
    country_code: None | str = None
    description: None | str = None
    colour: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        organisation_id = self.organisation_id
        if organisation_id is not None:
            field_dict["organisation_id"] = organisation_id
        elif self._nulls_ & 1:
            field_dict["organisation_id"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 2:
            field_dict["name"] = None
        country_code = self.country_code
        if country_code is not None:
            field_dict["country_code"] = country_code
        elif self._nulls_ & 4:
            field_dict["country_code"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 8:
            field_dict["description"] = None
        colour = self.colour
        if colour is not None:
            field_dict["colour"] = colour
        elif self._nulls_ & 16:
            field_dict["colour"] = None

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
            organisation_id = d.pop("organisation_id", None)
            if organisation_id is None and "organisation_id" in src_dict:
                nulls_ |= 1
        else:
            organisation_id = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 2
        else:
            name = None

        if d:
            country_code = d.pop("country_code", None)
            if country_code is None and "country_code" in src_dict:
                nulls_ |= 4
        else:
            country_code = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 8
        else:
            description = None

        if d:
            colour = d.pop("colour", None)
            if colour is None and "colour" in src_dict:
                nulls_ |= 16
        else:
            colour = None

        if cls is Organisation:
            new_instance_ = _object_new_(cls)
            new_instance_.organisation_id = organisation_id
            new_instance_.name = name
            new_instance_.country_code = country_code
            new_instance_.description = description
            new_instance_.colour = colour
        else:
            new_instance_ = cls(
                organisation_id=organisation_id,
                name=name,
                country_code=country_code,
                description=description,
                colour=colour,
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


class OrganisationParams(TypedDict, total=False):
    """The JSON object `Organisation.from_dict` reads (keys as on the wire), for type checkers."""

    organisation_id: str
    name: str | None
    country_code: str | None
    description: str | None
    colour: str | None


_object_new_ = object.__new__
