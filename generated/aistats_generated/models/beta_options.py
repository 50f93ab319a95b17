from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BetaOptions")


@_attrs_define
class BetaOptions:
    """Opt-ins to gateway features in beta."""

    openai_websocket_mode: bool | None = None
    """ Reach OpenAI over its websocket transport. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        openai_websocket_mode = self.openai_websocket_mode
        if openai_websocket_mode is not None:
            field_dict["openai_websocket_mode"] = openai_websocket_mode
        elif self._nulls_ & 1:
            field_dict["openai_websocket_mode"] = None

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
            openai_websocket_mode = d.pop("openai_websocket_mode", None)
            if openai_websocket_mode is None and "openai_websocket_mode" in src_dict:
                nulls_ |= 1
        else:
            openai_websocket_mode = None

        if cls is BetaOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.openai_websocket_mode = openai_websocket_mode
        else:
            new_instance_ = cls(
                openai_websocket_mode=openai_websocket_mode,
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


class BetaOptionsParams(TypedDict, total=False):
    """The JSON object `BetaOptions.from_dict` reads (keys as on the wire), for type checkers."""

    openai_websocket_mode: bool
    """ Reach OpenAI over its websocket transport. """


_object_new_ = object.__new__
