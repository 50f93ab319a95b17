from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_mode import ReasoningConfigMode, check_reasoning_config_mode
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """Reasoning controls for models that support them."""

    effort: ReasoningEffort | None = None
    """ How much reasoning to spend. The gateway's default is `medium`. """
    mode: ReasoningConfigMode | None = None
    """ `pro` asks for the provider's extended reasoning mode. """
    summary: ReasoningSummary | None = None
    """ How to summarise the reasoning. The gateway's default is `auto`. """
    enabled: bool | None = None
    """ Turn reasoning on or off for models where it is optional. """
    max_tokens: int | None = None
    """ Token budget for the reasoning. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        effort = self.effort
        if effort is not None:
            field_dict["effort"] = effort
        elif self._nulls_ & 1:
            field_dict["effort"] = None
        mode = self.mode
        if mode is not None:
            field_dict["mode"] = mode
        elif self._nulls_ & 2:
            field_dict["mode"] = None
        summary = self.summary
        if summary is not None:
            field_dict["summary"] = summary
        elif self._nulls_ & 4:
            field_dict["summary"] = None
        enabled = self.enabled
        if enabled is not None:
            field_dict["enabled"] = enabled
        elif self._nulls_ & 8:
            field_dict["enabled"] = None
        max_tokens = self.max_tokens
        if max_tokens is not None:
            field_dict["max_tokens"] = max_tokens
        elif self._nulls_ & 16:
            field_dict["max_tokens"] = None

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
        effort: ReasoningEffort | None = None
        if d:
            _effort = d.pop("effort", None)
            if _effort is None:
                if "effort" in src_dict:
                    nulls_ |= 1
            else:
                effort = check_reasoning_effort(_effort)

        mode: ReasoningConfigMode | None = None
        if d:
            _mode = d.pop("mode", None)
            if _mode is None:
                if "mode" in src_dict:
                    nulls_ |= 2
            else:
                mode = check_reasoning_config_mode(_mode)

        summary: ReasoningSummary | None = None
        if d:
            _summary = d.pop("summary", None)
            if _summary is None:
                if "summary" in src_dict:
                    nulls_ |= 4
            else:
                summary = check_reasoning_summary(_summary)

        if d:
            enabled = d.pop("enabled", None)
            if enabled is None and "enabled" in src_dict:
                nulls_ |= 8
        else:
            enabled = None

        if d:
            max_tokens = d.pop("max_tokens", None)
            if max_tokens is None and "max_tokens" in src_dict:
                nulls_ |= 16
        else:
            max_tokens = None

        if cls is ReasoningConfig:
            new_instance_ = _object_new_(cls)
            new_instance_.effort = effort
            new_instance_.mode = mode
            new_instance_.summary = summary
            new_instance_.enabled = enabled
            new_instance_.max_tokens = max_tokens
        else:
            new_instance_ = cls(
                effort=effort,
                mode=mode,
                summary=summary,
                enabled=enabled,
                max_tokens=max_tokens,
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
