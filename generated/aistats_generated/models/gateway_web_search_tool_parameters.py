from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

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

T = TypeVar("T", bound="GatewayWebSearchToolParameters")


@_attrs_define
class GatewayWebSearchToolParameters:
    """Search engine and result limits."""

    engine: GatewayWebSearchToolParametersEngine | None = None
    max_results: int | None = None
    max_total_results: int | None = None
    search_context_size: GatewayWebSearchToolParametersSearchContextSize | None = None
    max_characters: int | None = None
    max_uses: int | None = None
    allowed_domains: list[str] | None = None
    excluded_domains: list[str] | None = None
    include_domains: list[str] | None = None
    exclude_domains: list[str] | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None
    user_location: GatewayWebSearchToolParametersUserLocation | None = None
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
        max_results = self.max_results
        if max_results is not None:
            field_dict["max_results"] = max_results
        elif self._nulls_ & 2:
            field_dict["max_results"] = None
        max_total_results = self.max_total_results
        if max_total_results is not None:
            field_dict["max_total_results"] = max_total_results
        elif self._nulls_ & 4:
            field_dict["max_total_results"] = None
        search_context_size = self.search_context_size
        if search_context_size is not None:
            field_dict["search_context_size"] = search_context_size
        elif self._nulls_ & 8:
            field_dict["search_context_size"] = None
        max_characters = self.max_characters
        if max_characters is not None:
            field_dict["max_characters"] = max_characters
        elif self._nulls_ & 16:
            field_dict["max_characters"] = None
        max_uses = self.max_uses
        if max_uses is not None:
            field_dict["max_uses"] = max_uses
        elif self._nulls_ & 32:
            field_dict["max_uses"] = None
        allowed_domains = self.allowed_domains
        if allowed_domains is not None:
            field_dict["allowed_domains"] = allowed_domains
        elif self._nulls_ & 64:
            field_dict["allowed_domains"] = None
        excluded_domains = self.excluded_domains
        if excluded_domains is not None:
            field_dict["excluded_domains"] = excluded_domains
        elif self._nulls_ & 128:
            field_dict["excluded_domains"] = None
        include_domains = self.include_domains
        if include_domains is not None:
            field_dict["include_domains"] = include_domains
        elif self._nulls_ & 256:
            field_dict["include_domains"] = None
        exclude_domains = self.exclude_domains
        if exclude_domains is not None:
            field_dict["exclude_domains"] = exclude_domains
        elif self._nulls_ & 512:
            field_dict["exclude_domains"] = None
        include_text = self.include_text
        if include_text is not None:
            field_dict["include_text"] = include_text
        elif self._nulls_ & 1024:
            field_dict["include_text"] = None
        include_highlights = self.include_highlights
        if include_highlights is not None:
            field_dict["include_highlights"] = include_highlights
        elif self._nulls_ & 2048:
            field_dict["include_highlights"] = None
        user_location = self.user_location
        if user_location is not None:
            field_dict["user_location"] = user_location.to_dict()
        elif self._nulls_ & 4096:
            field_dict["user_location"] = None

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
        engine: GatewayWebSearchToolParametersEngine | None = None
        if d:
            _engine = d.pop("engine", None)
            if _engine is None:
                if "engine" in src_dict:
                    nulls_ |= 1
            else:
                engine = check_gateway_web_search_tool_parameters_engine(_engine)

        if d:
            max_results = d.pop("max_results", None)
            if max_results is None and "max_results" in src_dict:
                nulls_ |= 2
        else:
            max_results = None

        if d:
            max_total_results = d.pop("max_total_results", None)
            if max_total_results is None and "max_total_results" in src_dict:
                nulls_ |= 4
        else:
            max_total_results = None

        search_context_size: GatewayWebSearchToolParametersSearchContextSize | None = None
        if d:
            _search_context_size = d.pop("search_context_size", None)
            if _search_context_size is None:
                if "search_context_size" in src_dict:
                    nulls_ |= 8
            else:
                search_context_size = check_gateway_web_search_tool_parameters_search_context_size(_search_context_size)

        if d:
            max_characters = d.pop("max_characters", None)
            if max_characters is None and "max_characters" in src_dict:
                nulls_ |= 16
        else:
            max_characters = None

        if d:
            max_uses = d.pop("max_uses", None)
            if max_uses is None and "max_uses" in src_dict:
                nulls_ |= 32
        else:
            max_uses = None

        if d:
            allowed_domains = d.pop("allowed_domains", None)
            if allowed_domains is None and "allowed_domains" in src_dict:
                nulls_ |= 64
        else:
            allowed_domains = None

        if d:
            excluded_domains = d.pop("excluded_domains", None)
            if excluded_domains is None and "excluded_domains" in src_dict:
                nulls_ |= 128
        else:
            excluded_domains = None

        if d:
            include_domains = d.pop("include_domains", None)
            if include_domains is None and "include_domains" in src_dict:
                nulls_ |= 256
        else:
            include_domains = None

        if d:
            exclude_domains = d.pop("exclude_domains", None)
            if exclude_domains is None and "exclude_domains" in src_dict:
                nulls_ |= 512
        else:
            exclude_domains = None

        if d:
            include_text = d.pop("include_text", None)
            if include_text is None and "include_text" in src_dict:
                nulls_ |= 1024
        else:
            include_text = None

        if d:
            include_highlights = d.pop("include_highlights", None)
            if include_highlights is None and "include_highlights" in src_dict:
                nulls_ |= 2048
        else:
            include_highlights = None

        user_location: GatewayWebSearchToolParametersUserLocation | None = None
        if d:
            _user_location = d.pop("user_location", None)
            if _user_location is None:
                if "user_location" in src_dict:
                    nulls_ |= 4096
            else:
                user_location = _from_dict_GatewayWebSearchToolParametersUserLocation(_user_location)

        if cls is GatewayWebSearchToolParameters:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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
