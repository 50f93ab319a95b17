"""``Stream`` and ``AsyncStream``: the I/O shells around ``StreamCore``.

A stream is opened inside the client's retry loop and reads until its first chunk is
ready, so a failure before the caller sees anything (a cut connection, an error frame) is
retried like any other. Once a chunk has been handed out, nothing is retried.

Connections: a stream read to its end (with or without ``[DONE]``) goes back to the pool;
``close()``, leaving ``with``, or dropping the last reference closes it at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections import deque
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self

import httpx

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from ._exceptions import APIResponseValidationError
from ._io import aclose_quietly, aread_body, close_quietly, read_body
from ._response import excerpt, transport_error
from ._retry import Attempts
from ._stream_core import StreamCore

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncStream", "Stream"]

#: After ``[DONE]`` or an error frame, at most this much more is read so that the
#: connection can be reused; a server that keeps talking gets its connection closed.
DRAIN_LIMIT: Final = 64 * 1024


def _not_a_stream(response: httpx.Response, head: bytes | bytearray) -> APIResponseValidationError:
    ctype = response.headers.get("content-type", "")
    return APIResponseValidationError(
        f"Expected a text/event-stream for stream=True but got {ctype or 'no content-type'}: "
        f"{excerpt(head) or '(empty body)'}",
        response=response,
        request=response.request,
    )


def _is_event_stream(response: httpx.Response) -> bool:
    ctype: str = response.headers.get("content-type", "")
    return ctype.startswith("text/event-stream")


class _StreamBase:
    """State and accessors shared by both shells."""

    _core: StreamCore
    _queue: deque[ChatCompletionChunk]
    _closed: bool

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (headers, status) of the stream."""
        return self._core.response

    @property
    def request_id(self) -> str | None:
        """The gateway's request id (``x-gateway-request-id``)."""
        return self._core.request_id

    def _next_ready(self) -> ChatCompletionChunk | None:
        if self._queue:
            return self._queue.popleft()
        error = self._core.take_error() if self._core.finished else None
        if error is not None:
            self._failed = error
            raise error
        return None

    _failed: BaseException | None = None

    # -- policies both shells follow; only their reads differ ---------------------------

    def _opening(self) -> bool:
        """While opening: read on until a chunk is ready or the stream ended."""
        return not self._queue and not self._core.finished

    def _check_opened(self) -> None:
        """After opening: a stream that ended in an error before any chunk raises it (so the
        client's retry loop can retry it) rather than being handed out."""
        if not self._queue:
            error = self._core.take_error()
            if error is not None:
                raise error

    def _mark_closed(self, *, drain: bool) -> bool | None:
        """Start releasing: ``None`` when already released, else whether to drain first (only
        a stream that ended cleanly is drained, so that its connection can be reused)."""
        if self._closed:
            return None
        self._closed = True
        return drain and self._core.error is None

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} request_id={self.request_id!r} {state}>"


class Stream(_StreamBase):
    """An iterator of ``ChatCompletionChunk`` models over one streamed completion.

    Use it in a ``with`` block (or call ``close()``) to release the connection early;
    ``get_final_completion()`` returns the whole completion, reading the rest first.
    """

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        self._core = StreamCore(response)
        self._attempts = attempts
        self._queue = deque()
        self._closed = False
        self._reads: Iterator[bytes] = response.iter_bytes()

    @classmethod
    def _open(cls, response: httpx.Response, attempts: Attempts) -> Stream:
        """Open a stream on a 2xx response and read until its first chunk (or its end)."""
        if not _is_event_stream(response):
            raise _not_a_stream(response, read_body(response, attempts, 4096))
        stream = cls(response, attempts)
        try:
            while stream._opening():
                stream._read()
            stream._check_opened()
        except BaseException:
            stream._release(drain=False)
            raise
        return stream

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        return self

    def __next__(self) -> ChatCompletionChunk:
        queue = self._queue
        if queue:  # the hot path: a chunk decoded by an earlier read
            return queue.popleft()
        while True:
            ready = self._next_ready()
            if ready is not None:
                return ready
            if self._core.finished:
                self._release(drain=True)
                raise StopIteration
            try:
                self._read()
            except BaseException:
                self._release(drain=False)
                raise

    def _read(self) -> None:
        core = self._core
        try:
            data = next(self._reads)
        except StopIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.abort()
            raise transport_error(exc, core.request) from exc
        self._queue.extend(core.feed(data))
        self._attempts.check(core.request)

    def _release(self, *, drain: bool) -> None:
        draining = self._mark_closed(drain=drain)
        if draining is None:
            return
        if draining:
            read = 0
            with contextlib.suppress(httpx.HTTPError):
                for data in self._reads:
                    read += len(data)
                    if read > DRAIN_LIMIT:
                        break
        close_quietly(self._core.response)

    def get_final_completion(self) -> ChatCompletionsResponse:
        """The whole completion: the gateway's closing snapshot if it sent one, else one
        built from the chunks. Reads the rest of the stream first; re-raises its error."""
        if self._failed is not None:
            raise self._failed
        for _ in self:
            pass
        return self._core.final_completion()

    def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._core.abort()
        self._release(drain=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            close_quietly(self._core.response)


_PENDING_CLOSES: set[asyncio.Task[None]] = set()


class AsyncStream(_StreamBase):
    """An async iterator of ``ChatCompletionChunk`` models over one streamed completion.

    Use it in an ``async with`` block (or ``await close()``) to release the connection
    early; ``await get_final_completion()`` returns the whole completion.
    """

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        self._core = StreamCore(response)
        self._attempts = attempts
        self._queue = deque()
        self._closed = False
        self._reads: AsyncIterator[bytes] = response.aiter_bytes()

    @classmethod
    async def _open(cls, response: httpx.Response, attempts: Attempts) -> AsyncStream:
        """Open a stream on a 2xx response and read until its first chunk (or its end)."""
        if not _is_event_stream(response):
            raise _not_a_stream(response, await aread_body(response, attempts, 4096))
        stream = cls(response, attempts)
        try:
            while stream._opening():
                await stream._read()
            stream._check_opened()
        except BaseException:
            await stream._release(drain=False)
            raise
        return stream

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self

    async def __anext__(self) -> ChatCompletionChunk:
        queue = self._queue
        if queue:  # the hot path: a chunk decoded by an earlier read
            return queue.popleft()
        while True:
            ready = self._next_ready()
            if ready is not None:
                return ready
            if self._core.finished:
                await self._release(drain=True)
                raise StopAsyncIteration
            try:
                await self._read()
            except BaseException:
                await self._release(drain=False)
                raise

    async def _read(self) -> None:
        core = self._core
        try:
            data = await anext(self._reads)
        except StopAsyncIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.abort()
            raise transport_error(exc, core.request) from exc
        self._queue.extend(core.feed(data))
        self._attempts.check(core.request)

    async def _release(self, *, drain: bool) -> None:
        draining = self._mark_closed(drain=drain)
        if draining is None:
            return
        if draining:
            read = 0
            with contextlib.suppress(httpx.HTTPError):
                async for data in self._reads:
                    read += len(data)
                    if read > DRAIN_LIMIT:
                        break
        await aclose_quietly(self._core.response)

    async def get_final_completion(self) -> ChatCompletionsResponse:
        """The whole completion: the gateway's closing snapshot if it sent one, else one
        built from the chunks. Reads the rest of the stream first; re-raises its error."""
        if self._failed is not None:
            raise self._failed
        async for _ in self:
            pass
        return self._core.final_completion()

    async def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._core.abort()
        await self._release(drain=False)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __del__(self) -> None:
        # Dropped unclosed (e.g. ``break`` out of ``async for`` over a temporary): an async
        # close cannot be awaited here, so it is scheduled on the running loop right away.
        if getattr(self, "_closed", True):
            return
        self._closed = True
        # asyncio is not imported up front (``import aistats`` stays cheap); an event loop
        # that could run the close has imported it already.
        asyncio_module = sys.modules.get("asyncio")
        if asyncio_module is None:
            return
        try:
            loop: asyncio.AbstractEventLoop = asyncio_module.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(aclose_quietly(self._core.response))
        _PENDING_CLOSES.add(task)
        task.add_done_callback(_PENDING_CLOSES.discard)
