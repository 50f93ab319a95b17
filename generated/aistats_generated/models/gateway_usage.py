from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayUsage")


@_attrs_define
class GatewayUsage:
    """Token accounting. Older gateways (Dec 2025) sent `input_tokens` and `output_tokens` instead: they still parse, as
    additional properties.

    """

    prompt_tokens: int | None = None
    """ Tokens in the prompt. """
    completion_tokens: int | None = None
    """ Tokens generated, reasoning included. """
    total_tokens: int | None = None
    prompt_tokens_details: None | PromptTokensDetails = None
    completion_tokens_details: CompletionTokensDetails | None = None
    server_tool_use: None | ServerToolUsage = None
    pricing: None | UsagePricing = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        prompt_tokens = self.prompt_tokens
        if prompt_tokens is not None:
            field_dict["prompt_tokens"] = prompt_tokens
        elif self._nulls_ & 1:
            field_dict["prompt_tokens"] = None
        completion_tokens = self.completion_tokens
        if completion_tokens is not None:
            field_dict["completion_tokens"] = completion_tokens
        elif self._nulls_ & 2:
            field_dict["completion_tokens"] = None
        total_tokens = self.total_tokens
        if total_tokens is not None:
            field_dict["total_tokens"] = total_tokens
        elif self._nulls_ & 4:
            field_dict["total_tokens"] = None
        prompt_tokens_details = self.prompt_tokens_details
        if prompt_tokens_details is not None:
            if isinstance(prompt_tokens_details, PromptTokensDetails):
                field_dict["prompt_tokens_details"] = prompt_tokens_details.to_dict()
            else:
                field_dict["prompt_tokens_details"] = prompt_tokens_details
        elif self._nulls_ & 8:
            field_dict["prompt_tokens_details"] = None
        completion_tokens_details = self.completion_tokens_details
        if completion_tokens_details is not None:
            if isinstance(completion_tokens_details, CompletionTokensDetails):
                field_dict["completion_tokens_details"] = completion_tokens_details.to_dict()
            else:
                field_dict["completion_tokens_details"] = completion_tokens_details
        elif self._nulls_ & 16:
            field_dict["completion_tokens_details"] = None
        server_tool_use = self.server_tool_use
        if server_tool_use is not None:
            if isinstance(server_tool_use, ServerToolUsage):
                field_dict["server_tool_use"] = server_tool_use.to_dict()
            else:
                field_dict["server_tool_use"] = server_tool_use
        elif self._nulls_ & 32:
            field_dict["server_tool_use"] = None
        pricing = self.pricing
        if pricing is not None:
            if isinstance(pricing, UsagePricing):
                field_dict["pricing"] = pricing.to_dict()
            else:
                field_dict["pricing"] = pricing
        elif self._nulls_ & 64:
            field_dict["pricing"] = None

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
            prompt_tokens = d.pop("prompt_tokens", None)
            if prompt_tokens is None and "prompt_tokens" in src_dict:
                nulls_ |= 1
        else:
            prompt_tokens = None

        if d:
            completion_tokens = d.pop("completion_tokens", None)
            if completion_tokens is None and "completion_tokens" in src_dict:
                nulls_ |= 2
        else:
            completion_tokens = None

        if d:
            total_tokens = d.pop("total_tokens", None)
            if total_tokens is None and "total_tokens" in src_dict:
                nulls_ |= 4
        else:
            total_tokens = None

        prompt_tokens_details: None | PromptTokensDetails = None
        if d:
            _prompt_tokens_details = d.pop("prompt_tokens_details", None)
            if _prompt_tokens_details is None:
                if "prompt_tokens_details" in src_dict:
                    nulls_ |= 8
            else:
                prompt_tokens_details = _parse_prompt_tokens_details(_prompt_tokens_details)

        completion_tokens_details: CompletionTokensDetails | None = None
        if d:
            _completion_tokens_details = d.pop("completion_tokens_details", None)
            if _completion_tokens_details is None:
                if "completion_tokens_details" in src_dict:
                    nulls_ |= 16
            else:
                completion_tokens_details = _parse_completion_tokens_details(_completion_tokens_details)

        server_tool_use: None | ServerToolUsage = None
        if d:
            _server_tool_use = d.pop("server_tool_use", None)
            if _server_tool_use is None:
                if "server_tool_use" in src_dict:
                    nulls_ |= 32
            else:
                server_tool_use = _parse_server_tool_use(_server_tool_use)

        pricing: None | UsagePricing = None
        if d:
            _pricing = d.pop("pricing", None)
            if _pricing is None:
                if "pricing" in src_dict:
                    nulls_ |= 64
            else:
                pricing = _parse_pricing(_pricing)

        if cls is GatewayUsage:
            new_instance_ = _object_new_(cls)
            new_instance_.prompt_tokens = prompt_tokens
            new_instance_.completion_tokens = completion_tokens
            new_instance_.total_tokens = total_tokens
            new_instance_.prompt_tokens_details = prompt_tokens_details
            new_instance_.completion_tokens_details = completion_tokens_details
            new_instance_.server_tool_use = server_tool_use
            new_instance_.pricing = pricing
        else:
            new_instance_ = cls(
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                total_tokens=total_tokens,
                prompt_tokens_details=prompt_tokens_details,
                completion_tokens_details=completion_tokens_details,
                server_tool_use=server_tool_use,
                pricing=pricing,
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


def _parse_prompt_tokens_details(data: object) -> None | PromptTokensDetails:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_tokens_details_type_0 = PromptTokensDetails.from_dict(data)

        return prompt_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | PromptTokensDetails, data)


def _parse_completion_tokens_details(data: object) -> CompletionTokensDetails | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        completion_tokens_details_type_0 = CompletionTokensDetails.from_dict(data)

        return completion_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CompletionTokensDetails | None, data)


def _parse_server_tool_use(data: object) -> None | ServerToolUsage:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = ServerToolUsage.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ServerToolUsage, data)


def _parse_pricing(data: object) -> None | UsagePricing:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = UsagePricing.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | UsagePricing, data)


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
