"""The narrow interface between calls and whatever watches them (the user's hooks,
OpenTelemetry: ``hooks``, ``otel``).

Nothing watching is the common case and costs one check per call here; ``hooks``, with its
event types and the OpenTelemetry instrumentation, is imported only when something does.

What a call tells its observer is defined here, so that the call loop and the stream shell
never import the observers: ``Facts`` (what a result says of itself), ``StreamSummary``
(one finished stream, of any API) and ``WatchedStream`` (what every stream shell offers).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from aistats_generated.types import Cost

    from .._budget import Budget
    from .._transport.request import PreparedCall
    from .hooks import CallObserver, Hooks, Telemetry

__all__ = [
    "Facts",
    "StreamOutcome",
    "StreamSummary",
    "WatchedStream",
    "notify_stream_end",
    "result_cost",
    "result_facts",
    "start_call",
    "text_or_none",
]

StreamOutcome = Literal["completed", "error", "closed"]


def start_call(
    hooks: Hooks | None, telemetry: Telemetry | None, prepared: PreparedCall
) -> CallObserver | None:
    """The observer of one call, or ``None`` when nothing watches it. OpenTelemetry counts as
    watching once the application has imported it (``Telemetry``'s default)."""
    if hooks is None and telemetry is None and "opentelemetry" not in sys.modules:
        return None
    from .hooks import observe_call  # noqa: PLC0415

    return observe_call(hooks, telemetry, prepared)


# -- what results say of themselves ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    """What a response (or a stream so far) says about itself, read without parsing it again."""

    response_id: str | None = None
    model: str | None = None
    provider: str | None = None
    usage: Mapping[str, Any] | None = None
    finish_reasons: tuple[str | None, ...] = ()


def _get(obj: Any, name: str) -> Any:
    """A field of a generated model (declared or unknown), a dict's key; ``None`` if absent."""
    if isinstance(obj, Mapping):
        value = obj.get(name)
    else:
        value = getattr(obj, name, None)
        if value is None:
            extra = getattr(obj, "additional_properties", None)
            value = extra.get(name) if isinstance(extra, dict) else None
    return value


def _as_dict(value: Any) -> Mapping[str, Any] | None:
    if value is None or isinstance(value, Mapping):
        return value
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else None


def text_or_none(value: Any) -> str | None:
    """``value`` when it is a non-empty string, else ``None``."""
    return value if isinstance(value, str) and value else None


def result_facts(result: Any, request_id: str | None = None, *, finish: str = "finish_reason") -> Facts:
    """Facts of a parsed result of any endpoint (a model or a dict). ``request_id`` (a
    stream's) wins over the result's own id; ``finish`` names the field holding why it
    ended when the result has no ``choices`` (``status``, ``stop_reason``)."""
    choices = _get(result, "choices")
    reasons: tuple[str | None, ...] = ()
    if isinstance(choices, list):
        reasons = tuple(text_or_none(_get(choice, "finish_reason")) for choice in choices)
    elif finish != "finish_reason":
        reasons = (text_or_none(_get(result, finish)),)
    return Facts(
        response_id=request_id or text_or_none(_get(result, "id")) or text_or_none(_get(result, "requestId")),
        model=text_or_none(_get(result, "model")),
        provider=text_or_none(_get(result, "provider")),
        usage=_as_dict(_get(result, "usage")),
        finish_reasons=reasons,
    )


def result_cost(result: Any) -> Cost | None:
    """The gateway's price carried by a result (a model's ``.cost``, or a JSON object's
    ``cost_nanos`` / ``usage.pricing``), or ``None``."""
    from aistats_generated.types import Cost, cost_of  # noqa: PLC0415  (only priced calls need it)

    cost = getattr(result, "cost", None)
    if isinstance(cost, Cost):
        return cost
    return cost_of(result) if isinstance(result, Mapping) else None


# -- streams ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreamSummary:
    """One stream, once it ended, whatever its API: what hooks and OpenTelemetry read.

    ``route`` is the call's route (``"create_chat_completion"``, ``"create_response"``,
    ``"create_message"``); ``status`` how it ended (read to its end: ``completed``; failed:
    ``error``, with ``error`` set; closed before its end: ``closed``); ``events`` counts the
    chunks or events received; ``usage`` is the gateway's usage object as sent;
    ``finish_reasons`` has one entry per choice (chat), or the response's ``status``
    (``/responses``) or the message's ``stop_reason`` (``/messages``); ``final`` is the
    stream's final object (what ``get_final_completion()`` / ``get_final_response()`` /
    ``get_final_message()`` return) when it completed, else ``None``.
    """

    route: str
    """The call's route (``create_chat_completion``, ...)."""
    request_id: str | None
    """The gateway's request id, when known."""
    status: StreamOutcome
    """How it ended: ``completed``, ``error`` or ``closed``."""
    events: int
    """The chunks or events received."""
    usage: Mapping[str, Any] | None
    """The gateway's usage object as sent, or ``None``."""
    model: str | None
    """The model that answered, when the stream said."""
    provider: str | None
    """The provider that answered, when the stream said."""
    finish_reasons: tuple[str | None, ...]
    """Per choice (chat), the response's status or the message's stop reason."""
    final: Any
    """The stream's final object when it completed, else ``None``."""
    error: BaseException | None
    """What ended the stream when it failed, else ``None``."""

    @property
    def cost(self) -> Cost | None:
        """What the stream cost, as the gateway reported it: its final object's ``.cost``, else
        the price on its last usage (a cut stream's, when one came before the cut)."""
        from aistats_generated.types import cost_of  # noqa: PLC0415

        cost = result_cost(self.final) if self.final is not None else None
        return cost if cost is not None else cost_of({"usage": self.usage})

    @classmethod
    def of(
        cls,
        route: str,
        facts: Facts,
        *,
        status: StreamOutcome,
        events: int,
        final: Any,
        error: BaseException | None,
    ) -> StreamSummary:
        """A summary from a stream's facts."""
        return cls(
            route, facts.response_id, status, events, facts.usage, facts.model, facts.provider,
            facts.finish_reasons, final, error,
        )  # fmt: skip


class WatchedStream:
    """What every stream shell offers the observer of the call that returned it.

    The observer attaches itself with ``_watch``; the shell reports each read
    (``observer.stream_read``) and, once, its end (``notify_stream_end``).
    """

    _observer: CallObserver | None = None
    _budget: Budget | None = None  # set by the call when its client has a budget (``_budget``)

    def _watch(self, observer: CallObserver) -> tuple[int, Facts]:
        """Attach ``observer``: the events the first read brought and the facts so far."""
        raise NotImplementedError

    def _summary(self, status: StreamOutcome, error: BaseException | None) -> StreamSummary:
        """The summary of this stream, ending now."""
        raise NotImplementedError


def notify_stream_end(
    stream: WatchedStream, status: StreamOutcome, error: BaseException | None = None
) -> None:
    """Tell a stream's observer (if any) that it ended and add its cost to the client's budget
    (if any); later calls do nothing."""
    observer, budget = stream._observer, stream._budget
    if observer is None and budget is None:
        return
    stream._observer = stream._budget = None
    summary = stream._summary(status, error)
    if budget is not None:
        budget.add(summary.cost)
    if observer is not None:
        observer.stream_ended(summary)
