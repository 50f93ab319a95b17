"""The sync and async shells of ``batches.results()``: stream a result file through the
line protocol (``lines``), one ``BatchResult`` at a time, in constant memory.

The connection is opened at the first iteration and closed on exhaustion, on ``break``
(leaving ``with`` / ``async with``, or, for a sync loop without ``with``, as soon as the
loop lets go of its iterator), and on any error.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Self

import httpx

from .._exceptions import APIResponseValidationError
from .._transport.io import aclose_quietly, close_quietly
from .._transport.response import transport_error
from .lines import BatchResult, LineSplitter, parse_line

__all__ = ["AsyncResultStream", "ResultStream"]


def _bad(response: httpx.Response, line: bytes) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"A batch result line is not a JSON object: {line[:200]!r}",
        response=response,
        request=response.request,
    )


def _results(open_file: Callable[[], httpx.Response | None]) -> Generator[BatchResult]:
    """The lines of the file ``open_file`` opens; the connection closes when this generator
    ends or is dropped (a ``for`` loop left with ``break`` drops it at once)."""
    response = open_file()
    if response is None:
        return
    splitter = LineSplitter()
    feed, parse = splitter.feed, parse_line
    line = b""
    try:
        for chunk in response.iter_bytes():
            for line in feed(chunk):
                yield parse(line)
        for line in splitter.end():
            yield parse(line)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    except ValueError:  # not JSON, or not an object
        raise _bad(response, line) from None
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


async def _aresults(open_file: Callable[[], Awaitable[httpx.Response | None]]) -> AsyncGenerator[BatchResult]:
    """Async ``_results``: closed by ``aclose()`` (leaving ``async with``) or when it ends."""
    response = await open_file()
    if response is None:
        return
    splitter = LineSplitter()
    feed, parse = splitter.feed, parse_line
    line = b""
    try:
        async for chunk in response.aiter_bytes():
            for line in feed(chunk):
                yield parse(line)
        for line in splitter.end():
            yield parse(line)
    except httpx.HTTPError as exc:
        raise transport_error(exc, response.request) from exc
    except ValueError:
        raise _bad(response, line) from None
    finally:
        await aclose_quietly(response)


class AsyncResultStream:
    """``async with client.batches.results(...) as results: async for r in results: ...``.

    Each loop reads the file from its start over its own connection, closed when the loop
    ends or fails, and when the ``async with`` block is left (after a ``break`` too).
    """

    def __init__(self, open_file: Callable[[], Awaitable[httpx.Response | None]]) -> None:
        self._open = open_file
        self._loops: weakref.WeakSet[AsyncGenerator[BatchResult]] = weakref.WeakSet()

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        loop = _aresults(self._open)
        self._loops.add(loop)
        return loop

    async def aclose(self) -> None:
        """Close the connection of any loop still open."""
        for loop in list(self._loops):
            await loop.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
