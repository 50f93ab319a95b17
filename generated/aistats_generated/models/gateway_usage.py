from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayUsage")


@_attrs_define
class GatewayUsage:
    """Token accounting, in the gateway's own keys; more keys may appear."""

    total_tokens: int | Unset = UNSET
    input_text_tokens: int | Unset = UNSET
    output_text_tokens: int | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
    cached_read_text_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tokens = self.total_tokens

        input_text_tokens = self.input_text_tokens

        output_text_tokens = self.output_text_tokens

        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        cached_read_text_tokens: int | None | Unset
        if isinstance(self.cached_read_text_tokens, Unset):
            cached_read_text_tokens = UNSET
        else:
            cached_read_text_tokens = self.cached_read_text_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if input_text_tokens is not UNSET:
            field_dict["input_text_tokens"] = input_text_tokens
        if output_text_tokens is not UNSET:
            field_dict["output_text_tokens"] = output_text_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if cached_read_text_tokens is not UNSET:
            field_dict["cached_read_text_tokens"] = cached_read_text_tokens

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)

        input_text_tokens = d.pop("input_text_tokens", UNSET)

        output_text_tokens = d.pop("output_text_tokens", UNSET)

        reasoning_tokens: int | None | Unset = d.pop("reasoning_tokens", UNSET)

        cached_read_text_tokens: int | None | Unset = d.pop("cached_read_text_tokens", UNSET)

        gateway_usage = cls(
            total_tokens=total_tokens,
            input_text_tokens=input_text_tokens,
            output_text_tokens=output_text_tokens,
            reasoning_tokens=reasoning_tokens,
            cached_read_text_tokens=cached_read_text_tokens,
        )

        gateway_usage.additional_properties = d
        return gateway_usage

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


class GatewayUsageParams(TypedDict, total=False):
    """The JSON object `GatewayUsage.from_dict` reads (keys as on the wire), for type checkers."""

    total_tokens: int
    input_text_tokens: int
    output_text_tokens: int
    reasoning_tokens: int | None
    cached_read_text_tokens: int | None
