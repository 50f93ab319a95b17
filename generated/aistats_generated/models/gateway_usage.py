from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayUsage")


@_attrs_define
class GatewayUsage:
    """Token accounting. Older gateways (Dec 2025) sent `input_tokens` and `output_tokens` instead: they still parse, as
    additional properties.

    """

    prompt_tokens: int | Unset = UNSET
    """ Tokens in the prompt. """
    completion_tokens: int | Unset = UNSET
    """ Tokens generated, reasoning included. """
    total_tokens: int | Unset = UNSET
    prompt_tokens_details: None | PromptTokensDetails | Unset = UNSET
    completion_tokens_details: CompletionTokensDetails | None | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    pricing: None | Unset | UsagePricing = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, PromptTokensDetails):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(self.completion_tokens_details, CompletionTokensDetails):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, ServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, UsagePricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET) if d else UNSET

        completion_tokens = d.pop("completion_tokens", UNSET) if d else UNSET

        total_tokens = d.pop("total_tokens", UNSET) if d else UNSET

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET) if d else UNSET
        prompt_tokens_details = (
            _prompt_tokens_details
            if _prompt_tokens_details is None or _prompt_tokens_details is UNSET
            else _parse_prompt_tokens_details(_prompt_tokens_details)
        )

        _completion_tokens_details = d.pop("completion_tokens_details", UNSET) if d else UNSET
        completion_tokens_details = (
            _completion_tokens_details
            if _completion_tokens_details is None or _completion_tokens_details is UNSET
            else _parse_completion_tokens_details(_completion_tokens_details)
        )

        _server_tool_use = d.pop("server_tool_use", UNSET) if d else UNSET
        server_tool_use = (
            _server_tool_use
            if _server_tool_use is None or _server_tool_use is UNSET
            else _parse_server_tool_use(_server_tool_use)
        )

        _pricing = d.pop("pricing", UNSET) if d else UNSET
        pricing = _pricing if _pricing is None or _pricing is UNSET else _parse_pricing(_pricing)

        if cls is GatewayUsage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.prompt_tokens = prompt_tokens
            new_instance_.completion_tokens = completion_tokens
            new_instance_.total_tokens = total_tokens
            new_instance_.prompt_tokens_details = prompt_tokens_details
            new_instance_.completion_tokens_details = completion_tokens_details
            new_instance_.server_tool_use = server_tool_use
            new_instance_.pricing = pricing
            gateway_usage = new_instance_
        else:
            gateway_usage = cls(
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                total_tokens=total_tokens,
                prompt_tokens_details=prompt_tokens_details,
                completion_tokens_details=completion_tokens_details,
                server_tool_use=server_tool_use,
                pricing=pricing,
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


def _parse_prompt_tokens_details(data: object) -> None | PromptTokensDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_tokens_details_type_0 = PromptTokensDetails.from_dict(data)

        return prompt_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | PromptTokensDetails | Unset, data)


def _parse_completion_tokens_details(data: object) -> CompletionTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        completion_tokens_details_type_0 = CompletionTokensDetails.from_dict(data)

        return completion_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CompletionTokensDetails | None | Unset, data)


def _parse_server_tool_use(data: object) -> None | ServerToolUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = ServerToolUsage.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ServerToolUsage | Unset, data)


def _parse_pricing(data: object) -> None | Unset | UsagePricing:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = UsagePricing.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | UsagePricing, data)


class GatewayUsageParams(TypedDict, total=False):
    """The JSON object `GatewayUsage.from_dict` reads (keys as on the wire), for type checkers."""

    prompt_tokens: int
    """ Tokens in the prompt. """
    completion_tokens: int
    """ Tokens generated, reasoning included. """
    total_tokens: int
    prompt_tokens_details: PromptTokensDetailsParams | None
    completion_tokens_details: CompletionTokensDetailsParams | None
    server_tool_use: ServerToolUsageParams | None
    pricing: UsagePricingParams | None


from ..models.completion_tokens_details import CompletionTokensDetails, CompletionTokensDetailsParams  # noqa: E402
from ..models.prompt_tokens_details import PromptTokensDetails, PromptTokensDetailsParams  # noqa: E402
from ..models.server_tool_usage import ServerToolUsage, ServerToolUsageParams  # noqa: E402
from ..models.usage_pricing import UsagePricing, UsagePricingParams  # noqa: E402

_object_new_ = object.__new__
