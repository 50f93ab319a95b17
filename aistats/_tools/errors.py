"""The exceptions of the tool runner."""

from __future__ import annotations

from typing import Any

from .._exceptions import AIStatsError
from .._portable import portable_state, restore_error

__all__ = ["PauseRun", "ToolError", "ToolRunLimitError"]


class ToolError(Exception):
    """Raise it in a tool to tell the model the call failed: its message goes back to the
    model (as ``Error: <message>``) and the run goes on. Any other exception ends the run."""


class PauseRun(Exception):
    """Raise it in ``approve(call)`` to pause the run before that call runs: the run stops
    with the call in ``run.pending`` until ``run.resume(results={call_id: ...})``.
    ``run.final()`` on a paused run raises it again (``.run`` is the run)."""

    run: Any = None
    """The paused run (``None`` until the runner sets it)."""


class ToolRunLimitError(AIStatsError):
    """The run reached ``max_turns`` or ``max_cost_usd`` while the model still asked for
    tools. ``.run`` holds the run: its history (``.run.messages``), its completions and the
    calls left unrun (``.run.pending``). A pickled or copied error has ``.run = None`` (the
    run holds the client and the tools)."""

    def __init__(self, message: str, *, run: Any = None) -> None:
        super().__init__(message)
        self.run = run
        """The run: its history, completions and unrun calls."""

    def __reduce__(self) -> tuple[Any, ...]:
        return restore_error, (type(self), self.args), portable_state({**self.__dict__, "run": None})
