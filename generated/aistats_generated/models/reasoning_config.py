from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """Reasoning effort and summary controls."""

    effort: None | ReasoningEffort | Unset = UNSET
    """ How much reasoning to spend. """
    summary: None | ReasoningSummary | Unset = UNSET
    """ Whether and how to summarise the reasoning. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, str):
            summary = self.summary
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effort = _parse_effort(d.pop("effort", UNSET))

        summary = _parse_summary(d.pop("summary", UNSET))

        reasoning_config = cls(
            effort=effort,
            summary=summary,
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


def _parse_effort(data: object) -> None | ReasoningEffort | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = check_reasoning_effort(data)

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ReasoningEffort | Unset, data)


def _parse_summary(data: object) -> None | ReasoningSummary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = check_reasoning_summary(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ReasoningSummary | Unset, data)


class ReasoningConfigParams(TypedDict, total=False):
    """The JSON object `ReasoningConfig.from_dict` reads (keys as on the wire), for type checkers."""

    effort: ReasoningEffort | None
    """ How much reasoning to spend. """
    summary: ReasoningSummary | None
    """ Whether and how to summarise the reasoning. """
