from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Organisation")


@_attrs_define
class Organisation:
    """An organisation that publishes models."""

    organisation_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    colour: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        colour: None | str | Unset
        if isinstance(self.colour, Unset):
            colour = UNSET
        else:
            colour = self.colour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if name is not UNSET:
            field_dict["name"] = name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if colour is not UNSET:
            field_dict["colour"] = colour

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        organisation_id = d.pop("organisation_id", UNSET) if d else UNSET

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        country_code: None | str | Unset = d.pop("country_code", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        colour: None | str | Unset = d.pop("colour", UNSET) if d else UNSET

        if cls is Organisation:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.organisation_id = organisation_id
            new_instance_.name = name
            new_instance_.country_code = country_code
            new_instance_.description = description
            new_instance_.colour = colour
            organisation = new_instance_
        else:
            organisation = cls(
                organisation_id=organisation_id,
                name=name,
                country_code=country_code,
                description=description,
                colour=colour,
            )

        organisation.additional_properties = d
        return organisation

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
