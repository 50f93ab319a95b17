from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="ChatCompletionsResponse")


@_attrs_define
class ChatCompletionsResponse:
    """A whole chat completion: the reply to a non-streamed request, and the closing snapshot frame (`object:
    chat.completion`) of a stream.

    """

    id: str
    """ The gateway's request id (`G-…`). """
    created: int
    """ Unix timestamp in seconds. """
    model: str
    """ The model that answered, as the provider names it. """
    choices: list[ChatCompletionChoice]
    object: str | None = None
    """ `chat.completion`. """
    native_response_id: None | str = None
    """ The upstream provider's response id. """
    provider: str | None = None
    """ The provider the gateway routed to. """
    provider_id: str | None = None
    """ The gateway's id of that provider. """
    system_fingerprint: None | str = None
    service_tier: None | str = None
    usage: GatewayUsage | None = None
    """ Token accounting, when the provider reported it. """
    meta: GatewayMetadata | None = None
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """
    cost_nanos: int | None = None
    """ What the request cost, in billionths of the currency unit. """
    cost_cents: float | None = None
    """ What the request cost, in cents. """
    currency: str | None = None
    """ The currency of the costs, e.g. `USD`. """
    pricing_lines: list[PricingLine] | None = None
    """ How the cost was computed, one line per priced dimension. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn(
            "`ChatCompletionsResponse.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2
        )
        return self.object

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        native_response_id = self.native_response_id
        if native_response_id is not None:
            field_dict["nativeResponseId"] = native_response_id
        elif self._nulls_ & 2:
            field_dict["nativeResponseId"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 4:
            field_dict["provider"] = None
        provider_id = self.provider_id
        if provider_id is not None:
            field_dict["provider_id"] = provider_id
        elif self._nulls_ & 8:
            field_dict["provider_id"] = None
        system_fingerprint = self.system_fingerprint
        if system_fingerprint is not None:
            field_dict["system_fingerprint"] = system_fingerprint
        elif self._nulls_ & 16:
            field_dict["system_fingerprint"] = None
        service_tier = self.service_tier
        if service_tier is not None:
            field_dict["service_tier"] = service_tier
        elif self._nulls_ & 32:
            field_dict["service_tier"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, GatewayUsage):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 64:
            field_dict["usage"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta.to_dict()
        elif self._nulls_ & 128:
            field_dict["meta"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 256:
            field_dict["cost_nanos"] = None
        cost_cents = self.cost_cents
        if cost_cents is not None:
            field_dict["cost_cents"] = cost_cents
        elif self._nulls_ & 512:
            field_dict["cost_cents"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 1024:
            field_dict["currency"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            pricing_lines_json: list[dict[str, Any]] = []
            for pricing_lines_item in pricing_lines:
                pricing_lines_json.append(pricing_lines_item.to_dict())
            field_dict["pricing_lines"] = pricing_lines_json
        elif self._nulls_ & 2048:
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
        id = d.pop("id")

        created = d.pop("created")

        model = d.pop("model")

        choices: list[ChatCompletionChoice] = []
        for choices_item_data in d.pop("choices"):
            choices.append(_from_dict_ChatCompletionChoice(choices_item_data))

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            native_response_id = d.pop("nativeResponseId", None)
            if native_response_id is None and "nativeResponseId" in src_dict:
                nulls_ |= 2
        else:
            native_response_id = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 4
        else:
            provider = None

        if d:
            provider_id = d.pop("provider_id", None)
            if provider_id is None and "provider_id" in src_dict:
                nulls_ |= 8
        else:
            provider_id = None

        if d:
            system_fingerprint = d.pop("system_fingerprint", None)
            if system_fingerprint is None and "system_fingerprint" in src_dict:
                nulls_ |= 16
        else:
            system_fingerprint = None

        if d:
            service_tier = d.pop("service_tier", None)
            if service_tier is None and "service_tier" in src_dict:
                nulls_ |= 32
        else:
            service_tier = None

        usage: GatewayUsage | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 64
            else:
                usage = _parse_usage(_usage)

        meta: GatewayMetadata | None = None
        if d:
            _meta = d.pop("meta", None)
            if _meta is None:
                if "meta" in src_dict:
                    nulls_ |= 128
            else:
                meta = _from_dict_GatewayMetadata(_meta)

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 256
        else:
            cost_nanos = None

        if d:
            cost_cents = d.pop("cost_cents", None)
            if cost_cents is None and "cost_cents" in src_dict:
                nulls_ |= 512
        else:
            cost_cents = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 1024
        else:
            currency = None

        pricing_lines: list[PricingLine] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 2048
            else:
                pricing_lines = []
                for pricing_lines_item_data in _pricing_lines:
                    pricing_lines.append(_from_dict_PricingLine(pricing_lines_item_data))

        if cls is ChatCompletionsResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.choices = choices
            new_instance_.object = object_
            new_instance_.native_response_id = native_response_id
            new_instance_.provider = provider
            new_instance_.provider_id = provider_id
            new_instance_.system_fingerprint = system_fingerprint
            new_instance_.service_tier = service_tier
            new_instance_.usage = usage
            new_instance_.meta = meta
            new_instance_.cost_nanos = cost_nanos
            new_instance_.cost_cents = cost_cents
            new_instance_.currency = currency
            new_instance_.pricing_lines = pricing_lines
        else:
            new_instance_ = cls(
                id=id,
                created=created,
                model=model,
                choices=choices,
                object=object_,
                native_response_id=native_response_id,
                provider=provider,
                provider_id=provider_id,
                system_fingerprint=system_fingerprint,
                service_tier=service_tier,
                usage=usage,
                meta=meta,
                cost_nanos=cost_nanos,
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


def _parse_usage(data: object) -> GatewayUsage | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = GatewayUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayUsage | None, data)


class ChatCompletionsResponseParams(TypedDict, total=False):
    """The JSON object `ChatCompletionsResponse.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    """ The gateway's request id (`G-…`). """
    created: Required[int]
    """ Unix timestamp in seconds. """
    model: Required[str]
    """ The model that answered, as the provider names it. """
    choices: Required[Sequence[ChatCompletionChoiceParams]]
    object: str
    """ `chat.completion`. """
    nativeResponseId: str | None
    """ The upstream provider's response id. """
    provider: str
    """ The provider the gateway routed to. """
    provider_id: str
    """ The gateway's id of that provider. """
    system_fingerprint: str | None
    service_tier: str | None
    usage: GatewayUsageParams | None
    """ Token accounting, when the provider reported it. """
    meta: GatewayMetadataParams
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """
    cost_nanos: int
    """ What the request cost, in billionths of the currency unit. """
    cost_cents: float
    """ What the request cost, in cents. """
    currency: str
    """ The currency of the costs, e.g. `USD`. """
    pricing_lines: Sequence[PricingLineParams]
    """ How the cost was computed, one line per priced dimension. """


from ..models.chat_completion_choice import ChatCompletionChoice, ChatCompletionChoiceParams  # noqa: E402
from ..models.gateway_metadata import GatewayMetadata, GatewayMetadataParams  # noqa: E402
from ..models.gateway_usage import GatewayUsage, GatewayUsageParams  # noqa: E402
from ..models.pricing_line import PricingLine, PricingLineParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ChatCompletionChoice = ChatCompletionChoice.from_dict
_from_dict_GatewayMetadata = GatewayMetadata.from_dict
_from_dict_PricingLine = PricingLine.from_dict
