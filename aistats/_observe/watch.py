"""Whether anything watches a call: the user's hooks, or OpenTelemetry (``_hooks``).

Nothing watching is the common case and costs one check per call here; ``_hooks``, with its
event types and the OpenTelemetry instrumentation, is imported only when something does.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._transport.request import PreparedCall
    from .hooks import CallObserver, Hooks, StreamOutcome, Telemetry

__all__ = ["notify_stream_end", "start_call"]


def start_call(
    hooks: Hooks | None, telemetry: Telemetry | None, prepared: PreparedCall
) -> CallObserver | None:
    """The observer of one call, or ``None`` when nothing watches it. OpenTelemetry counts as
    watching once the application has imported it (``Telemetry``'s default)."""
    if hooks is None and telemetry is None and "opentelemetry" not in sys.modules:
        return None
    from .hooks import observe_call  # noqa: PLC0415

    return observe_call(hooks, telemetry, prepared)


def notify_stream_end(stream: Any, outcome: StreamOutcome, error: BaseException | None = None) -> None:
    """Tell a stream's observer (if any) that it ended, and add its cost to the client's budget
    (if any); later calls do nothing."""
    if stream._budget is not None:
        from .._budget import charge_stream  # noqa: PLC0415  (only a client with a budget needs it)

        charge_stream(stream)
    observer: CallObserver | None = stream._observer
    if observer is not None:
        stream._observer = None
        observer.stream_ended(stream._core, outcome, error)
