from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """The body of a non-2xx response."""

    error: str
    """ The error code, e.g. `insufficient_funds`. """
    ok: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    meta: GatewayErrorMetaType0 | None | Unset = UNSET
    timing: GatewayErrorTimingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        ok = self.ok

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, GatewayErrorMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        timing: dict[str, Any] | None | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, GatewayErrorTimingType0):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok
        if reason is not UNSET:
            field_dict["reason"] = reason
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if model is not UNSET:
            field_dict["model"] = model
        if meta is not UNSET:
            field_dict["meta"] = meta
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        ok = d.pop("ok", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        request_id: None | str | Unset = d.pop("request_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        meta = _parse_meta(d.pop("meta", UNSET))

        timing = _parse_timing(d.pop("timing", UNSET))

        gateway_error = cls(
            error=error,
            ok=ok,
            reason=reason,
            message=message,
            description=description,
            request_id=request_id,
            team_id=team_id,
            model=model,
            meta=meta,
            timing=timing,
        )

        gateway_error.additional_properties = d
        return gateway_error

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


def _parse_meta(data: object) -> GatewayErrorMetaType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_0 = GatewayErrorMetaType0.from_dict(data)

        return meta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorMetaType0 | None | Unset, data)


def _parse_timing(data: object) -> GatewayErrorTimingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        timing_type_0 = GatewayErrorTimingType0.from_dict(data)

        return timing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorTimingType0 | None | Unset, data)


class GatewayErrorParams(TypedDict, total=False):
    """The JSON object `GatewayError.from_dict` reads (keys as on the wire), for type checkers."""

    error: Required[str]
    """ The error code, e.g. `insufficient_funds`. """
    ok: bool
    reason: str | None
    message: str | None
    description: str | None
    request_id: str | None
    team_id: str | None
    model: str | None
    meta: GatewayErrorMetaType0Params | None
    timing: GatewayErrorTimingType0Params | None


from ..models.gateway_error_meta_type_0 import GatewayErrorMetaType0, GatewayErrorMetaType0Params  # noqa: E402
from ..models.gateway_error_timing_type_0 import GatewayErrorTimingType0, GatewayErrorTimingType0Params  # noqa: E402
