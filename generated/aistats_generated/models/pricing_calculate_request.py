from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricingCalculateRequest")


@_attrs_define
class PricingCalculateRequest:
    """What to price."""

    provider: str
    model: str
    endpoint: str
    """ A catalogue capability id such as `text.generate`. """
    usage: PricingCalculateRequestUsage
    """ Meter name to quantity, e.g. `{"input_text_tokens": 1000}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        model = self.model

        endpoint = self.endpoint

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "model": model,
                "endpoint": endpoint,
                "usage": usage,
            }
        )

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
        provider = d.pop("provider")

        model = d.pop("model")

        endpoint = d.pop("endpoint")

        usage = _from_dict_PricingCalculateRequestUsage(d.pop("usage"))

        if cls is PricingCalculateRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.provider = provider
            new_instance_.model = model
            new_instance_.endpoint = endpoint
            new_instance_.usage = usage
        else:
            new_instance_ = cls(
                provider=provider,
                model=model,
                endpoint=endpoint,
                usage=usage,
            )

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


class PricingCalculateRequestParams(TypedDict, total=False):
    """The JSON object `PricingCalculateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    provider: Required[str]
    model: Required[str]
    endpoint: Required[str]
    """ A catalogue capability id such as `text.generate`. """
    usage: Required[PricingCalculateRequestUsageParams]
    """ Meter name to quantity, e.g. `{"input_text_tokens": 1000}`. """


from ..models.pricing_calculate_request_usage import PricingCalculateRequestUsage, PricingCalculateRequestUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PricingCalculateRequestUsage = PricingCalculateRequestUsage.from_dict
