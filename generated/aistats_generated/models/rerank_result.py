from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankResult")


@_attrs_define
class RerankResult:
    """One scored document."""

    index: int
    relevance_score: float
    document: None | RerankResultDocumentType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        relevance_score = self.relevance_score

        document: dict[str, Any] | None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, RerankResultDocumentType1):
            document = self.document.to_dict()
        else:
            document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "relevance_score": relevance_score,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        index = d.pop("index")

        relevance_score = d.pop("relevance_score")

        _document = d.pop("document", UNSET) if d else UNSET
        document = _document if _document is None or _document is UNSET else _parse_document(_document)

        if cls is RerankResult:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.index = index
            new_instance_.relevance_score = relevance_score
            new_instance_.document = document
            rerank_result = new_instance_
        else:
            rerank_result = cls(
                index=index,
                relevance_score=relevance_score,
                document=document,
            )

        rerank_result.additional_properties = d
        return rerank_result

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


def _parse_document(data: object) -> None | RerankResultDocumentType1 | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        document_type_1 = RerankResultDocumentType1.from_dict(data)

        return document_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RerankResultDocumentType1 | str | Unset, data)


class RerankResultParams(TypedDict, total=False):
    """The JSON object `RerankResult.from_dict` reads (keys as on the wire), for type checkers."""

    index: Required[int]
    relevance_score: Required[float]
    document: str | RerankResultDocumentType1Params | None


from ..models.rerank_result_document_type_1 import RerankResultDocumentType1, RerankResultDocumentType1Params  # noqa: E402

_object_new_ = object.__new__
