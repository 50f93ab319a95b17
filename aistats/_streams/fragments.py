"""Tool-call deltas as OpenAI-style fragments, whatever the provider path sent.

The gateway streams tool calls in three styles (``GATEWAY_FACTS``, "Tool calls"):

* OpenAI-compatible paths: fragments keyed by ``index``; ``id`` and ``name`` on the first,
  then pieces of ``arguments`` to append;
* the Responses-backed path: every frame repeats the call with ``index`` and ``id`` and
  the *whole* argument string so far (appending those gives invalid JSON);
* older deployments: such snapshots without ``index``.

``ToolCallFragments.normalise(chunk)`` rewrites a chunk's tool-call deltas in place into
the first style, so code that builds arguments itself can always do::

    if call.id: calls[call.index] = {"id": call.id, "name": call.function.name, "arguments": ""}
    calls[call.index]["arguments"] += call.function.arguments or ""

Each call gets an ``index`` (its own, or the next free one per choice); ``id``, ``type``
and ``name`` come on its first fragment only; ``arguments`` is only what is new. A delta
that carries the call's ``id`` again with arguments that start with everything received so
far is a snapshot and gives the rest; any other delta is a fragment and is kept as it is.
The final completion is not built from these (see ``_accumulate``).
"""

from __future__ import annotations

from dataclasses import dataclass

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.tool_call_delta import ToolCallDelta

__all__ = ["ToolCallFragments"]


@dataclass(slots=True)
class _Call:
    index: int
    id: str | None
    arguments: str = ""


class ToolCallFragments:
    """Per-stream state of the tool calls seen so far, by choice."""

    __slots__ = ("_calls",)

    def __init__(self) -> None:
        self._calls: dict[int, list[_Call]] = {}

    def normalise(self, chunk: ChatCompletionChunk) -> None:
        """Rewrite the tool-call deltas of ``chunk`` into fragments (in place)."""
        for choice in chunk.choices:
            deltas = choice.delta.tool_calls
            if deltas:
                calls = self._calls.setdefault(choice.index if isinstance(choice.index, int) else 0, [])
                for delta in deltas:
                    self._fragment(calls, delta)

    def _fragment(self, calls: list[_Call], delta: ToolCallDelta) -> None:
        call_id = delta.id if isinstance(delta.id, str) and delta.id else None
        index = delta.index if isinstance(delta.index, int) else None
        function = delta.function
        arguments = function.arguments if function and isinstance(function.arguments, str) else ""
        call = _find(calls, index, call_id)
        if call is None:  # a new call: its header fragment, as it came (with an index)
            taken = {known.index for known in calls}
            if index is None:
                index = max(taken, default=-1) + 1
            calls.append(_Call(index, call_id, arguments))
            delta.index = index
            return
        delta.index = call.index
        if call_id is not None and arguments.startswith(call.arguments):
            new = arguments[len(call.arguments) :]  # a snapshot: only what is new
            call.arguments = arguments
        else:
            new = arguments
            call.arguments += arguments
        delta.id = None
        delta.type = None
        if function:
            function.name = None
            function.arguments = new


def _find(calls: list[_Call], index: int | None, call_id: str | None) -> _Call | None:
    for call in calls:
        if index is not None and call.index == index and (call_id is None or call.id in (None, call_id)):
            return call
        if index is None and call_id is not None and call.id == call_id:
            return call
    if index is None and call_id is None and calls:
        return calls[-1]  # neither index nor id: continues the latest call
    return None
