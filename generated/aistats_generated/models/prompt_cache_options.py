from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode, check_prompt_cache_options_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheOptions")


@_attrs_define
class PromptCacheOptions:
    """Prompt caching controls."""

    mode: PromptCacheOptionsMode | Unset = UNSET
    ttl: str | Unset = UNSET
    """ How long a cache entry lives, e.g. `1h`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _mode = d.pop("mode", UNSET) if d else UNSET
        mode: PromptCacheOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_prompt_cache_options_mode(_mode)

        ttl = d.pop("ttl", UNSET) if d else UNSET

        if cls is PromptCacheOptions:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.mode = mode
            new_instance_.ttl = ttl
            prompt_cache_options = new_instance_
        else:
            prompt_cache_options = cls(
                mode=mode,
                ttl=ttl,
            )

        prompt_cache_options.additional_properties = d
        return prompt_cache_options

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
