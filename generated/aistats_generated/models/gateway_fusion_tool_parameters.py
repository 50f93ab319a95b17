from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayFusionToolParameters")


@_attrs_define
class GatewayFusionToolParameters:
    """The models consulted and the fusing model."""

    analysis_models: list[str] | None = None
    model: str | None = None
    instructions: str | None = None
    max_uses: int | None = None
    max_completion_tokens: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        analysis_models = self.analysis_models
        if analysis_models is not None:
            field_dict["analysis_models"] = analysis_models
        elif self._nulls_ & 1:
            field_dict["analysis_models"] = None
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
        max_uses = self.max_uses
        if max_uses is not None:
            field_dict["max_uses"] = max_uses
        elif self._nulls_ & 8:
            field_dict["max_uses"] = None
        max_completion_tokens = self.max_completion_tokens
        if max_completion_tokens is not None:
            field_dict["max_completion_tokens"] = max_completion_tokens
        elif self._nulls_ & 16:
            field_dict["max_completion_tokens"] = None

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
            analysis_models = d.pop("analysis_models", None)
            if analysis_models is None and "analysis_models" in src_dict:
                nulls_ |= 1
        else:
            analysis_models = None

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
            max_uses = d.pop("max_uses", None)
            if max_uses is None and "max_uses" in src_dict:
                nulls_ |= 8
        else:
            max_uses = None

        if d:
            max_completion_tokens = d.pop("max_completion_tokens", None)
            if max_completion_tokens is None and "max_completion_tokens" in src_dict:
                nulls_ |= 16
        else:
            max_completion_tokens = None

        if cls is GatewayFusionToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.analysis_models = analysis_models
            new_instance_.model = model
            new_instance_.instructions = instructions
            new_instance_.max_uses = max_uses
            new_instance_.max_completion_tokens = max_completion_tokens
        else:
            new_instance_ = cls(
                analysis_models=analysis_models,
                model=model,
                instructions=instructions,
                max_uses=max_uses,
                max_completion_tokens=max_completion_tokens,
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


class GatewayFusionToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayFusionToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    analysis_models: Sequence[str]
    model: str
    instructions: str
    max_uses: int
    max_completion_tokens: int


_object_new_ = object.__new__
