from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayFusionToolParameters")


@_attrs_define
class GatewayFusionToolParameters:
    """The models consulted and the fusing model."""

    analysis_models: list[str] | Unset = UNSET
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    max_uses: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_models: list[str] | Unset = UNSET
        if not isinstance(self.analysis_models, Unset):
            analysis_models = self.analysis_models

        model = self.model

        instructions = self.instructions

        max_uses = self.max_uses

        max_completion_tokens = self.max_completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        analysis_models = cast(list[str], (d.pop("analysis_models", UNSET) if d else UNSET))

        model = d.pop("model", UNSET) if d else UNSET

        instructions = d.pop("instructions", UNSET) if d else UNSET

        max_uses = d.pop("max_uses", UNSET) if d else UNSET

        max_completion_tokens = d.pop("max_completion_tokens", UNSET) if d else UNSET

        if cls is GatewayFusionToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.analysis_models = analysis_models
            new_instance_.model = model
            new_instance_.instructions = instructions
            new_instance_.max_uses = max_uses
            new_instance_.max_completion_tokens = max_completion_tokens
            gateway_fusion_tool_parameters = new_instance_
        else:
            gateway_fusion_tool_parameters = cls(
                analysis_models=analysis_models,
                model=model,
                instructions=instructions,
                max_uses=max_uses,
                max_completion_tokens=max_completion_tokens,
            )

        gateway_fusion_tool_parameters.additional_properties = d
        return gateway_fusion_tool_parameters

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


class GatewayFusionToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayFusionToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    analysis_models: Sequence[str]
    model: str
    instructions: str
    max_uses: int
    max_completion_tokens: int


_object_new_ = object.__new__
