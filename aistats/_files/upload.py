"""A multipart upload as a request body: produced afresh for every attempt, files streamed from
disk in constant memory (async: read off the event loop), refused before sending when larger
than the gateway always accepts on its route.

Which fields of a route are files is read from the route's generated ``<Model>Params`` (the
keys typed ``FileInput``), so a file property added to ``openapi.yaml`` is uploaded after
``make generate`` alone.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import IO, Any, Final

from aistats_generated.api import CREATE_FILE, Route

from .._config import ClientConfig
from .._exceptions import AIStatsError, FileTooLargeError
from .._transport.request import PreparedCall, load_model, prepare_route
from .inputs import FilePart, PathSource
from .multipart import Chunk, content_length, encode_form, form_parts, new_boundary

__all__ = ["ASYNC_CHUNK_SIZE", "CHUNK_SIZE", "MAX_BODY", "Upload", "file_fields", "prepare_upload"]

#: Bytes read from a file per step of a sync upload (memory per upload stays about this): the
#: size httpx's own multipart reads. 256 KiB made a 128 MiB upload 1.1-1.2x slower than raw
#: httpx's in ``make bench`` (S7), 64 KiB as fast.
CHUNK_SIZE: Final = 64 * 1024
#: The same for an async upload, where each read is a hop to a worker thread: fewer, larger ones.
ASYNC_CHUNK_SIZE: Final = 256 * 1024

MIB: Final = 1024 * 1024
#: The request body the gateway always refuses beyond (GATEWAY_FACTS_3 §§2, 5; wire3 z62/z63):
#: 200 MiB on ``POST /files`` (some providers: 100 MiB, left to the gateway's answer) and 32 MiB
#: on every other multipart route. Providers' own file limits are left to the gateway's answer.
MAX_BODY: Final[dict[str, int]] = {CREATE_FILE.name: 200 * MIB}
DEFAULT_MAX_BODY: Final = 32 * MIB


@functools.cache
def file_fields(body: str) -> frozenset[str]:
    """The keys of a route's body model ``"module:Class"`` that take a ``FileInput``."""
    annotations: dict[str, Any] = load_model(f"{body}Params").__annotations__  # unevaluated: cheap
    return frozenset(name for name, hint in annotations.items() if "FileInput" in str(hint))


@functools.cache
def _required(body: str) -> frozenset[str]:
    """The required keys of a route's body model (``Required[...]`` in its unevaluated
    annotations: ``__required_keys__`` cannot see through string annotations)."""
    annotations: dict[str, Any] = load_model(f"{body}Params").__annotations__
    return frozenset(name for name, hint in annotations.items() if "Required[" in str(hint))


class Upload:
    """A multipart body (``encode_form``'s chunks) sent once per attempt."""

    __slots__ = ("_chunks", "_consumed", "headers")

    def __init__(self, chunks: Sequence[Chunk], boundary: str) -> None:
        self._chunks = chunks
        self._consumed = False  # a non-seekable stream's bytes have left
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        length = content_length(chunks)
        if length is not None:
            headers["Content-Length"] = str(length)
        self.headers: Mapping[str, str] = headers

    @property
    def size(self) -> int | None:
        """The body's size in bytes (``None``: a non-seekable stream's size is unknown)."""
        return content_length(self._chunks)

    def resendable(self) -> bool:
        """False once a non-seekable stream has been read."""
        return not self._consumed

    def sync_stream(self) -> Iterator[bytes]:
        """The body for one attempt of a sync client."""
        for chunk in self._chunks:
            if isinstance(chunk, bytes):
                yield chunk
            else:
                yield from self._file_bytes(chunk)

    def _file_bytes(self, part: FilePart) -> Iterator[bytes]:
        source = part.source
        if isinstance(source, bytes):
            yield source
            return
        if isinstance(source, PathSource):
            with open(source.path, "rb") as opened:
                yield from _read(opened, source.size, part)
            return
        self._rewind(part, source.file, source.offset)
        yield from _read(source.file, source.size, part)

    def _rewind(self, part: FilePart, file: IO[bytes], offset: int | None) -> None:
        if offset is not None:
            file.seek(offset)
            return
        if self._consumed:
            raise AIStatsError(
                f"{part.field}: the stream was already sent once and cannot be rewound; pass a path, "
                "bytes or a seekable file to allow retries."
            )
        self._consumed = True

    async def async_stream(self) -> AsyncIterator[bytes]:
        """The body for one attempt of an async client: files opened and read in a worker thread."""
        from anyio import to_thread  # noqa: PLC0415  (only async uploads need it)

        for chunk in self._chunks:
            if isinstance(chunk, bytes):
                yield chunk
                continue
            source = chunk.source
            if isinstance(source, bytes):
                yield source
                continue
            opened: IO[bytes] | None = None
            file: IO[bytes]
            size: int | None
            if isinstance(source, PathSource):
                opened = await to_thread.run_sync(open, source.path, "rb")
                file, size = opened, source.size
            else:
                file, size = source.file, source.size
                await to_thread.run_sync(self._rewind, chunk, file, source.offset)
            try:
                left = size
                while left is None or left > 0:
                    want = ASYNC_CHUNK_SIZE if left is None else min(ASYNC_CHUNK_SIZE, left)
                    data = await to_thread.run_sync(file.read, want)
                    if not data:
                        break
                    if left is not None:
                        left -= len(data)
                    yield data
                _check_complete(chunk, left)
            finally:
                if opened is not None:
                    await to_thread.run_sync(opened.close)


def _read(file: IO[bytes], size: int | None, part: FilePart) -> Iterator[bytes]:
    """``size`` bytes of ``file`` (all of it when ``None``), ``CHUNK_SIZE`` at a time."""
    left = size
    while left is None or left > 0:
        data = file.read(CHUNK_SIZE if left is None else min(CHUNK_SIZE, left))
        if not data:
            break
        if left is not None:
            left -= len(data)
        yield data
    _check_complete(part, left)


def _check_complete(part: FilePart, left: int | None) -> None:
    if left:
        raise AIStatsError(
            f"{part.field}: {part.filename!r} became shorter while it was being uploaded "
            f"({left} bytes missing); nothing was accepted."
        )


def prepare_upload(
    config: ClientConfig,
    route: Route,
    body: Mapping[str, Any],
    *,
    query: Mapping[str, Any] | None = None,
    path: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> PreparedCall:
    """A call of a multipart ``route``: every check made and the form encoded before sending."""
    assert route.body is not None
    missing = [key for key in sorted(_required(route.body)) if body.get(key) is None]
    if missing:
        raise AIStatsError(f"{route.name}() is missing the required argument {missing[0]!r}.")
    values = {**body, **(extra_body or {})}
    boundary = new_boundary()
    upload = Upload(encode_form(form_parts(values, file_fields(route.body)), boundary), boundary)
    size = upload.size
    limit = MAX_BODY.get(route.name, DEFAULT_MAX_BODY)
    if size is not None and size > limit:
        raise FileTooLargeError(
            f"The upload to {route.method} {route.path} is {size:,} bytes ({size / MIB:.1f} MiB); the "
            f"gateway accepts at most {limit:,} bytes ({limit // MIB} MiB) there. Nothing was sent.",
            size=size,
            limit=limit,
        )
    return prepare_route(config, route, path=path, query=query, upload=upload, **options)
