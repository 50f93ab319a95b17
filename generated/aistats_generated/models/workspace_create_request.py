from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceCreateRequest")


@_attrs_define
class WorkspaceCreateRequest:
    """A new workspace."""

    name: str
    slug: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        slug = self.slug
        if slug is not None:
            field_dict["slug"] = slug
        elif self._nulls_ & 1:
            field_dict["slug"] = None

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
        name = d.pop("name")

        if d:
            slug = d.pop("slug", None)
            if slug is None and "slug" in src_dict:
                nulls_ |= 1
        else:
            slug = None

        if cls is WorkspaceCreateRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.slug = slug
        else:
            new_instance_ = cls(
                name=name,
                slug=slug,
            )

        new_instance_._nulls_ = nulls_
        return new_instance_


class WorkspaceCreateRequestParams(TypedDict, total=False):
    """The JSON object `WorkspaceCreateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    slug: str


_object_new_ = object.__new__
