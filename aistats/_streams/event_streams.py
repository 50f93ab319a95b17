"""Streams of named events (``/responses``, ``/messages``): the shared stream shell
(``shell``) over the named-event protocol (``events``) of each API (``protocols``).

They follow every rule of the chat ``Stream`` (opened in the retry loop, the terminal event
ending the loop at once, ``deadline`` on every read, ``break`` closing the connection,
hooks and spans at the end): those rules live in the shell, once.
"""

from __future__ import annotations

import httpx

from .events import EventsProtocol
from .protocols import MESSAGES, RESPONSES, Message, MessageEvent, Response, ResponseEvent
from .shell import AsyncShell, SyncShell

__all__ = ["AsyncMessageStream", "AsyncResponseStream", "MessageStream", "ResponseStream"]


class ResponseStream(SyncShell[ResponseEvent]):
    """The events of a streamed ``/responses`` call (``for event in stream``; ``event.type``).

    Ends with ``response.completed``, ``.failed`` or ``.incomplete``; a stream that stops
    before one of them raises ``APIConnectionError``, an ``error`` event ``StreamError``.
    """

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> EventsProtocol[ResponseEvent, Response]:
        return EventsProtocol(RESPONSES, response)

    def get_final_response(self) -> Response:
        """The response of the terminal event (check ``.status``), reading the rest first."""
        final: Response = self._read_to_end()
        return final


class AsyncResponseStream(AsyncShell[ResponseEvent]):
    """``ResponseStream`` for ``AsyncAIStats`` (``async for event in stream``)."""

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> EventsProtocol[ResponseEvent, Response]:
        return EventsProtocol(RESPONSES, response)

    async def get_final_response(self) -> Response:
        """The response of the terminal event (check ``.status``), reading the rest first."""
        final: Response = await self._read_to_end()
        return final


class MessageStream(SyncShell[MessageEvent]):
    """The events of a streamed ``/messages`` call (``for event in stream``; ``event.type``).

    Ends with ``message_stop``; a stream that stops before it raises ``APIConnectionError``,
    an ``error`` event ``StreamError``.
    """

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> EventsProtocol[MessageEvent, Message]:
        return EventsProtocol(MESSAGES, response)

    def get_final_message(self) -> Message:
        """The message rebuilt from the events (text, tool inputs, thinking, stop reason,
        usage), reading the rest of the stream first."""
        final: Message = self._read_to_end()
        return final


class AsyncMessageStream(AsyncShell[MessageEvent]):
    """``MessageStream`` for ``AsyncAIStats`` (``async for event in stream``)."""

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> EventsProtocol[MessageEvent, Message]:
        return EventsProtocol(MESSAGES, response)

    async def get_final_message(self) -> Message:
        """The message rebuilt from the events, reading the rest of the stream first."""
        final: Message = await self._read_to_end()
        return final
