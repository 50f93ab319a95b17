from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerToolUsage")


@_attrs_define
class ServerToolUsage:
    """How often each gateway server tool ran."""

    datetime_requests: int | Unset = UNSET
    web_search_requests: int | Unset = UNSET
    web_fetch_requests: int | Unset = UNSET
    advisor_requests: int | Unset = UNSET
    subagent_requests: int | Unset = UNSET
    fusion_requests: int | Unset = UNSET
    search_models_requests: int | Unset = UNSET
    image_generation_requests: int | Unset = UNSET
    apply_patch_requests: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datetime_requests = self.datetime_requests

        web_search_requests = self.web_search_requests

        web_fetch_requests = self.web_fetch_requests

        advisor_requests = self.advisor_requests

        subagent_requests = self.subagent_requests

        fusion_requests = self.fusion_requests

        search_models_requests = self.search_models_requests

        image_generation_requests = self.image_generation_requests

        apply_patch_requests = self.apply_patch_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datetime_requests is not UNSET:
            field_dict["datetime_requests"] = datetime_requests
        if web_search_requests is not UNSET:
            field_dict["web_search_requests"] = web_search_requests
        if web_fetch_requests is not UNSET:
            field_dict["web_fetch_requests"] = web_fetch_requests
        if advisor_requests is not UNSET:
            field_dict["advisor_requests"] = advisor_requests
        if subagent_requests is not UNSET:
            field_dict["subagent_requests"] = subagent_requests
        if fusion_requests is not UNSET:
            field_dict["fusion_requests"] = fusion_requests
        if search_models_requests is not UNSET:
            field_dict["search_models_requests"] = search_models_requests
        if image_generation_requests is not UNSET:
            field_dict["image_generation_requests"] = image_generation_requests
        if apply_patch_requests is not UNSET:
            field_dict["apply_patch_requests"] = apply_patch_requests

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        datetime_requests = d.pop("datetime_requests", UNSET) if d else UNSET

        web_search_requests = d.pop("web_search_requests", UNSET) if d else UNSET

        web_fetch_requests = d.pop("web_fetch_requests", UNSET) if d else UNSET

        advisor_requests = d.pop("advisor_requests", UNSET) if d else UNSET

        subagent_requests = d.pop("subagent_requests", UNSET) if d else UNSET

        fusion_requests = d.pop("fusion_requests", UNSET) if d else UNSET

        search_models_requests = d.pop("search_models_requests", UNSET) if d else UNSET

        image_generation_requests = d.pop("image_generation_requests", UNSET) if d else UNSET

        apply_patch_requests = d.pop("apply_patch_requests", UNSET) if d else UNSET

        if cls is ServerToolUsage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.datetime_requests = datetime_requests
            new_instance_.web_search_requests = web_search_requests
            new_instance_.web_fetch_requests = web_fetch_requests
            new_instance_.advisor_requests = advisor_requests
            new_instance_.subagent_requests = subagent_requests
            new_instance_.fusion_requests = fusion_requests
            new_instance_.search_models_requests = search_models_requests
            new_instance_.image_generation_requests = image_generation_requests
            new_instance_.apply_patch_requests = apply_patch_requests
            server_tool_usage = new_instance_
        else:
            server_tool_usage = cls(
                datetime_requests=datetime_requests,
                web_search_requests=web_search_requests,
                web_fetch_requests=web_fetch_requests,
                advisor_requests=advisor_requests,
                subagent_requests=subagent_requests,
                fusion_requests=fusion_requests,
                search_models_requests=search_models_requests,
                image_generation_requests=image_generation_requests,
                apply_patch_requests=apply_patch_requests,
            )

        server_tool_usage.additional_properties = d
        return server_tool_usage

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


class ServerToolUsageParams(TypedDict, total=False):
    """The JSON object `ServerToolUsage.from_dict` reads (keys as on the wire), for type checkers."""

    datetime_requests: int
    web_search_requests: int
    web_fetch_requests: int
    advisor_requests: int
    subagent_requests: int
    fusion_requests: int
    search_models_requests: int
    image_generation_requests: int
    apply_patch_requests: int


_object_new_ = object.__new__
