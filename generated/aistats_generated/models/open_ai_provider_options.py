from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenAIProviderOptions")


@_attrs_define
class OpenAIProviderOptions:
    """Options applied when OpenAI serves the request."""

    context_management: ContextManagementEntry | list[ContextManagementEntry] | Unset = UNSET
    """ Context compaction settings (one entry, or a list of them). """
    prompt_cache_retention: str | Unset = UNSET
    """ How long OpenAI keeps the prompt cache, e.g. `24h`. """
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    """ Prompt caching controls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_management: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, ContextManagementEntry):
            context_management = self.context_management.to_dict()
        else:
            context_management = []
            for context_management_type_1_item_data in self.context_management:
                context_management_type_1_item = context_management_type_1_item_data.to_dict()
                context_management.append(context_management_type_1_item)

        prompt_cache_retention = self.prompt_cache_retention

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _context_management = d.pop("context_management", UNSET) if d else UNSET
        context_management = (
            _context_management if _context_management is UNSET else _parse_context_management(_context_management)
        )

        prompt_cache_retention = d.pop("prompt_cache_retention", UNSET) if d else UNSET

        _prompt_cache_options: Any = d.pop("prompt_cache_options", UNSET) if d else UNSET
        prompt_cache_options: PromptCacheOptions | Unset = (
            UNSET if _prompt_cache_options is UNSET else _from_dict_PromptCacheOptions(_prompt_cache_options)
        )

        if cls is OpenAIProviderOptions:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.context_management = context_management
            new_instance_.prompt_cache_retention = prompt_cache_retention
            new_instance_.prompt_cache_options = prompt_cache_options
            open_ai_provider_options = new_instance_
        else:
            open_ai_provider_options = cls(
                context_management=context_management,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
            )

        open_ai_provider_options.additional_properties = d
        return open_ai_provider_options

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


def _parse_context_management(data: object) -> ContextManagementEntry | list[ContextManagementEntry] | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        context_management_type_0 = ContextManagementEntry.from_dict(data)

        return context_management_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, list):
        raise TypeError()
    context_management_type_1 = []
    _context_management_type_1 = data
    for context_management_type_1_item_data in _context_management_type_1:
        context_management_type_1_item = ContextManagementEntry.from_dict(context_management_type_1_item_data)

        context_management_type_1.append(context_management_type_1_item)

    return context_management_type_1


class OpenAIProviderOptionsParams(TypedDict, total=False):
    """The JSON object `OpenAIProviderOptions.from_dict` reads (keys as on the wire), for type checkers."""

    context_management: ContextManagementEntryParams | Sequence[ContextManagementEntryParams]
    """ Context compaction settings (one entry, or a list of them). """
    prompt_cache_retention: str
    """ How long OpenAI keeps the prompt cache, e.g. `24h`. """
    prompt_cache_options: PromptCacheOptionsParams
    """ Prompt caching controls. """


from ..models.context_management_entry import ContextManagementEntry, ContextManagementEntryParams  # noqa: E402
from ..models.prompt_cache_options import PromptCacheOptions, PromptCacheOptionsParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_PromptCacheOptions = PromptCacheOptions.from_dict
