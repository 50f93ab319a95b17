"""OpenTelemetry spans of a tool run: one INTERNAL span ``run_tools {model}`` for the run,
parent of each model call's CLIENT span (``otel.py``) and of one INTERNAL span per tool
call, ``execute_tool {name}`` (GenAI conventions: ``gen_ai.operation.name`` ``execute_tool``,
``gen_ai.tool.name``, ``gen_ai.tool.call.id``, ``gen_ai.tool.type``).

The run span ends when the run does: the model answered, a limit or an error stopped it, or
it paused (a resumed run gets a new span, ``aistats.tool_run.resumed``); it carries the
turns, the outcome and the run's cost so far (``gen_ai.usage.cost``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .hooks import Telemetry
from .otel import _error_type, _tracer

__all__ = ["RunSpan", "start_run_span"]


def start_run_span(telemetry: Telemetry, *, api: str, model: Any) -> RunSpan | None:
    """The span of a run, or ``None`` when no tracer provider is configured."""
    tracer = _tracer(telemetry)
    return None if tracer is None else RunSpan(tracer, api, model)


class RunSpan:
    """A tool run's span and the spans of its tool calls."""

    def __init__(self, tracer: trace.Tracer, api: str, model: Any) -> None:
        self._tracer = tracer
        attributes: dict[str, Any] = {"aistats.tool_run.api": api}
        if isinstance(model, str) and model:
            attributes["gen_ai.request.model"] = model
        name = f"run_tools {model}" if isinstance(model, str) and model else "run_tools"
        self.span = tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)

    @contextmanager
    def current(self) -> Iterator[None]:
        """Make the run's span the current one (a model call's span becomes its child)."""
        with trace.use_span(
            self.span, end_on_exit=False, record_exception=False, set_status_on_exception=False
        ):
            yield

    @contextmanager
    def tool(self, call_id: str, name: str) -> Iterator[None]:
        """One tool call's span (any thread: its parent is the run's span, not the current one)."""
        span = self._tracer.start_span(
            f"execute_tool {name}",
            context=trace.set_span_in_context(self.span),
            kind=SpanKind.INTERNAL,
            attributes={
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": name,
                "gen_ai.tool.call.id": call_id,
                "gen_ai.tool.type": "function",
            },
        )
        try:
            with trace.use_span(
                span, end_on_exit=False, record_exception=False, set_status_on_exception=False
            ):
                yield
        except BaseException as exc:
            span.set_attribute("error.type", _error_type(exc))
            span.set_status(Status(StatusCode.ERROR, str(exc)))
            raise
        finally:
            span.end()

    def end(
        self,
        *,
        turns: int,
        cost_usd: float,
        outcome: str,
        error: BaseException | None = None,
        resumed: bool = False,
    ) -> None:
        """End the run's span: ``outcome`` is ``completed``, ``paused``, ``limit`` or ``error``;
        ``cost_usd`` is the run's total so far (``gen_ai.usage.cost``, as on each call's span)."""
        span = self.span
        span.set_attribute("aistats.tool_run.turns", turns)
        span.set_attribute("gen_ai.usage.cost", cost_usd)
        span.set_attribute("aistats.tool_run.outcome", outcome)
        if resumed:
            span.set_attribute("aistats.tool_run.resumed", True)
        if error is not None:
            span.set_attribute("error.type", _error_type(error))
            span.set_status(Status(StatusCode.ERROR, str(error)))
        span.end()
