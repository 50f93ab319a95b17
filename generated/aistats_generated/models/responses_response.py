from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="ResponsesResponse")


@_attrs_define
class ResponsesResponse:
    """A response object: the JSON reply, and the `response` inside the lifecycle events of a stream (where most fields are
    absent until it completes).

    """

    id: str | None = None
    """ The gateway's request id on JSON replies; in stream events, the provider's response id. """
    object: str | None = None
    """ `response`. """
    created_at: int | None = None
    """ Unix timestamp in seconds. """
    completed_at: int | None = None
    status: str | None = None
    """ `completed`, `failed`, `incomplete` or `in_progress`. """
    finish_reason: None | str = None
    model: str | None = None
    output: list[ResponsesOutputItem] | None = None
    """ What the model produced: messages, function calls and reasoning items, in order. """
    usage: None | ResponsesUsage = None
    error: Any | None = None
    """ Why the response failed, when it did (an object, or null). """
    incomplete_details: Any | None = None
    """ Why the response stopped early, when it did (an object, or null). """
    instructions: None | str = None
    provider: str | None = None
    native_response_id: None | str = None
    cost_nanos: float | None = None
    meta: Any | None = None
    """ Gateway metadata, when asked for (an object, or null). """
    provider_id: str | None = None
    cost_cents: float | None = None
    """ The cost in US cents. """
    currency: str | None = None
    pricing_lines: list[ResponsesResponsePricingLinesItem] | None = None
    """ The cost, line by line (open objects). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`ResponsesResponse.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 2:
            field_dict["object"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 4:
            field_dict["created_at"] = None
        completed_at = self.completed_at
        if completed_at is not None:
            field_dict["completed_at"] = completed_at
        elif self._nulls_ & 8:
            field_dict["completed_at"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 16:
            field_dict["status"] = None
        finish_reason = self.finish_reason
        if finish_reason is not None:
            field_dict["finish_reason"] = finish_reason
        elif self._nulls_ & 32:
            field_dict["finish_reason"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 64:
            field_dict["model"] = None
        output = self.output
        if output is not None:
            output_json: list[dict[str, Any]] = []
            for output_item in output:
                output_json.append(output_item.to_dict())
            field_dict["output"] = output_json
        elif self._nulls_ & 128:
            field_dict["output"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, ResponsesUsage):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 256:
            field_dict["usage"] = None
        error = self.error
        if error is not None:
            field_dict["error"] = error
        elif self._nulls_ & 512:
            field_dict["error"] = None
        incomplete_details = self.incomplete_details
        if incomplete_details is not None:
            field_dict["incomplete_details"] = incomplete_details
        elif self._nulls_ & 1024:
            field_dict["incomplete_details"] = None
        instructions = self.instructions
        if instructions is not None:
            field_dict["instructions"] = instructions
        elif self._nulls_ & 2048:
            field_dict["instructions"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 4096:
            field_dict["provider"] = None
        native_response_id = self.native_response_id
        if native_response_id is not None:
            field_dict["nativeResponseId"] = native_response_id
        elif self._nulls_ & 8192:
            field_dict["nativeResponseId"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 16384:
            field_dict["cost_nanos"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta
        elif self._nulls_ & 32768:
            field_dict["meta"] = None
        provider_id = self.provider_id
        if provider_id is not None:
            field_dict["provider_id"] = provider_id
        elif self._nulls_ & 65536:
            field_dict["provider_id"] = None
        cost_cents = self.cost_cents
        if cost_cents is not None:
            field_dict["cost_cents"] = cost_cents
        elif self._nulls_ & 131072:
            field_dict["cost_cents"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 262144:
            field_dict["currency"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            pricing_lines_json: list[dict[str, Any]] = []
            for pricing_lines_item in pricing_lines:
                pricing_lines_json.append(pricing_lines_item.to_dict())
            field_dict["pricing_lines"] = pricing_lines_json
        elif self._nulls_ & 524288:
            field_dict["pricing_lines"] = None

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
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 2
        else:
            object_ = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 4
        else:
            created_at = None

        if d:
            completed_at = d.pop("completed_at", None)
            if completed_at is None and "completed_at" in src_dict:
                nulls_ |= 8
        else:
            completed_at = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 16
        else:
            status = None

        if d:
            finish_reason = d.pop("finish_reason", None)
            if finish_reason is None and "finish_reason" in src_dict:
                nulls_ |= 32
        else:
            finish_reason = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 64
        else:
            model = None

        output: list[ResponsesOutputItem] | None = None
        if d:
            _output = d.pop("output", None)
            if _output is None:
                if "output" in src_dict:
                    nulls_ |= 128
            else:
                output = []
                for output_item_data in _output:
                    output.append(_from_dict_ResponsesOutputItem(output_item_data))

        usage: None | ResponsesUsage = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 256
            else:
                usage = _parse_usage(_usage)

        if d:
            error = d.pop("error", None)
            if error is None and "error" in src_dict:
                nulls_ |= 512
        else:
            error = None

        if d:
            incomplete_details = d.pop("incomplete_details", None)
            if incomplete_details is None and "incomplete_details" in src_dict:
                nulls_ |= 1024
        else:
            incomplete_details = None

        if d:
            instructions = d.pop("instructions", None)
            if instructions is None and "instructions" in src_dict:
                nulls_ |= 2048
        else:
            instructions = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 4096
        else:
            provider = None

        if d:
            native_response_id = d.pop("nativeResponseId", None)
            if native_response_id is None and "nativeResponseId" in src_dict:
                nulls_ |= 8192
        else:
            native_response_id = None

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 16384
        else:
            cost_nanos = None

        if d:
            meta = d.pop("meta", None)
            if meta is None and "meta" in src_dict:
                nulls_ |= 32768
        else:
            meta = None

        if d:
            provider_id = d.pop("provider_id", None)
            if provider_id is None and "provider_id" in src_dict:
                nulls_ |= 65536
        else:
            provider_id = None

        if d:
            cost_cents = d.pop("cost_cents", None)
            if cost_cents is None and "cost_cents" in src_dict:
                nulls_ |= 131072
        else:
            cost_cents = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 262144
        else:
            currency = None

        pricing_lines: list[ResponsesResponsePricingLinesItem] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 524288
            else:
                pricing_lines = []
                for pricing_lines_item_data in _pricing_lines:
                    pricing_lines.append(_from_dict_ResponsesResponsePricingLinesItem(pricing_lines_item_data))

        if cls is ResponsesResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.object = object_
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
        else:
            new_instance_ = cls(
                id=id,
                object=object_,
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


def _parse_usage(data: object) -> None | ResponsesUsage:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ResponsesUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ResponsesUsage, data)


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
