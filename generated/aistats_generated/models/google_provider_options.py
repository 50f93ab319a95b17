from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleProviderOptions")


@_attrs_define
class GoogleProviderOptions:
    """Options applied when Google serves the request."""

    cache_control: CacheControl | Unset = UNSET
    """ Prompt-cache marker, e.g. `{"type": "ephemeral", "ttl": "1h"}`. """
    cached_content: str | Unset = UNSET
    """ The name of a cached-content resource to reuse. """
    cache_ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        cached_content = self.cached_content

        cache_ttl = self.cache_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if cached_content is not UNSET:
            field_dict["cached_content"] = cached_content
        if cache_ttl is not UNSET:
            field_dict["cache_ttl"] = cache_ttl

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _cache_control: Any = d.pop("cache_control", UNSET) if d else UNSET
        cache_control: CacheControl | Unset = (
            UNSET if _cache_control is UNSET else _from_dict_CacheControl(_cache_control)
        )

        cached_content = d.pop("cached_content", UNSET) if d else UNSET

        cache_ttl = d.pop("cache_ttl", UNSET) if d else UNSET

        if cls is GoogleProviderOptions:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.cache_control = cache_control
            new_instance_.cached_content = cached_content
            new_instance_.cache_ttl = cache_ttl
            google_provider_options = new_instance_
        else:
            google_provider_options = cls(
                cache_control=cache_control,
                cached_content=cached_content,
                cache_ttl=cache_ttl,
            )

        google_provider_options.additional_properties = d
        return google_provider_options

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


class GoogleProviderOptionsParams(TypedDict, total=False):
    """The JSON object `GoogleProviderOptions.from_dict` reads (keys as on the wire), for type checkers."""

    cache_control: CacheControlParams
    """ Prompt-cache marker, e.g. `{"type": "ephemeral", "ttl": "1h"}`. """
    cached_content: str
    """ The name of a cached-content resource to reuse. """
    cache_ttl: str


from ..models.cache_control import CacheControl, CacheControlParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_CacheControl = CacheControl.from_dict
