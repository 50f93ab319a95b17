from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayImageGenerationTool")


@_attrs_define
class GatewayImageGenerationTool:
    """Server tool; the gateway generates an image with an image model."""

    type: Literal["phaseo:image_generation"]
    parameters: GatewayImageGenerationToolParameters | None = None
    """ The image model and output options. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> Literal["phaseo:image_generation"]:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn(
            "`GatewayImageGenerationTool.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2
        )
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        parameters = self.parameters
        if parameters is not None:
            field_dict["parameters"] = parameters.to_dict()
        elif self._nulls_ & 1:
            field_dict["parameters"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        type_ = cast(Literal["phaseo:image_generation"], d.pop("type"))
        if type_ != "phaseo:image_generation":
            raise ValueError(f"type must match const 'phaseo:image_generation', got '{type_}'")

        parameters: GatewayImageGenerationToolParameters | None = None
        if d:
            _parameters = d.pop("parameters", None)
            if _parameters is None:
                if "parameters" in src_dict:
                    nulls_ |= 1
            else:
                parameters = _from_dict_GatewayImageGenerationToolParameters(_parameters)

        if cls is GatewayImageGenerationTool:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.parameters = parameters
        else:
            new_instance_ = cls(
                type=type_,
                parameters=parameters,
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


class GatewayImageGenerationToolParams(TypedDict, total=False):
    """The JSON object `GatewayImageGenerationTool.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["phaseo:image_generation"]]
    parameters: GatewayImageGenerationToolParametersParams
    """ The image model and output options. """


from ..models.gateway_image_generation_tool_parameters import (  # noqa: E402
    GatewayImageGenerationToolParameters,
    GatewayImageGenerationToolParametersParams,
)

_object_new_ = object.__new__
_from_dict_GatewayImageGenerationToolParameters = GatewayImageGenerationToolParameters.from_dict
