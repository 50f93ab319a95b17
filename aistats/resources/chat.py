"""``client.chat.completions.create(...)``, ``parse(...)`` and ``run_tools(...)``, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ChatCompletionsRequestBaseParams`` TypedDict, so a property added to the spec reaches
``create()`` and its type hints by ``make generate`` alone. Any other keyword is refused
before anything is sent (``TypeError`` naming the closest valid one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, Unpack, overload

import httpx

from aistats_generated.api import CREATE_CHAT_COMPLETION
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._config import ClientConfig
from .._streams.chat import AsyncStream, Stream
from .._transport.call_loop import acall, call
from .._transport.io import aread_completion, read_completion
from .._transport.keywords import GENERATION_OPTIONS, body_keys, check_keywords, refuse_type_as_format
from .._transport.raw import to_async_raw, to_raw
from .._transport.request import PreparedCall, prepare_call

if TYPE_CHECKING:
    from aistats_generated.models.chat_completions_request import (
        ChatCompletionsRequestBaseParams,
        ChatCompletionsRequestResponseFormatParam,
    )

    from .._client import AIStats, AsyncAIStats
    from .._structured.parsed import ParsedChatCompletion
    from .._tools.core import ToolCall
    from .._tools.run import AsyncToolRun, ToolRun

__all__ = ["AsyncChat", "AsyncCompletions", "Chat", "Completions"]

T = TypeVar("T")

#: The explicit keywords of create() and parse(): the per-call options, plus the request
#: property they take as a keyword of its own.
_OPTIONS: Final = (*GENERATION_OPTIONS, "response_format")


def _prepare(
    config: ClientConfig,
    call: str,
    params: dict[str, Any],
    *,
    stream: bool,
    timeout: float | httpx.Timeout | None,
    deadline: float | None,
    extra_headers: Mapping[str, str] | None,
    extra_body: Mapping[str, Any] | None,
    response_format: Mapping[str, Any] | None,
) -> PreparedCall:
    """Check the keywords, then build the request (shared by every method here)."""
    check_keywords(params, body_keys(CREATE_CHAT_COMPLETION.body), call=call, options=_OPTIONS)
    refuse_type_as_format(
        response_format,
        call=call,
        where="response_format",
        example="{'type': 'json_schema', 'json_schema': {...}}",
    )
    if response_format is not None:
        params["response_format"] = response_format
    return prepare_call(
        config, params, stream=stream, timeout=timeout, deadline=deadline,
        extra_headers=extra_headers, extra_body=extra_body,
    )  # fmt: skip


class Completions:
    """``client.chat.completions``."""

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
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> Stream: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | Stream: ...

    def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | Stream:
        """Create a chat completion; with ``stream=True`` return a ``Stream`` of chunks.

        Every request property of ``openapi.yaml`` is a keyword (``model`` and ``messages``
        are required); any other keyword raises ``TypeError`` before anything is sent.
        ``timeout`` bounds each attempt, ``deadline`` the whole call with its retries;
        ``extra_headers`` and ``extra_body`` (anything, unchecked) are merged into the
        request last. Generated models (e.g. a reply's message) are accepted wherever their
        dict form is.
        """
        client = self._client
        prepared = _prepare(
            client._config, "create()", dict(params), stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body, response_format=response_format,
        )  # fmt: skip
        if stream:
            return call(client, prepared, Stream._open)
        return call(client, prepared, read_completion)

    def parse(
        self,
        *,
        response_format: type[T],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ParsedChatCompletion[T]:
        """Ask for a reply in the shape of ``response_format`` and read it back as one.

        ``response_format`` is a pydantic model, a dataclass or a TypedDict class; it is sent
        as a ``json_schema`` response format (``strict`` when the schema allows). Each
        ``choices[i].message.parsed`` is a ``T``, or ``None`` on a refusal (see
        ``message.refusal``). Raises ``LengthFinishReasonError`` when the reply was cut at
        the token limit and ``StructuredOutputError`` when it is not JSON or not a ``T``.
        """
        from .._structured.parsed import parse_completion_output  # noqa: PLC0415  (parse() support loads with its first use)
        from .._structured.schemas import output_format  # noqa: PLC0415

        fmt = output_format(response_format)
        prepared = _prepare(
            self._client._config, "parse()", dict(params), stream=False, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body, response_format=fmt.response_format(),
        )  # fmt: skip
        return parse_completion_output(call(self._client, prepared, read_completion), fmt)

    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any]],
        max_turns: int = 10,
        parallel: bool = True,
        approve: Callable[[ToolCall], Any] | None = None,
        max_cost_usd: float | Decimal | str | None = None,
        **params: Any,
    ) -> ToolRun[ChatCompletionsResponse]:
        """Ask, run the tools the model calls, send their results back, repeat: a ``ToolRun``.

        ``tools`` are ``@aistats.tool`` functions; the other keywords are ``create()``'s
        (``model``, ``messages``, ...), sent on every turn. The run never goes on unbounded:
        after each turn, ``max_turns`` model calls or ``max_cost_usd`` (the gateway's reported
        cost) reached with calls still asked for raises ``aistats.ToolRunLimitError``. One
        turn's calls run in parallel (``parallel=False``: one by one), their results sent in
        call order. ``approve(call)`` returns ``True`` / ``False`` (the model is told it was
        denied) or raises ``aistats.PauseRun`` (``run.pending``, ``run.resume(results=...)``).
        Nothing is sent until the run is iterated (or ``run.final()``).
        """
        from .._tools.core import CHAT, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import ToolRun  # noqa: PLC0415

        check_keywords(params, body_keys(CREATE_CHAT_COMPLETION.body), call="run_tools()", options=_OPTIONS)
        core: RunCore[ChatCompletionsResponse] = RunCore(
            CHAT, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return ToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)

    @property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return CompletionsWithRawResponse(self)


class AsyncCompletions:
    """``client.chat.completions`` of ``AsyncAIStats``."""

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
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> AsyncStream: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | AsyncStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ChatCompletionsResponse | AsyncStream:
        """Async ``Completions.create``: await it for the completion or an ``AsyncStream``."""
        client = self._client
        prepared = _prepare(
            client._config, "create()", dict(params), stream=stream, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body, response_format=response_format,
        )  # fmt: skip
        if stream:
            return await acall(client, prepared, AsyncStream._open)
        return await acall(client, prepared, aread_completion)

    async def parse(
        self,
        *,
        response_format: type[T],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsRequestBaseParams],
    ) -> ParsedChatCompletion[T]:
        """Async ``Completions.parse``."""
        from .._structured.parsed import parse_completion_output  # noqa: PLC0415  (parse() support loads with its first use)
        from .._structured.schemas import output_format  # noqa: PLC0415

        fmt = output_format(response_format)
        prepared = _prepare(
            self._client._config, "parse()", dict(params), stream=False, timeout=timeout, deadline=deadline,
            extra_headers=extra_headers, extra_body=extra_body, response_format=fmt.response_format(),
        )  # fmt: skip
        return parse_completion_output(await acall(self._client, prepared, aread_completion), fmt)

    def run_tools(
        self,
        *,
        tools: Sequence[Callable[..., Any]],
        max_turns: int = 10,
        parallel: bool = True,
        approve: Callable[[ToolCall], Any] | None = None,
        max_cost_usd: float | Decimal | str | None = None,
        **params: Any,
    ) -> AsyncToolRun[ChatCompletionsResponse]:
        """Async ``Completions.run_tools``: ``async for completion in run`` or ``await run.final()``;
        async tools are awaited, sync ones run in threads, ``approve`` may be async."""
        from .._tools.core import CHAT, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import AsyncToolRun  # noqa: PLC0415

        check_keywords(params, body_keys(CREATE_CHAT_COMPLETION.body), call="run_tools()", options=_OPTIONS)
        core: RunCore[ChatCompletionsResponse] = RunCore(
            CHAT, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return AsyncToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)

    @property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """``create()`` returning a ``RawResponse`` (status, headers, retries, ``parse()``)."""
        return AsyncCompletionsWithRawResponse(self)


class CompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response``."""

    def __init__(self, completions: Completions) -> None:
        self.create = to_raw(completions.create)


class AsyncCompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self.create = to_async_raw(completions.create)


class Chat:
    """``client.chat``."""

    def __init__(self, client: AIStats) -> None:
        self.completions = Completions(client)


class AsyncChat:
    """``client.chat`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.completions = AsyncCompletions(client)
