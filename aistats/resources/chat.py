"""``client.chat.completions.create(...)``, ``parse(...)`` and ``run_tools(...)``, sync and async.

The keyword arguments come from ``openapi.yaml`` through the generated
``ChatCompletionsRequestBaseParams`` TypedDict, so a property added to the spec reaches
``create()`` and its type hints by ``make generate`` alone. Any other keyword is refused
before anything is sent (``TypeError`` naming the closest valid one). The call path and the
per-call options are every resource's (``_base``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

from aistats_generated.api import CREATE_CHAT_COMPLETION
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._streams.chat import AsyncStream, Stream
from .._transport.keywords import refuse_type_as_format
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, Resource, _split

if TYPE_CHECKING:
    from aistats_generated.models.chat_completions_request import (
        ChatCompletionsRequestBaseParams,
        ChatCompletionsRequestResponseFormatParam,
    )

    from .._client import AIStats, AsyncAIStats
    from .._structured.parsed import ParsedChatCompletion
    from .._tools.core import ToolCall
    from .._tools.run import AsyncToolRun, ToolRun
    from ._base import BodyOptions

    class _Args(ChatCompletionsRequestBaseParams, BodyOptions, total=False):
        """``create()``'s keywords: the request's properties and the per-call options."""


__all__ = ["AsyncChat", "AsyncCompletions", "Chat", "Completions"]

T = TypeVar("T")


def _with_format(params: Any, response_format: Any, call: str = "create()") -> dict[str, Any]:
    """``params`` with ``response_format`` (a class is refused: ``parse()`` takes those)."""
    refuse_type_as_format(
        response_format,
        call=call,
        where="response_format",
        example="{'type': 'json_schema', 'json_schema': {...}}",
    )
    body = dict(params)
    if response_format is not None:
        body["response_format"] = response_format
    return body


class CompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response``."""

    def __init__(self, completions: Completions) -> None:
        self.create = to_raw(completions.create)


class Completions(Resource[CompletionsWithRawResponse]):
    """``client.chat.completions``."""

    _raw = CompletionsWithRawResponse

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> Stream: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[False] = False,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse | Stream: ...

    def create(
        self,
        *,
        stream: bool = False,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse | Stream:
        """Create a chat completion; with ``stream=True`` return a ``Stream`` of chunks.

        Every request property of ``openapi.yaml`` is a keyword (``model`` and ``messages``
        are required); any other keyword raises ``TypeError`` before anything is sent.
        ``timeout`` bounds each attempt, ``deadline`` the whole call with its retries;
        ``extra_headers``, ``extra_query`` and ``extra_body`` (anything, unchecked) are
        merged into the request last. Generated models (e.g. a reply's message) are
        accepted wherever their dict form is.
        """
        body = _with_format(params, response_format) if response_format is not None else params
        return self._generate(CREATE_CHAT_COMPLETION, ChatCompletionsResponse, Stream, body, stream=stream)

    def parse(self, *, response_format: type[T], **params: Unpack[_Args]) -> ParsedChatCompletion[T]:
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
        body = _with_format(params, fmt.response_format(), call="parse()")
        reply = self._send(CREATE_CHAT_COMPLETION, ChatCompletionsResponse, body, name="parse()")
        return parse_completion_output(reply, fmt)

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
        after each turn, ``max_turns`` model calls or ``max_cost_usd`` (an ``aistats.Budget``
        of the run's own, fed the gateway's reported cost) reached with calls still asked for
        raises ``aistats.ToolRunLimitError``. One turn's calls run in parallel
        (``parallel=False``: one by one), their results sent in call order.
        ``approve(call)`` returns ``True`` / ``False`` (the model is told it was denied) or
        raises ``aistats.PauseRun`` (``run.pending``, ``run.resume(results=...)``). Nothing is
        sent until the run is iterated (or ``run.final()``).
        """
        from .._tools.core import CHAT, RunCore  # noqa: PLC0415  (the tool runner loads with its first use)
        from .._tools.run import ToolRun  # noqa: PLC0415

        _split(CREATE_CHAT_COMPLETION, params, "run_tools()")  # the keywords, checked before anything is sent
        core: RunCore[ChatCompletionsResponse] = RunCore(
            CHAT, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return ToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)


class AsyncCompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self.create = to_async_raw(completions.create)


class AsyncCompletions(AsyncResource[AsyncCompletionsWithRawResponse]):
    """``client.chat.completions`` of ``AsyncAIStats``."""

    _raw = AsyncCompletionsWithRawResponse

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> AsyncStream: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] = False,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse | AsyncStream: ...

    async def create(
        self,
        *,
        stream: bool = False,
        response_format: ChatCompletionsRequestResponseFormatParam | None = None,
        **params: Unpack[_Args],
    ) -> ChatCompletionsResponse | AsyncStream:
        """Async ``Completions.create``: await it for the completion or an ``AsyncStream``."""
        body = _with_format(params, response_format) if response_format is not None else params
        return await self._generate(
            CREATE_CHAT_COMPLETION, ChatCompletionsResponse, AsyncStream, body, stream=stream
        )

    async def parse(self, *, response_format: type[T], **params: Unpack[_Args]) -> ParsedChatCompletion[T]:
        """Async ``Completions.parse``."""
        from .._structured.parsed import parse_completion_output  # noqa: PLC0415  (parse() support loads with its first use)
        from .._structured.schemas import output_format  # noqa: PLC0415

        fmt = output_format(response_format)
        body = _with_format(params, fmt.response_format(), call="parse()")
        reply = await self._send(CREATE_CHAT_COMPLETION, ChatCompletionsResponse, body, name="parse()")
        return parse_completion_output(reply, fmt)

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

        _split(CREATE_CHAT_COMPLETION, params, "run_tools()")  # the keywords, checked before anything is sent
        core: RunCore[ChatCompletionsResponse] = RunCore(
            CHAT, tools, dict(params), max_turns=max_turns, max_cost_usd=max_cost_usd, approve=approve,
            parallel=parallel,
        )  # fmt: skip
        return AsyncToolRun(core, lambda body: self.create(stream=False, **body), self._client._telemetry)


class Chat:
    """``client.chat``."""

    def __init__(self, client: AIStats) -> None:
        self.completions = Completions(client)
        """Chat completions: ``create`` (streamed or not) and ``parse``."""


class AsyncChat:
    """``client.chat`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.completions = AsyncCompletions(client)
        """Chat completions: ``create`` (streamed or not) and ``parse``."""
