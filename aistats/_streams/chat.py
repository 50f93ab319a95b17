"""``Stream`` and ``AsyncStream``: the I/O shells around ``StreamCore``.

A stream is opened inside the client's retry loop and reads until its first chunk is
ready, so a failure before the caller sees anything (a cut connection, an error frame) is
retried like any other. Once a chunk has been handed out, nothing is retried.

Connections: a stream read to its end goes back to the pool. ``[DONE]`` ends the loop at
once: the connection is kept only when the rest of the body (its end) arrives within
``DONE_GRACE``, else it is closed, so a server that keeps talking after ``[DONE]`` (``:
ping`` blocks, or nothing at all) cannot hold the caller. ``close()``, leaving ``with``, or
dropping the last reference closes it at once.
"""

from __future__ import annotations

import functools
import sys
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self

import httpx

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._exceptions import APIResponseValidationError, APITimeoutError
from .._observe.watch import notify_stream_end
from .._transport.io import aclose_quietly, aread_body, close_quietly, read_body
from .._transport.read_deadline import abounded_read, bounded_read
from .._transport.response import excerpt, transport_error
from .._transport.retry import Attempts
from .._transport.watchdog import arm, shutdown_socket, socket_of
from .core import StreamCore
from .text import chunk_texts, final_text

if TYPE_CHECKING:
    import asyncio

    from .._budget import Budget
    from .._observe.hooks import CallObserver

__all__ = ["AsyncStream", "Stream"]

#: After ``[DONE]``, how long the end of the body may take to arrive for the connection to
#: be reused; anything else (more bytes, silence) closes it.
DONE_GRACE: Final = 0.05


def _body_ends_now(response: httpx.Response, reads: Iterator[bytes]) -> bool:
    """After ``[DONE]``: whether the body ends within ``DONE_GRACE`` with nothing more (the
    connection then went back to the pool). A read still blocked then is woken by shutting
    the socket down (``_watchdog``), since httpx fixes a stream's read timeout at its start."""
    sock = socket_of(response)
    if sock is None:
        return False
    alarm = arm(DONE_GRACE, functools.partial(shutdown_socket, sock))
    try:
        next(reads)
    except StopIteration:
        return True
    except httpx.HTTPError:
        return False
    finally:
        alarm.disarm()
    return False


async def _abody_ends_now(reads: AsyncIterator[bytes]) -> bool:
    """Async ``_body_ends_now``: the read is cancelled after ``DONE_GRACE``."""
    import anyio  # noqa: PLC0415  (imported on first use: ``import aistats`` stays light)

    with anyio.move_on_after(DONE_GRACE):
        try:
            await anext(reads)
        except StopAsyncIteration:
            return True
        except httpx.HTTPError:
            return False
    return False


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
    return ctype.strip().lower().startswith("text/event-stream")  # media types ignore case


class _StreamBase:
    """State and accessors shared by both shells."""

    _core: StreamCore
    _queue: deque[ChatCompletionChunk]
    _closed: bool
    _observer: CallObserver | None = None  # set by the call when hooks or telemetry watch it
    _budget: Budget | None = None  # set by the call when the client has a budget (``_budget``)

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (headers, status) of the stream."""
        return self._core.response

    @property
    def request_id(self) -> str | None:
        """The gateway's request id: the request-id header when there is one, else the ``id``
        its frames carry (``None`` until a frame with one arrived)."""
        return self._core.request_id

    def _next_ready(self) -> ChatCompletionChunk | None:
        if self._queue:
            return self._queue.popleft()
        error = self._core.take_error() if self._core.finished else None
        if error is not None:
            self._failed = error
            notify_stream_end(self, "error", error)
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
        """The chunks, in order. Leaving the loop early (``break``, an exception) closes the
        connection at once, even while the stream itself is still referenced."""
        return self._chunks()

    def _chunks(self) -> Iterator[ChatCompletionChunk]:
        queue = self._queue
        try:
            while True:
                if queue:  # the hot path: a chunk decoded by an earlier read
                    yield queue.popleft()
                    continue
                try:
                    chunk = next(self)
                except StopIteration:
                    return
                yield chunk
        finally:  # GeneratorExit when the loop is left early: the stream was abandoned
            self.close()

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
            except BaseException as exc:
                notify_stream_end(self, "error", exc)
                self._release(drain=False)
                raise

    def _read(self) -> None:
        core = self._core
        try:
            with bounded_read(core.response, self._attempts):
                data = next(self._reads)
        except StopIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.abort()
            raise transport_error(exc, core.request) from exc
        except APITimeoutError:  # the deadline ended the read (``_read_deadline``)
            core.abort()
            raise
        self._queue.extend(core.feed(data))
        if self._observer is not None:
            self._observer.stream_read(len(self._queue))
        self._attempts.check(core.request)

    def _release(self, *, drain: bool) -> None:
        draining = self._mark_closed(drain=drain)
        if draining is None:
            return
        notify_stream_end(self, "completed" if drain else "closed")
        core = self._core
        if draining and not core.at_eof and _body_ends_now(core.response, self._reads):
            return
        close_quietly(core.response)

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
            notify_stream_end(self, "closed")
            close_quietly(self._core.response)

    # -- helpers over the iteration ----------------------------------------------------

    def text_deltas(self) -> Generator[str, None, None]:
        """Just the reply's text, delta by delta, in order (no empty strings, no reasoning).

        Leaving the loop early closes the stream."""
        try:
            for chunk in self:
                yield from chunk_texts(chunk)
        except GeneratorExit:
            self.close()
            raise

    def until_done(self) -> Self:
        """Read the stream to its end (raising its error, if any); returns the stream."""
        self.get_final_completion()
        return self

    def get_final_text(self) -> str:
        """The final completion's text (first choice); reads the rest of the stream first."""
        return final_text(self.get_final_completion())


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
        """The chunks, in order. Leaving the loop early (``break``, an exception) closes the
        connection, even while the stream itself is still referenced: the event loop's
        async-generator hooks finalize the abandoned iterator on its next turn."""
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[ChatCompletionChunk]:
        queue = self._queue
        try:
            while True:
                if queue:  # the hot path: a chunk decoded by an earlier read
                    yield queue.popleft()
                    continue
                try:
                    chunk = await self.__anext__()
                except StopAsyncIteration:
                    return
                yield chunk
        finally:  # GeneratorExit when the loop is left early: the stream was abandoned
            await self.close()

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
            except BaseException as exc:
                notify_stream_end(self, "error", exc)
                await self._release(drain=False)
                raise

    async def _read(self) -> None:
        core = self._core
        try:
            with abounded_read(core.response, self._attempts):
                data = await anext(self._reads)
        except StopAsyncIteration:
            core.end()
            return
        except httpx.HTTPError as exc:
            core.abort()
            raise transport_error(exc, core.request) from exc
        except APITimeoutError:  # the deadline ended the read (``_read_deadline``)
            core.abort()
            raise
        self._queue.extend(core.feed(data))
        if self._observer is not None:
            self._observer.stream_read(len(self._queue))
        self._attempts.check(core.request)

    async def _release(self, *, drain: bool) -> None:
        draining = self._mark_closed(drain=drain)
        if draining is None:
            return
        notify_stream_end(self, "completed" if drain else "closed")
        core = self._core
        if draining and not core.at_eof and await _abody_ends_now(self._reads):
            return
        await aclose_quietly(core.response)

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

    # -- helpers over the iteration ----------------------------------------------------

    async def aclose(self) -> None:
        """``close()``, under the name async resources use."""
        await self.close()

    async def text_deltas(self) -> AsyncGenerator[str, None]:
        """Just the reply's text, delta by delta, in order (no empty strings, no reasoning).

        Leaving the loop early (and closing the generator) closes the stream."""
        try:
            async for chunk in self:
                for text in chunk_texts(chunk):
                    yield text
        except GeneratorExit:
            await self.close()
            raise

    async def until_done(self) -> Self:
        """Read the stream to its end (raising its error, if any); returns the stream."""
        await self.get_final_completion()
        return self

    async def get_final_text(self) -> str:
        """The final completion's text (first choice); reads the rest of the stream first."""
        return final_text(await self.get_final_completion())

    def __del__(self) -> None:
        # Dropped unclosed (e.g. ``break`` out of ``async for`` over a temporary): an async
        # close cannot be awaited here, so it is scheduled on the running loop right away.
        if getattr(self, "_closed", True):
            return
        self._closed = True
        notify_stream_end(self, "closed")
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
