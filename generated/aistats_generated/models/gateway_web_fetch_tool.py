from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_web_fetch_tool_type import GatewayWebFetchToolType, check_gateway_web_fetch_tool_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayWebFetchTool")


@_attrs_define
class GatewayWebFetchTool:
    """Server tool; the gateway fetches a web page and hands its text to the model."""

    type_: GatewayWebFetchToolType
    parameters: GatewayWebFetchToolParameters | Unset = UNSET
    """ Fetch engine and limits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = check_gateway_web_fetch_tool_type(d.pop("type"))

        _parameters: Any = d.pop("parameters", UNSET) if d else UNSET
        parameters: GatewayWebFetchToolParameters | Unset = (
            UNSET if _parameters is UNSET else _from_dict_GatewayWebFetchToolParameters(_parameters)
        )

        if cls is GatewayWebFetchTool:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.parameters = parameters
            gateway_web_fetch_tool = new_instance_
        else:
            gateway_web_fetch_tool = cls(
                type_=type_,
                parameters=parameters,
            )

        gateway_web_fetch_tool.additional_properties = d
        return gateway_web_fetch_tool

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


class GatewayWebFetchToolParams(TypedDict, total=False):
    """The JSON object `GatewayWebFetchTool.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[GatewayWebFetchToolType]
    parameters: GatewayWebFetchToolParametersParams
    """ Fetch engine and limits. """


from ..models.gateway_web_fetch_tool_parameters import (  # noqa: E402
    GatewayWebFetchToolParameters,
    GatewayWebFetchToolParametersParams,
)

_object_new_ = object.__new__
_from_dict_GatewayWebFetchToolParameters = GatewayWebFetchToolParameters.from_dict
