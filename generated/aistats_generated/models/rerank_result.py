from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RerankResult")


@_attrs_define
class RerankResult:
    """One scored document."""

    index: int
    relevance_score: float
    document: None | RerankResultDocumentType1 | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "relevance_score": relevance_score,
            }
        )
        document = self.document
        if document is not None:
            if isinstance(document, RerankResultDocumentType1):
                field_dict["document"] = document.to_dict()
            else:
                field_dict["document"] = document
        elif self._nulls_ & 1:
            field_dict["document"] = None

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
        index = d.pop("index")

        relevance_score = d.pop("relevance_score")

        document: None | RerankResultDocumentType1 | str = None
        if d:
            _document = d.pop("document", None)
            if _document is None:
                if "document" in src_dict:
                    nulls_ |= 1
            else:
                document = _parse_document(_document)

        if cls is RerankResult:
            new_instance_ = _object_new_(cls)
            new_instance_.index = index
            new_instance_.relevance_score = relevance_score
            new_instance_.document = document
        else:
            new_instance_ = cls(
                index=index,
                relevance_score=relevance_score,
                document=document,
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


def _parse_document(data: object) -> None | RerankResultDocumentType1 | str:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        document_type_1 = RerankResultDocumentType1.from_dict(data)

        return document_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RerankResultDocumentType1 | str, data)


class RerankResultParams(TypedDict, total=False):
    """The JSON object `RerankResult.from_dict` reads (keys as on the wire), for type checkers."""

    index: Required[int]
    relevance_score: Required[float]
    document: str | RerankResultDocumentType1Params | None


from ..models.rerank_result_document_type_1 import RerankResultDocumentType1, RerankResultDocumentType1Params  # noqa: E402

_object_new_ = object.__new__
