from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_web_fetch_tool_parameters_engine import (
    GatewayWebFetchToolParametersEngine,
    check_gateway_web_fetch_tool_parameters_engine,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayWebFetchToolParameters")


@_attrs_define
class GatewayWebFetchToolParameters:
    """Fetch engine and limits."""

    engine: GatewayWebFetchToolParametersEngine | Unset = UNSET
    max_chars: int | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        max_chars = self.max_chars

        max_content_tokens = self.max_content_tokens

        max_uses = self.max_uses

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        excluded_domains: list[str] | Unset = UNSET
        if not isinstance(self.excluded_domains, Unset):
            excluded_domains = self.excluded_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_chars is not UNSET:
            field_dict["max_chars"] = max_chars
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _engine = d.pop("engine", UNSET) if d else UNSET
        engine: GatewayWebFetchToolParametersEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_gateway_web_fetch_tool_parameters_engine(_engine)

        max_chars = d.pop("max_chars", UNSET) if d else UNSET

        max_content_tokens = d.pop("max_content_tokens", UNSET) if d else UNSET

        max_uses = d.pop("max_uses", UNSET) if d else UNSET

        allowed_domains = cast(list[str], (d.pop("allowed_domains", UNSET) if d else UNSET))

        blocked_domains = cast(list[str], (d.pop("blocked_domains", UNSET) if d else UNSET))

        excluded_domains = cast(list[str], (d.pop("excluded_domains", UNSET) if d else UNSET))

        if cls is GatewayWebFetchToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.engine = engine
            new_instance_.max_chars = max_chars
            new_instance_.max_content_tokens = max_content_tokens
            new_instance_.max_uses = max_uses
            new_instance_.allowed_domains = allowed_domains
            new_instance_.blocked_domains = blocked_domains
            new_instance_.excluded_domains = excluded_domains
            gateway_web_fetch_tool_parameters = new_instance_
        else:
            gateway_web_fetch_tool_parameters = cls(
                engine=engine,
                max_chars=max_chars,
                max_content_tokens=max_content_tokens,
                max_uses=max_uses,
                allowed_domains=allowed_domains,
                blocked_domains=blocked_domains,
                excluded_domains=excluded_domains,
            )

        gateway_web_fetch_tool_parameters.additional_properties = d
        return gateway_web_fetch_tool_parameters

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


class GatewayWebFetchToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayWebFetchToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    engine: GatewayWebFetchToolParametersEngine
    max_chars: int
    max_content_tokens: int
    max_uses: int
    allowed_domains: Sequence[str]
    blocked_domains: Sequence[str]
    excluded_domains: Sequence[str]


_object_new_ = object.__new__
