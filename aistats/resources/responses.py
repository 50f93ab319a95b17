"""``client.responses.create(...)``: the OpenAI Responses API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated.api.responses import create_response
from aistats_generated.models.responses_request import ResponsesRequest, ResponsesRequestBaseParams

from .._calls import aread_model, encode_route_body, prepare_route_call, read_model
from .._event_streams import AsyncResponseStream, ResponseStream
from .._protocols import Response
from .._request import PreparedCall

if TYPE_CHECKING:
    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncResponses", "Responses"]

_read = read_model(Response.from_dict, "response")
_aread = aread_model(Response.from_dict, "response")


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
        "responses.create", ResponsesRequest.from_dict, create_response._get_kwargs, params,
        stream=stream, extra_body=extra_body, required="model= and input=",
    )  # fmt: skip
    return prepare_route_call(
        client._config, method, path, content,
        stream=stream, timeout=timeout, deadline=deadline, extra_headers=extra_headers,
    )  # fmt: skip


class Responses:
    """``client.responses``."""

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
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> ResponseStream: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response | ResponseStream: ...

    def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response | ResponseStream:
        """Create a response (``POST /responses``); with ``stream=True`` a ``ResponseStream``.

        Every request property of ``openapi.yaml``'s ``ResponsesRequest`` is a keyword
        (``model`` and ``input`` are the usual ones). ``timeout``, ``deadline``,
        ``extra_headers`` and ``extra_body`` work as for chat completions.
        """
        prepared = _prepare(
            self._client, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return self._client._call(prepared, ResponseStream._open)
        return self._client._call(prepared, _read)


class AsyncResponses:
    """``client.responses`` of ``AsyncAIStats``."""

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
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> AsyncResponseStream: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response | AsyncResponseStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ResponsesRequestBaseParams],
    ) -> Response | AsyncResponseStream:
        """Async ``Responses.create``: await it for the response or an ``AsyncResponseStream``."""
        prepared = _prepare(
            self._client, params, stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return await self._client._call(prepared, AsyncResponseStream._open)
        return await self._client._call(prepared, _aread)
