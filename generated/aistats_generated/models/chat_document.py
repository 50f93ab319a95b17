from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatDocument")


@_attrs_define
class ChatDocument:
    """A grounding document."""

    content: str
    metadata: list[ChatDocumentMetadata] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        metadata = self.metadata
        if metadata is not None:
            metadata_json: list[dict[str, Any]] = []
            for metadata_item in metadata:
                metadata_json.append(metadata_item.to_dict())
            field_dict["metadata"] = metadata_json
        elif self._nulls_ & 1:
            field_dict["metadata"] = None

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
        content = d.pop("content")

        metadata: list[ChatDocumentMetadata] | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 1
            else:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata.append(_from_dict_ChatDocumentMetadata(metadata_item_data))

        if cls is ChatDocument:
            new_instance_ = _object_new_(cls)
            new_instance_.content = content
            new_instance_.metadata = metadata
        else:
            new_instance_ = cls(
                content=content,
                metadata=metadata,
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


class ChatDocumentParams(TypedDict, total=False):
    """The JSON object `ChatDocument.from_dict` reads (keys as on the wire), for type checkers."""

    content: Required[str]
    metadata: Sequence[ChatDocumentMetadataParams]


from ..models.chat_document_metadata import ChatDocumentMetadata, ChatDocumentMetadataParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ChatDocumentMetadata = ChatDocumentMetadata.from_dict
