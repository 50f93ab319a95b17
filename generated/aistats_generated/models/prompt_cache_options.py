from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode, check_prompt_cache_options_mode

T = TypeVar("T", bound="PromptCacheOptions")


@_attrs_define
class PromptCacheOptions:
    """Prompt caching controls."""

    mode: PromptCacheOptionsMode | None = None
    ttl: str | None = None
    """ How long a cache entry lives, e.g. `1h`. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mode = self.mode
        if mode is not None:
            field_dict["mode"] = mode
        elif self._nulls_ & 1:
            field_dict["mode"] = None
        ttl = self.ttl
        if ttl is not None:
            field_dict["ttl"] = ttl
        elif self._nulls_ & 2:
            field_dict["ttl"] = None

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
        mode: PromptCacheOptionsMode | None = None
        if d:
            _mode = d.pop("mode", None)
            if _mode is None:
                if "mode" in src_dict:
                    nulls_ |= 1
            else:
                mode = check_prompt_cache_options_mode(_mode)

        if d:
            ttl = d.pop("ttl", None)
            if ttl is None and "ttl" in src_dict:
                nulls_ |= 2
        else:
            ttl = None

        if cls is PromptCacheOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.mode = mode
            new_instance_.ttl = ttl
        else:
            new_instance_ = cls(
                mode=mode,
                ttl=ttl,
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


class PromptCacheOptionsParams(TypedDict, total=False):
    """The JSON object `PromptCacheOptions.from_dict` reads (keys as on the wire), for type checkers."""

    mode: PromptCacheOptionsMode
    ttl: str
    """ How long a cache entry lives, e.g. `1h`. """


_object_new_ = object.__new__
