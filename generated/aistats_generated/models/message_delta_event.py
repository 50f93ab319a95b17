from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="MessageDeltaEvent")


@_attrs_define
class MessageDeltaEvent:
    """`message_delta`: the stop reason and the final usage."""

    type: str | None = None
    """ The event's kind (equal to the `event:` name). """
    delta: MessageDeltaBody | None = None
    """ The top-level message fields a `message_delta` changes. """
    usage: MessagesUsage | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`MessageDeltaEvent.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        delta = self.delta
        if delta is not None:
            field_dict["delta"] = delta.to_dict()
        elif self._nulls_ & 2:
            field_dict["delta"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, MessagesUsage):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 4:
            field_dict["usage"] = None

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

        delta: MessageDeltaBody | None = None
        if d:
            _delta = d.pop("delta", None)
            if _delta is None:
                if "delta" in src_dict:
                    nulls_ |= 2
            else:
                delta = _from_dict_MessageDeltaBody(_delta)

        usage: MessagesUsage | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 4
            else:
                usage = _parse_usage(_usage)

        if cls is MessageDeltaEvent:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.delta = delta
            new_instance_.usage = usage
        else:
            new_instance_ = cls(
                type=type_,
                delta=delta,
                usage=usage,
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


def _parse_usage(data: object) -> MessagesUsage | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = MessagesUsage.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MessagesUsage | None, data)


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
