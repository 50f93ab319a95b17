"""Reading response bodies: the I/O that sync and async differ in, kept side by side.

Each reader holds its reads to the call's deadline (``_read_deadline``) and turns httpx
failures into aistats errors.
"""

from __future__ import annotations

import contextlib

import httpx

from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from ._read_deadline import abounded_read, bounded_read
from ._response import parse_completion, transport_error
from ._retry import Attempts

__all__ = [
    "aclose_quietly",
    "aread_body",
    "aread_completion",
    "close_quietly",
    "read_body",
    "read_completion",
]


def read_body(response: httpx.Response, attempts: Attempts, limit: int | None = None) -> bytearray:
    """Read the body (up to ``limit`` bytes), checking the deadline between reads."""
    body = bytearray()  # grows in place: no list of parts joined into a second copy
    try:
        with bounded_read(response, attempts):
            for part in response.iter_bytes():
                body += part
                if limit is not None and len(body) >= limit:
                    break
                attempts.check(response.request)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    return body


async def aread_body(response: httpx.Response, attempts: Attempts, limit: int | None = None) -> bytearray:
    """Async ``read_body``."""
    body = bytearray()
    try:
        with abounded_read(response, attempts):
            async for part in response.aiter_bytes():
                body += part
                if limit is not None and len(body) >= limit:
                    break
                attempts.check(response.request)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    return body


def close_quietly(response: httpx.Response) -> None:
    """Close ``response``; a failure while closing a broken connection is not news."""
    with contextlib.suppress(httpx.HTTPError, OSError):
        response.close()


async def aclose_quietly(response: httpx.Response) -> None:
    """Async ``close_quietly``."""
    with contextlib.suppress(httpx.HTTPError, OSError):
        await response.aclose()


def read_completion(response: httpx.Response, attempts: Attempts) -> ChatCompletionsResponse:
    """Read a 2xx body and parse it as the completion."""
    return parse_completion(response, read_body(response, attempts))


async def aread_completion(response: httpx.Response, attempts: Attempts) -> ChatCompletionsResponse:
    """Async ``read_completion``."""
    return parse_completion(response, await aread_body(response, attempts))
