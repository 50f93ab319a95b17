"""``Stream`` and ``AsyncStream``: a streamed chat completion, the shared stream shell
(``shell``) over the chat protocol (``core.ChatProtocol``).

A stream is opened inside the client's retry loop and reads until its first chunk is ready,
so a failure before the caller sees anything (a cut connection, an error frame) is retried
like any other. Once a chunk has been handed out, nothing is retried. ``[DONE]`` ends the
loop at once; the connection goes back to the pool when the body ends right after it.
"""

from __future__ import annotations

import httpx

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .core import ChatProtocol
from .shell import AsyncShell, SyncShell

__all__ = ["AsyncStream", "Stream"]


class Stream(SyncShell[ChatCompletionChunk]):
    """An iterator of ``ChatCompletionChunk`` models over one streamed completion.

    Use it in a ``with`` block (or call ``close()``) to release the connection early;
    ``get_final_completion()`` returns the whole completion, reading the rest first.
    """

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> ChatProtocol:
        return ChatProtocol(response)

    def get_final_completion(self) -> ChatCompletionsResponse:
        """The whole completion: the gateway's closing snapshot if it sent one, else one
        built from the chunks. Reads the rest of the stream first; re-raises its error."""
        final: ChatCompletionsResponse = self._read_to_end()
        return final


class AsyncStream(AsyncShell[ChatCompletionChunk]):
    """An async iterator of ``ChatCompletionChunk`` models over one streamed completion.

    Use it in an ``async with`` block (or ``await close()``) to release the connection
    early; ``await get_final_completion()`` returns the whole completion.
    """

    @classmethod
    def _new_protocol(cls, response: httpx.Response) -> ChatProtocol:
        return ChatProtocol(response)

    async def get_final_completion(self) -> ChatCompletionsResponse:
        """The whole completion: the gateway's closing snapshot if it sent one, else one
        built from the chunks. Reads the rest of the stream first; re-raises its error."""
        final: ChatCompletionsResponse = await self._read_to_end()
        return final
