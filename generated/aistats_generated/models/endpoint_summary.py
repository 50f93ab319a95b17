from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointSummary")


@_attrs_define
class EndpointSummary:
    """A public endpoint with its counts."""

    id: str | None = None
    capability_id: None | str = None
    public_path: None | str = None
    collection: None | str = None
    model_count: int | None = None
    provider_count: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        capability_id = self.capability_id
        if capability_id is not None:
            field_dict["capability_id"] = capability_id
        elif self._nulls_ & 2:
            field_dict["capability_id"] = None
        public_path = self.public_path
        if public_path is not None:
            field_dict["public_path"] = public_path
        elif self._nulls_ & 4:
            field_dict["public_path"] = None
        collection = self.collection
        if collection is not None:
            field_dict["collection"] = collection
        elif self._nulls_ & 8:
            field_dict["collection"] = None
        model_count = self.model_count
        if model_count is not None:
            field_dict["model_count"] = model_count
        elif self._nulls_ & 16:
            field_dict["model_count"] = None
        provider_count = self.provider_count
        if provider_count is not None:
            field_dict["provider_count"] = provider_count
        elif self._nulls_ & 32:
            field_dict["provider_count"] = None

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
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            capability_id = d.pop("capability_id", None)
            if capability_id is None and "capability_id" in src_dict:
                nulls_ |= 2
        else:
            capability_id = None

        if d:
            public_path = d.pop("public_path", None)
            if public_path is None and "public_path" in src_dict:
                nulls_ |= 4
        else:
            public_path = None

        if d:
            collection = d.pop("collection", None)
            if collection is None and "collection" in src_dict:
                nulls_ |= 8
        else:
            collection = None

        if d:
            model_count = d.pop("model_count", None)
            if model_count is None and "model_count" in src_dict:
                nulls_ |= 16
        else:
            model_count = None

        if d:
            provider_count = d.pop("provider_count", None)
            if provider_count is None and "provider_count" in src_dict:
                nulls_ |= 32
        else:
            provider_count = None

        if cls is EndpointSummary:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.capability_id = capability_id
            new_instance_.public_path = public_path
            new_instance_.collection = collection
            new_instance_.model_count = model_count
            new_instance_.provider_count = provider_count
        else:
            new_instance_ = cls(
                id=id,
                capability_id=capability_id,
                public_path=public_path,
                collection=collection,
                model_count=model_count,
                provider_count=provider_count,
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


class EndpointSummaryParams(TypedDict, total=False):
    """The JSON object `EndpointSummary.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    capability_id: str | None
    public_path: str | None
    collection: str | None
    model_count: int | None
    provider_count: int | None


_object_new_ = object.__new__
