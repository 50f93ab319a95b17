from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_web_search_tool_parameters_engine import (
    GatewayWebSearchToolParametersEngine,
    check_gateway_web_search_tool_parameters_engine,
)
from ..models.gateway_web_search_tool_parameters_search_context_size import (
    GatewayWebSearchToolParametersSearchContextSize,
    check_gateway_web_search_tool_parameters_search_context_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayWebSearchToolParameters")


@_attrs_define
class GatewayWebSearchToolParameters:
    """Search engine and result limits."""

    engine: GatewayWebSearchToolParametersEngine | Unset = UNSET
    max_results: int | Unset = UNSET
    max_total_results: int | Unset = UNSET
    search_context_size: GatewayWebSearchToolParametersSearchContextSize | Unset = UNSET
    max_characters: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    include_text: bool | Unset = UNSET
    include_highlights: bool | Unset = UNSET
    user_location: GatewayWebSearchToolParametersUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        max_results = self.max_results

        max_total_results = self.max_total_results

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        max_characters = self.max_characters

        max_uses = self.max_uses

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        excluded_domains: list[str] | Unset = UNSET
        if not isinstance(self.excluded_domains, Unset):
            excluded_domains = self.excluded_domains

        include_domains: list[str] | Unset = UNSET
        if not isinstance(self.include_domains, Unset):
            include_domains = self.include_domains

        exclude_domains: list[str] | Unset = UNSET
        if not isinstance(self.exclude_domains, Unset):
            exclude_domains = self.exclude_domains

        include_text = self.include_text

        include_highlights = self.include_highlights

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_total_results is not UNSET:
            field_dict["max_total_results"] = max_total_results
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if max_characters is not UNSET:
            field_dict["max_characters"] = max_characters
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains
        if include_domains is not UNSET:
            field_dict["include_domains"] = include_domains
        if exclude_domains is not UNSET:
            field_dict["exclude_domains"] = exclude_domains
        if include_text is not UNSET:
            field_dict["include_text"] = include_text
        if include_highlights is not UNSET:
            field_dict["include_highlights"] = include_highlights
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _engine = d.pop("engine", UNSET) if d else UNSET
        engine: GatewayWebSearchToolParametersEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_gateway_web_search_tool_parameters_engine(_engine)

        max_results = d.pop("max_results", UNSET) if d else UNSET

        max_total_results = d.pop("max_total_results", UNSET) if d else UNSET

        _search_context_size = d.pop("search_context_size", UNSET) if d else UNSET
        search_context_size: GatewayWebSearchToolParametersSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_gateway_web_search_tool_parameters_search_context_size(_search_context_size)

        max_characters = d.pop("max_characters", UNSET) if d else UNSET

        max_uses = d.pop("max_uses", UNSET) if d else UNSET

        allowed_domains = cast(list[str], (d.pop("allowed_domains", UNSET) if d else UNSET))

        excluded_domains = cast(list[str], (d.pop("excluded_domains", UNSET) if d else UNSET))

        include_domains = cast(list[str], (d.pop("include_domains", UNSET) if d else UNSET))

        exclude_domains = cast(list[str], (d.pop("exclude_domains", UNSET) if d else UNSET))

        include_text = d.pop("include_text", UNSET) if d else UNSET

        include_highlights = d.pop("include_highlights", UNSET) if d else UNSET

        _user_location: Any = d.pop("user_location", UNSET) if d else UNSET
        user_location: GatewayWebSearchToolParametersUserLocation | Unset = (
            UNSET if _user_location is UNSET else _from_dict_GatewayWebSearchToolParametersUserLocation(_user_location)
        )

        if cls is GatewayWebSearchToolParameters:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.engine = engine
            new_instance_.max_results = max_results
            new_instance_.max_total_results = max_total_results
            new_instance_.search_context_size = search_context_size
            new_instance_.max_characters = max_characters
            new_instance_.max_uses = max_uses
            new_instance_.allowed_domains = allowed_domains
            new_instance_.excluded_domains = excluded_domains
            new_instance_.include_domains = include_domains
            new_instance_.exclude_domains = exclude_domains
            new_instance_.include_text = include_text
            new_instance_.include_highlights = include_highlights
            new_instance_.user_location = user_location
            gateway_web_search_tool_parameters = new_instance_
        else:
            gateway_web_search_tool_parameters = cls(
                engine=engine,
                max_results=max_results,
                max_total_results=max_total_results,
                search_context_size=search_context_size,
                max_characters=max_characters,
                max_uses=max_uses,
                allowed_domains=allowed_domains,
                excluded_domains=excluded_domains,
                include_domains=include_domains,
                exclude_domains=exclude_domains,
                include_text=include_text,
                include_highlights=include_highlights,
                user_location=user_location,
            )

        gateway_web_search_tool_parameters.additional_properties = d
        return gateway_web_search_tool_parameters

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


class GatewayWebSearchToolParametersParams(TypedDict, total=False):
    """The JSON object `GatewayWebSearchToolParameters.from_dict` reads (keys as on the wire), for type checkers."""

    engine: GatewayWebSearchToolParametersEngine
    max_results: int
    max_total_results: int
    search_context_size: GatewayWebSearchToolParametersSearchContextSize
    max_characters: int
    max_uses: int
    allowed_domains: Sequence[str]
    excluded_domains: Sequence[str]
    include_domains: Sequence[str]
    exclude_domains: Sequence[str]
    include_text: bool
    include_highlights: bool
    user_location: GatewayWebSearchToolParametersUserLocationParams


from ..models.gateway_web_search_tool_parameters_user_location import (  # noqa: E402
    GatewayWebSearchToolParametersUserLocation,
    GatewayWebSearchToolParametersUserLocationParams,
)

_object_new_ = object.__new__
_from_dict_GatewayWebSearchToolParametersUserLocation = GatewayWebSearchToolParametersUserLocation.from_dict
