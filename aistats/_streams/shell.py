"""One stream shell for every streamed API: chat completions, ``/responses``, ``/messages``.

Rule: every decision about opening, reading, ending and releasing a stream lives in this
module, once, for every API and for sync and async alike; a protocol (``StreamProtocol``)
only turns bytes into events, folds them, and says when and how the stream ended. The two
shells (``SyncShell``, ``AsyncShell``) differ only in how they read and close; what they
decide is in ``_Shell``.

=========================  ==================================================================
step                       what the shell does
=========================  ==================================================================
open                       inside the call's retry loop: a 2xx that is not
                           ``text/event-stream`` (matched case-insensitively) is an
                           ``APIResponseValidationError`` quoting its first bytes; then read
                           until the first event or the end, so a stream that fails before
                           its first event raises and the call retries it
read                       each read bounded by the call's ``deadline`` (``_read_deadline``);
                           a transport failure is an ``APIConnectionError``
end                        the protocol says the stream ended (its terminal event: ``[DONE]``,
                           ``response.completed``, ``message_stop``; an error; the end of the
                           bytes, judged by its endings rule): the loop ends at once, after
                           every event already decoded; an error is raised then
release                    a stream read to its end keeps its connection for reuse when the
                           rest of the body (at most ``DRAIN_LIMIT`` bytes) ends within
                           ``END_GRACE``, else it is closed; ``break``, an exception in the
                           loop, leaving ``with``, ``close()`` or dropping the stream closes
                           it at once
watch                      the call's observer (hooks, OpenTelemetry) learns the end once,
                           as a ``StreamSummary``
=========================  ==================================================================

A new kind of streamed body is a new protocol (bytes in, events out, its endings, its final
object) and a thin subclass of both shells naming it; see CONTRIBUTING.md.
"""

from __future__ import annotations

import functools
import sys
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from .._constants import DRAIN_LIMIT, END_GRACE, EVENT_STREAM, NOT_A_STREAM_SNIFF
from .._exceptions import APIError, APIResponseValidationError, APITimeoutError
from .._observe.watch import Facts, StreamOutcome, StreamSummary, WatchedStream, notify_stream_end
from .._transport.io import aclose_quietly, aread_body, close_quietly, read_body
from .._transport.read_deadline import abounded_read, bounded_read
from .._transport.response import excerpt, transport_error
from .._transport.retry import Attempts
from .._transport.watchdog import arm, shutdown_socket, socket_of

if TYPE_CHECKING:
    import asyncio

    from .._observe.hooks import CallObserver

__all__ = ["AsyncShell", "StreamProtocol", "SyncShell"]

E = TypeVar("E")


class StreamProtocol(Protocol[E]):
    """One stream's sans-I/O protocol: bytes in, events out, its endings, its final object.

    ``feed`` returns the events a piece of the body completed; ``end`` is told the body ran
    out and applies the endings rule (a body that stops without its ending is a cut stream);
    ``abort`` stops it early. ``finished`` turns true when no event will follow (its
    terminal event, an error, ``end`` or ``abort``), ``at_eof`` when the body ran out; an
    error is kept in ``error`` (handed out once by ``take_error``) so that the events
    before it are delivered first.
    """

    response: httpx.Response
    request: httpx.Request
    finished: bool
    at_eof: bool
    error: APIError | None

    @property
    def api(self) -> str:
        """The API's name in messages (``chat``, ``Responses``, ``Messages``)."""

    @property
    def request_id(self) -> str | None:
        """The gateway's request id, once known."""

    def feed(self, data: bytes) -> list[E]:
        """Decode ``data``; the events it completed (none once finished)."""

    def end(self) -> None:
        """The body ran out."""

    def abort(self) -> None:
        """Stop now; later bytes are ignored."""

    def take_error(self) -> APIError | None:
        """The error that ended the stream, once."""

    def final(self) -> Any:
        """The stream's final object, from what came so far."""

    def facts(self) -> Facts:
        """What the stream said of itself so far (model, provider, usage, endings)."""

    def texts(self, event: E) -> Iterable[str]:
        """The reply text ``event`` adds."""

    def final_text(self, final: Any) -> str:
        """The reply's whole text, from the final object."""


def has_media_type(response: httpx.Response, media_type: str) -> bool:
    """Whether ``response``'s content type is ``media_type`` (media types ignore case)."""
    ctype: str = response.headers.get("content-type", "")
    return ctype.strip().lower().startswith(media_type)


def not_a_stream(
    response: httpx.Response, head: bytes | bytearray, media_type: str
) -> APIResponseValidationError:
    """The error for a 2xx reply to a streamed call that is not of the stream's media type."""
    ctype = response.headers.get("content-type", "")
    return APIResponseValidationError(
        f"Expected a {media_type} for stream=True but got {ctype or 'no content-type'}: "
        f"{excerpt(head) or '(empty body)'}",
        response=response,
        request=response.request,
    )


_NOT_BUILT: Any = object()


class _Shell(WatchedStream, Generic[E]):
    """The state and every decision of a stream; its I/O is the subclasses'."""

    _protocol: StreamProtocol[E]
    _attempts: Attempts
    _queue: deque[E]
    _closed: bool
    _events: int
    _failed: BaseException | None = None
    _final_object: Any = _NOT_BUILT
    #: The media type the body must have (lower case); ``""`` takes any body.
    _media_type: ClassVar[str] = EVENT_STREAM

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        self._protocol = self._new_protocol(response)
        self._attempts = attempts
        self._queue = deque()
        self._closed = False
        self._events = 0

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> StreamProtocol[E]:
        """The protocol of one stream of this class (each API's stream names its own)."""
        raise NotImplementedError

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (headers, status) of the stream."""
        return self._protocol.response

    @property
    def request_id(self) -> str | None:
        """The gateway's request id: the request-id header when there is one, else the id
        its events carry (``None`` until one arrived)."""
        return self._protocol.request_id

    # -- decisions both shells follow; only their reads differ ---------------------------

    @classmethod
    def _refuses(cls, response: httpx.Response) -> bool:
        """Whether ``response`` is not a body of this stream (read a little of it, then
        raise ``_not_ours``)."""
        return not has_media_type(response, cls._media_type)

    @classmethod
    def _not_ours(cls, response: httpx.Response, head: bytes | bytearray) -> APIResponseValidationError:
        return not_a_stream(response, head, cls._media_type)

    def _opening(self) -> bool:
        """While opening: read on until an event is ready or the stream ended."""
        return not self._queue and not self._protocol.finished

    def _check_opened(self) -> None:
        """After opening: a stream that ended in an error before any event raises it (so the
        call's retry loop can retry it) rather than being handed out."""
        if not self._queue:
            error = self._protocol.take_error()
            if error is not None:
                raise error

    def _ending(self) -> APIError | None:
        """The stream has ended and every event was handed out: its error (then reported and
        kept for ``get_final_*``), or ``None`` when it completed."""
        error = self._protocol.take_error()
        if error is not None:
            self._failed = error
            notify_stream_end(self, "error", error)
        return error

    def _mark_closed(self, *, drain: bool) -> bool | None:
        """Start releasing: ``None`` when already released, else whether to wait for the end
        of the body (only a stream that ended cleanly is, so that its connection can be
        reused). The observer learns the end here."""
        if self._closed:
            return None
        self._closed = True
        draining = drain and self._protocol.error is None
        notify_stream_end(self, "completed" if drain else "closed")
        return draining and not self._protocol.at_eof

    def _final(self) -> Any:
        """The final object, built once."""
        if self._final_object is _NOT_BUILT:
            self._final_object = self._protocol.final()
        return self._final_object

    def _check_not_failed(self) -> None:
        if self._failed is not None:
            raise self._failed

    # -- what observers see ---------------------------------------------------------------

    def _watch(self, observer: CallObserver) -> tuple[int, Facts]:
        self._observer = observer
        return len(self._queue), self._protocol.facts()

    def _summary(self, status: StreamOutcome, error: BaseException | None) -> StreamSummary:
        final = self._final() if status == "completed" else None
        route = self._attempts.route.name if self._attempts.route is not None else ""
        return StreamSummary.of(
            route, self._protocol.facts(), status=status, events=self._events, final=final, error=error
        )

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} request_id={self.request_id!r} {state}>"


# -- sync ------------------------------------------------------------------------------------


def _body_ends_now(response: httpx.Response, reads: Iterator[bytes]) -> bool:
    """After the terminal event: whether the body ends within ``END_GRACE`` after at most
    ``DRAIN_LIMIT`` more bytes (the connection then went back to the pool). A read still
    blocked then is woken by shutting the socket down (``_watchdog``), since httpx fixes a
    stream's read timeout at its start."""
    sock = socket_of(response)
    if sock is None:
        return False
    alarm = arm(END_GRACE, functools.partial(shutdown_socket, sock))
    drained = 0
    try:
        for data in reads:
            drained += len(data)
            if drained > DRAIN_LIMIT:
                return False
    except httpx.HTTPError:
        return False
    finally:
        alarm.disarm()
    return True


class SyncShell(_Shell[E]):
    """An iterator of one stream's events (sync). Leaving the loop early closes it."""

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        super().__init__(response, attempts)
        self._reads: Iterator[bytes] = response.iter_bytes()

    @classmethod
    def _open(cls, response: httpx.Response, attempts: Attempts) -> Self:
        """Open a stream on a 2xx response and read until its first event (or its end)."""
        if cls._refuses(response):
            raise cls._not_ours(response, read_body(response, attempts, NOT_A_STREAM_SNIFF))
        stream = cls(response, attempts)
        try:
            while stream._opening():
                stream._read()
            stream._check_opened()
        except BaseException:
            stream._release(drain=False)
            raise
        return stream

    def __iter__(self) -> Iterator[E]:
        """The events, in order. Leaving the loop early (``break``, an exception) closes the
        connection at once, even while the stream itself is still referenced."""
        return self._iterate()

    def _iterate(self) -> Iterator[E]:
        queue = self._queue
        try:
            while True:
                if queue:  # the hot path: an event decoded by an earlier read
                    yield queue.popleft()
                    continue
                try:
                    event = next(self)
                except StopIteration:
                    return
                yield event
        finally:  # GeneratorExit when the loop is left early: the stream was abandoned
            self.close()

    def __next__(self) -> E:
        queue = self._queue
        while True:
            if queue:
                return queue.popleft()
            if self._protocol.finished:
                error = self._ending()
                self._release(drain=error is None)
                if error is not None:
                    raise error
                raise StopIteration
            try:
                self._read()
            except BaseException as exc:
                notify_stream_end(self, "error", exc)
                self._release(drain=False)
                raise

    def _read(self) -> None:
        protocol = self._protocol
        try:
            with bounded_read(protocol.response, self._attempts):
                data = next(self._reads)
        except StopIteration:
            protocol.end()
            return
        except httpx.HTTPError as exc:
            protocol.abort()
            raise transport_error(exc, protocol.request) from exc
        except APITimeoutError:  # the deadline ended the read (``_read_deadline``)
            protocol.abort()
            raise
        events = protocol.feed(data)
        self._queue.extend(events)
        self._events += len(events)
        if self._observer is not None:
            self._observer.stream_read(len(events))
        self._attempts.check(protocol.request)

    def _release(self, *, drain: bool) -> None:
        wait_for_end = self._mark_closed(drain=drain)
        if wait_for_end is None:
            return
        if wait_for_end and _body_ends_now(self._protocol.response, self._reads):
            return
        close_quietly(self._protocol.response)

    def _read_to_end(self) -> Any:
        """Read the rest (re-raising the stream's error); the final object."""
        self._check_not_failed()
        for _ in self:
            pass
        return self._final()

    def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._protocol.abort()
        self._release(drain=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            self._closed = True
            notify_stream_end(self, "closed")
            close_quietly(self._protocol.response)

    # -- helpers over the iteration ----------------------------------------------------

    def text_deltas(self) -> Generator[str, None, None]:
        """Just the reply's text, delta by delta, in order (no empty strings, no reasoning).

        Leaving the loop early closes the stream."""
        texts = self._protocol.texts
        try:
            for event in self:
                yield from texts(event)
        except GeneratorExit:
            self.close()
            raise

    def until_done(self) -> Self:
        """Read the stream to its end (raising its error, if any); returns the stream."""
        self._read_to_end()
        return self

    def get_final_text(self) -> str:
        """The reply's whole text (chat: the first choice's); reads the rest of the stream first."""
        return self._protocol.final_text(self._read_to_end())


# -- async -----------------------------------------------------------------------------------


async def _abody_ends_now(reads: AsyncIterator[bytes]) -> bool:
    """Async ``_body_ends_now``: the reads are cancelled after ``END_GRACE``."""
    import anyio  # noqa: PLC0415  (imported on first use: ``import aistats`` stays light)

    drained = 0
    with anyio.move_on_after(END_GRACE):
        try:
            async for data in reads:
                drained += len(data)
                if drained > DRAIN_LIMIT:
                    return False
        except httpx.HTTPError:
            return False
        return True
    return False


_PENDING_CLOSES: set[asyncio.Task[None]] = set()


class AsyncShell(_Shell[E]):
    """An async iterator of one stream's events. Leaving the loop early closes it."""

    def __init__(self, response: httpx.Response, attempts: Attempts) -> None:
        super().__init__(response, attempts)
        self._reads: AsyncIterator[bytes] = response.aiter_bytes()

    @classmethod
    async def _open(cls, response: httpx.Response, attempts: Attempts) -> Self:
        """Open a stream on a 2xx response and read until its first event (or its end)."""
        if cls._refuses(response):
            raise cls._not_ours(response, await aread_body(response, attempts, NOT_A_STREAM_SNIFF))
        stream = cls(response, attempts)
        try:
            while stream._opening():
                await stream._read()
            stream._check_opened()
        except BaseException:
            await stream._release(drain=False)
            raise
        return stream

    def __aiter__(self) -> AsyncIterator[E]:
        """The events, in order. Leaving the loop early (``break``, an exception) closes the
        connection, even while the stream itself is still referenced: the event loop's
        async-generator hooks finalize the abandoned iterator on its next turn."""
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[E]:
        queue = self._queue
        try:
            while True:
                if queue:  # the hot path: an event decoded by an earlier read
                    yield queue.popleft()
                    continue
                try:
                    event = await self.__anext__()
                except StopAsyncIteration:
                    return
                yield event
        finally:  # GeneratorExit when the loop is left early: the stream was abandoned
            await self.close()

    async def __anext__(self) -> E:
        queue = self._queue
        while True:
            if queue:
                return queue.popleft()
            if self._protocol.finished:
                error = self._ending()
                await self._release(drain=error is None)
                if error is not None:
                    raise error
                raise StopAsyncIteration
            try:
                await self._read()
            except BaseException as exc:
                notify_stream_end(self, "error", exc)
                await self._release(drain=False)
                raise

    async def _read(self) -> None:
        protocol = self._protocol
        try:
            with abounded_read(protocol.response, self._attempts):
                data = await anext(self._reads)
        except StopAsyncIteration:
            protocol.end()
            return
        except httpx.HTTPError as exc:
            protocol.abort()
            raise transport_error(exc, protocol.request) from exc
        except APITimeoutError:  # the deadline ended the read (``_read_deadline``)
            protocol.abort()
            raise
        events = protocol.feed(data)
        self._queue.extend(events)
        self._events += len(events)
        if self._observer is not None:
            self._observer.stream_read(len(events))
        self._attempts.check(protocol.request)

    async def _release(self, *, drain: bool) -> None:
        wait_for_end = self._mark_closed(drain=drain)
        if wait_for_end is None:
            return
        if wait_for_end and await _abody_ends_now(self._reads):
            return
        await aclose_quietly(self._protocol.response)

    async def _read_to_end(self) -> Any:
        """Read the rest (re-raising the stream's error); the final object."""
        self._check_not_failed()
        async for _ in self:
            pass
        return self._final()

    async def close(self) -> None:
        """Close the connection now (a no-op when the stream already ended)."""
        self._protocol.abort()
        await self._release(drain=False)

    async def aclose(self) -> None:
        """``close()``, under the name async resources use."""
        await self.close()

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
        task = loop.create_task(aclose_quietly(self._protocol.response))
        _PENDING_CLOSES.add(task)
        task.add_done_callback(_PENDING_CLOSES.discard)

    # -- helpers over the iteration ----------------------------------------------------

    async def text_deltas(self) -> AsyncGenerator[str, None]:
        """Just the reply's text, delta by delta, in order (no empty strings, no reasoning).

        Leaving the loop early (and closing the generator) closes the stream."""
        texts = self._protocol.texts
        try:
            async for event in self:
                for text in texts(event):
                    yield text
        except GeneratorExit:
            await self.close()
            raise

    async def until_done(self) -> Self:
        """Read the stream to its end (raising its error, if any); returns the stream."""
        await self._read_to_end()
        return self

    async def get_final_text(self) -> str:
        """The reply's whole text (chat: the first choice's); reads the rest of the stream first."""
        return self._protocol.final_text(await self._read_to_end())
