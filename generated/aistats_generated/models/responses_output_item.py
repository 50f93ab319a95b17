from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputItem")


@_attrs_define
class ResponsesOutputItem:
    """One item of a response's output. `type` says which fields apply: `message` (`role`, `content`), `function_call`
    (`call_id`, `name`, `arguments`) or `reasoning` (`summary`).

    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    role: str | Unset = UNSET
    content: list[ResponsesContentPart] | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    """ The call's arguments as a JSON text. """
    summary: list[ResponsesContentPart] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        role = d.pop("role", UNSET) if d else UNSET

        _content = d.pop("content", UNSET) if d else UNSET
        content: list[ResponsesContentPart] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content.append(_from_dict_ResponsesContentPart(content_item_data))

        call_id = d.pop("call_id", UNSET) if d else UNSET

        name = d.pop("name", UNSET) if d else UNSET

        arguments = d.pop("arguments", UNSET) if d else UNSET

        _summary = d.pop("summary", UNSET) if d else UNSET
        summary: list[ResponsesContentPart] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary.append(_from_dict_ResponsesContentPart(summary_item_data))

        if cls is ResponsesOutputItem:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.id = id
            new_instance_.status = status
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.call_id = call_id
            new_instance_.name = name
            new_instance_.arguments = arguments
            new_instance_.summary = summary
            responses_output_item = new_instance_
        else:
            responses_output_item = cls(
                type_=type_,
                id=id,
                status=status,
                role=role,
                content=content,
                call_id=call_id,
                name=name,
                arguments=arguments,
                summary=summary,
            )

        responses_output_item.additional_properties = d
        return responses_output_item

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
