from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RerankRequest")


@_attrs_define
class RerankRequest:
    """A rerank request."""

    model: str
    query: str
    documents: list[RerankRequestDocumentsItemType1 | str]
    top_n: int | Unset = UNSET
    return_documents: bool | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        query = self.query

        documents = []
        for documents_item_data in self.documents:
            documents_item: dict[str, Any] | str
            if isinstance(documents_item_data, RerankRequestDocumentsItemType1):
                documents_item = documents_item_data.to_dict()
            else:
                documents_item = documents_item_data
            documents.append(documents_item)

        top_n = self.top_n

        return_documents = self.return_documents

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "query": query,
                "documents": documents,
            }
        )
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if return_documents is not UNSET:
            field_dict["return_documents"] = return_documents
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        query = d.pop("query")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:

            def _parse_documents_item(data: object) -> RerankRequestDocumentsItemType1 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_1 = RerankRequestDocumentsItemType1.from_dict(data)

                    return documents_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(RerankRequestDocumentsItemType1 | str, data)

            documents_item = _parse_documents_item(documents_item_data)

            documents.append(documents_item)

        top_n = d.pop("top_n", UNSET) if d else UNSET

        return_documents = d.pop("return_documents", UNSET) if d else UNSET

        user = d.pop("user", UNSET) if d else UNSET

        if cls is RerankRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.query = query
            new_instance_.documents = documents
            new_instance_.top_n = top_n
            new_instance_.return_documents = return_documents
            new_instance_.user = user
            rerank_request = new_instance_
        else:
            rerank_request = cls(
                model=model,
                query=query,
                documents=documents,
                top_n=top_n,
                return_documents=return_documents,
                user=user,
            )

        rerank_request.additional_properties = d
        return rerank_request

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


class RerankRequestParams(TypedDict, total=False):
    """The JSON object `RerankRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    query: Required[str]
    documents: Required[Sequence[str | RerankRequestDocumentsItemType1Params]]
    top_n: int
    return_documents: bool
    user: str


from ..models.rerank_request_documents_item_type_1 import (  # noqa: E402
    RerankRequestDocumentsItemType1,
    RerankRequestDocumentsItemType1Params,
)

_object_new_ = object.__new__
