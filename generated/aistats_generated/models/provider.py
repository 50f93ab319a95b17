from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """An API provider."""

    api_provider_id: str | None = None
    api_provider_name: None | str = None
    description: None | str = None
    link: None | str = None
    country_code: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        api_provider_id = self.api_provider_id
        if api_provider_id is not None:
            field_dict["api_provider_id"] = api_provider_id
        elif self._nulls_ & 1:
            field_dict["api_provider_id"] = None
        api_provider_name = self.api_provider_name
        if api_provider_name is not None:
            field_dict["api_provider_name"] = api_provider_name
        elif self._nulls_ & 2:
            field_dict["api_provider_name"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 4:
            field_dict["description"] = None
        link = self.link
        if link is not None:
            field_dict["link"] = link
        elif self._nulls_ & 8:
            field_dict["link"] = None
        country_code = self.country_code
        if country_code is not None:
            field_dict["country_code"] = country_code
        elif self._nulls_ & 16:
            field_dict["country_code"] = None

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
            api_provider_id = d.pop("api_provider_id", None)
            if api_provider_id is None and "api_provider_id" in src_dict:
                nulls_ |= 1
        else:
            api_provider_id = None

        if d:
            api_provider_name = d.pop("api_provider_name", None)
            if api_provider_name is None and "api_provider_name" in src_dict:
                nulls_ |= 2
        else:
            api_provider_name = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 4
        else:
            description = None

        if d:
            link = d.pop("link", None)
            if link is None and "link" in src_dict:
                nulls_ |= 8
        else:
            link = None

        if d:
            country_code = d.pop("country_code", None)
            if country_code is None and "country_code" in src_dict:
                nulls_ |= 16
        else:
            country_code = None

        if cls is Provider:
            new_instance_ = _object_new_(cls)
            new_instance_.api_provider_id = api_provider_id
            new_instance_.api_provider_name = api_provider_name
            new_instance_.description = description
            new_instance_.link = link
            new_instance_.country_code = country_code
        else:
            new_instance_ = cls(
                api_provider_id=api_provider_id,
                api_provider_name=api_provider_name,
                description=description,
                link=link,
                country_code=country_code,
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


class ProviderParams(TypedDict, total=False):
    """The JSON object `Provider.from_dict` reads (keys as on the wire), for type checkers."""

    api_provider_id: str
    api_provider_name: str | None
    description: str | None
    link: str | None
    country_code: str | None


_object_new_ = object.__new__
