from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingModelList")


@_attrs_define
class PricingModelList:
    """`GET /pricing/models`."""

    models: list[PricingModel]
    ok: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "models": models,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        models: list[PricingModel] = []
        for models_item_data in d.pop("models"):
            models.append(_from_dict_PricingModel(models_item_data))

        ok = d.pop("ok", UNSET) if d else UNSET

        if cls is PricingModelList:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.models = models
            new_instance_.ok = ok
            pricing_model_list = new_instance_
        else:
            pricing_model_list = cls(
                models=models,
                ok=ok,
            )

        pricing_model_list.additional_properties = d
        return pricing_model_list

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


class PricingModelListParams(TypedDict, total=False):
    """The JSON object `PricingModelList.from_dict` reads (keys as on the wire), for type checkers."""

    models: Required[Sequence[PricingModelParams]]
    ok: bool


from ..models.pricing_model import PricingModel, PricingModelParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PricingModel = PricingModel.from_dict
