from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """An API provider."""

    api_provider_id: str | Unset = UNSET
    api_provider_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_provider_id = self.api_provider_id

        api_provider_name: None | str | Unset
        if isinstance(self.api_provider_name, Unset):
            api_provider_name = UNSET
        else:
            api_provider_name = self.api_provider_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_provider_id is not UNSET:
            field_dict["api_provider_id"] = api_provider_id
        if api_provider_name is not UNSET:
            field_dict["api_provider_name"] = api_provider_name
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        api_provider_id = d.pop("api_provider_id", UNSET) if d else UNSET

        api_provider_name: None | str | Unset = d.pop("api_provider_name", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        link: None | str | Unset = d.pop("link", UNSET) if d else UNSET

        country_code: None | str | Unset = d.pop("country_code", UNSET) if d else UNSET

        if cls is Provider:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.api_provider_id = api_provider_id
            new_instance_.api_provider_name = api_provider_name
            new_instance_.description = description
            new_instance_.link = link
            new_instance_.country_code = country_code
            provider = new_instance_
        else:
            provider = cls(
                api_provider_id=api_provider_id,
                api_provider_name=api_provider_name,
                description=description,
                link=link,
                country_code=country_code,
            )

        provider.additional_properties = d
        return provider

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


class ProviderParams(TypedDict, total=False):
    """The JSON object `Provider.from_dict` reads (keys as on the wire), for type checkers."""

    api_provider_id: str
    api_provider_name: str | None
    description: str | None
    link: str | None
    country_code: str | None


_object_new_ = object.__new__
