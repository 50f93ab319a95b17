"""Building the whole completion from stream chunks: pure, shared by sync and async.

It reads each chunk frame (as the decoded JSON object) and keeps, per choice index, the
role, the text, the reasoning text, the finish reason and the tool calls, plus the usage
from whichever frame carried it. Reasoning comes as ``delta.reasoning_content`` (current
gateway) or as ``content`` on a choice flagged ``reasoning: true`` (Dec 2025 gateway); both
go to ``message.reasoning_content``. Tool calls come in three styles, all handled:

* OpenAI's (the OpenAI-compatible paths): the first fragment has ``index``, ``id`` and
  ``name``, later ones only the ``index`` and the next piece of ``arguments`` (appended);
* the Responses-backed path: every frame repeats the call with ``index`` *and* ``id`` and
  the whole argument string so far (a growing snapshot that replaces what we had, even
  when the same string comes twice);
* the Dec 2025 gateway's: snapshots under the same ``id``, without ``index``.

Which call an item continues and what it adds follow ``fragments``' rule (its home), so
that the fragments handed out add up to the final arguments.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk

from .._observe.watch import Facts, text_or_none
from .fragments import find_call, merge_arguments, next_index

if TYPE_CHECKING:
    import mmap

__all__ = ["ChoiceState", "CompletionAccumulator"]

_HEADER_KEYS = ("created", "model", "provider", "nativeResponseId")

#: Text deltas are packed into UTF-8 this many at a time, so a long reply is held compactly
#: (a byte per ASCII character) rather than as one string object per delta.
_PACK_EVERY = 256

#: Packed text beyond this many bytes moves from a ``bytearray`` to a memory map of its own
#: (``PackedText``).
_MAP_FROM = 64 * 1024


class PackedText:
    """The packed UTF-8 of a stream's earlier text deltas; decoded once, by ``take()``.

    Up to ``_MAP_FROM`` bytes it is a ``bytearray``; beyond, an anonymous memory map of its
    own, whose capacity doubles as it fills (pages not yet written cost no memory). Why
    not one growing ``bytearray``: glibc's malloc keeps a block in its heap while it is
    below the mmap threshold, and that threshold rises to the largest block freed so far
    (0.3 to 1 MiB in the benchmark's workers, after their imports and first reads). A text
    of a few hundred KiB then grows by ``realloc`` inside the heap, can extend the heap's
    top, and later moves to a map when it passes the threshold, leaving that stretch free
    but resident (below the trim threshold, so never given back): 0.2 to 0.4 MiB of
    resident memory beyond the text in 7 of 20 async streams of 200,000 deltas (S6). A
    map of its own holds the text's pages and nothing else, and gives them back as soon as
    the text is decoded. Where maps are missing or refused, the text stays in the
    ``bytearray``.
    """

    __slots__ = ("_map", "_map_from", "_size", "_small")

    def __init__(self) -> None:
        self._small = bytearray()
        self._map: mmap.mmap | None = None
        self._size = 0  # bytes used in ``_map``
        self._map_from = _MAP_FROM

    def __bool__(self) -> bool:
        return self._map is not None or bool(self._small)

    def add(self, pieces: list[str]) -> None:
        """Move ``pieces`` to the end (lone surrogates survive the trip)."""
        data = "".join(pieces).encode("utf-8", "surrogatepass")
        pieces.clear()
        held = self._map
        if held is not None:
            end = self._size + len(data)
            if end > len(held):
                held = self._grow(end)
            if held is not None:
                held[self._size : end] = data
                self._size = end
                return
        self._small += data
        if len(self._small) > self._map_from:
            self._to_map()

    def take(self) -> str:
        """The whole text, decoded; the packed bytes are let go."""
        held = self._map
        if held is None:
            text = self._small.decode("utf-8", "surrogatepass")
            self._small = bytearray()
            return text
        with memoryview(held) as view, view[: self._size] as used:
            text = str(used, "utf-8", "surrogatepass")
        held.close()
        self._map = None
        self._size = 0
        return text

    def _to_map(self) -> None:
        size = len(self._small)
        new = _new_map(2 * size)
        if new is None:
            self._map_from = sys.maxsize  # no maps here: the bytearray it is
            return
        new[:size] = self._small
        self._map = new
        self._size = size
        self._small = bytearray()

    def _grow(self, end: int) -> mmap.mmap | None:
        """A map twice as large (or of ``end`` bytes) holding the text so far, the old one
        closed; ``None`` when no map was to be had (the text is back in the bytearray).

        Not ``mmap.resize``: it is missing on macOS, and on Linux it grows the default
        (shared) anonymous map past its memory object, where a write is a ``SIGBUS``. The
        copy costs at most the text's size over the whole stream."""
        old = self._map
        assert old is not None
        size = self._size
        new = _new_map(max(end, 2 * len(old)))
        with memoryview(old) as view, view[:size] as used:
            if new is None:
                self._small = bytearray(used)
                self._map_from = sys.maxsize
            else:
                new[:size] = used
        old.close()
        self._map = new
        if new is None:
            self._size = 0
        return new


def _new_map(size: int) -> mmap.mmap | None:
    """An anonymous memory map of at least ``size`` bytes (whole pages), private to this
    process where that can be asked for (as heap memory is: a forked child gets a copy);
    ``None`` where there are no maps (WebAssembly) or the system refuses one."""
    try:
        import mmap  # noqa: PLC0415  (only a long reply needs it: ``import aistats`` stays light)

        size = -(-size // mmap.PAGESIZE) * mmap.PAGESIZE
        if sys.platform == "win32":
            return mmap.mmap(-1, size)
        return mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE)
    except (ImportError, OSError):
        return None


def _unpack(pieces: list[str], packed: PackedText) -> str:
    """The whole text; from now on held once, as the only piece."""
    if packed:
        packed.add(pieces)
        text = packed.take()
    else:
        text = "".join(pieces)
    pieces[:] = [text]
    return text


@dataclass(slots=True)
class _ToolCallState:
    index: int
    id: str | None
    type: str = "function"
    name: str = ""
    arguments: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        out.update(
            id=self.id or "",
            type=self.type,
            function={"name": self.name, "arguments": self.arguments},
        )
        return out


@dataclass(slots=True)
class ChoiceState:
    """What has arrived so far for one choice index."""

    index: int
    role: str = "assistant"
    #: The latest text deltas; what came before them is in ``content_packed`` (UTF-8).
    content: list[str] = field(default_factory=list)
    reasoning_content: list[str] = field(default_factory=list)
    saw_content: bool = False
    content_packed: PackedText = field(default_factory=PackedText)
    reasoning_packed: PackedText = field(default_factory=PackedText)
    finish_reason: Any = None
    reasoning: bool | None = None
    tool_calls: list[_ToolCallState] = field(default_factory=list)

    def add_reasoning(self, text: str) -> None:
        """Append a piece of reasoning text."""
        self.reasoning_content.append(text)
        if len(self.reasoning_content) >= _PACK_EVERY:
            self.reasoning_packed.add(self.reasoning_content)

    def add_tool_call(self, item: dict[str, Any]) -> None:
        """Merge one ``delta.tool_calls[]`` item, in any of the three styles."""
        raw_id = item.get("id")
        call_id = raw_id if isinstance(raw_id, str) and raw_id else None
        raw_index = item.get("index")
        index = raw_index if isinstance(raw_index, int) else None
        function = item.get("function") or {}
        call = find_call(self.tool_calls, index, call_id)
        if call is None:
            call = _ToolCallState(next_index(self.tool_calls, index), call_id)
            self.tool_calls.append(call)
        if isinstance(item.get("type"), str):
            call.type = item["type"]
        name = function.get("name")
        if isinstance(name, str) and name:
            call.name = name
        args = function.get("arguments")
        if isinstance(args, str):
            call.arguments, _ = merge_arguments(call.arguments, args, call_id)
        for key, value in item.items():
            if key not in ("id", "index", "type", "function"):
                call.extra[key] = value

    def as_dict(self) -> dict[str, Any]:
        """This choice in the ``ChatCompletionsResponse`` shape."""
        message: dict[str, Any] = {"role": self.role}
        message["content"] = _unpack(self.content, self.content_packed) if self.saw_content else None
        if self.reasoning_content or self.reasoning_packed:
            message["reasoning_content"] = _unpack(self.reasoning_content, self.reasoning_packed)
        if self.tool_calls:
            message["tool_calls"] = [call.as_dict() for call in self.tool_calls]
        out: dict[str, Any] = {
            "index": self.index,
            "message": message,
            "finish_reason": self.finish_reason,
        }
        if self.reasoning is not None:
            out["reasoning"] = self.reasoning
        return out


class CompletionAccumulator:
    """Folds chunk frames into the body of a ``ChatCompletionsResponse``.

    Text of deltas flagged ``reasoning: true`` goes to ``message.reasoning_content``, not
    into ``message.content``.
    """

    __slots__ = ("_choices", "_header", "_missing", "_usage", "failed_choice")

    def __init__(self) -> None:
        #: The first choice the gateway ended with ``finish_reason: "error"`` (a provider failure).
        self.failed_choice: int | None = None
        self._choices: dict[int, ChoiceState] = {}
        self._header: dict[str, Any] = {}
        self._missing: tuple[str, ...] = _HEADER_KEYS
        self._usage: Any = None

    def add(self, frame: dict[str, Any]) -> None:  # noqa: PLR0912 (kept in one frame, like add_chunks)
        """Fold in one chunk frame (the decoded JSON object)."""
        for key in self._missing:  # inline: a field a provider never sends costs an `in`
            if key in frame:
                self._take_header(frame)
                break
        usage = frame.get("usage")
        if usage is not None:
            self._usage = usage
        choices = frame.get("choices")
        if not choices:
            return
        states = self._choices
        for choice in choices:
            index = choice.get("index", 0)
            state = states.get(index)
            if state is None:
                state = states[index] = ChoiceState(index=index)
            reasoning = choice.get("reasoning")
            if reasoning:  # once a choice has a reasoning delta, it stays marked
                state.reasoning = True
            elif reasoning is not None and state.reasoning is None:
                state.reasoning = False
            finish = choice.get("finish_reason")
            if finish is not None:
                state.finish_reason = finish
                if finish == "error" and self.failed_choice is None:
                    self.failed_choice = index
            delta = choice.get("delta")
            if not delta:
                continue
            text = delta.get("content")
            if text:
                if reasoning:
                    state.add_reasoning(text)
                else:
                    pieces = state.content
                    pieces.append(text)
                    if len(pieces) >= _PACK_EVERY:
                        state.content_packed.add(pieces)
                    state.saw_content = True
            elif text == "" and not reasoning:
                state.saw_content = True
            if len(delta) > 1 or text is None:  # more than content: role, reasoning, tool calls
                role = delta.get("role")
                if role:
                    state.role = role
                thought = delta.get("reasoning_content")
                if thought and isinstance(thought, str):
                    state.add_reasoning(thought)
                calls = delta.get("tool_calls")
                if calls:
                    for item in calls:
                        if isinstance(item, dict):
                            state.add_tool_call(item)

    def add_chunks(self, chunks: list[ChatCompletionChunk], frames: list[dict[str, Any]]) -> bool:  # noqa: PLR0912, PLR0915
        """``add(frame)`` for each frame, reading its chunk (``from_dict(frame)``) instead;
        true when some delta carried tool calls.

        The stream's per-chunk path: a model's attribute costs less than a key's lookup,
        and one call folds a read's worth of chunks. The chunk holds the frame's values as
        they are, ``None`` where a key is absent (as ``add`` sees it); usage, tool
        calls and the header are still read from the frame, raw.
        """
        tool_calls = False
        states = self._choices
        last_index: Any = None  # the choice of the chunk before, found without a lookup
        last_state: Any = None
        for chunk, frame in zip(chunks, frames, strict=True):
            if self._missing:
                for key in self._missing:
                    if key in frame:
                        self._take_header(frame)
                        break
            usage = chunk.usage
            if usage is not None:
                self._usage = frame["usage"]
            for choice in chunk.choices:
                index = choice.index
                if index is last_index:
                    state = last_state
                else:
                    state = states.get(index)
                    if state is None:
                        state = states[index] = ChoiceState(index=index)
                    last_index, last_state = index, state
                reasoning = choice.reasoning
                if reasoning:
                    state.reasoning = True
                elif reasoning is not None and state.reasoning is None:
                    state.reasoning = False
                finish = choice.finish_reason
                if finish is not None:
                    state.finish_reason = finish
                    if finish == "error" and self.failed_choice is None:
                        self.failed_choice = index
                delta = choice.delta
                text = delta.content
                if text:
                    if reasoning:
                        state.add_reasoning(text)
                    else:
                        pieces = state.content
                        pieces.append(text)
                        if len(pieces) >= _PACK_EVERY:
                            state.content_packed.add(pieces)
                        state.saw_content = True
                elif text == "" and not reasoning:
                    state.saw_content = True
                role = delta.role
                if role:
                    state.role = role
                thought = delta.reasoning_content
                if thought and isinstance(thought, str):
                    state.add_reasoning(thought)
                if delta.tool_calls is not None:  # the raw items (the chunk's may become fragments)
                    tool_calls = True
                    calls = frame["choices"][chunk.choices.index(choice)]["delta"]["tool_calls"]
                    for item in calls:
                        if isinstance(item, dict):
                            state.add_tool_call(item)
        return tool_calls

    def unfinished(self) -> int | None:
        """The first choice without a finish reason (``-1``: no choice at all); ``None`` when
        every choice finished, as in a complete stream."""
        if not self._choices:
            return -1
        for index in sorted(self._choices):
            if self._choices[index].finish_reason is None:
                return index
        return None

    def facts(self, request_id: str | None) -> Facts:
        """What the chunks said so far: model, provider, usage, each choice's finish reason."""
        header = self._header
        reasons = tuple(text_or_none(self._choices[i].finish_reason) for i in sorted(self._choices))
        return Facts(
            response_id=request_id,
            model=text_or_none(header.get("model")),
            provider=text_or_none(header.get("provider")),
            usage=self._usage if isinstance(self._usage, Mapping) else None,
            finish_reasons=reasons,
        )

    def _take_header(self, frame: dict[str, Any]) -> None:
        """Keep the first value seen of each header field."""
        found = [key for key in self._missing if key in frame]
        if found:  # a field a provider never sends costs one check per frame, no more
            for key in found:
                self._header[key] = frame[key]
            self._missing = tuple(key for key in self._missing if key not in found)

    def build(self, request_id: str | None) -> dict[str, Any]:
        """The completion so far, as a ``ChatCompletionsResponse`` body."""
        body: dict[str, Any] = {
            "id": request_id or "",
            "object": "chat.completion",
            "created": self._header.get("created", 0),
            "model": self._header.get("model", ""),
        }
        for key in ("provider", "nativeResponseId"):
            if key in self._header:
                body[key] = self._header[key]
        body["choices"] = [self._choices[i].as_dict() for i in sorted(self._choices)]
        if self._usage is not None:
            body["usage"] = self._usage
        return body
