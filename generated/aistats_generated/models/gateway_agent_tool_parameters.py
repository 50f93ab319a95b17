from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayAgentToolParameters")


@_attrs_define
class GatewayAgentToolParameters:
    """The helper model and its limits (advisor and subagent tools)."""

    name: str | None = None
    """ Advisor only. """
    model: str | None = None
    instructions: str | None = None
    forward_transcript: bool | None = None
    """ Advisor only. """
    max_uses: int | None = None
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    reasoning: GatewayAgentToolParametersReasoning | None = None
    temperature: float | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 2:
            field_dict["model"] = None
        instructions = self.instructions
        if instructions is not None:
            field_dict["instructions"] = instructions
        elif self._nulls_ & 4:
            field_dict["instructions"] = None
        forward_transcript = self.forward_transcript
        if forward_transcript is not None:
            field_dict["forward_transcript"] = forward_transcript
        elif self._nulls_ & 8:
            field_dict["forward_transcript"] = None
        max_uses = self.max_uses
        if max_uses is not None:
            field_dict["max_uses"] = max_uses
        elif self._nulls_ & 16:
            field_dict["max_uses"] = None
        max_tokens = self.max_tokens
        if max_tokens is not None:
            field_dict["max_tokens"] = max_tokens
        elif self._nulls_ & 32:
            field_dict["max_tokens"] = None
        max_completion_tokens = self.max_completion_tokens
        if max_completion_tokens is not None:
            field_dict["max_completion_tokens"] = max_completion_tokens
        elif self._nulls_ & 64:
            field_dict["max_completion_tokens"] = None
        reasoning = self.reasoning
        if reasoning is not None:
            field_dict["reasoning"] = reasoning.to_dict()
        elif self._nulls_ & 128:
            field_dict["reasoning"] = None
        temperature = self.temperature
        if temperature is not None:
            field_dict["temperature"] = temperature
        elif self._nulls_ & 256:
            field_dict["temperature"] = None

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
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 2
        else:
            model = None

        if d:
            instructions = d.pop("instructions", None)
            if instructions is None and "instructions" in src_dict:
                nulls_ |= 4
        else:
            instructions = None

        if d:
            forward_transcript = d.pop("forward_transcript", None)
            if forward_transcript is None and "forward_transcript" in src_dict:
                nulls_ |= 8
        else:
            forward_transcript = None

        if d:
            max_uses = d.pop("max_uses", None)
            if max_uses is None and "max_uses" in src_dict:
                nulls_ |= 16
        else:
            max_uses = None

        if d:
            max_tokens = d.pop("max_tokens", None)
            if max_tokens is None and "max_tokens" in src_dict:
                nulls_ |= 32
        else:
            max_tokens = None

        if d:
            max_completion_tokens = d.pop("max_completion_tokens", None)
            if max_completion_tokens is None and "max_completion_tokens" in src_dict:
                nulls_ |= 64
        else:
            max_completion_tokens = None

        reasoning: GatewayAgentToolParametersReasoning | None = None
        if d:
            _reasoning = d.pop("reasoning", None)
            if _reasoning is None:
                if "reasoning" in src_dict:
                    nulls_ |= 128
            else:
                reasoning = _from_dict_GatewayAgentToolParametersReasoning(_reasoning)

        if d:
            temperature = d.pop("temperature", None)
            if temperature is None and "temperature" in src_dict:
                nulls_ |= 256
        else:
            temperature = None

        if cls is GatewayAgentToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.model = model
            new_instance_.instructions = instructions
            new_instance_.forward_transcript = forward_transcript
            new_instance_.max_uses = max_uses
            new_instance_.max_tokens = max_tokens
            new_instance_.max_completion_tokens = max_completion_tokens
            new_instance_.reasoning = reasoning
            new_instance_.temperature = temperature
        else:
            new_instance_ = cls(
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
