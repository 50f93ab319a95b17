"""Whether OpenTelemetry watches a tool run (``client.*.run_tools``): the run's span, or ``None``.

As for calls (``watch.py``), nothing is imported unless the application uses OpenTelemetry.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .hooks import Telemetry
    from .otel_runs import RunSpan

__all__ = ["start_run"]


def start_run(telemetry: Telemetry | None, *, api: str, model: Any) -> RunSpan | None:
    """The span of a tool run, parent of its model calls' and tool calls' spans; ``None``
    when OpenTelemetry is off, not imported or not configured."""
    if telemetry is None and "opentelemetry" not in sys.modules:
        return None
    from .hooks import DEFAULT_TELEMETRY  # noqa: PLC0415

    chosen = DEFAULT_TELEMETRY if telemetry is None else telemetry
    if not chosen.enabled:
        return None
    try:
        from .otel_runs import start_run_span  # noqa: PLC0415
    except ImportError:  # an explicit Telemetry without the package installed
        return None
    return start_run_span(chosen, api=api, model=model)
