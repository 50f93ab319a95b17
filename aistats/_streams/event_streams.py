"""Streams of named events (``/responses``, ``/messages``): the I/O shells around ``EventCore``.

They follow the chat ``Stream``'s rules: a stream is opened inside the client's retry loop
and reads until its first event is ready, so a failure before the caller sees anything is
retried like any other; once an event has been handed out, nothing is retried. A stream read
to its end goes back to the pool; ``close()``, leaving ``with``, or dropping the last
reference closes the connection at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections import deque
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Self, TypeVar

import httpx

from .._exceptions import APIResponseValidationError
from .._observe.watch import notify_stream_end
from .._transport.io import aclose_quietly, aread_body, close_quietly, read_body
from .._transport.response import excerpt, transport_error
from .._transport.retry import Attempts
from .events import EventCore, EventProtocol
from .protocols import (
    MESSAGES,
    RESPONSES,
    Message,
    MessageEvent,
    MessagesFolder,
    Response,
    ResponseEvent,
    ResponsesFolder,
)

if TYPE_CHECKING:
    import asyncio

    from .._budget import Budget
    from .._observe.hooks import CallObserver

__all__ = ["AsyncMessageStream", "AsyncResponseStream", "MessageStream", "ResponseStream"]

E = TypeVar("E")

#: After the terminal event, at most this much more is read so that the connection can be
#: reused; a server that keeps talking gets its connection closed.
DRAIN_LIMIT: Final = 64 * 1024


def _not_a_stream(response: httpx.Response, head: bytes | bytearray) -> APIResponseValidationError:
    ctype: str = response.headers.get("content-type", "")
    return APIResponseValidationError(
        f"Expected a text/event-stream for stream=True but got {ctype or 'no content-type'}: "
        f"{excerpt(head) or '(empty body)'}",
        response=response,
        request=response.request,
    )


def _is_event_stream(response: httpx.Response) -> bool:
    return str(response.headers.get("content-type", "")).startswith("text/event-stream")


class _Base(Generic[E]):
    _protocol: ClassVar[EventProtocol[Any]]
    _core: EventCore[E]
    _queue: deque[E]
    _closed: bool
    _failed: BaseException | None = None
    _observer: CallObserver | None = None  # (watched only on chat streams so far)
    _budget: Budget | None = None  # set by the call when the client has a budget (``_budget``)

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (headers, status) of the stream."""
        return self._core.response

    @property
    def request_id(self) -> str | None:
        """The gateway's request id (carried by the events, else by the headers)."""
        return self._core.request_id

    def _next_ready(self) -> E | None:
        if self._queue:
            return self._queue.popleft()
        if self._core.finished and self._core.error is not None:
            error, self._core.error = self._core.error, None
            self._failed = error
            raise error
        return None

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} request_id={self.request_id!r} {state}>"


class EventStream(_Base[E]):
    """An iterator of typed events over one streamed reply (sync)."""

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        self._core = EventCore(self._protocol, response)
        self._attempts = attempts
        self._queue = deque()
        self._closed = False
        self._reads: Iterator[bytes] = response.iter_bytes()

    @classmethod
    def _open(cls, response: httpx.Response, attempts: Attempts) -> Self:
        """Open a stream on a 2xx response and read until its first event (or its end)."""
        if not _is_event_stream(response):
            raise _not_a_stream(response, read_body(response, attempts, 4096))
        stream = cls(response, attempts)
        try:
            while not stream._queue and not stream._core.finished:
                stream._read()
            if not stream._queue and stream._core.error is not None:
                raise stream._core.error
        except BaseException:
            stream._release(drain=False)
            raise
        return stream

    def __iter__(self) -> Iterator[E]:
        return self

    def __next__(self) -> E:
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

    def text_deltas(self) -> Iterator[str]:
        """The reply's text as it arrives (reads the stream; other events are skipped)."""
        text_of = self._core.protocol.text_delta
        for event in self:
            text = text_of(event)
            if text:
                yield text

    def _read(self) -> None:
        core = self._core
        try:
            data = next(self._reads)
        except StopIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.finished = True
            raise transport_error(exc, core.request) from exc
        self._queue.extend(core.feed(data))
        self._attempts.check(core.request)

    def _release(self, *, drain: bool) -> None:
        if self._closed:
            return
        self._closed = True
        notify_stream_end(self, "completed" if drain else "closed")
        if drain and self._core.error is None:
            read = 0
            with contextlib.suppress(httpx.HTTPError):
                for data in self._reads:
                    read += len(data)
                    if read > DRAIN_LIMIT:
                        break
        close_quietly(self._core.response)

    def _read_all(self) -> None:
        if self._failed is not None:
            raise self._failed
        for _ in self:
            pass

    def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._core.finished = True
        self._release(drain=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            notify_stream_end(self, "closed")
            close_quietly(self._core.response)


_PENDING_CLOSES: set[asyncio.Task[None]] = set()


class AsyncEventStream(_Base[E]):
    """An async iterator of typed events over one streamed reply."""

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        self._core = EventCore(self._protocol, response)
        self._attempts = attempts
        self._queue = deque()
        self._closed = False
        self._reads: AsyncIterator[bytes] = response.aiter_bytes()

    @classmethod
    async def _open(cls, response: httpx.Response, attempts: Attempts) -> Self:
        """Open a stream on a 2xx response and read until its first event (or its end)."""
        if not _is_event_stream(response):
            raise _not_a_stream(response, await aread_body(response, attempts, 4096))
        stream = cls(response, attempts)
        try:
            while not stream._queue and not stream._core.finished:
                await stream._read()
            if not stream._queue and stream._core.error is not None:
                raise stream._core.error
        except BaseException:
            await stream._release(drain=False)
            raise
        return stream

    def __aiter__(self) -> AsyncIterator[E]:
        return self

    async def __anext__(self) -> E:
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

    async def text_deltas(self) -> AsyncIterator[str]:
        """The reply's text as it arrives (reads the stream; other events are skipped)."""
        text_of = self._core.protocol.text_delta
        async for event in self:
            text = text_of(event)
            if text:
                yield text

    async def _read(self) -> None:
        core = self._core
        try:
            data = await anext(self._reads)
        except StopAsyncIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.finished = True
            raise transport_error(exc, core.request) from exc
        self._queue.extend(core.feed(data))
        self._attempts.check(core.request)

    async def _release(self, *, drain: bool) -> None:
        if self._closed:
            return
        self._closed = True
        notify_stream_end(self, "completed" if drain else "closed")
        if drain and self._core.error is None:
            read = 0
            with contextlib.suppress(httpx.HTTPError):
                async for data in self._reads:
                    read += len(data)
                    if read > DRAIN_LIMIT:
                        break
        await aclose_quietly(self._core.response)

    async def _read_all(self) -> None:
        if self._failed is not None:
            raise self._failed
        async for _ in self:
            pass

    async def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._core.finished = True
        await self._release(drain=False)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __del__(self) -> None:
        # Dropped unclosed: an async close cannot be awaited here, so it is scheduled on the
        # running loop (asyncio is only looked up, never imported, as in the chat stream).
        if getattr(self, "_closed", True):
            return
        self._closed = True
        notify_stream_end(self, "closed")
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


# ------------------------------------------------------------ the two APIs' streams
def _final_response(core: EventCore[ResponseEvent]) -> Response:
    folder = core.folder
    assert isinstance(folder, ResponsesFolder)
    return Response.from_dict(folder.final or {})


def _final_message(core: EventCore[MessageEvent]) -> Message:
    folder = core.folder
    assert isinstance(folder, MessagesFolder)
    return Message.from_dict(folder.build())


class ResponseStream(EventStream[ResponseEvent]):
    """The events of a streamed ``/responses`` call (``for event in stream``; ``event.type``).

    Ends with ``response.completed``, ``.failed`` or ``.incomplete``; a stream that stops
    before one of them raises ``APIConnectionError``, an ``error`` event ``StreamError``.
    """

    _protocol = RESPONSES

    def get_final_response(self) -> Response:
        """The response of the terminal event (check ``.status``), reading the rest first."""
        self._read_all()
        return _final_response(self._core)


class AsyncResponseStream(AsyncEventStream[ResponseEvent]):
    """``ResponseStream`` for ``AsyncAIStats`` (``async for event in stream``)."""

    _protocol = RESPONSES

    async def get_final_response(self) -> Response:
        """The response of the terminal event (check ``.status``), reading the rest first."""
        await self._read_all()
        return _final_response(self._core)


class MessageStream(EventStream[MessageEvent]):
    """The events of a streamed ``/messages`` call (``for event in stream``; ``event.type``).

    Ends with ``message_stop``; a stream that stops before it raises ``APIConnectionError``,
    an ``error`` event ``StreamError``.
    """

    _protocol = MESSAGES

    def get_final_message(self) -> Message:
        """The message rebuilt from the events (text, tool inputs, thinking, stop reason,
        usage), reading the rest of the stream first."""
        self._read_all()
        return _final_message(self._core)


class AsyncMessageStream(AsyncEventStream[MessageEvent]):
    """``MessageStream`` for ``AsyncAIStats`` (``async for event in stream``)."""

    _protocol = MESSAGES

    async def get_final_message(self) -> Message:
        """The message rebuilt from the events, reading the rest of the stream first."""
        await self._read_all()
        return _final_message(self._core)
