"""What a stream cost so far: the gateway's figure from its final frames (``_budget`` reads it).

A chat stream's closing snapshot, else its final usage frame (``usage.pricing``); a
``/responses`` stream's terminal response; a ``/messages`` stream's message (``message_start``
and ``message_delta`` usages merged). ``None`` while (or when) the gateway sent no price: a
stream cut before its usage frame costs what the gateway reported, i.e. nothing known.
"""

from __future__ import annotations

from typing import Any

from aistats_generated.types import Cost, cost_of

from .core import StreamCore
from .protocols import MessagesFolder, ResponsesFolder

__all__ = ["stream_cost"]


def stream_cost(core: Any) -> Cost | None:
    """The cost the gateway reported on the stream ``core`` (a chat ``StreamCore`` or an
    ``EventCore``), or ``None``."""
    if isinstance(core, StreamCore):
        if core.snapshot is not None:
            return core.snapshot.cost
        return cost_of({"usage": core._accumulator._usage})
    folder = getattr(core, "folder", None)
    if isinstance(folder, ResponsesFolder):
        return cost_of(folder.final)
    if isinstance(folder, MessagesFolder):
        return cost_of(folder.message)
    return None
