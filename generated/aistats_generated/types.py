"""Contains some shared types for properties"""

import os
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeAlias, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the JSON did not have (``None`` is JSON ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # pickle and copy.deepcopy refer to the module's one UNSET instead of making another
        # (fields are compared with it, and to_dict() leaves out only fields that are UNSET)
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

# aistats: what a file property of a request (`format: binary`, sent as multipart) takes: a path, a
# binary file object with a `name`, or `(filename, content)` / `(filename, content, content_type)`
# where content is bytes, a path or a binary file. A bare str, bare bytes or a nameless stream is
# refused (the gateway checks file types by name): the facade encodes the form (aistats/_files).
FileInput: TypeAlias = (
    os.PathLike[str]
    | IO[bytes]
    | tuple[str, bytes | os.PathLike[str] | IO[bytes]]
    | tuple[str, bytes | os.PathLike[str] | IO[bytes], str]
)
"""A file to upload: a path, a binary file object with a name, or ``(filename, content)`` /
``(filename, content, content_type)``; a bare str, bare bytes or a nameless stream is refused."""


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileInput", "FileTypes", "RequestFiles", "Response", "Unset"]
