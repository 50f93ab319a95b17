from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsResponse")


@_attrs_define
class EmbeddingsResponse:
    """`POST /embeddings`; the gateway id is `requestId`."""

    data: list[Embedding]
    request_id: None | str | Unset = UNSET
    object_: str | Unset = UNSET
    model: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    usage: EmbeddingsResponseUsageType0 | None | Unset = UNSET
    native_response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        object_ = self.object_

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, EmbeddingsResponseUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        native_response_id: None | str | Unset
        if isinstance(self.native_response_id, Unset):
            native_response_id = UNSET
        else:
            native_response_id = self.native_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage
        if native_response_id is not UNSET:
            field_dict["nativeResponseId"] = native_response_id

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        data: list[Embedding] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_Embedding(data_item_data))

        request_id: None | str | Unset = d.pop("requestId", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        provider: None | str | Unset = d.pop("provider", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        native_response_id: None | str | Unset = d.pop("nativeResponseId", UNSET) if d else UNSET

        if cls is EmbeddingsResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.data = data
            new_instance_.request_id = request_id
            new_instance_.object_ = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.usage = usage
            new_instance_.native_response_id = native_response_id
            embeddings_response = new_instance_
        else:
            embeddings_response = cls(
                data=data,
                request_id=request_id,
                object_=object_,
                model=model,
                provider=provider,
                usage=usage,
                native_response_id=native_response_id,
            )

        embeddings_response.additional_properties = d
        return embeddings_response

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


def _parse_usage(data: object) -> EmbeddingsResponseUsageType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = EmbeddingsResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(EmbeddingsResponseUsageType0 | None | Unset, data)


class EmbeddingsResponseParams(TypedDict, total=False):
    """The JSON object `EmbeddingsResponse.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[EmbeddingParams]]
    requestId: str | None
    object: str
    model: str | None
    provider: str | None
    usage: EmbeddingsResponseUsageType0Params | None
    nativeResponseId: str | None


from ..models.embedding import Embedding, EmbeddingParams  # noqa: E402
from ..models.embeddings_response_usage_type_0 import EmbeddingsResponseUsageType0, EmbeddingsResponseUsageType0Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_Embedding = Embedding.from_dict
