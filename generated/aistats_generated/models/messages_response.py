from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesResponse")


@_attrs_define
class MessagesResponse:
    """A message: the JSON reply, and the `message` of a stream's `message_start` (empty content, zero usage)."""

    id: str | Unset = UNSET
    """ The gateway's request id (on some providers' streams, the provider's id). """
    type_: str | Unset = UNSET
    """ `message`. """
    role: str | Unset = UNSET
    model: str | Unset = UNSET
    content: list[MessagesContentBlock] | Unset = UNSET
    """ The reply's blocks: `text`, `tool_use`, `thinking`, ... """
    stop_reason: None | str | Unset = UNSET
    """ `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, ... """
    stop_sequence: None | str | Unset = UNSET
    usage: MessagesUsage | None | Unset = UNSET
    cost_nanos: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        model = self.model

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, MessagesUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        cost_nanos = self.cost_nanos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if model is not UNSET:
            field_dict["model"] = model
        if content is not UNSET:
            field_dict["content"] = content
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if usage is not UNSET:
            field_dict["usage"] = usage
        if cost_nanos is not UNSET:
            field_dict["cost_nanos"] = cost_nanos

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id", UNSET) if d else UNSET

        type_ = d.pop("type", UNSET) if d else UNSET

        role = d.pop("role", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        _content = d.pop("content", UNSET) if d else UNSET
        content: list[MessagesContentBlock] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content.append(_from_dict_MessagesContentBlock(content_item_data))

        stop_reason: None | str | Unset = d.pop("stop_reason", UNSET) if d else UNSET

        stop_sequence: None | str | Unset = d.pop("stop_sequence", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        cost_nanos = d.pop("cost_nanos", UNSET) if d else UNSET

        if cls is MessagesResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.type_ = type_
            new_instance_.role = role
            new_instance_.model = model
            new_instance_.content = content
            new_instance_.stop_reason = stop_reason
            new_instance_.stop_sequence = stop_sequence
            new_instance_.usage = usage
            new_instance_.cost_nanos = cost_nanos
            messages_response = new_instance_
        else:
            messages_response = cls(
                id=id,
                type_=type_,
                role=role,
                model=model,
                content=content,
                stop_reason=stop_reason,
                stop_sequence=stop_sequence,
                usage=usage,
                cost_nanos=cost_nanos,
            )

        messages_response.additional_properties = d
        return messages_response

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


def _parse_usage(data: object) -> MessagesUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = MessagesUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MessagesUsage | None | Unset, data)


class MessagesResponseParams(TypedDict, total=False):
    """The JSON object `MessagesResponse.from_dict` reads (keys as on the wire), for type checkers."""

    id: str
    """ The gateway's request id (on some providers' streams, the provider's id). """
    type: str
    """ `message`. """
    role: str
    model: str
    content: Sequence[MessagesContentBlockParams]
    """ The reply's blocks: `text`, `tool_use`, `thinking`, ... """
    stop_reason: str | None
    """ `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, ... """
    stop_sequence: str | None
    usage: MessagesUsageParams | None
    cost_nanos: float


from ..models.messages_content_block import MessagesContentBlock, MessagesContentBlockParams  # noqa: E402
from ..models.messages_usage import MessagesUsage, MessagesUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MessagesContentBlock = MessagesContentBlock.from_dict
