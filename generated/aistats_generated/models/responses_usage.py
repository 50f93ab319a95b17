from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

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
    input_tokens_details: None | ResponsesUsageInputTokensDetailsType0 | Unset = UNSET
    output_tokens_details: None | ResponsesUsageOutputTokensDetailsType0 | Unset = UNSET
    pricing_breakdown: None | ResponsesUsagePricingBreakdownType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.input_tokens_details, Unset):
            input_tokens_details = UNSET
        elif isinstance(self.input_tokens_details, ResponsesUsageInputTokensDetailsType0):
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = self.input_tokens_details

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, ResponsesUsageOutputTokensDetailsType0):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        pricing_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.pricing_breakdown, Unset):
            pricing_breakdown = UNSET
        elif isinstance(self.pricing_breakdown, ResponsesUsagePricingBreakdownType0):
            pricing_breakdown = self.pricing_breakdown.to_dict()
        else:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        input_tokens_details = _parse_input_tokens_details(d.pop("input_tokens_details", UNSET))

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))

        pricing_breakdown = _parse_pricing_breakdown(d.pop("pricing_breakdown", UNSET))

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


def _parse_input_tokens_details(data: object) -> None | ResponsesUsageInputTokensDetailsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_tokens_details_type_0 = ResponsesUsageInputTokensDetailsType0.from_dict(data)

        return input_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsesUsageInputTokensDetailsType0 | Unset, data)


def _parse_output_tokens_details(data: object) -> None | ResponsesUsageOutputTokensDetailsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_tokens_details_type_0 = ResponsesUsageOutputTokensDetailsType0.from_dict(data)

        return output_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsesUsageOutputTokensDetailsType0 | Unset, data)


def _parse_pricing_breakdown(data: object) -> None | ResponsesUsagePricingBreakdownType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_breakdown_type_0 = ResponsesUsagePricingBreakdownType0.from_dict(data)

        return pricing_breakdown_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsesUsagePricingBreakdownType0 | Unset, data)


class ResponsesUsageParams(TypedDict, total=False):
    """The JSON object `ResponsesUsage.from_dict` reads (keys as on the wire), for type checkers."""

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: ResponsesUsageInputTokensDetailsType0Params | None
    output_tokens_details: ResponsesUsageOutputTokensDetailsType0Params | None
    pricing_breakdown: ResponsesUsagePricingBreakdownType0Params | None


from ..models.responses_usage_input_tokens_details_type_0 import (  # noqa: E402
    ResponsesUsageInputTokensDetailsType0,
    ResponsesUsageInputTokensDetailsType0Params,
)
from ..models.responses_usage_output_tokens_details_type_0 import (  # noqa: E402
    ResponsesUsageOutputTokensDetailsType0,
    ResponsesUsageOutputTokensDetailsType0Params,
)
from ..models.responses_usage_pricing_breakdown_type_0 import (  # noqa: E402
    ResponsesUsagePricingBreakdownType0,
    ResponsesUsagePricingBreakdownType0Params,
)
