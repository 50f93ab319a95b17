from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerToolUsage")


@_attrs_define
class ServerToolUsage:
    """How often each gateway server tool ran."""

    datetime_requests: int | None = None
    web_search_requests: int | None = None
    web_fetch_requests: int | None = None
    advisor_requests: int | None = None
    subagent_requests: int | None = None
    fusion_requests: int | None = None
    search_models_requests: int | None = None
    image_generation_requests: int | None = None
    apply_patch_requests: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        datetime_requests = self.datetime_requests
        if datetime_requests is not None:
            field_dict["datetime_requests"] = datetime_requests
        elif self._nulls_ & 1:
            field_dict["datetime_requests"] = None
        web_search_requests = self.web_search_requests
        if web_search_requests is not None:
            field_dict["web_search_requests"] = web_search_requests
        elif self._nulls_ & 2:
            field_dict["web_search_requests"] = None
        web_fetch_requests = self.web_fetch_requests
        if web_fetch_requests is not None:
            field_dict["web_fetch_requests"] = web_fetch_requests
        elif self._nulls_ & 4:
            field_dict["web_fetch_requests"] = None
        advisor_requests = self.advisor_requests
        if advisor_requests is not None:
            field_dict["advisor_requests"] = advisor_requests
        elif self._nulls_ & 8:
            field_dict["advisor_requests"] = None
        subagent_requests = self.subagent_requests
        if subagent_requests is not None:
            field_dict["subagent_requests"] = subagent_requests
        elif self._nulls_ & 16:
            field_dict["subagent_requests"] = None
        fusion_requests = self.fusion_requests
        if fusion_requests is not None:
            field_dict["fusion_requests"] = fusion_requests
        elif self._nulls_ & 32:
            field_dict["fusion_requests"] = None
        search_models_requests = self.search_models_requests
        if search_models_requests is not None:
            field_dict["search_models_requests"] = search_models_requests
        elif self._nulls_ & 64:
            field_dict["search_models_requests"] = None
        image_generation_requests = self.image_generation_requests
        if image_generation_requests is not None:
            field_dict["image_generation_requests"] = image_generation_requests
        elif self._nulls_ & 128:
            field_dict["image_generation_requests"] = None
        apply_patch_requests = self.apply_patch_requests
        if apply_patch_requests is not None:
            field_dict["apply_patch_requests"] = apply_patch_requests
        elif self._nulls_ & 256:
            field_dict["apply_patch_requests"] = None

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
        if d:
            datetime_requests = d.pop("datetime_requests", None)
            if datetime_requests is None and "datetime_requests" in src_dict:
                nulls_ |= 1
        else:
            datetime_requests = None

        if d:
            web_search_requests = d.pop("web_search_requests", None)
            if web_search_requests is None and "web_search_requests" in src_dict:
                nulls_ |= 2
        else:
            web_search_requests = None

        if d:
            web_fetch_requests = d.pop("web_fetch_requests", None)
            if web_fetch_requests is None and "web_fetch_requests" in src_dict:
                nulls_ |= 4
        else:
            web_fetch_requests = None

        if d:
            advisor_requests = d.pop("advisor_requests", None)
            if advisor_requests is None and "advisor_requests" in src_dict:
                nulls_ |= 8
        else:
            advisor_requests = None

        if d:
            subagent_requests = d.pop("subagent_requests", None)
            if subagent_requests is None and "subagent_requests" in src_dict:
                nulls_ |= 16
        else:
            subagent_requests = None

        if d:
            fusion_requests = d.pop("fusion_requests", None)
            if fusion_requests is None and "fusion_requests" in src_dict:
                nulls_ |= 32
        else:
            fusion_requests = None

        if d:
            search_models_requests = d.pop("search_models_requests", None)
            if search_models_requests is None and "search_models_requests" in src_dict:
                nulls_ |= 64
        else:
            search_models_requests = None

        if d:
            image_generation_requests = d.pop("image_generation_requests", None)
            if image_generation_requests is None and "image_generation_requests" in src_dict:
                nulls_ |= 128
        else:
            image_generation_requests = None

        if d:
            apply_patch_requests = d.pop("apply_patch_requests", None)
            if apply_patch_requests is None and "apply_patch_requests" in src_dict:
                nulls_ |= 256
        else:
            apply_patch_requests = None

        if cls is ServerToolUsage:
            new_instance_ = _object_new_(cls)
            new_instance_.datetime_requests = datetime_requests
            new_instance_.web_search_requests = web_search_requests
            new_instance_.web_fetch_requests = web_fetch_requests
            new_instance_.advisor_requests = advisor_requests
            new_instance_.subagent_requests = subagent_requests
            new_instance_.fusion_requests = fusion_requests
            new_instance_.search_models_requests = search_models_requests
            new_instance_.image_generation_requests = image_generation_requests
            new_instance_.apply_patch_requests = apply_patch_requests
        else:
            new_instance_ = cls(
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
