from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceUpdateRequest")


@_attrs_define
class WorkspaceUpdateRequest:
    """The fields to change."""

    name: str | Unset = UNSET
    slug: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name", UNSET) if d else UNSET

        slug = d.pop("slug", UNSET) if d else UNSET

        if cls is WorkspaceUpdateRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.slug = slug
            workspace_update_request = new_instance_
        else:
            workspace_update_request = cls(
                name=name,
                slug=slug,
            )

        return workspace_update_request


class WorkspaceUpdateRequestParams(TypedDict, total=False):
    """The JSON object `WorkspaceUpdateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    name: str
    slug: str


_object_new_ = object.__new__
