from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelList")


@_attrs_define
class ModelList:
    """One page of `GET /models`."""

    models: list[CatalogueModel]
    ok: bool | None = None
    availability_mode: None | str = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "models": models,
            }
        )
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None
        availability_mode = self.availability_mode
        if availability_mode is not None:
            field_dict["availability_mode"] = availability_mode
        elif self._nulls_ & 2:
            field_dict["availability_mode"] = None
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
        models: list[CatalogueModel] = []
        for models_item_data in d.pop("models"):
            models.append(_from_dict_CatalogueModel(models_item_data))

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if d:
            availability_mode = d.pop("availability_mode", None)
            if availability_mode is None and "availability_mode" in src_dict:
                nulls_ |= 2
        else:
            availability_mode = None

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

        if cls is ModelList:
            new_instance_ = _object_new_(cls)
            new_instance_.models = models
            new_instance_.ok = ok
            new_instance_.availability_mode = availability_mode
            new_instance_.limit = limit
            new_instance_.offset = offset
            new_instance_.total = total
        else:
            new_instance_ = cls(
                models=models,
                ok=ok,
                availability_mode=availability_mode,
                limit=limit,
                offset=offset,
                total=total,
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


class ModelListParams(TypedDict, total=False):
    """The JSON object `ModelList.from_dict` reads (keys as on the wire), for type checkers."""

    models: Required[Sequence[CatalogueModelParams]]
    ok: bool
    availability_mode: str | None
    limit: int
    offset: int
    total: int | None


from ..models.catalogue_model import CatalogueModel, CatalogueModelParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_CatalogueModel = CatalogueModel.from_dict
