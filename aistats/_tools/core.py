"""The tool loop's decisions, without I/O: what each model call sends, which of the model's
calls run, what goes back to the model, and when the run stops.

A shell (``run.py``) drives it, once per model turn::

    completion = send(core.request())        # the shell's I/O
    turn = core.take(completion)             # None: the model answered; the run is done
    for call in turn.review: turn.decide(call, approve(call))   # or turn.hold(call, pause)
    core.finish(turn, [run(call) for call in turn.runnable])    # in parallel, in the shell

An API (chat completions, Responses) is an ``Api``: how the history starts, what a
request holds, where a reply's calls are and what a result looks like on the wire.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

from .._budget import Budget
from .._observe.watch import result_cost
from .errors import PauseRun, ToolError, ToolRunLimitError
from .tool import BadArguments, Tool, tools_by_name

__all__ = ["CHAT", "RESPONSES", "RunCore", "ToolCall", "Turn", "tool_output"]

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One call the model asked for: what ``approve(call)`` sees and ``run.pending`` lists."""

    id: str
    """The call's id (chat: the tool call's ``id``; Responses: its ``call_id``)."""
    name: str
    """The tool's name, as the model called it."""
    arguments: dict[str, Any]
    """The arguments as the model sent them (decoded JSON; ``{}`` when they were not JSON)."""
    arguments_json: str
    """The arguments' JSON text, as sent."""


class Api(Protocol):
    """What differs between the APIs a run can drive."""

    api: str

    def start(self, params: dict[str, Any]) -> list[Any]: ...
    def request(
        self, params: Mapping[str, Any], history: list[Any], tools: Sequence[Tool[..., Any]]
    ) -> dict[str, Any]: ...
    def calls(self, completion: Any) -> list[tuple[str, str, str]]: ...
    def replied(self, completion: Any) -> list[Any]: ...
    def result(self, call_id: str, output: str) -> dict[str, Any]: ...


def _plain(item: Any) -> Any:
    """A message or item as a plain dict (a generated model's ``to_dict()``)."""
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else dict(item) if isinstance(item, Mapping) else item


class _Chat:
    """``POST /chat/completions``: the history is ``messages``; results are ``tool`` messages."""

    api = "chat"

    def start(self, params: dict[str, Any]) -> list[Any]:
        messages = params.pop("messages", None)
        if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, Sequence) or not messages:
            raise TypeError("run_tools() needs messages=[...] (a non-empty list of messages)")
        return [_plain(message) for message in messages]

    def request(
        self, params: Mapping[str, Any], history: list[Any], tools: Sequence[Tool[..., Any]]
    ) -> dict[str, Any]:
        return {**params, "messages": list(history), "tools": [t.chat_param() for t in tools]}

    def calls(self, completion: Any) -> list[tuple[str, str, str]]:
        message = completion.choices[0].message if completion.choices else None
        return [
            (call.id, call.function.name, call.function.arguments or "")
            for call in (message.tool_calls if message is not None else None) or ()
        ]

    def replied(self, completion: Any) -> list[Any]:
        if not completion.choices:
            return []
        message = completion.choices[0].message
        entry: dict[str, Any] = {"role": "assistant"}
        if isinstance(message.content, str):
            entry["content"] = message.content
        calls = self.calls(completion)
        if calls:
            entry["tool_calls"] = [
                {"id": id, "type": "function", "function": {"name": name, "arguments": arguments}}
                for id, name, arguments in calls
            ]
        return [entry]

    def result(self, call_id: str, output: str) -> dict[str, Any]:
        return {"role": "tool", "tool_call_id": call_id, "content": output}


class _Responses:
    """``POST /responses``: the history is ``input`` items; the reply's output items go back
    as they came, and each result is a ``function_call_output`` item."""

    api = "responses"

    def start(self, params: dict[str, Any]) -> list[Any]:
        given = params.pop("input", None)
        if isinstance(given, str) and given:
            return [{"role": "user", "content": given}]
        if isinstance(given, bytes | Mapping) or not isinstance(given, Sequence) or not given:
            raise TypeError("run_tools() needs input= (a string or a non-empty list of input items)")
        return [_plain(item) for item in given]

    def request(
        self, params: Mapping[str, Any], history: list[Any], tools: Sequence[Tool[..., Any]]
    ) -> dict[str, Any]:
        return {**params, "input": list(history), "tools": [t.responses_param() for t in tools]}

    def calls(self, completion: Any) -> list[tuple[str, str, str]]:
        return [
            (item.call_id, item.name, item.arguments or "")
            for item in completion.output or ()
            if item.type == "function_call"
        ]

    def replied(self, completion: Any) -> list[Any]:
        return [item.to_dict() for item in completion.output or ()]

    def result(self, call_id: str, output: str) -> dict[str, Any]:
        return {"type": "function_call_output", "call_id": call_id, "output": output}


CHAT: Api = _Chat()
RESPONSES: Api = _Responses()


@dataclass(eq=False)
class Turn:
    """The calls of one model turn, on their way from the reply to their results."""

    calls: list[ToolCall]
    review: list[ToolCall] = field(default_factory=list)
    """The calls whose arguments fit their tool, to be approved (or not)."""
    runnable: list[ToolCall] = field(default_factory=list)
    """The approved calls, to run (in this order)."""
    paused: list[ToolCall] = field(default_factory=list)
    pause: PauseRun | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    kwargs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The checked keyword arguments of each call whose arguments fit."""

    def decide(self, call: ToolCall, verdict: object) -> None:
        """``approve(call)`` returned ``verdict``: ``True`` runs it, ``False`` tells the model no."""
        if verdict is True:
            self.runnable.append(call)
        elif verdict is False:
            self.outputs[call.id] = f"The user denied this call to {call.name}."
        else:
            raise TypeError(
                f"approve() must return True or False (or raise aistats.PauseRun), got {verdict!r}"
            )

    def hold(self, call: ToolCall, pause: PauseRun) -> None:
        """``approve(call)`` raised ``PauseRun``: the call waits for ``run.resume()``."""
        self.paused.append(call)
        self.pause = self.pause or pause


class RunCore(Generic[C]):
    """The state and the decisions of one tool run."""

    def __init__(
        self,
        protocol: Api,
        tools: Any,
        params: dict[str, Any],
        *,
        max_turns: int,
        max_cost_usd: float | Decimal | str | None,
        approve: Any,
        parallel: bool,
    ) -> None:
        if isinstance(max_turns, bool) or not isinstance(max_turns, int) or max_turns < 1:
            raise ValueError(f"max_turns must be a whole number >= 1, got {max_turns!r}")
        if approve is not None and not callable(approve):
            raise TypeError(f"approve must be a function of the call, got {approve!r}")
        if params.get("stream"):
            raise TypeError("run_tools() sends each turn without streaming: leave stream out")
        params.pop("stream", None)
        self.protocol = protocol
        self.tools = tools_by_name(tools)
        self.history: list[Any] = protocol.start(params)
        self.params = params
        self.max_turns = max_turns
        self.budget = _budget(max_cost_usd)
        """``max_cost_usd`` as a budget of this run's own: each turn's cost is added to it."""
        self.approve = approve
        self.parallel = bool(parallel)
        self.completions: list[C] = []
        self.spent_usd = Decimal(0)
        self.pending: list[ToolCall] = []
        self._turn: Turn | None = None
        self.ended = False
        """The model answered, a limit was reached or a tool failed: no more model calls."""
        self.owner: Any = None
        """The run this core decides for (what ``ToolRunLimitError.run`` holds)."""

    # -- the model's turn --------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._turn is not None

    def wants_model(self) -> bool:
        """Whether the next step is a model call."""
        return not self.ended and self._turn is None

    def request(self) -> dict[str, Any]:
        """The keywords of the next model call."""
        return self.protocol.request(self.params, self.history, list(self.tools.values()))

    def take(self, completion: C) -> Turn | None:
        """Record the model's reply; the turn of calls it asks for, or ``None`` (it answered).

        Raises ``ToolRunLimitError`` when calls are asked for but ``max_turns`` or
        ``max_cost_usd`` is reached (the calls are left in ``pending``)."""
        self.completions.append(completion)
        cost = result_cost(completion)  # the gateway's figure (``.cost``)
        self.spent_usd += cost.usd if cost is not None else 0
        if self.budget is not None:
            self.budget.add(cost)
        self.history.extend(self.protocol.replied(completion))
        asked = [_tool_call(id, name, arguments) for id, name, arguments in self.protocol.calls(completion)]
        if not asked:
            self.ended = True
            return None
        limit = self._limit()
        if limit is not None:
            self.ended = True
            self.pending = asked
            names = ", ".join(sorted({call.name for call in asked}))
            raise ToolRunLimitError(
                f"The tool run stopped at {limit} with {len(asked)} tool call(s) still pending ({names}) "
                f"after {len(self.completions)} model call(s); .run holds its history.",
                run=self.owner,
            )
        turn = Turn(asked)
        for call in asked:
            found = self.tools.get(call.name)
            if found is None:
                turn.outputs[call.id] = (
                    f"Error: there is no tool {call.name!r} (tools: {', '.join(self.tools)})."
                )
                continue
            try:
                turn.kwargs[call.id] = found.bind(call.arguments_json)
            except BadArguments as exc:
                turn.outputs[call.id] = f"Invalid arguments for {call.name}:\n{exc}"
                continue
            (turn.review if self.approve is not None else turn.runnable).append(call)
        return turn

    def _limit(self) -> str | None:
        """Which limit the run has reached, if any (checked after every turn)."""
        if len(self.completions) >= self.max_turns:
            return f"max_turns={self.max_turns}"
        budget = self.budget
        if budget is not None and budget.exceeded:
            return f"max_cost_usd={budget.usd} (spent ${budget.spent_usd})"
        return None

    # -- the tools' turn ---------------------------------------------------------------------

    def finish(self, turn: Turn, outcomes: Sequence[tuple[Any, BaseException | None]]) -> None:
        """The runnable calls ran (``(value, None)`` or ``(None, exception)`` each, in order).

        A ``ToolError`` goes back to the model; any other exception ends the run and is raised
        (the first in call order). Then the results join the history in call order, unless
        some calls wait for ``resume()``."""
        failure: BaseException | None = None
        for call, (value, error) in zip(turn.runnable, outcomes, strict=True):
            if error is None:
                turn.outputs[call.id] = tool_output(value)
            elif isinstance(error, ToolError):
                turn.outputs[call.id] = f"Error: {error}"
            elif failure is None:
                failure = error
        if failure is not None:
            self.ended = True
            raise failure
        if turn.paused:
            self._turn = turn
            self.pending = list(turn.paused)
            return
        self._close(turn)

    def _close(self, turn: Turn) -> None:
        self.history.extend(self.protocol.result(call.id, turn.outputs[call.id]) for call in turn.calls)

    def resume(self, results: Mapping[str, Any]) -> None:
        """The paused calls' results (a ``ToolError`` as one goes back as an error)."""
        turn = self._turn
        if turn is None:
            raise ValueError("resume(): the run is not paused (run.pending is empty)")
        if not isinstance(results, Mapping):
            raise TypeError("resume(results=...) takes a dict of call id -> result")
        waiting = {call.id for call in turn.paused}
        unknown = sorted(set(results) - waiting)
        if unknown:
            raise ValueError(f"resume(): no pending call has the id {', '.join(map(repr, unknown))}")
        missing = [call.id for call in turn.paused if call.id not in results]
        if missing:
            raise ValueError(
                f"resume(): give a result for every pending call; missing {', '.join(map(repr, missing))}"
            )
        for call_id, value in results.items():
            turn.outputs[call_id] = f"Error: {value}" if isinstance(value, ToolError) else tool_output(value)
        self._turn = None
        self.pending = []
        self._close(turn)

    def pause_error(self) -> PauseRun | None:
        """The ``PauseRun`` the run waits on, if it is paused."""
        return self._turn.pause if self._turn is not None else None


def _budget(max_cost_usd: float | Decimal | str | None) -> Budget | None:
    """``max_cost_usd`` as a ``Budget`` (its checks: a finite amount >= 0)."""
    if max_cost_usd is None:
        return None
    try:
        return Budget(usd=max_cost_usd)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"max_cost_usd: {exc}") from None


def _tool_call(id: str, name: str, arguments: str) -> ToolCall:
    try:
        decoded = json.loads(arguments) if arguments.strip() else {}
    except ValueError:
        decoded = {}
    return ToolCall(
        id=id, name=name, arguments=decoded if isinstance(decoded, dict) else {}, arguments_json=arguments
    )


def tool_output(value: Any) -> str:
    """A tool's return value as the text the model gets: a ``str`` as it is, anything else
    as JSON (dataclasses, pydantic models and enums by their JSON form)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=_json_form)


def _json_form(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, enum.Enum):
        return value.value
    dump = getattr(value, "model_dump", None)  # a pydantic model
    if callable(dump):
        return dump(mode="json")
    return str(value)
