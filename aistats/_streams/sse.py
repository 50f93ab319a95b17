"""Sans-I/O Server-Sent Events decoder: bytes in, events out.

A pure, incremental parser for ``text/event-stream`` bodies that follows the
WHATWG "event stream interpretation" rules. It performs no I/O and is shared by
the SDK's sync and async streams: feed it raw network chunks, call ``end()`` at
EOF.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SSEDecoder",
    "SSEError",
    "SSEEventTooLargeError",
    "SSETruncatedError",
    "ServerSentEvent",
]

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event.

    ``id`` is the stream's last event ID at dispatch time (it persists across
    events), or ``None`` if no ``id`` field has been seen yet. ``retry`` is the
    valid ``retry`` value given inside this event, if any.
    """

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


# Building a frozen dataclass through its generated ``__init__`` costs four
# ``object.__setattr__`` calls; writing the slots through their descriptors is
# ~3x faster, which matters on the per-event hot path.
_new_object = object.__new__
_slots: dict[str, Any] = dict(vars(ServerSentEvent))
_set_event = _slots["event"].__set__
_set_data = _slots["data"].__set__
_set_id = _slots["id"].__set__
_set_retry = _slots["retry"].__set__
del _slots


class SSEError(Exception):
    """Base class for decoder errors."""


class SSETruncatedError(SSEError):
    """The stream ended with a partly received line or event."""


class SSEEventTooLargeError(SSEError):
    """A single event, or an unterminated line, exceeded ``max_event_bytes``."""


class SSEDecoder:
    """Incremental event-stream decoder.

    Any split of the byte stream into ``feed()`` calls yields the same events.
    Line ends are LF, CRLF or a lone CR; a leading UTF-8 BOM is dropped; text is
    decoded as UTF-8 with replacement, on whole lines only. Memory is bounded by
    ``max_event_bytes``: an unterminated line, or an event's data (UTF-8 size),
    beyond it raises :class:`SSEEventTooLargeError`. Comment lines are discarded
    as they stream, so they are never limited. Do not reuse after an error.
    """

    __slots__ = (
        "_bom_pending",
        "_cr_pending",
        "_data",
        "_data_size",
        "_event_type",
        "_in_comment",
        "_last_event_id",
        "_max",
        "_partial",
        "_partial_size",
        "_retry",
        "_started",
        "_stream_retry",
    )

    def __init__(self, max_event_bytes: int = 16 * 1024 * 1024) -> None:
        if max_event_bytes < 1:
            raise ValueError("max_event_bytes must be positive")
        self._max = max_event_bytes
        # Leading bytes kept until we know whether they are a BOM; None = decided.
        self._bom_pending: bytes | None = b""
        self._cr_pending = False  # previous chunk ended in CR: skip one leading LF
        self._partial: list[bytes] = []  # unterminated line, in pieces
        self._partial_size = 0
        self._in_comment = False  # inside an unterminated comment line
        self._data: list[str] = []
        self._data_size = 0
        self._event_type = ""
        self._retry: int | None = None
        self._started = False  # a field line was seen since the last blank line
        self._last_event_id: str | None = None
        self._stream_retry: int | None = None

    @property
    def last_event_id(self) -> str:
        """The last event ID buffer ("" until an ``id`` field is seen)."""
        return self._last_event_id or ""

    @property
    def retry(self) -> int | None:
        """The latest valid reconnection time (ms) seen on the stream, if any."""
        return self._stream_retry

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume the next chunk of the body; return the events it completes."""
        events: list[ServerSentEvent] = self._feed(chunk, False)
        return events

    def feed_data(self, chunk: bytes) -> list[str | ServerSentEvent]:
        """``feed()`` for hot paths: a plain event (type ``message``, no ``event``, ``id``
        or ``retry`` field of its own) comes back as its data string, not as an object.

        Every other event is a :class:`ServerSentEvent`. Decoding is the same; only the
        wrapping differs, and a plain event's ``id`` is not reported: use ``feed()``
        when event IDs matter.
        """
        items: list[str | ServerSentEvent] = self._feed(chunk, True)
        return items

    def _feed(self, chunk: bytes, plain: bool) -> list[Any]:
        if self._bom_pending is not None or self._cr_pending or self._in_comment or b"\r" in chunk:
            chunk = self._normalize(chunk)
        if not chunk:
            return []
        nl = chunk.find(b"\n")
        if (  # shortcut: the chunk is exactly one "data: ...\n\n" frame, state is clean
            nl == len(chunk) - 2
            and chunk[-1] == 0x0A
            and not self._partial
            and not self._started
            and chunk.startswith(b"data: ")
            and nl <= self._max
        ):
            data = chunk[6:nl].decode("utf-8", "replace")
            return [data if plain else self._message(data)]
        nl = chunk.rfind(b"\n")
        if nl < 0:  # no line end: the chunk only extends the pending line
            self._extend_line(chunk)
            return []
        if self._partial:
            self._partial.append(chunk)
            chunk = b"".join(self._partial)
            nl += self._partial_size
            self._partial = []
            self._partial_size = 0
        if nl > self._max:
            self._check_line_sizes(chunk[:nl])
        if nl + 1 < len(chunk):
            self._extend_line(chunk[nl + 1 :])
        # Complete lines only, so split multi-byte characters decode intact. An
        # LF byte never occurs inside a UTF-8 sequence, so decoding the block
        # at once equals decoding line by line.
        return self._process(chunk[:nl].decode("utf-8", "replace"), plain)

    def _message(self, data: str) -> ServerSentEvent:
        """A plain ``message`` event."""
        ev = _new_object(ServerSentEvent)
        _set_event(ev, "message")
        _set_data(ev, data)
        _set_id(ev, self._last_event_id)
        _set_retry(ev, None)
        return ev

    def end(self) -> None:
        """Signal EOF; raise :class:`SSETruncatedError` if anything is left over.

        A stream is complete when it ends on a line end and no field has been
        seen since the last blank line (trailing comments are fine).
        """
        if self._partial or self._in_comment or self._bom_pending:
            raise SSETruncatedError("stream ended in the middle of a line")
        if self._started:
            raise SSETruncatedError("stream ended in the middle of an event")

    def _normalize(self, chunk: bytes) -> bytes:
        """Drop the BOM, turn every line end into LF, skip a streamed comment."""
        if self._bom_pending is not None and chunk:
            head = self._bom_pending + chunk
            if len(head) < 3 and _BOM.startswith(head):
                self._bom_pending = head
                return b""
            self._bom_pending = None
            chunk = head[3:] if head.startswith(_BOM) else head
        if self._cr_pending and chunk:
            self._cr_pending = False
            if chunk[0] == 0x0A:  # second half of a CRLF split across chunks
                chunk = chunk[1:]
        if b"\r" in chunk:
            # A CR at the very end is a whole line end; an LF opening the next
            # chunk belongs to it and is skipped.
            self._cr_pending = chunk[-1] == 0x0D
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if self._in_comment:
            nl = chunk.find(b"\n")
            if nl < 0:
                return b""
            self._in_comment = False
            chunk = chunk[nl + 1 :]
        return chunk

    def _extend_line(self, piece: bytes) -> None:
        """Buffer the start or continuation of a line that has no end yet."""
        if not self._partial and piece[0] == 0x3A:  # ":" opens a comment: drop it
            self._in_comment = True
            return
        self._partial_size += len(piece)
        if self._partial_size > self._max:
            raise SSEEventTooLargeError(f"unterminated line exceeds max_event_bytes ({self._max})")
        self._partial.append(piece)

    def _check_line_sizes(self, block: bytes) -> None:
        limit = self._max
        for line in block.split(b"\n"):
            if len(line) > limit and not line.startswith(b":"):
                raise SSEEventTooLargeError(f"line exceeds max_event_bytes ({limit})")

    def _process(self, text: str, plain: bool) -> list[Any]:
        """Interpret a block of complete lines (its final line end removed).

        One flat loop with the hot state in locals. ``extra`` records that an
        ``event``/``id``/``retry`` field may have set state on ``self``, so the
        common data-only event skips those lookups. With ``plain``, plain events
        are returned as their data (see ``feed_data``).
        """
        if not self._started and text.startswith("data: "):
            fast = self._data_frames(text, plain)
            if fast is not None:
                return fast
        events: list[Any] = []
        append = events.append
        data = self._data
        data_size = self._data_size
        started = extra = self._started
        for line in text.split("\n"):
            if not line:  # blank line: dispatch if there is data, then reset
                if data:
                    value = data[0] if len(data) == 1 else "\n".join(data)
                    if not extra:
                        append(value if plain else self._message(value))
                    else:
                        ev = _new_object(ServerSentEvent)
                        _set_event(ev, self._event_type or "message")
                        _set_retry(ev, self._retry)
                        _set_data(ev, value)
                        _set_id(ev, self._last_event_id)
                        append(ev)
                    data = []
                    data_size = 0
                if extra:
                    self._event_type = ""
                    self._retry = None
                    extra = False
                started = False
                continue
            if line.startswith("data: "):
                value = line[6:]
            else:
                if line[0] == ":":  # comment
                    continue
                name, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if name != "data":
                    started = extra = True
                    self._field(name, value)
                    continue
            started = True
            if data:  # lines are capped already; only multi-line data can grow
                data_size = self._grown_data_size(data, data_size, value)
            data.append(value)
        self._data = data
        self._data_size = data_size
        self._started = started
        return events

    def _data_frames(self, text: str, plain: bool) -> list[Any] | None:
        """The common case at C speed, or ``None`` when ``text`` is anything else.

        ``text`` qualifies when it is only ``data: X`` lines, each followed by one blank
        line, except that the last one's blank line may not have arrived yet (no event is
        open before it: the caller checked). Each "\\n\\ndata: " separator accounts for
        two line ends, a final "\\n" for one more; if no other line end is left in the
        pieces, there is no other kind of line (comments, other fields, multi-line data).
        (The test joins the pieces and searches them once: ``str.count`` of a character
        reads one at a time, ``in`` runs at ``memchr`` speed.)
        """
        parts = text.split("\n\ndata: ")
        ends = text.endswith("\n")
        parts[0] = parts[0][6:]
        if ends:
            parts[-1] = parts[-1][:-1]
        if "\n" in "".join(parts):  # a line end besides those: not only such lines
            return None
        if not ends:  # the last data line is complete, its event is not: keep it open
            self._data = [parts.pop()]
            self._started = True
        if plain:
            return parts
        return [self._message(data) for data in parts]

    def _field(self, name: str, value: str) -> None:
        """Apply a non-``data`` field; unknown fields are ignored."""
        if name == "event":
            self._event_type = value
        elif name == "id":
            if "\0" not in value:
                self._last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            with suppress(ValueError):  # beyond sys.get_int_max_str_digits()
                self._retry = self._stream_retry = int(value)

    def _grown_data_size(self, data: list[str], size: int, value: str) -> int:
        """UTF-8 size of the joined data once ``value`` is appended; enforce the cap."""
        if not size:  # first growth of this event: count the first line too
            size = 1 + (len(data[0]) if data[0].isascii() else len(data[0].encode()))
        size += 1 + (len(value) if value.isascii() else len(value.encode()))
        if size > self._max + 1:
            raise SSEEventTooLargeError(f"event data exceeds max_event_bytes ({self._max})")
        return size
