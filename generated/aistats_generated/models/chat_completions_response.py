from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    object_: str | Unset = UNSET
    """ `chat.completion`. """
    native_response_id: None | str | Unset = UNSET
    """ The upstream provider's response id. """
    provider: str | Unset = UNSET
    """ The provider the gateway routed to. """
    provider_id: str | Unset = UNSET
    """ The gateway's id of that provider. """
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    usage: GatewayUsage | None | Unset = UNSET
    """ Token accounting, when the provider reported it. """
    meta: GatewayMetadata | Unset = UNSET
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """
    cost_nanos: int | Unset = UNSET
    """ What the request cost, in billionths of the currency unit. """
    cost_cents: float | Unset = UNSET
    """ What the request cost, in cents. """
    currency: str | Unset = UNSET
    """ The currency of the costs, e.g. `USD`. """
    pricing_lines: list[PricingLine] | Unset = UNSET
    """ How the cost was computed, one line per priced dimension. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        object_ = self.object_

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        provider = self.provider

        provider_id = self.provider_id

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GatewayUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        cost_nanos = self.cost_nanos

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
        field_dict.update(
            {
                "id": id,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta
        if cost_nanos is not UNSET:
            field_dict["cost_nanos"] = cost_nanos
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
        id = d.pop("id")

        created = d.pop("created")

        model = d.pop("model")

        choices: list[ChatCompletionChoice] = []
        for choices_item_data in d.pop("choices"):
            choices.append(_from_dict_ChatCompletionChoice(choices_item_data))

        object_ = d.pop("object", UNSET) if d else UNSET

        native_response_id: None | str | Unset = d.pop("nativeResponseId", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        provider_id = d.pop("provider_id", UNSET) if d else UNSET

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET) if d else UNSET

        service_tier: None | str | Unset = d.pop("service_tier", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        _meta: Any = d.pop("meta", UNSET) if d else UNSET
        meta: GatewayMetadata | Unset = UNSET if _meta is UNSET else _from_dict_GatewayMetadata(_meta)

        cost_nanos = d.pop("cost_nanos", UNSET) if d else UNSET

        cost_cents = d.pop("cost_cents", UNSET) if d else UNSET

        currency = d.pop("currency", UNSET) if d else UNSET

        _pricing_lines = d.pop("pricing_lines", UNSET) if d else UNSET
        pricing_lines: list[PricingLine] | Unset = UNSET
        if _pricing_lines is not UNSET:
            pricing_lines = []
            for pricing_lines_item_data in _pricing_lines:
                pricing_lines.append(_from_dict_PricingLine(pricing_lines_item_data))

        if cls is ChatCompletionsResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.choices = choices
            new_instance_.object_ = object_
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
            chat_completions_response = new_instance_
        else:
            chat_completions_response = cls(
                id=id,
                created=created,
                model=model,
                choices=choices,
                object_=object_,
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

        chat_completions_response.additional_properties = d
        return chat_completions_response

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


def _parse_usage(data: object) -> GatewayUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = GatewayUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayUsage | None | Unset, data)


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
