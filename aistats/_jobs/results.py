"""The sync and async shells of ``batches.results()``: stream a result file through the
line protocol (``lines``), one ``BatchResult`` at a time, in constant memory.

The connection is opened at the first iteration and closed on exhaustion, on ``break``
(leaving ``with`` / ``async with``, or, for a sync loop without ``with``, as soon as the
loop lets go of its iterator), and on any error.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Self

import httpx

from .._exceptions import APIResponseValidationError
from .._transport.io import aclose_quietly, close_quietly
from .._transport.response import transport_error
from .lines import BadLine, BatchResult, LineSplitter, parse_line

__all__ = ["AsyncResultStream", "ResultStream"]


def _bad(response: httpx.Response, error: BadLine) -> APIResponseValidationError:
    return APIResponseValidationError(str(error), response=response, request=response.request)


def _results(open_file: Callable[[], httpx.Response | None]) -> Generator[BatchResult]:
    """The lines of the file ``open_file`` opens; the connection closes when this generator
    ends or is dropped (a ``for`` loop left with ``break`` drops it at once)."""
    response = open_file()
    if response is None:
        return
    try:
        splitter = LineSplitter()
        feed = splitter.feed
        try:
            for chunk in response.iter_bytes():
                for line in feed(chunk):
                    yield parse_line(line)
            for line in splitter.end():
                yield parse_line(line)
        except httpx.HTTPError as exc:
            raise transport_error(exc, response.request) from exc
        except BadLine as exc:
            raise _bad(response, exc) from None
    finally:
        close_quietly(response)


class ResultStream:
    """``client.batches.results(...)``: ``with ... as results: for r in results: ...``.

    Each loop reads the file from its start over its own connection, which closes when the
    loop ends, is left (``break``, an exception) or the ``with`` block is left.
    """

    def __init__(self, open_file: Callable[[], httpx.Response | None]) -> None:
        self._open = open_file
        self._loops: weakref.WeakSet[Generator[BatchResult]] = weakref.WeakSet()

    def __iter__(self) -> Iterator[BatchResult]:
        loop = _results(self._open)
        self._loops.add(loop)  # weakly: a loop left with ``break`` drops its generator at once
        return loop

    def close(self) -> None:
        """Close the connection of any loop still open."""
        for loop in list(self._loops):
            loop.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncResultStream:
    """``async with client.batches.results(...) as results: async for r in results: ...``."""

    def __init__(self, open_file: Callable[[], Awaitable[httpx.Response | None]]) -> None:
        self._open = open_file
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._splitter = LineSplitter()
        self._pending: list[bytes] = []
        self._next = 0
        self._done = False

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BatchResult:
        while self._next >= len(self._pending):
            if self._done:
                raise StopAsyncIteration
            await self._fill()
        line = self._pending[self._next]
        self._next += 1
        try:
            return parse_line(line)
        except BadLine as exc:
            response = self._response
            await self.aclose()
            assert response is not None
            raise _bad(response, exc) from None

    async def _fill(self) -> None:
        try:
            if self._chunks is None:
                self._response = await self._open()
                if self._response is None:
                    self._done = True
                    return
                self._chunks = self._response.aiter_bytes()
            try:
                chunk = await self._chunks.__anext__()
            except StopAsyncIteration:
                self._pending, self._next = self._splitter.end(), 0
                await self.aclose()
                return
            self._pending, self._next = self._splitter.feed(chunk), 0
        except httpx.HTTPError as exc:
            request = self._response.request if self._response is not None else None
            await self.aclose()
            raise transport_error(exc, request) from exc
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        """Close the connection (lines already split are still given out)."""
        self._done = True
        response, self._response = self._response, None
        if response is not None:
            await aclose_quietly(response)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._pending, self._next = [], 0
        await self.aclose()
