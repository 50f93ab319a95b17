"""The tool run's shells, sync and async: they send the model calls and run the tools; every
decision is ``core.RunCore``'s.

One turn is one step of the iteration: the model call, then its tool calls (in parallel:
threads for sync tools, tasks for async ones), then the completion is yielded.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._observe.runs import start_run
from .core import RunCore, ToolCall, Turn
from .errors import PauseRun, ToolRunLimitError

if TYPE_CHECKING:
    from typing import Self

    from .._budget import Budget
    from .._observe.hooks import Telemetry
    from .._observe.otel_runs import RunSpan

__all__ = ["AsyncToolRun", "ToolRun"]

C = TypeVar("C")

#: The most tool calls of one turn run at once in threads.
MAX_THREADS = 32

Outcome = tuple[Any, BaseException | None]


class _RunBase(Generic[C]):
    """What both shells share: the core, the run's span, and the read-only views."""

    def __init__(self, core: RunCore[C], telemetry: Telemetry | None) -> None:
        core.owner = self
        self._core = core
        self._telemetry = telemetry
        self._span: RunSpan | None = None
        self._resumed = False
        self._failure: BaseException | None = None

    @property
    def messages(self) -> list[Any]:
        """The whole history as plain dicts: chat messages, or Responses input items."""
        return self._core.history

    @property
    def completions(self) -> list[C]:
        """Every model turn's completion so far."""
        return list(self._core.completions)

    @property
    def pending(self) -> list[ToolCall]:
        """The calls waiting for ``resume()`` (paused), or left unrun when a limit stopped the run."""
        return list(self._core.pending)

    @property
    def spent_usd(self) -> Decimal:
        """The run's cost so far, as the gateway reported it."""
        return self._core.spent_usd

    @property
    def budget(self) -> Budget | None:
        """``max_cost_usd`` as the run's own ``aistats.Budget`` (``None`` without one)."""
        return self._core.budget

    def resume(self, results: Mapping[str, Any]) -> Self:
        """Give the paused calls their results (``{call_id: result}``; a ``ToolError`` goes back
        as an error) and let the run go on; returns the run."""
        self._core.resume(results)
        self._resumed = True
        return self

    def _watch(self) -> RunSpan | None:
        if self._span is None:
            self._span = start_run(
                self._telemetry, api=self._core.protocol.api, model=self._core.params.get("model")
            )
        return self._span

    def _current(self) -> AbstractContextManager[None]:
        return self._span.current() if self._span is not None else nullcontext()

    def _tool_span(self, call: ToolCall) -> AbstractContextManager[None]:
        return self._span.tool(call.id, call.name) if self._span is not None else nullcontext()

    def _stepped(self) -> None:
        """A turn is over: end the span if the run ended or paused."""
        core = self._core
        if core.ended or core.paused:
            self._end("completed" if core.ended else "paused")

    def _failed(self, error: BaseException, *, ends: bool) -> None:
        if ends:
            self._core.ended = True
            self._failure = error
        self._end("limit" if isinstance(error, ToolRunLimitError) else "error", error)

    def _end(self, outcome: str, error: BaseException | None = None) -> None:
        span, self._span = self._span, None
        if span is not None:
            core = self._core
            span.end(
                turns=len(core.completions), cost_usd=float(core.spent_usd), outcome=outcome, error=error,
                resumed=self._resumed,
            )  # fmt: skip

    def _last(self) -> C:
        if self._failure is not None:
            raise self._failure
        pause = self._core.pause_error()
        if pause is not None:
            pause.run = self
            raise pause
        return self._core.completions[-1]


class ToolRun(_RunBase[C]):
    """A tool run (``client.chat.completions.run_tools``, ``client.responses.run_tools``).

    Iterate it for one completion per model turn, or call ``final()``; see ``messages``,
    ``pending``, ``resume()``.
    """

    def __init__(
        self, core: RunCore[C], send: Callable[[dict[str, Any]], C], telemetry: Telemetry | None
    ) -> None:
        super().__init__(core, telemetry)
        self._send = send

    def __iter__(self) -> Iterator[C]:
        return self

    def __next__(self) -> C:
        core = self._core
        if not core.wants_model():
            raise StopIteration
        self._watch()
        try:
            with self._current():
                completion = self._send(core.request())
        except BaseException as exc:  # the reply never came: iterating again asks again
            self._failed(exc, ends=False)
            raise
        try:
            turn = core.take(completion)
            if turn is not None:
                self._review(turn)
                core.finish(turn, self._execute(turn))
        except BaseException as exc:  # past the reply, the run ends with what stopped it
            self._failed(exc, ends=True)
            raise
        self._stepped()
        return completion

    def final(self) -> C:
        """Run to the end; the last completion (the model's answer). Raises the ``PauseRun``
        of a paused run (see ``pending``, ``resume()``), or what ended the run."""
        for _ in self:
            pass
        return self._last()

    def _review(self, turn: Turn) -> None:
        for call in turn.review:
            try:
                verdict = self._core.approve(call)
            except PauseRun as pause:
                turn.hold(call, pause)
                continue
            if inspect.isawaitable(verdict):
                if inspect.iscoroutine(verdict):
                    verdict.close()
                raise TypeError("approve() returned an awaitable: use AsyncAIStats for an async approve")
            turn.decide(call, verdict)

    def _execute(self, turn: Turn) -> list[Outcome]:
        jobs = [(call, turn.kwargs[call.id]) for call in turn.runnable]
        if len(jobs) <= 1 or not self._core.parallel:
            return [self._invoke(call, kwargs) for call, kwargs in jobs]
        with ThreadPoolExecutor(
            max_workers=min(len(jobs), MAX_THREADS), thread_name_prefix="aistats-tool"
        ) as pool:
            futures = [pool.submit(contextvars.copy_context().run, self._invoke, c, kw) for c, kw in jobs]
            return [future.result() for future in futures]

    def _invoke(self, call: ToolCall, kwargs: dict[str, Any]) -> Outcome:
        function = self._core.tools[call.name].function
        try:
            with self._tool_span(call):
                value = function(**kwargs)
                if inspect.isawaitable(value):  # an async tool on the sync client
                    value = asyncio.run(_awaited(value))
        except Exception as exc:
            return None, exc
        return value, None


class AsyncToolRun(_RunBase[C]):
    """An ``AsyncAIStats`` tool run: ``async for completion in run``, ``await run.final()``."""

    def __init__(
        self, core: RunCore[C], send: Callable[[dict[str, Any]], Awaitable[C]], telemetry: Telemetry | None
    ) -> None:
        super().__init__(core, telemetry)
        self._send = send

    def __aiter__(self) -> AsyncIterator[C]:
        return self

    async def __anext__(self) -> C:
        core = self._core
        if not core.wants_model():
            raise StopAsyncIteration
        self._watch()
        try:
            with self._current():
                completion = await self._send(core.request())
        except BaseException as exc:  # the reply never came: iterating again asks again
            self._failed(exc, ends=False)
            raise
        try:
            turn = core.take(completion)
            if turn is not None:
                await self._review(turn)
                core.finish(turn, await self._execute(turn))
        except BaseException as exc:  # past the reply, the run ends with what stopped it
            self._failed(exc, ends=True)
            raise
        self._stepped()
        return completion

    async def final(self) -> C:
        """Async ``ToolRun.final``."""
        async for _ in self:
            pass
        return self._last()

    async def _review(self, turn: Turn) -> None:
        for call in turn.review:
            try:
                verdict = self._core.approve(call)
                if inspect.isawaitable(verdict):
                    verdict = await verdict
            except PauseRun as pause:
                turn.hold(call, pause)
                continue
            turn.decide(call, verdict)

    async def _execute(self, turn: Turn) -> list[Outcome]:
        jobs = [(call, turn.kwargs[call.id]) for call in turn.runnable]
        if len(jobs) <= 1 or not self._core.parallel:
            return [await self._invoke(call, kwargs) for call, kwargs in jobs]
        return list(await asyncio.gather(*(self._invoke(call, kwargs) for call, kwargs in jobs)))

    async def _invoke(self, call: ToolCall, kwargs: dict[str, Any]) -> Outcome:
        function = self._core.tools[call.name].function
        try:
            with self._tool_span(call):
                if inspect.iscoroutinefunction(function):
                    value = await function(**kwargs)
                else:  # a sync tool runs in a thread, so the loop and the other calls go on
                    value = await asyncio.to_thread(function, **kwargs)
                    if inspect.isawaitable(value):
                        value = await value
        except Exception as exc:
            return None, exc
        return value, None


async def _awaited(value: Awaitable[Any]) -> Any:
    return await value
