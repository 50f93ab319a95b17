from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseOtherEvent")


@_attrs_define
class ResponseOtherEvent:
    """Any other Responses stream event, kept as it came (new event kinds appear over time)."""

    type: str | None = None
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    sequence_number: int | None = None
    """ Position of the event in the stream, when the provider numbers them. """
    id: str | None = None
    """ The gateway's request id, repeated on every event. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> str | None:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ResponseOtherEvent.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type
        if type_ is not None:
            field_dict["type"] = type_
        elif self._nulls_ & 1:
            field_dict["type"] = None
        sequence_number = self.sequence_number
        if sequence_number is not None:
            field_dict["sequence_number"] = sequence_number
        elif self._nulls_ & 2:
            field_dict["sequence_number"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 4:
            field_dict["id"] = None

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
            sequence_number = d.pop("sequence_number", None)
            if sequence_number is None and "sequence_number" in src_dict:
                nulls_ |= 2
        else:
            sequence_number = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 4
        else:
            id = None

        if cls is ResponseOtherEvent:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.sequence_number = sequence_number
            new_instance_.id = id
        else:
            new_instance_ = cls(
                type=type_,
                sequence_number=sequence_number,
                id=id,
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


class ResponseOtherEventParams(TypedDict, total=False):
    """The JSON object `ResponseOtherEvent.from_dict` reads (keys as on the wire), for type checkers."""

    type: str
    """ The event's kind; some providers' streams leave it out (the `event:` name always says it). """
    sequence_number: int
    """ Position of the event in the stream, when the provider numbers them. """
    id: str
    """ The gateway's request id, repeated on every event. """


_object_new_ = object.__new__
