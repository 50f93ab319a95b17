"""``download(..., to=)``: a binary reply streamed to disk in constant memory.

The bytes go to ``<name>.part`` beside the target, renamed into place once complete; on any
error (a status error, a cut, a deadline, ``KeyboardInterrupt``, task cancellation) the part file
is removed and nothing is left at the target. A connection dropped mid-body is retried by the
call loop like any failure; when the first reply advertised ``Accept-Ranges: bytes`` the retry
asks for the rest only (``Range: bytes=<written>-``) and appends it, else it starts over.
``deadline`` bounds the whole download (the call's), ``timeout`` each read.

One reader, kept small and apart (``_Sink``: what the replies mean; two thin loops: the I/O), so
that it can become the "bytes" protocol of a shared stream shell.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

import httpx

from .._exceptions import APIConnectionError, APIResponseValidationError
from .._transport.call_loop import acall, call
from .._transport.read_deadline import abounded_read, bounded_read
from .._transport.request import PreparedCall
from .._transport.response import transport_error
from .._transport.retry import Attempts
from .binary import is_json

if TYPE_CHECKING:
    from .._client import AIStats, AsyncAIStats

__all__ = ["Download", "adownload", "download", "part_path"]

T = TypeVar("T")

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Download:
    """A finished download: where it is, how many bytes, and the media type the server gave."""

    path: Path
    """Where the file was written."""
    size: int
    """Its size in bytes."""
    content_type: str | None
    """The file's media type, as the gateway sent it."""


def part_path(target: Path) -> Path:
    """Where a download to ``target`` is written until it is complete."""
    return target.with_name(target.name + ".part")


class _Sink:
    """What each reply of a download means: start over, or go on from where the last one stopped."""

    def __init__(self, prepared: PreparedCall, target: Path) -> None:
        self.prepared = prepared
        self.target = target
        self.written = 0
        self.resumable = False
        self.content_type: str | None = None
        self.expected: int | None = None

    def start(self, response: httpx.Response) -> bool:
        """Check a 2xx reply; whether the part file must be emptied first (a whole body)."""
        if is_json(response):
            raise APIResponseValidationError(
                f"The {response.status_code} reply is JSON, not the file's content; nothing was saved.",
                response=response,
                request=response.request,
            )
        length = response.headers.get("content-length")
        encoded = response.headers.get("content-encoding", "identity").strip().lower() != "identity"
        remaining = int(length) if length and length.isdigit() and not encoded else None
        if response.status_code == 206:
            found = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
            if found is None or int(found.group(1)) != self.written:
                raise APIResponseValidationError(
                    f"The resumed download's Content-Range does not start at byte {self.written}.",
                    response=response,
                    request=response.request,
                )
            self.expected = None if remaining is None else self.written + remaining
            return False
        self.written = 0
        ranges = response.headers.get("accept-ranges", "").strip().lower() == "bytes"
        self.resumable = ranges and not encoded  # byte offsets of a decoded body are not the server's
        self.content_type = response.headers.get("content-type")
        self.expected = remaining
        return True

    def cut(self, exc: Exception | None, response: httpx.Response) -> APIConnectionError:
        """The error of a body that stopped early; the next attempt resumes when it can."""
        if exc is not None:
            error = transport_error(exc, response.request)
        else:
            error = APIConnectionError(
                f"The download ended after {self.written} of {self.expected} bytes.", request=response.request
            )
        headers = self.prepared.headers
        if self.resumable and self.written > 0:
            headers["Range"] = f"bytes={self.written}-"
        else:
            headers.pop("Range", None)
        return error

    def complete(self, response: httpx.Response) -> Download:
        """The finished download (``APIConnectionError`` when fewer bytes came than announced)."""
        if self.expected is not None and self.written != self.expected:
            raise self.cut(None, response)
        return Download(self.target, self.written, self.content_type)


def _place(part: Path, target: Path, result: T) -> T:
    os.replace(part, target)
    return result


def download(client: AIStats, prepared: PreparedCall, to: str | os.PathLike[str]) -> Download:
    """Run ``prepared`` through ``client`` and stream its body to ``to``."""
    target = Path(to)
    part = part_path(target)
    sink = _Sink(prepared, target)
    try:
        with open(part, "wb") as file:
            result = call(client, prepared, _writer(sink, file))
        return _place(part, target, result)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _restart(file: IO[bytes], whole: bool, written: int) -> None:
    """Put ``file`` where this reply's bytes go: back to empty for a whole body, else after the
    bytes kept. A file still empty is left alone: on ext4, truncating a file makes its close
    wait for its data to reach the disk (``auto_da_alloc``), 80 ms for 128 MiB here."""
    if not whole:
        file.seek(written)
    elif file.tell():
        file.seek(0)
        file.truncate()


def _writer(sink: _Sink, file: IO[bytes]) -> Callable[[httpx.Response, Attempts], Download]:
    def write(response: httpx.Response, attempts: Attempts) -> Download:
        _restart(file, sink.start(response), sink.written)
        try:
            with bounded_read(response, attempts):
                for data in response.iter_bytes():
                    file.write(data)
                    sink.written += len(data)
                    attempts.check(response.request)
        except httpx.HTTPError as exc:
            raise sink.cut(exc, response) from exc
        return sink.complete(response)

    return write


async def adownload(client: AsyncAIStats, prepared: PreparedCall, to: str | os.PathLike[str]) -> Download:
    """Async ``download``: the file is written from a worker thread, never on the event loop."""
    from anyio import to_thread  # noqa: PLC0415  (only async downloads need it)

    target = Path(to)
    part = part_path(target)
    sink = _Sink(prepared, target)
    try:
        file: IO[bytes] = await to_thread.run_sync(open, part, "wb")
        try:
            result = await acall(client, prepared, _awriter(sink, file))
        finally:
            await to_thread.run_sync(file.close)
        return await to_thread.run_sync(_place, part, target, result)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _awriter(sink: _Sink, file: IO[bytes]) -> Callable[[httpx.Response, Attempts], Awaitable[Download]]:
    from anyio import to_thread  # noqa: PLC0415

    async def write(response: httpx.Response, attempts: Attempts) -> Download:
        await to_thread.run_sync(_restart, file, sink.start(response), sink.written)
        try:
            with abounded_read(response, attempts):
                async for data in response.aiter_bytes():
                    await to_thread.run_sync(file.write, data)
                    sink.written += len(data)
                    attempts.check(response.request)
        except httpx.HTTPError as exc:
            raise sink.cut(exc, response) from exc
        return sink.complete(response)

    return write
