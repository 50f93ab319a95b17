"""Lazy iteration over the gateway's paged lists (``limit``/``offset`` with ``total``).

``Pager`` and ``AsyncPager`` fetch one page per request, only when the items before it have
been consumed; ``next_offset`` is the one decision both share: stop at an empty page, at a
page shorter than its ``limit``, or once ``total`` items were seen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["AsyncCursorPager", "AsyncPager", "CursorPager", "Pager", "next_cursor", "next_offset"]

T = TypeVar("T")


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def next_offset(page: Any, offset: int, limit: int | None, count: int) -> int | None:
    """The offset of the page after ``page`` (which started at ``offset`` and held ``count``
    items), or ``None`` when ``page`` was the last one."""
    if count == 0:
        return None
    following = offset + count
    total = _number(getattr(page, "total", None))
    if total is None:  # /keys, /workspaces: the count of every matching item, not the page's
        total = _number(getattr(page, "total_count", None))
    if total is not None and following >= total:
        return None
    page_limit = _number(getattr(page, "limit", None)) or limit
    if page_limit is not None and count < page_limit:
        return None
    return following


def _start(query: Mapping[str, Any]) -> tuple[dict[str, Any], int, int | None]:
    params = dict(query)
    offset = params.pop("offset", None) or 0
    limit = params.get("limit")
    return params, offset, limit if isinstance(limit, int) else None


class Pager(Generic[T]):
    """Every item of a paged list, fetched page by page as you iterate (``for item in pager``)."""

    def __init__(self, fetch: Callable[[dict[str, Any]], Any], items: str, query: Mapping[str, Any]) -> None:
        self._fetch = fetch
        self._items = items
        self._query = dict(query)

    def _first_page(self) -> Any:
        """The page at the query's ``offset`` (one request; ``with_raw_response`` sends this)."""
        params, offset, _ = _start(self._query)
        return self._fetch({**params, "offset": offset})

    def __iter__(self) -> Iterator[T]:
        params, offset, limit = _start(self._query)
        while True:
            page = self._fetch({**params, "offset": offset})
            found: Sequence[T] = getattr(page, self._items)
            yield from found
            following = next_offset(page, offset, limit, len(found))
            if following is None:
                return
            offset = following

    def __repr__(self) -> str:
        return f"<Pager of {self._items} {self._query!r}>"


class AsyncPager(Generic[T]):
    """Every item of a paged list, fetched page by page as you iterate (``async for item in pager``)."""

    def __init__(
        self, fetch: Callable[[dict[str, Any]], Awaitable[Any]], items: str, query: Mapping[str, Any]
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._query = dict(query)

    async def _first_page(self) -> Any:
        """The page at the query's ``offset`` (one request; ``with_raw_response`` sends this)."""
        params, offset, _ = _start(self._query)
        return await self._fetch({**params, "offset": offset})

    async def _iterate(self) -> AsyncIterator[T]:
        params, offset, limit = _start(self._query)
        while True:
            page = await self._fetch({**params, "offset": offset})
            found: Sequence[T] = getattr(page, self._items)
            for item in found:
                yield item
            following = next_offset(page, offset, limit, len(found))
            if following is None:
                return
            offset = following

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    def __repr__(self) -> str:
        return f"<AsyncPager of {self._items} {self._query!r}>"


def next_cursor(page: Any, count: int, limit: int | None = None) -> str | None:
    """The ``after`` cursor of the page after ``page`` (``{data, last_id, has_more}``), or
    ``None`` when ``page`` was the last: empty, shorter than ``limit``, ``has_more`` not
    true, or no ``last_id``."""
    if count == 0 or (limit is not None and count < limit) or getattr(page, "has_more", None) is not True:
        return None
    last = getattr(page, "last_id", None)
    return last if isinstance(last, str) and last else None


class CursorPager(Generic[T]):
    """Every item of a cursor-paged list (``after=<last_id>``), fetched page by page as you iterate."""

    def __init__(self, fetch: Callable[[dict[str, Any]], Any], items: str, query: Mapping[str, Any]) -> None:
        self._fetch = fetch
        self._items = items
        self._query = dict(query)

    def _first_page(self) -> Any:
        return self._fetch(dict(self._query))

    def __iter__(self) -> Iterator[T]:
        params = dict(self._query)
        while True:
            page = self._fetch(params)
            found: Sequence[T] = getattr(page, self._items)
            yield from found
            cursor = next_cursor(page, len(found), _number(params.get("limit")))
            if cursor is None:
                return
            params = {**params, "after": cursor}

    def __repr__(self) -> str:
        return f"<CursorPager of {self._items} {self._query!r}>"


class AsyncCursorPager(Generic[T]):
    """``CursorPager`` for the async client (``async for item in pager``)."""

    def __init__(
        self, fetch: Callable[[dict[str, Any]], Awaitable[Any]], items: str, query: Mapping[str, Any]
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._query = dict(query)

    async def _first_page(self) -> Any:
        return await self._fetch(dict(self._query))

    async def _iterate(self) -> AsyncIterator[T]:
        params = dict(self._query)
        while True:
            page = await self._fetch(params)
            found: Sequence[T] = getattr(page, self._items)
            for item in found:
                yield item
            cursor = next_cursor(page, len(found), _number(params.get("limit")))
            if cursor is None:
                return
            params = {**params, "after": cursor}

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    def __repr__(self) -> str:
        return f"<AsyncCursorPager of {self._items} {self._query!r}>"
