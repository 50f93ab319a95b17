from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenAIProviderOptions")


@_attrs_define
class OpenAIProviderOptions:
    """Options applied when OpenAI serves the request."""

    context_management: ContextManagementEntry | list[ContextManagementEntry] | None = None
    """ Context compaction settings (one entry, or a list of them). """
    prompt_cache_retention: str | None = None
    """ How long OpenAI keeps the prompt cache, e.g. `24h`. """
    prompt_cache_options: PromptCacheOptions | None = None
    """ Prompt caching controls. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        context_management = self.context_management
        if context_management is not None:
            if isinstance(context_management, ContextManagementEntry):
                field_dict["context_management"] = context_management.to_dict()
            else:
                field_dict["context_management"] = []
                for context_management_type_1_item_data in context_management:
                    context_management_type_1_item = context_management_type_1_item_data.to_dict()
                    field_dict["context_management"].append(context_management_type_1_item)
        elif self._nulls_ & 1:
            field_dict["context_management"] = None
        prompt_cache_retention = self.prompt_cache_retention
        if prompt_cache_retention is not None:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        elif self._nulls_ & 2:
            field_dict["prompt_cache_retention"] = None
        prompt_cache_options = self.prompt_cache_options
        if prompt_cache_options is not None:
            field_dict["prompt_cache_options"] = prompt_cache_options.to_dict()
        elif self._nulls_ & 4:
            field_dict["prompt_cache_options"] = None

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
        context_management: ContextManagementEntry | list[ContextManagementEntry] | None = None
        if d:
            _context_management = d.pop("context_management", None)
            if _context_management is None:
                if "context_management" in src_dict:
                    nulls_ |= 1
            else:
                context_management = _parse_context_management(_context_management)

        if d:
            prompt_cache_retention = d.pop("prompt_cache_retention", None)
            if prompt_cache_retention is None and "prompt_cache_retention" in src_dict:
                nulls_ |= 2
        else:
            prompt_cache_retention = None

        prompt_cache_options: PromptCacheOptions | None = None
        if d:
            _prompt_cache_options = d.pop("prompt_cache_options", None)
            if _prompt_cache_options is None:
                if "prompt_cache_options" in src_dict:
                    nulls_ |= 4
            else:
                prompt_cache_options = _from_dict_PromptCacheOptions(_prompt_cache_options)

        if cls is OpenAIProviderOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.context_management = context_management
            new_instance_.prompt_cache_retention = prompt_cache_retention
            new_instance_.prompt_cache_options = prompt_cache_options
        else:
            new_instance_ = cls(
                context_management=context_management,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
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


def _parse_context_management(data: object) -> ContextManagementEntry | list[ContextManagementEntry]:
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
