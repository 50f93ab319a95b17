from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobModel")


@_attrs_define
class JobModel:
    """A model of `/batches/models` or `/videos/models`, its parameters and providers."""

    model: str
    name: None | str = None
    status: None | str = None
    input_types: list[str] | None = None
    output_types: list[str] | None = None
    supported_params: list[str] | None = None
    supported_params_detail: JobModelSupportedParamsDetail | None = None
    """ Per parameter, whether and how it is supported (`supported`, `type`, `values`, `default`, `providers`). """
    supported_parameters: list[str] | None = None
    """ The same list as `supported_params`. """
    supported_parameters_detail: JobModelSupportedParametersDetail | None = None
    """ The same map as `supported_params_detail`. """
    providers: list[Any] | None = None
    pricing: Any | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 2:
            field_dict["status"] = None
        input_types = self.input_types
        if input_types is not None:
            field_dict["input_types"] = input_types
        elif self._nulls_ & 4:
            field_dict["input_types"] = None
        output_types = self.output_types
        if output_types is not None:
            field_dict["output_types"] = output_types
        elif self._nulls_ & 8:
            field_dict["output_types"] = None
        supported_params = self.supported_params
        if supported_params is not None:
            field_dict["supported_params"] = supported_params
        elif self._nulls_ & 16:
            field_dict["supported_params"] = None
        supported_params_detail = self.supported_params_detail
        if supported_params_detail is not None:
            field_dict["supported_params_detail"] = supported_params_detail.to_dict()
        elif self._nulls_ & 32:
            field_dict["supported_params_detail"] = None
        supported_parameters = self.supported_parameters
        if supported_parameters is not None:
            field_dict["supported_parameters"] = supported_parameters
        elif self._nulls_ & 64:
            field_dict["supported_parameters"] = None
        supported_parameters_detail = self.supported_parameters_detail
        if supported_parameters_detail is not None:
            field_dict["supported_parameters_detail"] = supported_parameters_detail.to_dict()
        elif self._nulls_ & 128:
            field_dict["supported_parameters_detail"] = None
        providers = self.providers
        if providers is not None:
            field_dict["providers"] = providers
        elif self._nulls_ & 256:
            field_dict["providers"] = None
        pricing = self.pricing
        if pricing is not None:
            field_dict["pricing"] = pricing
        elif self._nulls_ & 512:
            field_dict["pricing"] = None

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
        model = d.pop("model")

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 2
        else:
            status = None

        if d:
            input_types = d.pop("input_types", None)
            if input_types is None and "input_types" in src_dict:
                nulls_ |= 4
        else:
            input_types = None

        if d:
            output_types = d.pop("output_types", None)
            if output_types is None and "output_types" in src_dict:
                nulls_ |= 8
        else:
            output_types = None

        if d:
            supported_params = d.pop("supported_params", None)
            if supported_params is None and "supported_params" in src_dict:
                nulls_ |= 16
        else:
            supported_params = None

        supported_params_detail: JobModelSupportedParamsDetail | None = None
        if d:
            _supported_params_detail = d.pop("supported_params_detail", None)
            if _supported_params_detail is None:
                if "supported_params_detail" in src_dict:
                    nulls_ |= 32
            else:
                supported_params_detail = _from_dict_JobModelSupportedParamsDetail(_supported_params_detail)

        if d:
            supported_parameters = d.pop("supported_parameters", None)
            if supported_parameters is None and "supported_parameters" in src_dict:
                nulls_ |= 64
        else:
            supported_parameters = None

        supported_parameters_detail: JobModelSupportedParametersDetail | None = None
        if d:
            _supported_parameters_detail = d.pop("supported_parameters_detail", None)
            if _supported_parameters_detail is None:
                if "supported_parameters_detail" in src_dict:
                    nulls_ |= 128
            else:
                supported_parameters_detail = _from_dict_JobModelSupportedParametersDetail(_supported_parameters_detail)

        if d:
            providers = d.pop("providers", None)
            if providers is None and "providers" in src_dict:
                nulls_ |= 256
        else:
            providers = None

        if d:
            pricing = d.pop("pricing", None)
            if pricing is None and "pricing" in src_dict:
                nulls_ |= 512
        else:
            pricing = None

        if cls is JobModel:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.name = name
            new_instance_.status = status
            new_instance_.input_types = input_types
            new_instance_.output_types = output_types
            new_instance_.supported_params = supported_params
            new_instance_.supported_params_detail = supported_params_detail
            new_instance_.supported_parameters = supported_parameters
            new_instance_.supported_parameters_detail = supported_parameters_detail
            new_instance_.providers = providers
            new_instance_.pricing = pricing
        else:
            new_instance_ = cls(
                model=model,
                name=name,
                status=status,
                input_types=input_types,
                output_types=output_types,
                supported_params=supported_params,
                supported_params_detail=supported_params_detail,
                supported_parameters=supported_parameters,
                supported_parameters_detail=supported_parameters_detail,
                providers=providers,
                pricing=pricing,
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


class JobModelParams(TypedDict, total=False):
    """The JSON object `JobModel.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    name: str | None
    status: str | None
    input_types: Sequence[str]
    output_types: Sequence[str]
    supported_params: Sequence[str]
    supported_params_detail: JobModelSupportedParamsDetailParams
    """ Per parameter, whether and how it is supported (`supported`, `type`, `values`, `default`, `providers`). """
    supported_parameters: Sequence[str]
    """ The same list as `supported_params`. """
    supported_parameters_detail: JobModelSupportedParametersDetailParams
    """ The same map as `supported_params_detail`. """
    providers: Sequence[Any]
    pricing: Any


from ..models.job_model_supported_parameters_detail import (  # noqa: E402
    JobModelSupportedParametersDetail,
    JobModelSupportedParametersDetailParams,
)
from ..models.job_model_supported_params_detail import (  # noqa: E402
    JobModelSupportedParamsDetail,
    JobModelSupportedParamsDetailParams,
)

_object_new_ = object.__new__
_from_dict_JobModelSupportedParametersDetail = JobModelSupportedParametersDetail.from_dict
_from_dict_JobModelSupportedParamsDetail = JobModelSupportedParamsDetail.from_dict
