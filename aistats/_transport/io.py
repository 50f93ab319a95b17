"""Reading response bodies: the I/O that sync and async differ in, kept side by side.

Each reader holds its reads to the call's deadline (``_read_deadline``) and turns httpx
failures into aistats errors.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._config import Scrubber
from .._constants import ERROR_BODY_LIMIT
from .read_deadline import abounded_read, bounded_read
from .response import (
    FromDict,
    model_from_dict,
    parse_completion,
    parse_object,
    status_error,
    transport_error,
)
from .retry import Attempts

__all__ = [
    "FromDict",
    "aclose_quietly",
    "araise_for_status",
    "aread_body",
    "aread_completion",
    "aread_model",
    "close_quietly",
    "raise_for_status",
    "read_body",
    "read_completion",
    "read_model",
]

M = TypeVar("M")


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


def raise_for_status(response: httpx.Response, attempts: Attempts, secret: Scrubber) -> None:
    """For a non-2xx ``response``: read (a bounded part of) its body and raise its aistats error."""
    if not response.is_success:
        raise status_error(response, read_body(response, attempts, ERROR_BODY_LIMIT), secret=secret)


async def araise_for_status(response: httpx.Response, attempts: Attempts, secret: Scrubber) -> None:
    """Async ``raise_for_status``."""
    if not response.is_success:
        raise status_error(response, await aread_body(response, attempts, ERROR_BODY_LIMIT), secret=secret)


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


_READERS: dict[type[Any], Callable[[httpx.Response, Attempts], Any]] = {}
_AREADERS: dict[type[Any], Callable[[httpx.Response, Attempts], Awaitable[Any]]] = {}


def read_model(model: type[M] | FromDict[M]) -> Callable[[httpx.Response, Attempts], M]:
    """A reader of a 2xx body as ``model`` (for ``_call``'s ``on_success``); made once per
    model class (a reader object, which may be made per call, is not kept)."""
    found = _READERS.get(model) if isinstance(model, type) else None
    if found is not None:
        return found

    def read(response: httpx.Response, attempts: Attempts) -> M:
        return model_from_dict(model, parse_object(response, read_body(response, attempts)), response)

    if isinstance(model, type):
        _READERS[model] = read
    return read


def aread_model(model: type[M] | FromDict[M]) -> Callable[[httpx.Response, Attempts], Awaitable[M]]:
    """Async ``read_model``."""
    found = _AREADERS.get(model) if isinstance(model, type) else None
    if found is not None:
        return found

    async def read(response: httpx.Response, attempts: Attempts) -> M:
        parsed: M = model_from_dict(
            model, parse_object(response, await aread_body(response, attempts)), response
        )
        return parsed

    if isinstance(model, type):
        _AREADERS[model] = read
    return read
