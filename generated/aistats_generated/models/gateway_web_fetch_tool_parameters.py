from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_web_fetch_tool_parameters_engine import (
    GatewayWebFetchToolParametersEngine,
    check_gateway_web_fetch_tool_parameters_engine,
)

T = TypeVar("T", bound="GatewayWebFetchToolParameters")


@_attrs_define
class GatewayWebFetchToolParameters:
    """Fetch engine and limits."""

    engine: GatewayWebFetchToolParametersEngine | None = None
    max_chars: int | None = None
    max_content_tokens: int | None = None
    max_uses: int | None = None
    allowed_domains: list[str] | None = None
    blocked_domains: list[str] | None = None
    excluded_domains: list[str] | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        engine = self.engine
        if engine is not None:
            field_dict["engine"] = engine
        elif self._nulls_ & 1:
            field_dict["engine"] = None
        max_chars = self.max_chars
        if max_chars is not None:
            field_dict["max_chars"] = max_chars
        elif self._nulls_ & 2:
            field_dict["max_chars"] = None
        max_content_tokens = self.max_content_tokens
        if max_content_tokens is not None:
            field_dict["max_content_tokens"] = max_content_tokens
        elif self._nulls_ & 4:
            field_dict["max_content_tokens"] = None
        max_uses = self.max_uses
        if max_uses is not None:
            field_dict["max_uses"] = max_uses
        elif self._nulls_ & 8:
            field_dict["max_uses"] = None
        allowed_domains = self.allowed_domains
        if allowed_domains is not None:
            field_dict["allowed_domains"] = allowed_domains
        elif self._nulls_ & 16:
            field_dict["allowed_domains"] = None
        blocked_domains = self.blocked_domains
        if blocked_domains is not None:
            field_dict["blocked_domains"] = blocked_domains
        elif self._nulls_ & 32:
            field_dict["blocked_domains"] = None
        excluded_domains = self.excluded_domains
        if excluded_domains is not None:
            field_dict["excluded_domains"] = excluded_domains
        elif self._nulls_ & 64:
            field_dict["excluded_domains"] = None

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
        engine: GatewayWebFetchToolParametersEngine | None = None
        if d:
            _engine = d.pop("engine", None)
            if _engine is None:
                if "engine" in src_dict:
                    nulls_ |= 1
            else:
                engine = check_gateway_web_fetch_tool_parameters_engine(_engine)

        if d:
            max_chars = d.pop("max_chars", None)
            if max_chars is None and "max_chars" in src_dict:
                nulls_ |= 2
        else:
            max_chars = None

        if d:
            max_content_tokens = d.pop("max_content_tokens", None)
            if max_content_tokens is None and "max_content_tokens" in src_dict:
                nulls_ |= 4
        else:
            max_content_tokens = None

        if d:
            max_uses = d.pop("max_uses", None)
            if max_uses is None and "max_uses" in src_dict:
                nulls_ |= 8
        else:
            max_uses = None

        if d:
            allowed_domains = d.pop("allowed_domains", None)
            if allowed_domains is None and "allowed_domains" in src_dict:
                nulls_ |= 16
        else:
            allowed_domains = None

        if d:
            blocked_domains = d.pop("blocked_domains", None)
            if blocked_domains is None and "blocked_domains" in src_dict:
                nulls_ |= 32
        else:
            blocked_domains = None

        if d:
            excluded_domains = d.pop("excluded_domains", None)
            if excluded_domains is None and "excluded_domains" in src_dict:
                nulls_ |= 64
        else:
            excluded_domains = None

        if cls is GatewayWebFetchToolParameters:
            new_instance_ = _object_new_(cls)
            new_instance_.engine = engine
            new_instance_.max_chars = max_chars
            new_instance_.max_content_tokens = max_content_tokens
            new_instance_.max_uses = max_uses
            new_instance_.allowed_domains = allowed_domains
            new_instance_.blocked_domains = blocked_domains
            new_instance_.excluded_domains = excluded_domains
        else:
            new_instance_ = cls(
                engine=engine,
                max_chars=max_chars,
                max_content_tokens=max_content_tokens,
                max_uses=max_uses,
                allowed_domains=allowed_domains,
                blocked_domains=blocked_domains,
                excluded_domains=excluded_domains,
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
