from __future__ import annotations

import json as _json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define
class FileUploadRequest:
    """A file upload (`multipart/form-data`), passed to the provider as it is."""

    file: File
    """ The file (a batch's `.jsonl` input). """
    purpose: str
    """ What the file is for, such as `batch`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "purpose": purpose,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("purpose", (None, str(self.purpose).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        purpose = d.pop("purpose")

        if cls is FileUploadRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.file = file
            new_instance_.purpose = purpose
        else:
            new_instance_ = cls(
                file=file,
                purpose=purpose,
            )

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


class FileUploadRequestParams(TypedDict, total=False):
    """The JSON object `FileUploadRequest.from_dict` reads (keys as on the wire), for type checkers."""

    file: Required[types.FileInput]
    """ The file (a batch's `.jsonl` input). """
    purpose: Required[str]
    """ What the file is for, such as `batch`. """


_object_new_ = object.__new__
