"""``client.messages.create(...)``: the Anthropic Messages API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``MessagesRequestBaseParams`` TypedDict, as for chat completions; the call path and the
per-call options are every resource's (``_base``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from aistats_generated import api

from .._streams.event_streams import AsyncMessageStream, MessageStream
from .._streams.protocols import Message
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, Resource

if TYPE_CHECKING:
    from aistats_generated.models.messages_request import MessagesRequestBaseParams

    from ._base import BodyOptions

    class _Args(MessagesRequestBaseParams, BodyOptions, total=False):
        """``create()``'s keywords: the request's properties and the per-call options."""


__all__ = ["AsyncMessages", "Messages"]


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``."""

    def __init__(self, messages: Messages) -> None:
        self.create = to_raw(messages.create)


class Messages(Resource[MessagesWithRawResponse]):
    """``client.messages``."""

    _raw = MessagesWithRawResponse

    @overload
    def create(self, *, stream: Literal[True], **params: Unpack[_Args]) -> MessageStream: ...

    @overload
    def create(self, *, stream: Literal[False] = False, **params: Unpack[_Args]) -> Message: ...

    @overload
    def create(self, *, stream: bool, **params: Unpack[_Args]) -> Message | MessageStream: ...

    def create(self, *, stream: bool = False, **params: Unpack[_Args]) -> Message | MessageStream:
        """Create a message (``POST /messages``); with ``stream=True`` a ``MessageStream``.

        Every request property of ``openapi.yaml``'s ``MessagesRequest`` is a keyword
        (``model``, ``max_tokens`` and ``messages`` are required). ``timeout``, ``deadline``,
        ``extra_headers``, ``extra_query`` and ``extra_body`` work as for chat completions.
        """
        return self._generate(api.CREATE_MESSAGE, Message, MessageStream, params, stream=stream)


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, messages: AsyncMessages) -> None:
        self.create = to_async_raw(messages.create)


class AsyncMessages(AsyncResource[AsyncMessagesWithRawResponse]):
    """``client.messages`` of ``AsyncAIStats``."""

    _raw = AsyncMessagesWithRawResponse

    @overload
    async def create(self, *, stream: Literal[True], **params: Unpack[_Args]) -> AsyncMessageStream: ...

    @overload
    async def create(self, *, stream: Literal[False] = False, **params: Unpack[_Args]) -> Message: ...

    @overload
    async def create(self, *, stream: bool, **params: Unpack[_Args]) -> Message | AsyncMessageStream: ...

    async def create(self, *, stream: bool = False, **params: Unpack[_Args]) -> Message | AsyncMessageStream:
        """Async ``Messages.create``: await it for the message or an ``AsyncMessageStream``."""
        return await self._generate(api.CREATE_MESSAGE, Message, AsyncMessageStream, params, stream=stream)
