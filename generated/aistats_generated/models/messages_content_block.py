from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessagesContentBlock")


@_attrs_define
class MessagesContentBlock:
    """One content block. `type` says which fields apply: `text` (`text`), `tool_use` (`id`, `name`, `input`), `thinking`
    (`thinking`, `signature`).

    """

    type: str | None = None
    text: str | None = None
    id: str | None = None
    name: str | None = None
    input: Any | None = None
    """ The tool call's arguments (an object; a dict in Python). """
    thinking: str | None = None
    signature: str | None = None
    citations: list[Any] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`MessagesContentBlock.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def input_(self) -> Any | None:
        """Deprecated spelling of ``input`` (removed in 0.4)."""
        _warnings.warn("`MessagesContentBlock.input_` is deprecated, use `.input`", DeprecationWarning, stacklevel=2)
        return self.input

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        text = self.text
        if text is not None:
            field_dict["text"] = text
        elif self._nulls_ & 2:
            field_dict["text"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 4:
            field_dict["id"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 8:
            field_dict["name"] = None
        input_ = self.input
        if input_ is not None:
            field_dict["input"] = input_
        elif self._nulls_ & 16:
            field_dict["input"] = None
        thinking = self.thinking
        if thinking is not None:
            field_dict["thinking"] = thinking
        elif self._nulls_ & 32:
            field_dict["thinking"] = None
        signature = self.signature
        if signature is not None:
            field_dict["signature"] = signature
        elif self._nulls_ & 64:
            field_dict["signature"] = None
        citations = self.citations
        if citations is not None:
            if isinstance(citations, list):
                field_dict["citations"] = citations

            else:
                field_dict["citations"] = citations
        elif self._nulls_ & 128:
            field_dict["citations"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 1
        else:
            type_ = None

        if d:
            text = d.pop("text", None)
            if text is None and "text" in src_dict:
                nulls_ |= 2
        else:
            text = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 4
        else:
            id = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 8
        else:
            name = None

        if d:
            input_ = d.pop("input", None)
            if input_ is None and "input" in src_dict:
                nulls_ |= 16
        else:
            input_ = None

        if d:
            thinking = d.pop("thinking", None)
            if thinking is None and "thinking" in src_dict:
                nulls_ |= 32
        else:
            thinking = None

        if d:
            signature = d.pop("signature", None)
            if signature is None and "signature" in src_dict:
                nulls_ |= 64
        else:
            signature = None

        citations: list[Any] | None = None
        if d:
            _citations = d.pop("citations", None)
            if _citations is None:
                if "citations" in src_dict:
                    nulls_ |= 128
            else:
                citations = _parse_citations(_citations)

        if cls is MessagesContentBlock:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.text = text
            new_instance_.id = id
            new_instance_.name = name
            new_instance_.input = input_
            new_instance_.thinking = thinking
            new_instance_.signature = signature
            new_instance_.citations = citations
        else:
            new_instance_ = cls(
                type=type_,
                text=text,
                id=id,
                name=name,
                input=input_,
                thinking=thinking,
                signature=signature,
                citations=citations,
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


def _parse_citations(data: object) -> list[Any] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        citations_type_0 = data
        return citations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[Any] | None, data)


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
