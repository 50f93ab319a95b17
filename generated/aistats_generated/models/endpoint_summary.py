from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointSummary")


@_attrs_define
class EndpointSummary:
    """A public endpoint with its counts."""

    id: str | Unset = UNSET
    capability_id: None | str | Unset = UNSET
    public_path: None | str | Unset = UNSET
    collection: None | str | Unset = UNSET
    model_count: int | None | Unset = UNSET
    provider_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        capability_id: None | str | Unset
        if isinstance(self.capability_id, Unset):
            capability_id = UNSET
        else:
            capability_id = self.capability_id

        public_path: None | str | Unset
        if isinstance(self.public_path, Unset):
            public_path = UNSET
        else:
            public_path = self.public_path

        collection: None | str | Unset
        if isinstance(self.collection, Unset):
            collection = UNSET
        else:
            collection = self.collection

        model_count: int | None | Unset
        if isinstance(self.model_count, Unset):
            model_count = UNSET
        else:
            model_count = self.model_count

        provider_count: int | None | Unset
        if isinstance(self.provider_count, Unset):
            provider_count = UNSET
        else:
            provider_count = self.provider_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if capability_id is not UNSET:
            field_dict["capability_id"] = capability_id
        if public_path is not UNSET:
            field_dict["public_path"] = public_path
        if collection is not UNSET:
            field_dict["collection"] = collection
        if model_count is not UNSET:
            field_dict["model_count"] = model_count
        if provider_count is not UNSET:
            field_dict["provider_count"] = provider_count

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        capability_id: None | str | Unset = d.pop("capability_id", UNSET) if d else UNSET

        public_path: None | str | Unset = d.pop("public_path", UNSET) if d else UNSET

        collection: None | str | Unset = d.pop("collection", UNSET) if d else UNSET

        model_count: int | None | Unset = d.pop("model_count", UNSET) if d else UNSET

        provider_count: int | None | Unset = d.pop("provider_count", UNSET) if d else UNSET

        if cls is EndpointSummary:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.capability_id = capability_id
            new_instance_.public_path = public_path
            new_instance_.collection = collection
            new_instance_.model_count = model_count
            new_instance_.provider_count = provider_count
            endpoint_summary = new_instance_
        else:
            endpoint_summary = cls(
                id=id,
                capability_id=capability_id,
                public_path=public_path,
                collection=collection,
                model_count=model_count,
                provider_count=provider_count,
            )

        endpoint_summary.additional_properties = d
        return endpoint_summary

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


class EndpointSummaryParams(TypedDict, total=False):
    """The JSON object `EndpointSummary.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    capability_id: str | None
    public_path: str | None
    collection: str | None
    model_count: int | None
    provider_count: int | None


_object_new_ = object.__new__
