from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelEndpointList")


@_attrs_define
class ModelEndpointList:
    """`GET /models/{author}/{slug}/endpoints`."""

    endpoints: list[ModelEndpoint]
    ok: bool | None = None
    id: str | None = None
    name: None | str = None
    description: None | str = None
    organization: ModelEndpointListOrganizationType0 | None = None
    modalities: ModelEndpointListModalitiesType0 | None = None
    availability_mode: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoints": endpoints,
            }
        )
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 2:
            field_dict["id"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 4:
            field_dict["name"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 8:
            field_dict["description"] = None
        organization = self.organization
        if organization is not None:
            if isinstance(organization, ModelEndpointListOrganizationType0):
                field_dict["organization"] = organization.to_dict()
            else:
                field_dict["organization"] = organization
        elif self._nulls_ & 16:
            field_dict["organization"] = None
        modalities = self.modalities
        if modalities is not None:
            if isinstance(modalities, ModelEndpointListModalitiesType0):
                field_dict["modalities"] = modalities.to_dict()
            else:
                field_dict["modalities"] = modalities
        elif self._nulls_ & 32:
            field_dict["modalities"] = None
        availability_mode = self.availability_mode
        if availability_mode is not None:
            field_dict["availability_mode"] = availability_mode
        elif self._nulls_ & 64:
            field_dict["availability_mode"] = None

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
        endpoints: list[ModelEndpoint] = []
        for endpoints_item_data in d.pop("endpoints"):
            endpoints.append(_from_dict_ModelEndpoint(endpoints_item_data))

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 2
        else:
            id = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 4
        else:
            name = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 8
        else:
            description = None

        organization: ModelEndpointListOrganizationType0 | None = None
        if d:
            _organization = d.pop("organization", None)
            if _organization is None:
                if "organization" in src_dict:
                    nulls_ |= 16
            else:
                organization = _parse_organization(_organization)

        modalities: ModelEndpointListModalitiesType0 | None = None
        if d:
            _modalities = d.pop("modalities", None)
            if _modalities is None:
                if "modalities" in src_dict:
                    nulls_ |= 32
            else:
                modalities = _parse_modalities(_modalities)

        if d:
            availability_mode = d.pop("availability_mode", None)
            if availability_mode is None and "availability_mode" in src_dict:
                nulls_ |= 64
        else:
            availability_mode = None

        if cls is ModelEndpointList:
            new_instance_ = _object_new_(cls)
            new_instance_.endpoints = endpoints
            new_instance_.ok = ok
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.organization = organization
            new_instance_.modalities = modalities
            new_instance_.availability_mode = availability_mode
        else:
            new_instance_ = cls(
                endpoints=endpoints,
                ok=ok,
                id=id,
                name=name,
                description=description,
                organization=organization,
                modalities=modalities,
                availability_mode=availability_mode,
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


def _parse_organization(data: object) -> ModelEndpointListOrganizationType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        organization_type_0 = ModelEndpointListOrganizationType0.from_dict(data)

        return organization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointListOrganizationType0 | None, data)


def _parse_modalities(data: object) -> ModelEndpointListModalitiesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = ModelEndpointListModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointListModalitiesType0 | None, data)


class ModelEndpointListParams(TypedDict, total=False):
    """The JSON object `ModelEndpointList.from_dict` reads (keys as on the wire), for type checkers."""

    endpoints: Required[Sequence[ModelEndpointParams]]
    ok: bool
    id: str
    name: str | None
    description: str | None
    organization: ModelEndpointListOrganizationType0Params | None
    modalities: ModelEndpointListModalitiesType0Params | None
    availability_mode: str | None


from ..models.model_endpoint import ModelEndpoint, ModelEndpointParams  # noqa: E402
from ..models.model_endpoint_list_modalities_type_0 import (  # noqa: E402
    ModelEndpointListModalitiesType0,
    ModelEndpointListModalitiesType0Params,
)
from ..models.model_endpoint_list_organization_type_0 import (  # noqa: E402
    ModelEndpointListOrganizationType0,
    ModelEndpointListOrganizationType0Params,
)

_object_new_ = object.__new__
_from_dict_ModelEndpoint = ModelEndpoint.from_dict
