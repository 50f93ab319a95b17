from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagementErrorBody")


@_attrs_define
class ManagementErrorBody:
    """The management routes' own error body (`/keys`, `/workspaces`), and `/analytics`' (which adds `ok: false`): a code
    word and a sentence. Auth failures use `GatewayError` instead.

    """

    error: str
    """ The code, e.g. `not_found`, `bad_request`, `insufficient_scope`. """
    ok: bool | Unset = UNSET
    message: str | Unset = UNSET
    """ What went wrong, e.g. `Token requires keys:write`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        ok = self.ok

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        error = d.pop("error")

        ok = d.pop("ok", UNSET) if d else UNSET

        message = d.pop("message", UNSET) if d else UNSET

        if cls is ManagementErrorBody:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.error = error
            new_instance_.ok = ok
            new_instance_.message = message
            management_error_body = new_instance_
        else:
            management_error_body = cls(
                error=error,
                ok=ok,
                message=message,
            )

        management_error_body.additional_properties = d
        return management_error_body

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
