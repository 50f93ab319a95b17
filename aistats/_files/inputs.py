"""``FileInput``: what a file field of a request takes, read into a ``FilePart`` before anything is sent.

A ``FilePart`` names its form field, filename and content type, and where its bytes come from:
``bytes`` in memory, a path (reopened for every attempt), or a file object (sought back to the
offset it had when the call was made; a non-seekable one is read once). Every refusal is a
``TypeError`` raised before sending, asking for ``(filename, data)`` when no name is known: the
gateway checks file types by name.
"""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

from aistats_generated.types import FileInput

__all__ = ["FileInput", "FilePart", "PathSource", "StreamSource", "content_type_for", "file_part"]

#: Types ``mimetypes`` does not know on every platform, for the files these routes take.
_EXTRA_TYPES: Final = {
    ".jsonl": "application/jsonl",
    ".m4a": "audio/mp4",
    ".mp3": "audio/mpeg",
    ".mpga": "audio/mpeg",
    ".wav": "audio/wav",
    ".webm": "audio/webm",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
}


@dataclass(frozen=True, slots=True)
class PathSource:
    """A file on disk, ``size`` bytes when the call was made (reopened for every attempt)."""

    path: Path
    size: int


@dataclass(frozen=True, slots=True)
class StreamSource:
    """A binary file object: ``offset`` is where it stood at the call (``None``: not seekable,
    so it is read once) and ``size`` the bytes from there to its end (``None``: unknown)."""

    file: IO[bytes]
    offset: int | None
    size: int | None


Source = bytes | PathSource | StreamSource


@dataclass(frozen=True, slots=True)
class FilePart:
    """One file of a multipart form."""

    field: str
    filename: str
    content_type: str
    source: Source

    @property
    def size(self) -> int | None:
        """The number of bytes this part's content has (``None``: unknown until read)."""
        source = self.source
        return len(source) if isinstance(source, bytes) else source.size


def content_type_for(filename: str) -> str:
    """The media type of a file, from its name (``application/octet-stream`` when unknown)."""
    suffix = os.path.splitext(filename)[1].lower()
    found = _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(filename, strict=False)[0]
    return found or "application/octet-stream"


def _ask(field: str, what: str) -> TypeError:
    return TypeError(
        f"{field}: {what} cannot be uploaded as it is; pass a path, a binary file with a name, or "
        f"(filename, data) such as ({field!r}.wav, b'...'): the gateway checks file types by name."
    )


def file_part(field: str, value: Any) -> FilePart:
    """``value`` (a ``FileInput``) as the part named ``field``; ``TypeError`` when it is not one."""
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str) or not value[0]:
            raise TypeError(
                f"{field}: a tuple must be (filename, content) or (filename, content, content_type) "
                f"with a non-empty filename, got {_describe(value)}."
            )
        filename = value[0]
        if len(value) == 3 and not (isinstance(value[2], str) and value[2]):
            raise TypeError(f"{field}: the content type must be a non-empty str, got {value[2]!r}.")
        content_type = value[2] if len(value) == 3 else content_type_for(filename)
        return FilePart(field, os.path.basename(filename), content_type, _source(field, value[1]))
    if isinstance(value, str | bytes | bytearray | memoryview):
        what = "a bare str (a path? pass pathlib.Path(...))" if isinstance(value, str) else "bare bytes"
        raise _ask(field, what)
    if isinstance(value, os.PathLike):
        filename = os.path.basename(os.fsdecode(value))
        return FilePart(field, filename, content_type_for(filename), _source(field, value))
    if _is_file(value):
        name = getattr(value, "name", None)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        if not isinstance(name, str) or not name or name.startswith("<"):
            raise _ask(field, f"a file object without a name ({type(value).__name__})")
        filename = os.path.basename(name)
        return FilePart(field, filename, content_type_for(filename), _source(field, value))
    raise _ask(field, _describe(value))


def _source(field: str, content: Any) -> Source:
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content)
    if isinstance(content, os.PathLike):
        path = Path(os.fsdecode(content))
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise FileNotFoundError(f"{field}: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        if not path.is_file():
            raise TypeError(f"{field}: {str(path)!r} is not a regular file.")
        return PathSource(path, size)
    if _is_file(content):
        if isinstance(content, io.TextIOBase):
            raise TypeError(f"{field}: the file is open in text mode; open it with 'rb'.")
        return _stream_source(content)
    if isinstance(content, str):
        raise TypeError(f"{field}: the content is a str; pass bytes, a pathlib.Path or a binary file.")
    raise TypeError(f"{field}: the content must be bytes, a path or a binary file, got {_describe(content)}.")


def _stream_source(file: IO[bytes]) -> StreamSource:
    """Where a file object stands now and how much is left in it (when it can say)."""
    try:
        seekable = bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        seekable = False
    if not seekable:
        return StreamSource(file, None, None)
    offset = file.tell()
    end = file.seek(0, os.SEEK_END)
    file.seek(offset)
    return StreamSource(file, offset, max(0, end - offset))


def _is_file(value: Any) -> bool:
    return callable(getattr(value, "read", None))


def _describe(value: Any) -> str:
    return f"a value of type {type(value).__name__}"
