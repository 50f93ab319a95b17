"""``client.responses.create(...)`` and ``run_tools(...)``: the OpenAI Responses API served by the
gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions; the call path and the
per-call options are every resource's (``_base``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from aistats_generated import api

from .._streams.event_streams import AsyncResponseStream, ResponseStream
from .._streams.protocols import Response
from .._transport.keywords import refuse_type_as_format
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, Resource, _split

if TYPE_CHECKING:
    from aistats_generated.models.responses_request import ResponsesRequestBaseParams

    from .._tools.core import ToolCall
    from .._tools.run import AsyncToolRun, ToolRun
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

    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any]],
        max_turns: int = 10,
        parallel: bool = True,
        approve: Callable[[ToolCall], Any] | None = None,
        max_cost_usd: float | Decimal | str | None = None,
        **params: Any,
    ) -> ToolRun[Response]:
        """Ask, run the tools the model calls, send their results back, repeat: a ``ToolRun``.

        ``tools`` are ``@aistats.tool`` functions; the other keywords are ``create()``'s
        (``model``, ``input``, ``instructions``, ...), sent on every turn. The run never goes on unbounded:
        after each turn, ``max_turns`` model calls or ``max_cost_usd`` (an ``aistats.Budget``
        of the run's own, fed the gateway's reported cost) reached with calls still asked for
        raises ``aistats.ToolRunLimitError``. One turn's calls run in parallel
        (``parallel=False``: one by one), their results sent in call order as ``function_call_output`` items.
        ``approve(call)`` returns ``True`` / ``False`` (the model is told it was denied) or
        raises ``aistats.PauseRun`` (``run.pending``, ``run.resume(results=...)``). Nothing is
        sent until the run is iterated (or ``run.final()``).
        """
        from .._tools.core import RESPONSES, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import ToolRun  # noqa: PLC0415

        _split(api.CREATE_RESPONSE, params, "run_tools()")  # the keywords, checked before anything is sent
        core: RunCore[Response] = RunCore(
            RESPONSES, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return ToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)


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

    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any]],
        max_turns: int = 10,
        parallel: bool = True,
        approve: Callable[[ToolCall], Any] | None = None,
        max_cost_usd: float | Decimal | str | None = None,
        **params: Any,
    ) -> AsyncToolRun[Response]:
        """Async ``Responses.run_tools``: ``async for completion in run`` or ``await run.final()``;
        async tools are awaited, sync ones run in threads, ``approve`` may be async."""
        from .._tools.core import RESPONSES, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import AsyncToolRun  # noqa: PLC0415

        _split(api.CREATE_RESPONSE, params, "run_tools()")  # the keywords, checked before anything is sent
        core: RunCore[Response] = RunCore(
            RESPONSES, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return AsyncToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)
