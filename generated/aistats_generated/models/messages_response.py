from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="MessagesResponse")


@_attrs_define
class MessagesResponse:
    """A message: the JSON reply, and the `message` of a stream's `message_start` (empty content, zero usage)."""

    id: str | None = None
    """ The gateway's request id (on some providers' streams, the provider's id). """
    type: str | None = None
    """ `message`. """
    role: str | None = None
    model: str | None = None
    content: list[MessagesContentBlock] | None = None
    """ The reply's blocks: `text`, `tool_use`, `thinking`, ... """
    stop_reason: None | str = None
    """ `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, ... """
    stop_sequence: None | str = None
    usage: MessagesUsage | None = None
    cost_nanos: float | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`MessagesResponse.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 1:
            field_dict["id"] = None
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 2:
            field_dict["type"] = None
        role = self.role
        if role is not None:
            field_dict["role"] = role
        elif self._nulls_ & 4:
            field_dict["role"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 8:
            field_dict["model"] = None
        content = self.content
        if content is not None:
            content_json: list[dict[str, Any]] = []
            for content_item in content:
                content_json.append(content_item.to_dict())
            field_dict["content"] = content_json
        elif self._nulls_ & 16:
            field_dict["content"] = None
        stop_reason = self.stop_reason
        if stop_reason is not None:
            field_dict["stop_reason"] = stop_reason
        elif self._nulls_ & 32:
            field_dict["stop_reason"] = None
        stop_sequence = self.stop_sequence
        if stop_sequence is not None:
            field_dict["stop_sequence"] = stop_sequence
        elif self._nulls_ & 64:
            field_dict["stop_sequence"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, MessagesUsage):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 128:
            field_dict["usage"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 256:
            field_dict["cost_nanos"] = None

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
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 1
        else:
            id = None

        if d:
            type_ = d.pop("type", None)
            if type_ is None and "type" in src_dict:
                nulls_ |= 2
        else:
            type_ = None

        if d:
            role = d.pop("role", None)
            if role is None and "role" in src_dict:
                nulls_ |= 4
        else:
            role = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 8
        else:
            model = None

        content: list[MessagesContentBlock] | None = None
        if d:
            _content = d.pop("content", None)
            if _content is None:
                if "content" in src_dict:
                    nulls_ |= 16
            else:
                content = []
                for content_item_data in _content:
                    content.append(_from_dict_MessagesContentBlock(content_item_data))

        if d:
            stop_reason = d.pop("stop_reason", None)
            if stop_reason is None and "stop_reason" in src_dict:
                nulls_ |= 32
        else:
            stop_reason = None

        if d:
            stop_sequence = d.pop("stop_sequence", None)
            if stop_sequence is None and "stop_sequence" in src_dict:
                nulls_ |= 64
        else:
            stop_sequence = None

        usage: MessagesUsage | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 128
            else:
                usage = _parse_usage(_usage)

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 256
        else:
            cost_nanos = None

        if cls is MessagesResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.type = type_
            new_instance_.role = role
            new_instance_.model = model
            new_instance_.content = content
            new_instance_.stop_reason = stop_reason
            new_instance_.stop_sequence = stop_sequence
            new_instance_.usage = usage
            new_instance_.cost_nanos = cost_nanos
        else:
            new_instance_ = cls(
                id=id,
                type=type_,
                role=role,
                model=model,
                content=content,
                stop_reason=stop_reason,
                stop_sequence=stop_sequence,
                usage=usage,
                cost_nanos=cost_nanos,
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
