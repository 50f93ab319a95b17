"""``client.responses.create(...)`` and ``run_tools(...)``: the OpenAI Responses API served by the
gateway, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ResponsesRequestBaseParams`` TypedDict, as for chat completions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import httpx

from aistats_generated import api

from .._streams.event_streams import AsyncResponseStream, ResponseStream
from .._streams.protocols import Response
from .._transport.call_loop import acall, call
from .._transport.io import aread_model, read_model
from .._transport.keywords import (
    GENERATION_OPTIONS,
    body_keys,
    check_create,
    check_keywords,
    refuse_type_as_format,
)
from .._transport.raw import to_async_raw, to_raw
from .._transport.request import prepare_call

if TYPE_CHECKING:
    from aistats_generated.models.responses_request import ResponsesRequestBaseParams

    from .._client import AIStats, AsyncAIStats
    from .._tools.core import ToolCall
    from .._tools.run import AsyncToolRun, ToolRun

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
        after each turn, ``max_turns`` model calls or ``max_cost_usd`` (the gateway's reported
        cost) reached with calls still asked for raises ``aistats.ToolRunLimitError``. One
        turn's calls run in parallel (``parallel=False``: one by one), their results sent in
        call order as ``function_call_output`` items. ``approve(call)`` returns ``True`` /
        ``False`` (the model is told it was denied) or raises ``aistats.PauseRun``
        (``run.pending``, ``run.resume(results=...)``).
        Nothing is sent until the run is iterated (or ``run.final()``).
        """
        from .._tools.core import RESPONSES, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import ToolRun  # noqa: PLC0415

        check_keywords(
            params, body_keys(api.CREATE_RESPONSE.body), call="run_tools()", options=GENERATION_OPTIONS
        )
        core: RunCore[Response] = RunCore(
            RESPONSES, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return ToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)

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

        check_keywords(
            params, body_keys(api.CREATE_RESPONSE.body), call="run_tools()", options=GENERATION_OPTIONS
        )
        core: RunCore[Response] = RunCore(
            RESPONSES, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return AsyncToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)

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
