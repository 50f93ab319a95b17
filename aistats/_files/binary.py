"""``BinaryResponse``: a reply whose body is media (speech audio, a file's content), read into memory.

The gateway answers speech either as the audio's bytes or, for some providers when ``Accept``
asks for JSON only, as a JSON object with the audio base64-encoded in ``audio_base64``
(GATEWAY_FACTS_3 §1; wire3 z01-z16). ``binary_from`` reads both; a JSON body in any other shape
is an ``APIResponseValidationError``, never handed back as media (wire3 z09: a provider's own
JSON passed through with status 200; z10: a JSON form whose "audio" is JSON).
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from aistats_generated.types import Cost, cost_of

from .._exceptions import APIResponseValidationError
from .._transport.io import aread_body, read_body
from .._transport.response import excerpt, parse_object
from .._transport.retry import Attempts

__all__ = ["BinaryResponse", "aread_binary", "binary_from", "gateway_request_id", "is_json", "read_binary"]

#: The request-id header the gateway itself sets (a provider's ``x-request-id`` passed through on
#: proxied replies is not the gateway's id).
GATEWAY_REQUEST_ID_HEADER = "x-gateway-request-id"


class BinaryResponse:
    """The media a call returned, read into memory.

    ``content`` the bytes, ``content_type`` the media's type, ``request_id`` the gateway's id of
    the request (``None`` when it sent none), ``usage`` the usage the gateway reported (speech's
    JSON form) or ``None``, ``cost`` the gateway's price of the call (speech's JSON form
    carries it; raw bytes do not: ``None``), ``headers`` the HTTP response headers.
    """

    __slots__ = ("content", "content_type", "cost", "headers", "request_id", "usage")

    def __init__(
        self,
        content: bytes,
        *,
        content_type: str | None,
        request_id: str | None,
        usage: dict[str, Any] | None,
        headers: httpx.Headers,
        cost: Cost | None = None,
    ) -> None:
        self.content = content
        """The media's bytes."""
        self.cost = cost
        """What the call cost, as the gateway priced it (``None``: no price sent)."""
        self.content_type = content_type
        """The media's type (``audio/mpeg``, ...)."""
        self.request_id = request_id
        """The gateway's request id (never a provider's)."""
        self.usage = usage
        """The gateway's usage object, when it sent one."""
        self.headers = headers
        """The response's headers."""

    def write_to(self, path: str | os.PathLike[str]) -> Path:
        """Write the content to ``path`` (replaced whole; a ``.part`` file renamed into place)."""
        target = Path(path)
        part = target.with_name(target.name + ".part")
        try:
            part.write_bytes(self.content)
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return target

    def iter_bytes(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        """The content in pieces of at most ``chunk_size`` bytes."""
        view = memoryview(self.content)
        for start in range(0, len(view), chunk_size):
            yield bytes(view[start : start + chunk_size])

    def __len__(self) -> int:
        return len(self.content)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BinaryResponse):
            return NotImplemented
        return (self.content, self.content_type, self.request_id, self.usage) == (
            other.content,
            other.content_type,
            other.request_id,
            other.usage,
        )

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"content_type": self.content_type, "request_id": self.request_id, "usage": self.usage}
        return _restore, (self.content, list(self.headers.multi_items()), state, self.cost)

    def __repr__(self) -> str:
        return (
            f"<BinaryResponse {len(self.content)} bytes content_type={self.content_type!r} "
            f"request_id={self.request_id!r}>"
        )


def _restore(
    content: bytes, headers: list[tuple[str, str]], state: dict[str, Any], cost: Cost | None
) -> BinaryResponse:
    return BinaryResponse(content, headers=httpx.Headers(headers), cost=cost, **state)


def is_json(response: httpx.Response) -> bool:
    """Whether the body says it is JSON (``application/json`` or ``+json``)."""
    media: str = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def gateway_request_id(response: httpx.Response) -> str | None:
    """The gateway's request-id header (never a provider's ``x-request-id`` passed through)."""
    found: str | None = response.headers.get(GATEWAY_REQUEST_ID_HEADER)
    return found or None


def binary_from(response: httpx.Response, body: bytes | bytearray, *, json_form: bool) -> BinaryResponse:
    """The ``BinaryResponse`` of a 2xx reply: raw bytes, or (``json_form``: speech) the JSON form."""
    if not is_json(response):
        return BinaryResponse(
            bytes(body),
            content_type=response.headers.get("content-type"),
            request_id=gateway_request_id(response),
            usage=None,
            headers=response.headers,
        )
    data = parse_object(response, body)
    audio = data.get("audio_base64")
    mime = data.get("mime_type")
    if not json_form or not isinstance(audio, str):
        what = "this route's replies are media" if not json_form else "it has no `audio_base64`"
        raise _invalid(response, body, f"The {response.status_code} reply is JSON, not media ({what})")
    if isinstance(mime, str) and mime.split(";", 1)[0].strip().lower() == "application/json":
        url = data.get("audio_url")
        where = f"; the audio is at its audio_url: {url}" if isinstance(url, str) else ""
        raise _invalid(response, body, f"The speech reply's audio_base64 holds JSON, not audio{where}")
    try:
        content = base64.b64decode(audio, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid(response, body, "The speech reply's audio_base64 is not base64") from None
    rid = data.get("requestId") or data.get("id")
    usage = data.get("usage")
    return BinaryResponse(
        content,
        content_type=mime if isinstance(mime, str) and mime else None,
        request_id=rid if isinstance(rid, str) and rid else gateway_request_id(response),
        usage=usage if isinstance(usage, dict) else None,
        headers=response.headers,
        cost=cost_of(data),
    )


def _invalid(response: httpx.Response, body: bytes | bytearray, text: str) -> APIResponseValidationError:
    return APIResponseValidationError(f"{text}: {excerpt(body)}", response=response, request=response.request)


def read_binary(*, json_form: bool) -> Callable[[httpx.Response, Attempts], BinaryResponse]:
    """A reader of a 2xx binary reply (for the call loop's ``on_success``)."""

    def read(response: httpx.Response, attempts: Attempts) -> BinaryResponse:
        return binary_from(response, read_body(response, attempts), json_form=json_form)

    return read


def aread_binary(*, json_form: bool) -> Callable[[httpx.Response, Attempts], Awaitable[BinaryResponse]]:
    """Async ``read_binary``."""

    async def read(response: httpx.Response, attempts: Attempts) -> BinaryResponse:
        return binary_from(response, await aread_body(response, attempts), json_form=json_form)

    return read
