from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesResponse")


@_attrs_define
class ResponsesResponse:
    """A response object: the JSON reply, and the `response` inside the lifecycle events of a stream (where most fields are
    absent until it completes).

    """

    id: str | Unset = UNSET
    """ The gateway's request id on JSON replies; in stream events, the provider's response id. """
    object_: str | Unset = UNSET
    """ `response`. """
    created_at: int | Unset = UNSET
    """ Unix timestamp in seconds. """
    completed_at: int | None | Unset = UNSET
    status: str | Unset = UNSET
    """ `completed`, `failed`, `incomplete` or `in_progress`. """
    finish_reason: None | str | Unset = UNSET
    model: str | Unset = UNSET
    output: list[ResponsesOutputItem] | Unset = UNSET
    """ What the model produced: messages, function calls and reasoning items, in order. """
    usage: None | ResponsesUsage | Unset = UNSET
    error: Any | Unset = UNSET
    """ Why the response failed, when it did (an object, or null). """
    incomplete_details: Any | Unset = UNSET
    """ Why the response stopped early, when it did (an object, or null). """
    instructions: None | str | Unset = UNSET
    provider: str | Unset = UNSET
    native_response_id: None | str | Unset = UNSET
    cost_nanos: float | Unset = UNSET
    meta: Any | Unset = UNSET
    """ Gateway metadata, when asked for (an object, or null). """
    provider_id: str | Unset = UNSET
    cost_cents: float | Unset = UNSET
    """ The cost in US cents. """
    currency: str | Unset = UNSET
    pricing_lines: list[ResponsesResponsePricingLinesItem] | Unset = UNSET
    """ The cost, line by line (open objects). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        status = self.status

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        model = self.model

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponsesUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error = self.error

        incomplete_details = self.incomplete_details

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        provider = self.provider

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        cost_nanos = self.cost_nanos

        meta = self.meta

        provider_id = self.provider_id

        cost_cents = self.cost_cents

        currency = self.currency

        pricing_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_lines, Unset):
            pricing_lines = []
            for pricing_lines_item_data in self.pricing_lines:
                pricing_lines_item = pricing_lines_item_data.to_dict()
                pricing_lines.append(pricing_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if status is not UNSET:
            field_dict["status"] = status
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if model is not UNSET:
            field_dict["model"] = model
        if output is not UNSET:
            field_dict["output"] = output
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if provider is not UNSET:
            field_dict["provider"] = provider
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id
        if cost_nanos is not UNSET:
            field_dict["cost_nanos"] = cost_nanos
        if meta is not UNSET:
            field_dict["meta"] = meta
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if cost_cents is not UNSET:
            field_dict["cost_cents"] = cost_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if pricing_lines is not UNSET:
            field_dict["pricing_lines"] = pricing_lines

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        created_at = d.pop("created_at", UNSET) if d else UNSET

        completed_at: int | None | Unset = d.pop("completed_at", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        finish_reason: None | str | Unset = d.pop("finish_reason", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        _output = d.pop("output", UNSET) if d else UNSET
        output: list[ResponsesOutputItem] | Unset = UNSET
        if _output is not UNSET:
            output = []
            for output_item_data in _output:
                output.append(_from_dict_ResponsesOutputItem(output_item_data))

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        error = d.pop("error", UNSET) if d else UNSET

        incomplete_details = d.pop("incomplete_details", UNSET) if d else UNSET

        instructions: None | str | Unset = d.pop("instructions", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        native_response_id: None | str | Unset = d.pop("nativeResponseId", UNSET) if d else UNSET

        cost_nanos = d.pop("cost_nanos", UNSET) if d else UNSET

        meta = d.pop("meta", UNSET) if d else UNSET

        provider_id = d.pop("provider_id", UNSET) if d else UNSET

        cost_cents = d.pop("cost_cents", UNSET) if d else UNSET

        currency = d.pop("currency", UNSET) if d else UNSET

        _pricing_lines = d.pop("pricing_lines", UNSET) if d else UNSET
        pricing_lines: list[ResponsesResponsePricingLinesItem] | Unset = UNSET
        if _pricing_lines is not UNSET:
            pricing_lines = []
            for pricing_lines_item_data in _pricing_lines:
                pricing_lines.append(_from_dict_ResponsesResponsePricingLinesItem(pricing_lines_item_data))

        if cls is ResponsesResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.created_at = created_at
            new_instance_.completed_at = completed_at
            new_instance_.status = status
            new_instance_.finish_reason = finish_reason
            new_instance_.model = model
            new_instance_.output = output
            new_instance_.usage = usage
            new_instance_.error = error
            new_instance_.incomplete_details = incomplete_details
            new_instance_.instructions = instructions
            new_instance_.provider = provider
            new_instance_.native_response_id = native_response_id
            new_instance_.cost_nanos = cost_nanos
            new_instance_.meta = meta
            new_instance_.provider_id = provider_id
            new_instance_.cost_cents = cost_cents
            new_instance_.currency = currency
            new_instance_.pricing_lines = pricing_lines
            responses_response = new_instance_
        else:
            responses_response = cls(
                id=id,
                object_=object_,
                created_at=created_at,
                completed_at=completed_at,
                status=status,
                finish_reason=finish_reason,
                model=model,
                output=output,
                usage=usage,
                error=error,
                incomplete_details=incomplete_details,
                instructions=instructions,
                provider=provider,
                native_response_id=native_response_id,
                cost_nanos=cost_nanos,
                meta=meta,
                provider_id=provider_id,
                cost_cents=cost_cents,
                currency=currency,
                pricing_lines=pricing_lines,
            )

        responses_response.additional_properties = d
        return responses_response

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


def _parse_usage(data: object) -> None | ResponsesUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ResponsesUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsesUsage | Unset, data)


class ResponsesResponseParams(TypedDict, total=False):
    """The JSON object `ResponsesResponse.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    """ The gateway's request id on JSON replies; in stream events, the provider's response id. """
    object: str
    """ `response`. """
    created_at: int
    """ Unix timestamp in seconds. """
    completed_at: int | None
    status: str
    """ `completed`, `failed`, `incomplete` or `in_progress`. """
    finish_reason: str | None
    model: str
    output: Sequence[ResponsesOutputItemParams]
    """ What the model produced: messages, function calls and reasoning items, in order. """
    usage: ResponsesUsageParams | None
    error: Any
    """ Why the response failed, when it did (an object, or null). """
    incomplete_details: Any
    """ Why the response stopped early, when it did (an object, or null). """
    instructions: str | None
    provider: str
    nativeResponseId: str | None
    cost_nanos: float
    meta: Any
    """ Gateway metadata, when asked for (an object, or null). """
    provider_id: str
    cost_cents: float
    """ The cost in US cents. """
    currency: str
    pricing_lines: Sequence[ResponsesResponsePricingLinesItemParams]
    """ The cost, line by line (open objects). """


from ..models.responses_output_item import ResponsesOutputItem, ResponsesOutputItemParams  # noqa: E402
from ..models.responses_response_pricing_lines_item import (  # noqa: E402
    ResponsesResponsePricingLinesItem,
    ResponsesResponsePricingLinesItemParams,
)
from ..models.responses_usage import ResponsesUsage, ResponsesUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ResponsesOutputItem = ResponsesOutputItem.from_dict
_from_dict_ResponsesResponsePricingLinesItem = ResponsesResponsePricingLinesItem.from_dict
