"""``client.messages.create(...)``: the Anthropic Messages API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``MessagesRequestBaseParams`` TypedDict, as for chat completions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated.api.messages import create_message
from aistats_generated.models.messages_request import MessagesRequest, MessagesRequestBaseParams
from aistats_generated.models.messages_response import MessagesResponse

from .._calls import aread_model, encode_route_body, prepare_route_call, read_model
from .._event_streams import AsyncMessageStream, MessageStream
from .._request import PreparedCall

if TYPE_CHECKING:
    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncMessages", "Messages"]

_read = read_model(MessagesResponse.from_dict, "message")
_aread = aread_model(MessagesResponse.from_dict, "message")


def _prepare(
    client: AIStats | AsyncAIStats,
    params: Mapping[str, Any],
    *,
    stream: bool,
    timeout: float | httpx.Timeout | None,
    deadline: float | None,
    extra_headers: Mapping[str, str] | None,
    extra_body: Mapping[str, Any] | None,
) -> PreparedCall:
    method, path, content = encode_route_body(
        "messages.create", MessagesRequest.from_dict, create_message._get_kwargs, params,
        stream=stream, extra_body=extra_body, required="model=, max_tokens= and messages=",
    )  # fmt: skip
    return prepare_route_call(
        client._config, method, path, content,
        stream=stream, timeout=timeout, deadline=deadline, extra_headers=extra_headers,
    )  # fmt: skip


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
    ) -> MessagesResponse: ...

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
    ) -> MessagesResponse | MessageStream: ...

    def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> MessagesResponse | MessageStream:
        """Create a message (``POST /messages``); with ``stream=True`` a ``MessageStream``.

        Every request property of ``openapi.yaml``'s ``MessagesRequest`` is a keyword
        (``model``, ``max_tokens`` and ``messages`` are required). ``timeout``, ``deadline``,
        ``extra_headers`` and ``extra_body`` work as for chat completions.
        """
        prepared = _prepare(
            self._client, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return self._client._call(prepared, MessageStream._open)
        return self._client._call(prepared, _read)


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
    ) -> MessagesResponse: ...

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
    ) -> MessagesResponse | AsyncMessageStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[MessagesRequestBaseParams],
    ) -> MessagesResponse | AsyncMessageStream:
        """Async ``Messages.create``: await it for the message or an ``AsyncMessageStream``."""
        prepared = _prepare(
            self._client, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return await self._client._call(prepared, AsyncMessageStream._open)
        return await self._client._call(prepared, _aread)
