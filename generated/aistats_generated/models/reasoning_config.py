from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_mode import ReasoningConfigMode, check_reasoning_config_mode
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """Reasoning controls for models that support them."""

    effort: ReasoningEffort | Unset = UNSET
    """ How much reasoning to spend. The gateway's default is `medium`. """
    mode: ReasoningConfigMode | Unset = UNSET
    """ `pro` asks for the provider's extended reasoning mode. """
    summary: ReasoningSummary | Unset = UNSET
    """ How to summarise the reasoning. The gateway's default is `auto`. """
    enabled: bool | Unset = UNSET
    """ Turn reasoning on or off for models where it is optional. """
    max_tokens: int | Unset = UNSET
    """ Token budget for the reasoning. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        summary: str | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        enabled = self.enabled

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if mode is not UNSET:
            field_dict["mode"] = mode
        if summary is not UNSET:
            field_dict["summary"] = summary
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _effort = d.pop("effort", UNSET) if d else UNSET
        effort: ReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_reasoning_effort(_effort)

        _mode = d.pop("mode", UNSET) if d else UNSET
        mode: ReasoningConfigMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_reasoning_config_mode(_mode)

        _summary = d.pop("summary", UNSET) if d else UNSET
        summary: ReasoningSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = check_reasoning_summary(_summary)

        enabled = d.pop("enabled", UNSET) if d else UNSET

        max_tokens = d.pop("max_tokens", UNSET) if d else UNSET

        if cls is ReasoningConfig:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.effort = effort
            new_instance_.mode = mode
            new_instance_.summary = summary
            new_instance_.enabled = enabled
            new_instance_.max_tokens = max_tokens
            reasoning_config = new_instance_
        else:
            reasoning_config = cls(
                effort=effort,
                mode=mode,
                summary=summary,
                enabled=enabled,
                max_tokens=max_tokens,
            )

        reasoning_config.additional_properties = d
        return reasoning_config

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


class ReasoningConfigParams(TypedDict, total=False):
    """The JSON object `ReasoningConfig.from_dict` reads (keys as on the wire), for type checkers."""

    effort: ReasoningEffort
    """ How much reasoning to spend. The gateway's default is `medium`. """
    mode: ReasoningConfigMode
    """ `pro` asks for the provider's extended reasoning mode. """
    summary: ReasoningSummary
    """ How to summarise the reasoning. The gateway's default is `auto`. """
    enabled: bool
    """ Turn reasoning on or off for models where it is optional. """
    max_tokens: int
    """ Token budget for the reasoning. """


_object_new_ = object.__new__
