from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One delta frame of a stream (`object: chat.completion.chunk`). A usage frame has empty `choices`."""

    choices: list[ChatCompletionChunkChoice]
    """ The deltas; empty on a usage-only frame. """
    id: str | None = None
    """ The gateway's request id; every frame of the gateway carries it. """
    object: str | None = None
    """ `chat.completion.chunk`. """
    native_response_id: None | str = None
    created: int | None = None
    """ Unix timestamp in seconds. """
    model: str | None = None
    provider: str | None = None
    system_fingerprint: None | str = None
    usage: GatewayUsage | None = None
    meta: GatewayMetadata | None = None
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`ChatCompletionChunk.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
            }
        )
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
        native_response_id = self.native_response_id
        if native_response_id is not None:
            field_dict["nativeResponseId"] = native_response_id
        elif self._nulls_ & 4:
            field_dict["nativeResponseId"] = None
        created = self.created
        if created is not None:
            field_dict["created"] = created
        elif self._nulls_ & 8:
            field_dict["created"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 16:
            field_dict["model"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 32:
            field_dict["provider"] = None
        system_fingerprint = self.system_fingerprint
        if system_fingerprint is not None:
            field_dict["system_fingerprint"] = system_fingerprint
        elif self._nulls_ & 64:
            field_dict["system_fingerprint"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, GatewayUsage):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 128:
            field_dict["usage"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta.to_dict()
        elif self._nulls_ & 256:
            field_dict["meta"] = None

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
        choices: list[ChatCompletionChunkChoice] = []
        for choices_item_data in d.pop("choices"):
            choices.append(_from_dict_ChatCompletionChunkChoice(choices_item_data))

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
            native_response_id = d.pop("nativeResponseId", None)
            if native_response_id is None and "nativeResponseId" in src_dict:
                nulls_ |= 4
        else:
            native_response_id = None

        if d:
            created = d.pop("created", None)
            if created is None and "created" in src_dict:
                nulls_ |= 8
        else:
            created = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 16
        else:
            model = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 32
        else:
            provider = None

        if d:
            system_fingerprint = d.pop("system_fingerprint", None)
            if system_fingerprint is None and "system_fingerprint" in src_dict:
                nulls_ |= 64
        else:
            system_fingerprint = None

        usage: GatewayUsage | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 128
            else:
                usage = _parse_usage(_usage)

        meta: GatewayMetadata | None = None
        if d:
            _meta = d.pop("meta", None)
            if _meta is None:
                if "meta" in src_dict:
                    nulls_ |= 256
            else:
                meta = _from_dict_GatewayMetadata(_meta)

        if cls is ChatCompletionChunk:
            new_instance_ = _object_new_(cls)
            new_instance_.choices = choices
            new_instance_.id = id
            new_instance_.object = object_
            new_instance_.native_response_id = native_response_id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.system_fingerprint = system_fingerprint
            new_instance_.usage = usage
            new_instance_.meta = meta
        else:
            new_instance_ = cls(
                choices=choices,
                id=id,
                object=object_,
                native_response_id=native_response_id,
                created=created,
                model=model,
                provider=provider,
                system_fingerprint=system_fingerprint,
                usage=usage,
                meta=meta,
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


class ChatCompletionChunkParams(TypedDict, total=False):
    """The JSON object `ChatCompletionChunk.from_dict` reads (keys as on the wire), for type checkers."""

    choices: Required[Sequence[ChatCompletionChunkChoiceParams]]
    """ The deltas; empty on a usage-only frame. """
    id: str
    """ The gateway's request id; every frame of the gateway carries it. """
    object: str
    """ `chat.completion.chunk`. """
    nativeResponseId: str | None
    created: int
    """ Unix timestamp in seconds. """
    model: str
    provider: str
    system_fingerprint: str | None
    usage: GatewayUsageParams | None
    meta: GatewayMetadataParams
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """


from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice, ChatCompletionChunkChoiceParams  # noqa: E402
from ..models.gateway_metadata import GatewayMetadata, GatewayMetadataParams  # noqa: E402
from ..models.gateway_usage import GatewayUsage, GatewayUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ChatCompletionChunkChoice = ChatCompletionChunkChoice.from_dict
_from_dict_GatewayMetadata = GatewayMetadata.from_dict
