from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One delta frame of a stream (`object: chat.completion.chunk`). A usage frame has empty `choices`."""

    choices: list[ChatCompletionChunkChoice]
    """ The deltas; empty on a usage-only frame. """
    id: str | Unset = UNSET
    """ The gateway's request id; every frame of the gateway carries it. """
    object_: str | Unset = UNSET
    """ `chat.completion.chunk`. """
    native_response_id: None | str | Unset = UNSET
    created: int | Unset = UNSET
    """ Unix timestamp in seconds. """
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    usage: GatewayUsage | None | Unset = UNSET
    meta: GatewayMetadata | Unset = UNSET
    """ Gateway metadata, sent when the request asked for it with `meta: true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        id = self.id

        object_ = self.object_

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        created = self.created

        model = self.model

        provider = self.provider

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        choices: list[ChatCompletionChunkChoice] = []
        for choices_item_data in d.pop("choices"):
            choices.append(_from_dict_ChatCompletionChunkChoice(choices_item_data))

        id = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        native_response_id: None | str | Unset = d.pop("nativeResponseId", UNSET) if d else UNSET

        created = d.pop("created", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        _meta: Any = d.pop("meta", UNSET) if d else UNSET
        meta: GatewayMetadata | Unset = UNSET if _meta is UNSET else _from_dict_GatewayMetadata(_meta)

        if cls is ChatCompletionChunk:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.choices = choices
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.native_response_id = native_response_id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.system_fingerprint = system_fingerprint
            new_instance_.usage = usage
            new_instance_.meta = meta
            chat_completion_chunk = new_instance_
        else:
            chat_completion_chunk = cls(
                choices=choices,
                id=id,
                object_=object_,
                native_response_id=native_response_id,
                created=created,
                model=model,
                provider=provider,
                system_fingerprint=system_fingerprint,
                usage=usage,
                meta=meta,
            )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
