from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchWebhook")


@_attrs_define
class BatchWebhook:
    """Where the batch's events go: a managed webhook endpoint (a bare `url` is refused with 400
    `batch_webhook_endpoint_required`).

    """

    endpoint_id: str | None = None
    """ An active webhook endpoint of the workspace (needed). """
    events: list[str] | None = None
    """ The events to send, such as `batch.completed` or `batch.failed`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        endpoint_id = self.endpoint_id
        if endpoint_id is not None:
            field_dict["endpoint_id"] = endpoint_id
        elif self._nulls_ & 1:
            field_dict["endpoint_id"] = None
        events = self.events
        if events is not None:
            field_dict["events"] = events
        elif self._nulls_ & 2:
            field_dict["events"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        if d:
            endpoint_id = d.pop("endpoint_id", None)
            if endpoint_id is None and "endpoint_id" in src_dict:
                nulls_ |= 1
        else:
            endpoint_id = None

        if d:
            events = d.pop("events", None)
            if events is None and "events" in src_dict:
                nulls_ |= 2
        else:
            events = None

        if cls is BatchWebhook:
            new_instance_ = _object_new_(cls)
            new_instance_.endpoint_id = endpoint_id
            new_instance_.events = events
        else:
            new_instance_ = cls(
                endpoint_id=endpoint_id,
                events=events,
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


class BatchWebhookParams(TypedDict, total=False):
    """The JSON object `BatchWebhook.from_dict` reads (keys as on the wire), for type checkers."""

    endpoint_id: str
    """ An active webhook endpoint of the workspace (needed). """
    events: Sequence[str]
    """ The events to send, such as `batch.completed` or `batch.failed`. """


_object_new_ = object.__new__
