from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobModel")


@_attrs_define
class JobModel:
    """A model of `/batches/models` or `/videos/models`, its parameters and providers."""

    model: str
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    input_types: list[str] | Unset = UNSET
    output_types: list[str] | Unset = UNSET
    supported_params: list[str] | Unset = UNSET
    supported_params_detail: JobModelSupportedParamsDetail | Unset = UNSET
    providers: list[Any] | Unset = UNSET
    pricing: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        input_types: list[str] | Unset = UNSET
        if not isinstance(self.input_types, Unset):
            input_types = self.input_types

        output_types: list[str] | Unset = UNSET
        if not isinstance(self.output_types, Unset):
            output_types = self.output_types

        supported_params: list[str] | Unset = UNSET
        if not isinstance(self.supported_params, Unset):
            supported_params = self.supported_params

        supported_params_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supported_params_detail, Unset):
            supported_params_detail = self.supported_params_detail.to_dict()

        providers: list[Any] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers

        pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if input_types is not UNSET:
            field_dict["input_types"] = input_types
        if output_types is not UNSET:
            field_dict["output_types"] = output_types
        if supported_params is not UNSET:
            field_dict["supported_params"] = supported_params
        if supported_params_detail is not UNSET:
            field_dict["supported_params_detail"] = supported_params_detail
        if providers is not UNSET:
            field_dict["providers"] = providers
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        name: None | str | Unset = d.pop("name", UNSET) if d else UNSET

        status: None | str | Unset = d.pop("status", UNSET) if d else UNSET

        input_types = cast(list[str], (d.pop("input_types", UNSET) if d else UNSET))

        output_types = cast(list[str], (d.pop("output_types", UNSET) if d else UNSET))

        supported_params = cast(list[str], (d.pop("supported_params", UNSET) if d else UNSET))

        _supported_params_detail: Any = d.pop("supported_params_detail", UNSET) if d else UNSET
        supported_params_detail: JobModelSupportedParamsDetail | Unset = (
            UNSET
            if _supported_params_detail is UNSET
            else _from_dict_JobModelSupportedParamsDetail(_supported_params_detail)
        )

        providers = cast(list[Any], (d.pop("providers", UNSET) if d else UNSET))

        pricing = d.pop("pricing", UNSET) if d else UNSET

        if cls is JobModel:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.name = name
            new_instance_.status = status
            new_instance_.input_types = input_types
            new_instance_.output_types = output_types
            new_instance_.supported_params = supported_params
            new_instance_.supported_params_detail = supported_params_detail
            new_instance_.providers = providers
            new_instance_.pricing = pricing
            job_model = new_instance_
        else:
            job_model = cls(
                model=model,
                name=name,
                status=status,
                input_types=input_types,
                output_types=output_types,
                supported_params=supported_params,
                supported_params_detail=supported_params_detail,
                providers=providers,
                pricing=pricing,
            )

        job_model.additional_properties = d
        return job_model

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


class JobModelParams(TypedDict, total=False):
    """The JSON object `JobModel.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    name: str | None
    status: str | None
    input_types: Sequence[str]
    output_types: Sequence[str]
    supported_params: Sequence[str]
    supported_params_detail: JobModelSupportedParamsDetailParams
    providers: Sequence[Any]
    pricing: Any


from ..models.job_model_supported_params_detail import (  # noqa: E402
    JobModelSupportedParamsDetail,
    JobModelSupportedParamsDetailParams,
)

_object_new_ = object.__new__
_from_dict_JobModelSupportedParamsDetail = JobModelSupportedParamsDetail.from_dict
