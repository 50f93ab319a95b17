"""``multipart/form-data`` request bodies, parsed as they arrive.

:class:`MultipartParser` is sans-I/O: ``feed()`` it bytes in any pieces and it calls back
with each part's headers, data and end, keeping no more than one boundary's length of
unparsed bytes (so its cost is linear in the body, whatever the piece sizes).
:class:`FormCollector` builds a :class:`Form` from those callbacks: text fields as text,
file parts in memory up to ``KEEP_IN_MEMORY`` bytes and in a spool file beyond, each with
its size and sha256, so a 150 MiB upload costs the gateway a disk file, not 150 MiB of heap.
A body over the route's limit stops being kept (``Form.too_large``) and the rest is
only counted, so the gateway can still read it all and answer its 413.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["Form", "FormCollector", "FormPart", "MultipartError", "MultipartParser", "boundary_of"]

KEEP_IN_MEMORY = 1 << 20
"""File parts up to this size stay in memory (``FormPart.data``); larger ones are spooled."""
MAX_HEADER_BYTES = 16 * 1024
MAX_PARTS = 1000
MAX_FIELD_BYTES = 16 << 20


class MultipartError(ValueError):
    """The body is not valid ``multipart/form-data``."""


_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


def _params(value: str) -> tuple[str, dict[str, str]]:
    head, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for name, found in _PARAM.findall(";" + rest):
        value = found.strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        params[name.lower()] = value
    return head.strip().lower(), params


def boundary_of(content_type: str) -> bytes | None:
    """The boundary of a ``multipart/form-data`` content type, or ``None`` if it is not one."""
    kind, params = _params(content_type)
    boundary = params.get("boundary")
    if kind != "multipart/form-data" or not boundary or len(boundary) > 200:
        return None
    return boundary.encode("latin-1")


class MultipartParser:
    """Incremental ``multipart/form-data`` parser (RFC 7578): feed bytes, get callbacks."""

    def __init__(
        self,
        boundary: bytes,
        *,
        on_part: Callable[[dict[str, str]], None],
        on_data: Callable[[bytes | memoryview], None],
        on_part_end: Callable[[], None],
    ) -> None:
        self._first = b"--" + boundary
        self._delimiter = b"\r\n--" + boundary
        self._on_part, self._on_data, self._on_part_end = on_part, on_data, on_part_end
        self._buffer = bytearray()
        self._state = "preamble"
        self._parts = 0

    @property
    def done(self) -> bool:
        """True once the closing boundary was read."""
        return self._state == "end"

    def feed(self, data: bytes) -> None:
        """Parse ``data`` (any piece of the body); raises :class:`MultipartError`."""
        if self._state == "end":
            return  # the epilogue is ignored
        if self._state == "body" and len(self._buffer) < len(self._delimiter):
            data = self._pass_through(data)
        self._buffer += data
        while self._step():
            pass

    def _pass_through(self, data: bytes) -> bytes:
        """The common case, a piece inside a part's body with no delimiter in it (nor across
        the seam with the held tail): it goes out without being copied into the buffer; the
        new tail is returned."""
        size = len(self._delimiter)
        seam = bytes(self._buffer) + data[: size - 1]
        safe = len(data) - size + 1
        if safe <= 0 or self._delimiter in seam or self._delimiter in data:
            return data
        if self._buffer:
            self._on_data(bytes(self._buffer))
            self._buffer.clear()
        with memoryview(data) as view:
            self._on_data(view[:safe])
        return data[safe:]

    def close(self) -> None:
        """The body ended: raise :class:`MultipartError` unless it was complete."""
        if self._state != "end":
            raise MultipartError("the body ended before the closing boundary")

    def _step(self) -> bool:
        buffer = self._buffer
        if self._state == "preamble":
            at = buffer.find(self._first)
            if at < 0:
                del buffer[: max(len(buffer) - len(self._first), 0)]
                return False
            del buffer[: at + len(self._first)]
            self._state = "after_boundary"
            return True
        if self._state == "after_boundary":
            if len(buffer) < 2:
                return False
            if buffer[:2] == b"--":
                self._state = "end"
                buffer.clear()
                return False
            end = buffer.find(b"\r\n")
            if end < 0:
                if len(buffer) > 256:
                    raise MultipartError("junk after a boundary")
                return False
            if buffer[:end].strip(b" \t"):
                raise MultipartError("junk after a boundary")
            del buffer[: end + 2]
            self._state = "headers"
            return True
        if self._state == "headers":
            end = buffer.find(b"\r\n\r\n")
            if buffer.startswith(b"\r\n"):
                end, skip = 0, 2
            elif end < 0:
                if len(buffer) > MAX_HEADER_BYTES:
                    raise MultipartError("part headers too large")
                return False
            else:
                skip = end + 4
            self._parts += 1
            if self._parts > MAX_PARTS:
                raise MultipartError(f"more than {MAX_PARTS} parts")
            self._on_part(_part_headers(bytes(buffer[:end])))
            del buffer[:skip]
            self._state = "body"
            return True
        # body: pass on everything that cannot be the start of the delimiter
        at = buffer.find(self._delimiter)
        if at < 0:
            safe = len(buffer) - len(self._delimiter) + 1
            if safe > 0:
                self._on_data(bytes(buffer[:safe]))
                del buffer[:safe]
            return False
        if at:
            self._on_data(bytes(buffer[:at]))
        del buffer[: at + len(self._delimiter)]
        self._on_part_end()
        self._state = "after_boundary"
        return True


def _part_headers(raw: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in raw.decode("utf-8", "replace").split("\r\n"):
        name, colon, value = line.partition(":")
        if not colon:
            raise MultipartError(f"bad part header {line[:80]!r}")
        headers[name.strip().lower()] = value.strip()
    return headers


@dataclass(frozen=True, slots=True)
class FormPart:
    """One part of a form: a text field (``value``) or a file (``filename``, bytes)."""

    name: str
    value: str | None
    """The text of a field part (``None`` for a file part)."""
    filename: str | None
    """The file part's filename (``None`` for a field part)."""
    content_type: str | None
    size: int
    sha256: str
    data: bytes | None = None
    """A file part's bytes when it is at most ``KEEP_IN_MEMORY`` long."""
    spool: Path | None = field(default=None, repr=False)
    """Where a larger file part was spooled; removed once the reply is built."""

    @property
    def is_file(self) -> bool:
        return self.filename is not None

    def read(self) -> bytes:
        """The part's bytes (a spooled part only while its request is being answered)."""
        if self.data is not None:
            return self.data
        if self.value is not None:
            return self.value.encode()
        if self.spool is not None and self.spool.exists():
            return self.spool.read_bytes()
        raise ValueError(f"the bytes of part {self.name!r} ({self.size} bytes) were not kept")

    def summary(self) -> dict[str, Any]:
        """The part as the wire transcripts record it (``request.form_fields``)."""
        if self.filename is None:
            return {"name": self.name, "value": self.value}
        return {
            "name": self.name,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class Form:
    """A parsed ``multipart/form-data`` body."""

    parts: tuple[FormPart, ...] = ()
    size: int = 0
    """The body's length in bytes."""
    too_large: bool = False
    """The body was longer than the route's limit: its parts were not kept."""
    error: str | None = None
    """Why the body is not valid multipart, if it is not."""

    def get(self, name: str) -> str | None:
        """The first text field called ``name``."""
        return next((p.value for p in self.parts if p.name == name and p.value is not None), None)

    def getall(self, name: str) -> list[str]:
        """Every text field called ``name``, in order."""
        return [p.value for p in self.parts if p.name == name and p.value is not None]

    def files(self, *names: str) -> list[FormPart]:
        """The file parts called one of ``names``, in order."""
        return [p for p in self.parts if p.name in names and p.filename is not None]

    def has(self, name: str) -> bool:
        return any(p.name == name for p in self.parts)

    def summary(self) -> list[dict[str, Any]]:
        """Every part as the wire transcripts record it."""
        return [part.summary() for part in self.parts]

    def discard(self) -> None:
        """Remove the spool files still on disk."""
        for part in self.parts:
            if part.spool is not None:
                with contextlib.suppress(OSError):
                    part.spool.unlink()


class FormCollector:
    """Feeds a :class:`MultipartParser` and collects a :class:`Form`; past ``limit`` body
    bytes it drops what it kept and only counts."""

    def __init__(self, boundary: bytes, *, spool_dir: Callable[[], Path], limit: int | None) -> None:
        self._parser = MultipartParser(
            boundary, on_part=self._begin, on_data=self._data, on_part_end=self._end
        )
        self._spool_dir = spool_dir
        self._limit = limit
        self._parts: list[FormPart] = []
        self._size = 0
        self._too_large = False
        self._error: str | None = None
        self._headers: dict[str, str] = {}
        self._memory = bytearray()
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self._hash = hashlib.sha256()
        self._part_size = 0

    def feed(self, data: bytes) -> None:
        self._size += len(data)
        if self._too_large or self._error is not None:
            return
        if self._limit is not None and self._size > self._limit:
            self._drop()
            self._too_large = True
            return
        try:
            self._parser.feed(data)
        except MultipartError as exc:
            self._drop()
            self._error = str(exc)

    def finish(self) -> Form:
        if not self._too_large and self._error is None:
            try:
                self._parser.close()
            except MultipartError as exc:
                self._drop()
                self._error = str(exc)
        return Form(tuple(self._parts), self._size, self._too_large, self._error)

    def abort(self) -> None:
        """The body did not arrive whole: remove what was spooled."""
        self._drop()

    # -- parser callbacks
    def _begin(self, headers: dict[str, str]) -> None:
        disposition, params = _params(headers.get("content-disposition", ""))
        if disposition != "form-data" or "name" not in params:
            raise MultipartError("a part without Content-Disposition: form-data; name=...")
        self._headers = {"name": params["name"], **headers}
        if "filename" in params:
            self._headers["\0filename"] = params["filename"]
        self._memory = bytearray()
        self._hash = hashlib.sha256()
        self._part_size = 0

    def _data(self, data: bytes | memoryview) -> None:
        self._part_size += len(data)
        if "\0filename" not in self._headers:
            if self._part_size > MAX_FIELD_BYTES:
                raise MultipartError(f"a text field longer than {MAX_FIELD_BYTES} bytes")
            self._memory += data
            return
        self._hash.update(data)
        if self._file is None and len(self._memory) + len(data) > KEEP_IN_MEMORY:
            directory = self._spool_dir()
            fd, name = tempfile.mkstemp(prefix="part-", dir=directory)
            self._file, self._path = os.fdopen(fd, "wb"), Path(name)
            self._file.write(self._memory)
            self._memory = bytearray()
        if self._file is not None:
            self._file.write(data)
        else:
            self._memory += data

    def _end(self) -> None:
        headers = self._headers
        filename = headers.get("\0filename")
        content_type = headers.get("content-type")
        if filename is None:
            value = bytes(self._memory).decode("utf-8", "replace")
            digest = hashlib.sha256(self._memory).hexdigest()
            part = FormPart(headers["name"], value, None, content_type, self._part_size, digest)
        else:
            spool = None
            if self._file is not None:
                self._file.close()
                self._file, spool, self._path = None, self._path, None
            data = None if spool is not None else bytes(self._memory)
            part = FormPart(
                headers["name"], None, filename, content_type, self._part_size,
                self._hash.hexdigest(), data, spool,
            )  # fmt: skip
        self._parts.append(part)
        self._memory = bytearray()

    def _drop(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._path is not None:
            with contextlib.suppress(OSError):
                self._path.unlink()
            self._path = None
        Form(tuple(self._parts)).discard()
        self._parts = []
        self._memory = bytearray()
