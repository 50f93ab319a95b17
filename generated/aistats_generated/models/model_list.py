from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelList")


@_attrs_define
class ModelList:
    """One page of `GET /models`."""

    models: list[CatalogueModel]
    ok: bool | Unset = UNSET
    availability_mode: None | str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        ok = self.ok

        availability_mode: None | str | Unset
        if isinstance(self.availability_mode, Unset):
            availability_mode = UNSET
        else:
            availability_mode = self.availability_mode

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
                "models": models,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if availability_mode is not UNSET:
            field_dict["availability_mode"] = availability_mode
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
        models: list[CatalogueModel] = []
        for models_item_data in d.pop("models"):
            models.append(_from_dict_CatalogueModel(models_item_data))

        ok = d.pop("ok", UNSET) if d else UNSET

        availability_mode: None | str | Unset = d.pop("availability_mode", UNSET) if d else UNSET

        limit = d.pop("limit", UNSET) if d else UNSET

        offset = d.pop("offset", UNSET) if d else UNSET

        total: int | None | Unset = d.pop("total", UNSET) if d else UNSET

        if cls is ModelList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.models = models
            new_instance_.ok = ok
            new_instance_.availability_mode = availability_mode
            new_instance_.limit = limit
            new_instance_.offset = offset
            new_instance_.total = total
            model_list = new_instance_
        else:
            model_list = cls(
                models=models,
                ok=ok,
                availability_mode=availability_mode,
                limit=limit,
                offset=offset,
                total=total,
            )

        model_list.additional_properties = d
        return model_list

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
