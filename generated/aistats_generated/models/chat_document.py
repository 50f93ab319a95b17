from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatDocument")


@_attrs_define
class ChatDocument:
    """A grounding document."""

    content: str
    metadata: list[ChatDocumentMetadata] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        content = d.pop("content")

        _metadata = d.pop("metadata", UNSET) if d else UNSET
        metadata: list[ChatDocumentMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata.append(_from_dict_ChatDocumentMetadata(metadata_item_data))

        if cls is ChatDocument:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.content = content
            new_instance_.metadata = metadata
            chat_document = new_instance_
        else:
            chat_document = cls(
                content=content,
                metadata=metadata,
            )

        chat_document.additional_properties = d
        return chat_document

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
