from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayAgentToolParameters")


@_attrs_define
class GatewayAgentToolParameters:
    """The helper model and its limits (advisor and subagent tools)."""

    name: str | Unset = UNSET
    """ Advisor only. """
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    forward_transcript: bool | Unset = UNSET
    """ Advisor only. """
    max_uses: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    reasoning: GatewayAgentToolParametersReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        instructions = self.instructions

        forward_transcript = self.forward_transcript

        max_uses = self.max_uses

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if forward_transcript is not UNSET:
            field_dict["forward_transcript"] = forward_transcript
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        instructions = d.pop("instructions", UNSET) if d else UNSET

        forward_transcript = d.pop("forward_transcript", UNSET) if d else UNSET

        max_uses = d.pop("max_uses", UNSET) if d else UNSET

        max_tokens = d.pop("max_tokens", UNSET) if d else UNSET

        max_completion_tokens = d.pop("max_completion_tokens", UNSET) if d else UNSET

        _reasoning: Any = d.pop("reasoning", UNSET) if d else UNSET
        reasoning: GatewayAgentToolParametersReasoning | Unset = (
            UNSET if _reasoning is UNSET else _from_dict_GatewayAgentToolParametersReasoning(_reasoning)
        )

        temperature = d.pop("temperature", UNSET) if d else UNSET

        if cls is GatewayAgentToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.model = model
            new_instance_.instructions = instructions
            new_instance_.forward_transcript = forward_transcript
            new_instance_.max_uses = max_uses
            new_instance_.max_tokens = max_tokens
            new_instance_.max_completion_tokens = max_completion_tokens
            new_instance_.reasoning = reasoning
            new_instance_.temperature = temperature
            gateway_agent_tool_parameters = new_instance_
        else:
            gateway_agent_tool_parameters = cls(
                name=name,
                model=model,
                instructions=instructions,
                forward_transcript=forward_transcript,
                max_uses=max_uses,
                max_tokens=max_tokens,
                max_completion_tokens=max_completion_tokens,
                reasoning=reasoning,
                temperature=temperature,
            )

        gateway_agent_tool_parameters.additional_properties = d
        return gateway_agent_tool_parameters

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


class GatewayAgentToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayAgentToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    name: str
    """ Advisor only. """
    model: str
    instructions: str
    forward_transcript: bool
    """ Advisor only. """
    max_uses: int
    max_tokens: int
    max_completion_tokens: int
    reasoning: GatewayAgentToolParametersReasoningParams
    temperature: float


from ..models.gateway_agent_tool_parameters_reasoning import (  # noqa: E402
    GatewayAgentToolParametersReasoning,
    GatewayAgentToolParametersReasoningParams,
)

_object_new_ = object.__new__
_from_dict_GatewayAgentToolParametersReasoning = GatewayAgentToolParametersReasoning.from_dict
