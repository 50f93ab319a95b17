from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RerankRequest")


@_attrs_define
class RerankRequest:
    """A rerank request."""

    model: str
    query: str
    documents: list[RerankRequestDocumentsItemType1 | str]
    top_n: int | None = None
    return_documents: bool | None = None
    user: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "query": query,
                "documents": documents,
            }
        )
        top_n = self.top_n
        if top_n is not None:
            field_dict["top_n"] = top_n
        elif self._nulls_ & 1:
            field_dict["top_n"] = None
        return_documents = self.return_documents
        if return_documents is not None:
            field_dict["return_documents"] = return_documents
        elif self._nulls_ & 2:
            field_dict["return_documents"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 4:
            field_dict["user"] = None

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

        if d:
            top_n = d.pop("top_n", None)
            if top_n is None and "top_n" in src_dict:
                nulls_ |= 1
        else:
            top_n = None

        if d:
            return_documents = d.pop("return_documents", None)
            if return_documents is None and "return_documents" in src_dict:
                nulls_ |= 2
        else:
            return_documents = None

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 4
        else:
            user = None

        if cls is RerankRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.query = query
            new_instance_.documents = documents
            new_instance_.top_n = top_n
            new_instance_.return_documents = return_documents
            new_instance_.user = user
        else:
            new_instance_ = cls(
                model=model,
                query=query,
                documents=documents,
                top_n=top_n,
                return_documents=return_documents,
                user=user,
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
