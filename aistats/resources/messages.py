"""``client.messages.create(...)``: the Anthropic Messages API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``MessagesRequestBaseParams`` TypedDict, as for chat completions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated import api

from .._streams.event_streams import AsyncMessageStream, MessageStream
from .._streams.protocols import Message
from .._transport.call_loop import acall, call
from .._transport.io import aread_model, read_model
from .._transport.keywords import check_create
from .._transport.raw import to_async_raw, to_raw
from .._transport.request import prepare_call

if TYPE_CHECKING:
    from aistats_generated.models.messages_request import MessagesRequestBaseParams

    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncMessages", "Messages"]


class Messages:
    """``client.messages``."""

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
        **params: Unpack[MessagesRequestBaseParams],
    ) -> MessageStream: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message | MessageStream: ...

    def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message | MessageStream:
        """Create a message (``POST /messages``); with ``stream=True`` a ``MessageStream``.

        Every request property of ``openapi.yaml``'s ``MessagesRequest`` is a keyword
        (``model``, ``max_tokens`` and ``messages`` are required). ``timeout``, ``deadline``,
        ``extra_headers`` and ``extra_body`` work as for chat completions.
        """
        check_create(params, api.CREATE_MESSAGE.body)
        prepared = prepare_call(
            self._client._config, params, route=api.CREATE_MESSAGE, stream=stream, timeout=timeout,
            deadline=deadline, extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return call(self._client, prepared, MessageStream._open)
        return call(self._client, prepared, read_model(Message))

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return MessagesWithRawResponse(self)


class AsyncMessages:
    """``client.messages`` of ``AsyncAIStats``."""

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
        **params: Unpack[MessagesRequestBaseParams],
    ) -> AsyncMessageStream: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message | AsyncMessageStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> Message | AsyncMessageStream:
        """Async ``Messages.create``: await it for the message or an ``AsyncMessageStream``."""
        check_create(params, api.CREATE_MESSAGE.body)
        prepared = prepare_call(
            self._client._config, params, route=api.CREATE_MESSAGE, stream=stream, timeout=timeout,
            deadline=deadline, extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return await acall(self._client, prepared, AsyncMessageStream._open)
        return await acall(self._client, prepared, aread_model(Message))

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return AsyncMessagesWithRawResponse(self)


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``."""

    def __init__(self, messages: Messages) -> None:
        self.create = to_raw(messages.create)


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, messages: AsyncMessages) -> None:
        self.create = to_async_raw(messages.create)
