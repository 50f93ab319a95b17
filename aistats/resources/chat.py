"""``client.chat.completions.create(...)``, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ChatCompletionsRequestBaseParams`` TypedDict, so a property added to the spec reaches
``create()`` and its type hints by ``make generate`` alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._io import aread_completion, read_completion
from .._request import prepare_call
from .._streaming import AsyncStream, Stream

if TYPE_CHECKING:
    from aistats_generated.models.chat_completions_request import ChatCompletionsRequestBaseParams

    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncChat", "AsyncCompletions", "Chat", "Completions"]


class Completions:
    """``client.chat.completions``."""

    def __init__(self, client: AIStats) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> Stream: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | Stream: ...

    def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | Stream:
        """Create a chat completion; with ``stream=True`` return a ``Stream`` of chunks.

        Every request property of ``openapi.yaml`` is a keyword (``model`` and ``messages``
        are required). ``timeout`` bounds each attempt, ``deadline`` the whole call with
        its retries; ``extra_headers`` and ``extra_body`` are merged into the request last.
        """
        client = self._client
        prepared = prepare_call(
            client._config, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return client._call(prepared, Stream._open)
        return client._call(prepared, read_completion)


class AsyncCompletions:
    """``client.chat.completions`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> AsyncStream: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | AsyncStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | AsyncStream:
        """Async ``Completions.create``: await it for the completion or an ``AsyncStream``."""
        client = self._client
        prepared = prepare_call(
            client._config, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return await client._call(prepared, AsyncStream._open)
        return await client._call(prepared, aread_completion)


class Chat:
    """``client.chat``."""

    def __init__(self, client: AIStats) -> None:
        self.completions = Completions(client)


class AsyncChat:
    """``client.chat`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.completions = AsyncCompletions(client)
