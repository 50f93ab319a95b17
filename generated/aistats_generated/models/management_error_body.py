from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ManagementErrorBody")


@_attrs_define
class ManagementErrorBody:
    """The management routes' own error body (`/keys`, `/workspaces`), and `/analytics`' (which adds `ok: false`): a code
    word and a sentence. Auth failures use `GatewayError` instead.

    """

    error: str
    """ The code, e.g. `not_found`, `bad_request`, `insufficient_scope`. """
    ok: bool | None = None
    message: str | None = None
    """ What went wrong, e.g. `Token requires keys:write`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif self._nulls_ & 2:
            field_dict["message"] = None

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
        error = d.pop("error")

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if d:
            message = d.pop("message", None)
            if message is None and "message" in src_dict:
                nulls_ |= 2
        else:
            message = None

        if cls is ManagementErrorBody:
            new_instance_ = _object_new_(cls)
            new_instance_.error = error
            new_instance_.ok = ok
            new_instance_.message = message
        else:
            new_instance_ = cls(
                error=error,
                ok=ok,
                message=message,
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


class ManagementErrorBodyParams(TypedDict, total=False):
    """The JSON object `ManagementErrorBody.from_dict` reads (keys as on the wire), for type checkers."""

    error: Required[str]
    """ The code, e.g. `not_found`, `bad_request`, `insufficient_scope`. """
    ok: bool
    message: str
    """ What went wrong, e.g. `Token requires keys:write`. """


_object_new_ = object.__new__
