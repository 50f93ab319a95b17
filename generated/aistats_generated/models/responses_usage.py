from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsesUsage")


@_attrs_define
class ResponsesUsage:
    """Token counts of a response, with the gateway's pricing."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    input_tokens_details: Any | None = None
    """ Input token breakdown (an object, or null). """
    output_tokens_details: Any | None = None
    """ Output token breakdown (an object, or null). """
    pricing_breakdown: Any | None = None
    """ The gateway's pricing of the call (an object, or null). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        input_tokens = self.input_tokens
        if input_tokens is not None:
            field_dict["input_tokens"] = input_tokens
        elif self._nulls_ & 1:
            field_dict["input_tokens"] = None
        output_tokens = self.output_tokens
        if output_tokens is not None:
            field_dict["output_tokens"] = output_tokens
        elif self._nulls_ & 2:
            field_dict["output_tokens"] = None
        total_tokens = self.total_tokens
        if total_tokens is not None:
            field_dict["total_tokens"] = total_tokens
        elif self._nulls_ & 4:
            field_dict["total_tokens"] = None
        input_tokens_details = self.input_tokens_details
        if input_tokens_details is not None:
            field_dict["input_tokens_details"] = input_tokens_details
        elif self._nulls_ & 8:
            field_dict["input_tokens_details"] = None
        output_tokens_details = self.output_tokens_details
        if output_tokens_details is not None:
            field_dict["output_tokens_details"] = output_tokens_details
        elif self._nulls_ & 16:
            field_dict["output_tokens_details"] = None
        pricing_breakdown = self.pricing_breakdown
        if pricing_breakdown is not None:
            field_dict["pricing_breakdown"] = pricing_breakdown
        elif self._nulls_ & 32:
            field_dict["pricing_breakdown"] = None

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
            input_tokens = d.pop("input_tokens", None)
            if input_tokens is None and "input_tokens" in src_dict:
                nulls_ |= 1
        else:
            input_tokens = None

        if d:
            output_tokens = d.pop("output_tokens", None)
            if output_tokens is None and "output_tokens" in src_dict:
                nulls_ |= 2
        else:
            output_tokens = None

        if d:
            total_tokens = d.pop("total_tokens", None)
            if total_tokens is None and "total_tokens" in src_dict:
                nulls_ |= 4
        else:
            total_tokens = None

        if d:
            input_tokens_details = d.pop("input_tokens_details", None)
            if input_tokens_details is None and "input_tokens_details" in src_dict:
                nulls_ |= 8
        else:
            input_tokens_details = None

        if d:
            output_tokens_details = d.pop("output_tokens_details", None)
            if output_tokens_details is None and "output_tokens_details" in src_dict:
                nulls_ |= 16
        else:
            output_tokens_details = None

        if d:
            pricing_breakdown = d.pop("pricing_breakdown", None)
            if pricing_breakdown is None and "pricing_breakdown" in src_dict:
                nulls_ |= 32
        else:
            pricing_breakdown = None

        if cls is ResponsesUsage:
            new_instance_ = _object_new_(cls)
            new_instance_.input_tokens = input_tokens
            new_instance_.output_tokens = output_tokens
            new_instance_.total_tokens = total_tokens
            new_instance_.input_tokens_details = input_tokens_details
            new_instance_.output_tokens_details = output_tokens_details
            new_instance_.pricing_breakdown = pricing_breakdown
        else:
            new_instance_ = cls(
                input_tokens=input_tokens,
                output_tokens=output_tokens,
                total_tokens=total_tokens,
                input_tokens_details=input_tokens_details,
                output_tokens_details=output_tokens_details,
                pricing_breakdown=pricing_breakdown,
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
