from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechResponse")


@_attrs_define
class SpeechResponse:
    """Speech in the gateway's JSON form (some providers, when `Accept` asks for JSON only): the audio base64-encoded in
    `audio_base64`, its type in `mime_type`.

    """

    audio_base64: str
    request_id: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    usage: SpeechResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_base64 = self.audio_base64

        request_id = self.request_id

        id = self.id

        object_ = self.object_

        model = self.model

        provider = self.provider

        audio_url = self.audio_url

        mime_type = self.mime_type

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_base64": audio_base64,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        audio_base64 = d.pop("audio_base64")

        request_id = d.pop("requestId", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        audio_url = d.pop("audio_url", UNSET) if d else UNSET

        mime_type = d.pop("mime_type", UNSET) if d else UNSET

        _usage: Any = d.pop("usage", UNSET) if d else UNSET
        usage: SpeechResponseUsage | Unset = UNSET if _usage is UNSET else _from_dict_SpeechResponseUsage(_usage)

        if cls is SpeechResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.audio_base64 = audio_base64
            new_instance_.request_id = request_id
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.audio_url = audio_url
            new_instance_.mime_type = mime_type
            new_instance_.usage = usage
            speech_response = new_instance_
        else:
            speech_response = cls(
                audio_base64=audio_base64,
                request_id=request_id,
                id=id,
                object_=object_,
                model=model,
                provider=provider,
                audio_url=audio_url,
                mime_type=mime_type,
                usage=usage,
            )

        speech_response.additional_properties = d
        return speech_response

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


class SpeechResponseParams(TypedDict, total=False):
    """The JSON object `SpeechResponse.from_dict` reads (keys as on the wire), for type checkers."""

    audio_base64: Required[str]
    requestId: str
    id: str
    object: str
    model: str
    provider: str
    audio_url: str
    mime_type: str
    usage: SpeechResponseUsageParams


from ..models.speech_response_usage import SpeechResponseUsage, SpeechResponseUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_SpeechResponseUsage = SpeechResponseUsage.from_dict
