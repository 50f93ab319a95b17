from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpointList")


@_attrs_define
class ModelEndpointList:
    """`GET /models/{author}/{slug}/endpoints`."""

    endpoints: list[ModelEndpoint]
    ok: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    organization: ModelEndpointListOrganizationType0 | None | Unset = UNSET
    modalities: ModelEndpointListModalitiesType0 | None | Unset = UNSET
    availability_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        ok = self.ok

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, ModelEndpointListOrganizationType0):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        modalities: dict[str, Any] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, ModelEndpointListModalitiesType0):
            modalities = self.modalities.to_dict()
        else:
            modalities = self.modalities

        availability_mode: None | str | Unset
        if isinstance(self.availability_mode, Unset):
            availability_mode = UNSET
        else:
            availability_mode = self.availability_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoints": endpoints,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if organization is not UNSET:
            field_dict["organization"] = organization
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if availability_mode is not UNSET:
            field_dict["availability_mode"] = availability_mode

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        endpoints: list[ModelEndpoint] = []
        for endpoints_item_data in d.pop("endpoints"):
            endpoints.append(_from_dict_ModelEndpoint(endpoints_item_data))

        ok = d.pop("ok", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        _organization = d.pop("organization", UNSET) if d else UNSET
        organization = (
            _organization if _organization is None or _organization is UNSET else _parse_organization(_organization)
        )

        _modalities = d.pop("modalities", UNSET) if d else UNSET
        modalities = _modalities if _modalities is None or _modalities is UNSET else _parse_modalities(_modalities)

        availability_mode: None | str | Unset = d.pop("availability_mode", UNSET) if d else UNSET

        if cls is ModelEndpointList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.endpoints = endpoints
            new_instance_.ok = ok
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.organization = organization
            new_instance_.modalities = modalities
            new_instance_.availability_mode = availability_mode
            model_endpoint_list = new_instance_
        else:
            model_endpoint_list = cls(
                endpoints=endpoints,
                ok=ok,
                id=id,
                name=name,
                description=description,
                organization=organization,
                modalities=modalities,
                availability_mode=availability_mode,
            )

        model_endpoint_list.additional_properties = d
        return model_endpoint_list

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


def _parse_organization(data: object) -> ModelEndpointListOrganizationType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        organization_type_0 = ModelEndpointListOrganizationType0.from_dict(data)

        return organization_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointListOrganizationType0 | None | Unset, data)


def _parse_modalities(data: object) -> ModelEndpointListModalitiesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        modalities_type_0 = ModelEndpointListModalitiesType0.from_dict(data)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModelEndpointListModalitiesType0 | None | Unset, data)


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
