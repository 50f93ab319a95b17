"""A video's bytes: in memory, or streamed to a file written beside its target and renamed
into place (nothing is left at the target, or as a part file, when anything fails).

Minimal, for videos only; the uploads work (``aistats/_files``: ``BinaryResponse``,
``download(..., to=)`` with ``Range`` resumption) replaces it when both are merged.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from .._transport.response import transport_error

__all__ = ["Download", "adownload_to", "download_to", "part_path"]


@dataclass(frozen=True, slots=True)
class Download:
    """A file written by ``download(..., to=)``: where, how many bytes, and their media type."""

    path: Path
    size: int
    content_type: str | None


def part_path(target: Path) -> Path:
    """``<name>.part`` beside ``target``."""
    return target.with_name(target.name + ".part")


def _finish(part: Path, target: Path, size: int, response: httpx.Response) -> Download:
    os.replace(part, target)
    return Download(target, size, response.headers.get("content-type"))


def download_to(response: httpx.Response, target: Path, chunks: Iterator[bytes]) -> Download:
    """Write ``chunks`` (the body of ``response``) to ``target`` through its part file."""
    part = part_path(target)
    size = 0
    try:
        with part.open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
                size += len(chunk)
        return _finish(part, target, size, response)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


async def adownload_to(response: httpx.Response, target: Path, chunks: AsyncIterator[bytes]) -> Download:
    """Async ``download_to`` (the body arrives on the loop; each chunk is written as it comes)."""
    part = part_path(target)
    size = 0
    try:
        with part.open("wb") as out:
            async for chunk in chunks:
                out.write(chunk)
                size += len(chunk)
        return _finish(part, target, size, response)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
