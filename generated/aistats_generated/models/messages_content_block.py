from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesContentBlock")


@_attrs_define
class MessagesContentBlock:
    """One content block. `type` says which fields apply: `text` (`text`), `tool_use` (`id`, `name`, `input`), `thinking`
    (`thinking`, `signature`).

    """

    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    input_: Any | Unset = UNSET
    """ The tool call's arguments (an object; a dict in Python). """
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    citations: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        id = self.id

        name = self.name

        input_ = self.input_

        thinking = self.thinking

        signature = self.signature

        citations: list[Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = self.citations

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        text = d.pop("text", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        name = d.pop("name", UNSET) if d else UNSET

        input_ = d.pop("input", UNSET) if d else UNSET

        thinking = d.pop("thinking", UNSET) if d else UNSET

        signature = d.pop("signature", UNSET) if d else UNSET

        _citations = d.pop("citations", UNSET) if d else UNSET
        citations = _citations if _citations is None or _citations is UNSET else _parse_citations(_citations)

        if cls is MessagesContentBlock:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.text = text
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.input_ = input_
            new_instance_.thinking = thinking
            new_instance_.signature = signature
            new_instance_.citations = citations
            messages_content_block = new_instance_
        else:
            messages_content_block = cls(
                type_=type_,
                text=text,
                id=id,
                name=name,
                input_=input_,
                thinking=thinking,
                signature=signature,
                citations=citations,
            )

        messages_content_block.additional_properties = d
        return messages_content_block

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


def _parse_citations(data: object) -> list[Any] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        citations_type_0 = cast(list[Any], data)

        return citations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[Any] | None | Unset, data)


class MessagesContentBlockParams(TypedDict, total=False):
    """The JSON object `MessagesContentBlock.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    text: str
    id: str
    name: str
    input: Any
    """ The tool call's arguments (an object; a dict in Python). """
    thinking: str
    signature: str
    citations: Sequence[Any] | None


_object_new_ = object.__new__
