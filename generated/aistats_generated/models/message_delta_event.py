from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaEvent")


@_attrs_define
class MessageDeltaEvent:
    """`message_delta`: the stop reason and the final usage."""

    type_: str | Unset = UNSET
    """ The event's kind (equal to the `event:` name). """
    delta: MessageDeltaBody | Unset = UNSET
    """ The top-level message fields a `message_delta` changes. """
    usage: MessagesUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, MessagesUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if delta is not UNSET:
            field_dict["delta"] = delta
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        type_ = d.pop("type", UNSET) if d else UNSET

        _delta: Any = d.pop("delta", UNSET) if d else UNSET
        delta: MessageDeltaBody | Unset = UNSET if _delta is UNSET else _from_dict_MessageDeltaBody(_delta)

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        if cls is MessageDeltaEvent:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.delta = delta
            new_instance_.usage = usage
            message_delta_event = new_instance_
        else:
            message_delta_event = cls(
                type_=type_,
                delta=delta,
                usage=usage,
            )

        message_delta_event.additional_properties = d
        return message_delta_event

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


class MessageDeltaEventParams(TypedDict, total=False):
    """The JSON object `MessageDeltaEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind (equal to the `event:` name). """
    delta: MessageDeltaBodyParams
    """ The top-level message fields a `message_delta` changes. """
    usage: MessagesUsageParams | None


from ..models.message_delta_body import MessageDeltaBody, MessageDeltaBodyParams  # noqa: E402
from ..models.messages_usage import MessagesUsage, MessagesUsageParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MessageDeltaBody = MessageDeltaBody.from_dict
