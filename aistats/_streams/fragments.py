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
and ``name`` come on its first fragment only; ``arguments`` is only what is new.

The merge rule lives here, once, and the final completion (``accumulate``) follows it too,
so the fragments handed out always add up to the final arguments:

* which call an item continues (``find_call``): the call with its ``index`` (unless it
  names another ``id``), else the call with its ``id``, else (neither) the latest call;
* what it adds (``merge_arguments``): an item that carries an ``id`` and whose arguments
  start with everything held so far is a snapshot and adds the rest; any other item is a
  fragment and is appended. An item with neither ``id`` nor ``index`` is a fragment: every
  snapshot style the gateway has sent carries the call's ``id``, and appending never drops
  text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.tool_call_delta import ToolCallDelta

__all__ = ["ToolCallFragments", "find_call", "merge_arguments", "next_index"]


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
        call = find_call(calls, index, call_id)
        if call is None:  # a new call: its header fragment, as it came (with an index)
            index = next_index(calls, index)
            calls.append(_Call(index, call_id, arguments))
            delta.index = index
            return
        delta.index = call.index
        call.arguments, new = merge_arguments(call.arguments, arguments, call_id)
        delta.id = None
        delta.type = None
        if function:
            function.name = None
            function.arguments = new


class KnownCall(Protocol):
    """A tool call seen so far: its index, its id (when one came) and its arguments."""

    index: int
    id: str | None
    arguments: str


C = TypeVar("C", bound=KnownCall)


def find_call(calls: Sequence[C], index: int | None, call_id: str | None) -> C | None:
    """The known call an item with this ``index`` and ``id`` continues (``None``: a new call)."""
    for call in calls:
        if index is not None and call.index == index and (call_id is None or call.id in (None, call_id)):
            if call.id is None:
                call.id = call_id
            return call
        if index is None and call_id is not None and call.id == call_id:
            return call
    if index is None and call_id is None and calls:
        return calls[-1]  # neither index nor id: continues the latest call
    return None


def next_index(calls: Sequence[KnownCall], index: int | None) -> int:
    """The index of a new call: its own, else the next free one."""
    if index is not None:
        return index
    return max((call.index for call in calls), default=-1) + 1


def merge_arguments(held: str, arguments: str, call_id: str | None) -> tuple[str, str]:
    """(the whole arguments, what is new) after an item: a snapshot when it carries an ``id``
    and starts with everything held, else a fragment to append."""
    if call_id is not None and arguments.startswith(held):
        return arguments, arguments[len(held) :]
    return held + arguments, arguments
