from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="ImagesResponse")


@_attrs_define
class ImagesResponse:
    """`POST /images/generations`."""

    data: list[GeneratedImage]
    id: None | str = None
    created: int | None = None
    model: None | str = None
    usage: ImagesResponseUsageType0 | None = None
    cost_nanos: int | None = None
    """ What the request cost, in billionths of the currency unit (the gateway's price). """
    currency: None | str = None
    """ The currency of the cost, e.g. `USD`. """
    pricing_lines: list[PricingLine] | None = None
    """ How the cost was computed, one line per priced dimension. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        created = self.created
        if created is not None:
            field_dict["created"] = created
        elif self._nulls_ & 2:
            field_dict["created"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 4:
            field_dict["model"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, ImagesResponseUsageType0):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 8:
            field_dict["usage"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 16:
            field_dict["cost_nanos"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 32:
            field_dict["currency"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            pricing_lines_json: list[dict[str, Any]] = []
            for pricing_lines_item in pricing_lines:
                pricing_lines_json.append(pricing_lines_item.to_dict())
            field_dict["pricing_lines"] = pricing_lines_json
        elif self._nulls_ & 64:
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
        data: list[GeneratedImage] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_GeneratedImage(data_item_data))

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            created = d.pop("created", None)
            if created is None and "created" in src_dict:
                nulls_ |= 2
        else:
            created = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 4
        else:
            model = None

        usage: ImagesResponseUsageType0 | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 8
            else:
                usage = _parse_usage(_usage)

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 16
        else:
            cost_nanos = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 32
        else:
            currency = None

        pricing_lines: list[PricingLine] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 64
            else:
                pricing_lines = []
                for pricing_lines_item_data in _pricing_lines:
                    pricing_lines.append(_from_dict_PricingLine(pricing_lines_item_data))

        if cls is ImagesResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.data = data
            new_instance_.id = id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.usage = usage
            new_instance_.cost_nanos = cost_nanos
            new_instance_.currency = currency
            new_instance_.pricing_lines = pricing_lines
        else:
            new_instance_ = cls(
                data=data,
                id=id,
                created=created,
                model=model,
                usage=usage,
                cost_nanos=cost_nanos,
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


def _parse_usage(data: object) -> ImagesResponseUsageType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ImagesResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ImagesResponseUsageType0 | None, data)


class ImagesResponseParams(TypedDict, total=False):
    """The JSON object `ImagesResponse.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[GeneratedImageParams]]
    id: str | None
    created: int | None
    model: str | None
    usage: ImagesResponseUsageType0Params | None
    cost_nanos: int | None
    """ What the request cost, in billionths of the currency unit (the gateway's price). """
    currency: str | None
    """ The currency of the cost, e.g. `USD`. """
    pricing_lines: Sequence[PricingLineParams]
    """ How the cost was computed, one line per priced dimension. """


from ..models.generated_image import GeneratedImage, GeneratedImageParams  # noqa: E402
from ..models.images_response_usage_type_0 import ImagesResponseUsageType0, ImagesResponseUsageType0Params  # noqa: E402
from ..models.pricing_line import PricingLine, PricingLineParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_GeneratedImage = GeneratedImage.from_dict
_from_dict_PricingLine = PricingLine.from_dict
