from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding."""

    embedding: list[float] | str
    """ Floats, or a base64 string with `encoding_format: base64`. """
    object_: str | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        object_ = self.object_

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        embedding = _parse_embedding(d.pop("embedding"))

        object_ = d.pop("object", UNSET) if d else UNSET

        index = d.pop("index", UNSET) if d else UNSET

        if cls is Embedding:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.embedding = embedding
            new_instance_.object_ = object_
            new_instance_.index = index
            embedding = new_instance_
        else:
            embedding = cls(
                embedding=embedding,
                object_=object_,
                index=index,
            )

        embedding.additional_properties = d
        return embedding

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


def _parse_embedding(data: object) -> list[float] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        embedding_type_0 = cast(list[float], data)

        return embedding_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[float] | str, data)


class EmbeddingParams(TypedDict, total=False):
    """The JSON object `Embedding.from_dict` reads (keys as on the wire), for type checkers."""

    embedding: Required[Sequence[float] | str]
    """ Floats, or a base64 string with `encoding_format: base64`. """
    object: str
    index: int


_object_new_ = object.__new__
