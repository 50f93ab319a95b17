from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding."""

    embedding: list[float] | str
    """ Floats, or a base64 string with `encoding_format: base64`. """
    object: str | None = None
    index: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`Embedding.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        index = self.index
        if index is not None:
            field_dict["index"] = index
        elif self._nulls_ & 2:
            field_dict["index"] = None

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
        embedding = _parse_embedding(d.pop("embedding"))

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            index = d.pop("index", None)
            if index is None and "index" in src_dict:
                nulls_ |= 2
        else:
            index = None

        if cls is Embedding:
            new_instance_ = _object_new_(cls)
            new_instance_.embedding = embedding
            new_instance_.object = object_
            new_instance_.index = index
        else:
            new_instance_ = cls(
                embedding=embedding,
                object=object_,
                index=index,
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
