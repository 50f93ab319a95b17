from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsesOutputItem")


@_attrs_define
class ResponsesOutputItem:
    """One item of a response's output. `type` says which fields apply: `message` (`role`, `content`), `function_call`
    (`call_id`, `name`, `arguments`) or `reasoning` (`summary`).

    """

    type: str | None = None
    id: str | None = None
    status: str | None = None
    role: str | None = None
    content: list[ResponsesContentPart] | None = None
    call_id: str | None = None
    name: str | None = None
    arguments: str | None = None
    """ The call's arguments as a JSON text. """
    summary: list[ResponsesContentPart] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ResponsesOutputItem.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 2:
            field_dict["id"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 4:
            field_dict["status"] = None
        role = self.role
        if role is not None:
            field_dict["role"] = role
        elif self._nulls_ & 8:
            field_dict["role"] = None
        content = self.content
        if content is not None:
            content_json: list[dict[str, Any]] = []
            for content_item in content:
                content_json.append(content_item.to_dict())
            field_dict["content"] = content_json
        elif self._nulls_ & 16:
            field_dict["content"] = None
        call_id = self.call_id
        if call_id is not None:
            field_dict["call_id"] = call_id
        elif self._nulls_ & 32:
            field_dict["call_id"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 64:
            field_dict["name"] = None
        arguments = self.arguments
        if arguments is not None:
            field_dict["arguments"] = arguments
        elif self._nulls_ & 128:
            field_dict["arguments"] = None
        summary = self.summary
        if summary is not None:
            summary_json: list[dict[str, Any]] = []
            for summary_item in summary:
                summary_json.append(summary_item.to_dict())
            field_dict["summary"] = summary_json
        elif self._nulls_ & 256:
            field_dict["summary"] = None

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
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 2
        else:
            id = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 4
        else:
            status = None

        if d:
            role = d.pop("role", None)
            if role is None and "role" in src_dict:
                nulls_ |= 8
        else:
            role = None

        content: list[ResponsesContentPart] | None = None
        if d:
            _content = d.pop("content", None)
            if _content is None:
                if "content" in src_dict:
                    nulls_ |= 16
            else:
                content = []
                for content_item_data in _content:
                    content.append(_from_dict_ResponsesContentPart(content_item_data))

        if d:
            call_id = d.pop("call_id", None)
            if call_id is None and "call_id" in src_dict:
                nulls_ |= 32
        else:
            call_id = None

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 64
        else:
            name = None

        if d:
            arguments = d.pop("arguments", None)
            if arguments is None and "arguments" in src_dict:
                nulls_ |= 128
        else:
            arguments = None

        summary: list[ResponsesContentPart] | None = None
        if d:
            _summary = d.pop("summary", None)
            if _summary is None:
                if "summary" in src_dict:
                    nulls_ |= 256
            else:
                summary = []
                for summary_item_data in _summary:
                    summary.append(_from_dict_ResponsesContentPart(summary_item_data))

        if cls is ResponsesOutputItem:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.id = id
            new_instance_.status = status
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.call_id = call_id
            new_instance_.name = name
            new_instance_.arguments = arguments
            new_instance_.summary = summary
        else:
            new_instance_ = cls(
                type=type_,
                id=id,
                status=status,
                role=role,
                content=content,
                call_id=call_id,
                name=name,
                arguments=arguments,
                summary=summary,
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


class ResponsesOutputItemParams(TypedDict, total=False):
    """The JSON object `ResponsesOutputItem.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    id: str
    status: str
    role: str
    content: Sequence[ResponsesContentPartParams]
    call_id: str
    name: str
    arguments: str
    """ The call's arguments as a JSON text. """
    summary: Sequence[ResponsesContentPartParams]


from ..models.responses_content_part import ResponsesContentPart, ResponsesContentPartParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ResponsesContentPart = ResponsesContentPart.from_dict
