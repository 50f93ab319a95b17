"""``client.responses.create(...)``: the OpenAI Responses API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions; the call path and the
per-call options are every resource's (``_base``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from aistats_generated import api

from .._event_streams import AsyncResponseStream, ResponseStream
from .._protocols import Response
from .._raw import to_async_raw, to_raw
from ._base import AsyncResource, Resource

if TYPE_CHECKING:
    from aistats_generated.models.responses_request import ResponsesRequestBaseParams

    from ._base import BodyOptions

    class _Args(ResponsesRequestBaseParams, BodyOptions, total=False):
        """``create()``'s keywords: the request's properties and the per-call options."""


__all__ = ["AsyncResponses", "Responses"]


class Responses(Resource):
    """``client.responses``."""

    @overload
    def create(self, *, stream: Literal[True], **params: Unpack[_Args]) -> ResponseStream: ...

    @overload
    def create(self, *, stream: Literal[False] = False, **params: Unpack[_Args]) -> Response: ...

    @overload
    def create(self, *, stream: bool, **params: Unpack[_Args]) -> Response | ResponseStream: ...

    def create(self, *, stream: bool = False, **params: Unpack[_Args]) -> Response | ResponseStream:
        """Create a response (``POST /responses``); with ``stream=True`` a ``ResponseStream``.

        Every request property of ``openapi.yaml``'s ``ResponsesRequest`` is a keyword
        (``model`` and ``input`` are the usual ones). ``timeout``, ``deadline``,
        ``extra_headers``, ``extra_query`` and ``extra_body`` work as for chat completions.
        """
        return self._generate(api.CREATE_RESPONSE, Response, ResponseStream, params, stream=stream)

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:  # type: ignore[override]
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return ResponsesWithRawResponse(self)


class AsyncResponses(AsyncResource):
    """``client.responses`` of ``AsyncAIStats``."""

    @overload
    async def create(self, *, stream: Literal[True], **params: Unpack[_Args]) -> AsyncResponseStream: ...

    @overload
    async def create(self, *, stream: Literal[False] = False, **params: Unpack[_Args]) -> Response: ...

    @overload
    async def create(self, *, stream: bool, **params: Unpack[_Args]) -> Response | AsyncResponseStream: ...

    async def create(
        self, *, stream: bool = False, **params: Unpack[_Args]
    ) -> Response | AsyncResponseStream:
        """Async ``Responses.create``: await it for the response or an ``AsyncResponseStream``."""
        return await self._generate(api.CREATE_RESPONSE, Response, AsyncResponseStream, params, stream=stream)

    @property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:  # type: ignore[override]
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
