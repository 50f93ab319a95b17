"""``client.responses.create(...)``: the OpenAI Responses API served by the gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions; the call path and the
per-call options are every resource's (``_base``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from aistats_generated import api

from .._streams.event_streams import AsyncResponseStream, ResponseStream
from .._streams.protocols import Response
from .._transport.keywords import refuse_type_as_format
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, Resource

if TYPE_CHECKING:
    from aistats_generated.models.responses_request import ResponsesRequestBaseParams

    from ._base import BodyOptions

    class _Args(ResponsesRequestBaseParams, BodyOptions, total=False):
        """``create()``'s keywords: the request's properties and the per-call options."""


__all__ = ["AsyncResponses", "Responses"]


def _check(params: Mapping[str, Any]) -> None:
    """``text.format`` is not a class (nothing turns one into a schema here)."""
    text = params.get("text")
    if isinstance(text, Mapping):
        refuse_type_as_format(
            text.get("format"), call="create()", where="text['format']",
            example="{'type': 'json_schema', 'name': ..., 'schema': {...}}",
        )  # fmt: skip


class ResponsesWithRawResponse:
    """``client.responses.with_raw_response``."""

    def __init__(self, responses: Responses) -> None:
        self.create = to_raw(responses.create)


class Responses(Resource[ResponsesWithRawResponse]):
    """``client.responses``."""

    _raw = ResponsesWithRawResponse

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
        _check(params)
        return self._generate(api.CREATE_RESPONSE, Response, ResponseStream, params, stream=stream)


class AsyncResponsesWithRawResponse:
    """``client.responses.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, responses: AsyncResponses) -> None:
        self.create = to_async_raw(responses.create)


class AsyncResponses(AsyncResource[AsyncResponsesWithRawResponse]):
    """``client.responses`` of ``AsyncAIStats``."""

    _raw = AsyncResponsesWithRawResponse

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
        _check(params)
        return await self._generate(api.CREATE_RESPONSE, Response, AsyncResponseStream, params, stream=stream)
