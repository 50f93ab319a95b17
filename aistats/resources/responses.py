"""``client.responses.create(...)``: the OpenAI Responses API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated import api

from .._streams.event_streams import AsyncResponseStream, ResponseStream
from .._streams.protocols import Response
from .._transport.call_loop import acall, call
from .._transport.io import aread_model, read_model
from .._transport.keywords import check_create, refuse_type_as_format
from .._transport.raw import to_async_raw, to_raw
from .._transport.request import prepare_call

if TYPE_CHECKING:
    from aistats_generated.models.responses_request import ResponsesRequestBaseParams

    from .._client import AIStats, AsyncAIStats

__all__ = ["AsyncResponses", "Responses"]


def _check(params: Mapping[str, Any]) -> None:
    """The keywords, and ``text.format`` not being a class (nothing turns one into a schema here)."""
    check_create(params, api.CREATE_RESPONSE.body)
    text = params.get("text")
    if isinstance(text, Mapping):
        refuse_type_as_format(
            text.get("format"), call="create()", where="text['format']",
            example="{'type': 'json_schema', 'name': ..., 'schema': {...}}",
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
        _check(params)
        prepared = prepare_call(
            self._client._config, params, route=api.CREATE_RESPONSE, stream=stream, timeout=timeout,
            deadline=deadline, extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return call(self._client, prepared, ResponseStream._open)
        return call(self._client, prepared, read_model(Response))

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return ResponsesWithRawResponse(self)


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
        _check(params)
        prepared = prepare_call(
            self._client._config, params, route=api.CREATE_RESPONSE, stream=stream, timeout=timeout,
            deadline=deadline, extra_headers=extra_headers, extra_body=extra_body,
        )  # fmt: skip
        if stream:
            return await acall(self._client, prepared, AsyncResponseStream._open)
        return await acall(self._client, prepared, aread_model(Response))

    @property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return AsyncResponsesWithRawResponse(self)


class ResponsesWithRawResponse:
    """``client.responses.with_raw_response``."""

    def __init__(self, responses: Responses) -> None:
        self.create = to_raw(responses.create)


class AsyncResponsesWithRawResponse:
    """``client.responses.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, responses: AsyncResponses) -> None:
        self.create = to_async_raw(responses.create)
