from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesUsage")


@_attrs_define
class ResponsesUsage:
    """Token counts of a response, with the gateway's pricing."""

    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    input_tokens_details: Any | Unset = UNSET
    """ Input token breakdown (an object, or null). """
    output_tokens_details: Any | Unset = UNSET
    """ Output token breakdown (an object, or null). """
    pricing_breakdown: Any | Unset = UNSET
    """ The gateway's pricing of the call (an object, or null). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details = self.input_tokens_details

        output_tokens_details = self.output_tokens_details

        pricing_breakdown = self.pricing_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if pricing_breakdown is not UNSET:
            field_dict["pricing_breakdown"] = pricing_breakdown

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET) if d else UNSET

        output_tokens = d.pop("output_tokens", UNSET) if d else UNSET

        total_tokens = d.pop("total_tokens", UNSET) if d else UNSET

        input_tokens_details = d.pop("input_tokens_details", UNSET) if d else UNSET

        output_tokens_details = d.pop("output_tokens_details", UNSET) if d else UNSET

        pricing_breakdown = d.pop("pricing_breakdown", UNSET) if d else UNSET

        if cls is ResponsesUsage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.input_tokens = input_tokens
            new_instance_.output_tokens = output_tokens
            new_instance_.total_tokens = total_tokens
            new_instance_.input_tokens_details = input_tokens_details
            new_instance_.output_tokens_details = output_tokens_details
            new_instance_.pricing_breakdown = pricing_breakdown
            responses_usage = new_instance_
        else:
            responses_usage = cls(
                input_tokens=input_tokens,
                output_tokens=output_tokens,
                total_tokens=total_tokens,
                input_tokens_details=input_tokens_details,
                output_tokens_details=output_tokens_details,
                pricing_breakdown=pricing_breakdown,
            )

        responses_usage.additional_properties = d
        return responses_usage

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


class ResponsesUsageParams(TypedDict, total=False):
    """The JSON object `ResponsesUsage.from_dict` reads (keys as on the wire), for type checkers."""

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: Any
    """ Input token breakdown (an object, or null). """
    output_tokens_details: Any
    """ Output token breakdown (an object, or null). """
    pricing_breakdown: Any
    """ The gateway's pricing of the call (an object, or null). """


_object_new_ = object.__new__
