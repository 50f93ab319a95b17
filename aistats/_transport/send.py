"""Sending one attempt: through the ``httpx`` client's ``send``, or straight to its pool.

``httpx.Client.send`` walks an auth flow, event hooks, a redirect loop and the cookie jar
before it reaches the connection pool: about a third of a small request's CPU. A client that
aistats made itself (no ``http_client`` given) has none of them set, so its calls go straight
to the transport ``httpx`` would pick for the URL (the pool, or a proxy mounted from the
environment), and this module does what ``send`` would still have done for them: the timeout
extension, the cookie jar, ``response.request`` and ``response.elapsed``, and the ``httpx``
log line. The request on the wire is the same, header for header (``tests/test_direct_send.py``).

An ``http_client`` given by the caller is theirs: every call goes through its own ``send``,
with its hooks, auth, mounts and transport. So does any client when the installed ``httpx``
lacks what the direct path relies on (``can_send_direct``).
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Final

import httpx

__all__ = ["asend_direct", "can_send_direct", "direct_request", "send_direct"]

_HTTPX_LOG: Final = logging.getLogger("httpx")


def can_send_direct(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether calls through ``http`` (a client aistats made) may skip its ``send``: it must
    pick transports the way this module asks it to (``httpx`` 0.18 to 0.28 do)."""
    return callable(getattr(http, "_transport_for_url", None))


def direct_request(
    http: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    *,
    headers: httpx.Headers,
    content: bytes | Iterator[bytes] | AsyncIterator[bytes] | None,
    timeout: httpx.Timeout,
    framed: bool = False,
) -> httpx.Request:
    """The request ``http.build_request`` would make, from headers that already hold the pool's
    own. ``framed``: they hold the framing too (``Host``, ``Content-Length``, put in their places
    by ``_request.prepare_route``), so a body of bytes (or none) is wrapped as it is, without
    ``httpx.Request``'s generic checks of every header and body type (a sixth of a small
    request's Python work). A streamed body, or a cookie in the jar, takes the generic way."""
    cookies = http.cookies
    extensions = {"timeout": timeout.as_dict()}
    if framed and (content is None or type(content) is bytes) and not cookies:
        body = content or b""
        request = httpx.Request(
            method, url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
        )
        request.read()  # as httpx.Request does with a body of bytes: request.content is there
        return request
    return httpx.Request(
        method,
        url,
        headers=headers,
        content=content,
        cookies=cookies if cookies else None,
        extensions=extensions,
    )


def send_direct(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """Send ``request`` through the transport ``http`` picks for its URL."""
    transport = http._transport_for_url(request.url)
    started = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:
        exc.request = request  # as httpx.Client does: the error names its request
        raise
    response.request = request
    response.stream = _TimedStream(response.stream, response, started)  # type: ignore[arg-type]
    _received(http, response)
    return response


async def asend_direct(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Async ``send_direct``."""
    transport = http._transport_for_url(request.url)
    started = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    response.request = request
    response.stream = _AsyncTimedStream(response.stream, response, started)  # type: ignore[arg-type]
    _received(http, response)
    return response


def _received(http: httpx.Client | httpx.AsyncClient, response: httpx.Response) -> None:
    """What ``send`` does with every response: cookies into the jar, the ``httpx`` log line."""
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        request = response.request
        _HTTPX_LOG.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


class _TimedStream(httpx.SyncByteStream):
    """The response body; closing it sets ``response.elapsed``, as ``httpx`` does."""

    __slots__ = ("_response", "_started", "_stream")

    def __init__(self, stream: httpx.SyncByteStream, response: httpx.Response, started: float) -> None:
        self._stream = stream
        self._response = response
        self._started = started

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)  # the transport's own iterator: nothing added per read

    def close(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)
        self._stream.close()


class _AsyncTimedStream(httpx.AsyncByteStream):
    """Async ``_TimedStream``."""

    __slots__ = ("_response", "_started", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response, started: float) -> None:
        self._stream = stream
        self._response = response
        self._started = started

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)
        await self._stream.aclose()
