from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayAdvisorTool")


@_attrs_define
class GatewayAdvisorTool:
    """Server tool; the gateway asks a second model for advice."""

    type_: Literal["phaseo:advisor"]
    parameters: GatewayAgentToolParameters | Unset = UNSET
    """ The helper model and its limits (advisor and subagent tools). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        type_ = cast(Literal["phaseo:advisor"], d.pop("type"))
        if type_ != "phaseo:advisor":
            raise ValueError(f"type must match const 'phaseo:advisor', got '{type_}'")

        _parameters: Any = d.pop("parameters", UNSET) if d else UNSET
        parameters: GatewayAgentToolParameters | Unset = (
            UNSET if _parameters is UNSET else _from_dict_GatewayAgentToolParameters(_parameters)
        )

        if cls is GatewayAdvisorTool:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.parameters = parameters
            gateway_advisor_tool = new_instance_
        else:
            gateway_advisor_tool = cls(
                type_=type_,
                parameters=parameters,
            )

        gateway_advisor_tool.additional_properties = d
        return gateway_advisor_tool

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


class GatewayAdvisorToolParams(TypedDict, total=False):
    """The JSON object `GatewayAdvisorTool.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["phaseo:advisor"]]
    parameters: GatewayAgentToolParametersParams
    """ The helper model and its limits (advisor and subagent tools). """


from ..models.gateway_agent_tool_parameters import GatewayAgentToolParameters, GatewayAgentToolParametersParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_GatewayAgentToolParameters = GatewayAgentToolParameters.from_dict
