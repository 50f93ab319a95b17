"""The named-event stream protocol (sans-I/O) of ``/responses`` and ``/messages``: bytes in, events out.

``EventsProtocol`` is the ``StreamProtocol`` (``shell``) of both APIs' streams: it
feeds bytes to the SSE decoder and hands each event to a small ``EventApi`` that knows one
API: which model an ``event:`` name parses into, which events end the stream, and what the
stream's final object is. The rules common to both APIs live here, once:

=============================================  ==========================================
what arrives                                    what happens
=============================================  ==========================================
an event named in the API's table               its ``data`` parsed as that model (``type``
                                                filled in from the name when the data has
                                                none), returned, and shown to the API's folder
an unnamed event (``message``)                  dispatched on its data's ``type`` instead
an unknown name                                 the API's catch-all model (new kinds)
``event: error`` (or data ``type: error``)      ``StreamError``, raised after every earlier
                                                event was delivered
a terminal event (the API's ``terminal``)       delivered; the stream is over, later bytes
                                                are ignored; if the folder says the reply
                                                is not whole, ``APIConnectionError`` next
end of bytes before a terminal event            ``APIConnectionError``: the stream was cut
                                                (never a quiet end)
data that is not a JSON object, or that the     ``APIResponseValidationError`` naming the
model rejects                                   event's position, with an excerpt
=============================================  ==========================================

The shell (``shell``) drives this object for the sync and the async streams.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from aistats_generated.models.stream_error_frame import StreamErrorFrame

from .._constants import MAX_EVENT_BYTES
from .._exceptions import APIConnectionError, APIError, APIResponseValidationError, StreamError
from .._observe.watch import Facts
from .._transport.response import excerpt, request_id_of
from .sse import SSEDecoder, SSEEventTooLargeError, SSETruncatedError

__all__ = ["EventApi", "EventsProtocol", "Folder"]

E = TypeVar("E")
F = TypeVar("F")


class Folder(Protocol):
    """Folds one stream's events (as raw dicts) into what ``get_final_*()`` returns."""

    def add(self, name: str, data: dict[str, Any]) -> None:
        """See one event (after it was parsed, before it is delivered)."""

    def request_id(self) -> str | None:
        """The gateway's request id, once an event carried it."""

    def failure(self) -> str | None:
        """At the terminal event: why the reply is not whole despite it (``None``: it is)."""

    def build(self) -> dict[str, Any]:
        """The final object so far, as JSON."""

    def facts(self, request_id: str | None) -> Facts:
        """What the events said so far: model, provider, usage, why the reply ended."""


@dataclass(frozen=True, slots=True)
class EventApi(Generic[E, F]):
    """What one named-event API means by its events.

    ``models`` maps an ``event:`` name to the ``from_dict`` of its model; ``other`` parses
    names it does not list. ``terminal`` names the events that end the stream;
    ``expected_end`` says, for the cut-stream error, which of them was missing.
    ``folder`` builds a fresh accumulator for one stream and ``final`` the final object from
    what it built; ``text_delta`` returns the reply text an event adds (``None`` for events
    that add none), ``final_text`` the whole reply's text.
    """

    api: str
    models: Mapping[str, Callable[[dict[str, Any]], E]]
    other: Callable[[dict[str, Any]], E]
    terminal: frozenset[str]
    expected_end: str
    folder: Callable[[], Folder]
    final: Callable[[dict[str, Any]], F]
    text_delta: Callable[[E], str | None]
    final_text: Callable[[F], str]
    error_name: str = "error"


class EventsProtocol(Generic[E, F]):
    """Decodes one stream's bytes into event models of one ``EventApi``.

    ``feed()`` returns the events ready to hand out. When the stream ends (a terminal
    event, an error event, or ``end()`` at EOF) ``finished`` turns true; an error is left
    in ``error`` so that the events before it are delivered first.
    """

    def __init__(
        self, spec: EventApi[E, F], response: httpx.Response, *, max_event_bytes: int = MAX_EVENT_BYTES
    ) -> None:
        self.spec = spec
        self.api = spec.api
        self.response = response
        self.request = response.request
        self._header_id = request_id_of(response)
        self.folder = spec.folder()
        self.error: APIError | None = None
        self.finished = False
        #: The body's bytes ran out (``end()``); false after a terminal or error event.
        self.at_eof = False
        self._decoder = SSEDecoder(max_event_bytes=max_event_bytes)
        self._events = 0

    @property
    def request_id(self) -> str | None:
        """The gateway's request id: from the events when they carry it, else the headers."""
        return self.folder.request_id() or self._header_id

    def abort(self) -> None:
        """End the stream now (closed early, or its connection failed): later bytes are ignored."""
        self.finished = True

    def take_error(self) -> APIError | None:
        """The error that ended the stream, handed out once (later calls return ``None``)."""
        error, self.error = self.error, None
        return error

    def final(self) -> F:
        """The stream's final object (the response, the message), from the events so far."""
        return self.spec.final(self.folder.build())

    def facts(self) -> Facts:
        """What the events said so far (read by hooks and telemetry)."""
        return self.folder.facts(self.request_id)

    def texts(self, event: E) -> tuple[str, ...]:
        """The reply text ``event`` adds (none, or one piece)."""
        text = self.spec.text_delta(event)
        return (text,) if text else ()

    def final_text(self, final: F) -> str:
        """The reply's whole text."""
        return self.spec.final_text(final)

    def feed(self, data: bytes) -> list[E]:
        """Decode ``data``; return the events it completed. Ignores bytes after the end."""
        if self.finished:
            return []
        try:
            items = self._decoder.feed(data)
        except SSEEventTooLargeError as exc:
            return self._fail([], self._invalid(f"an event larger than the limit ({exc})", ""))
        events: list[E] = []
        protocol = self.spec
        for item in items:
            self._events += 1
            raw = item.data
            if not raw and item.event == "message":
                continue
            try:
                frame: Any = json.loads(raw) if raw else {}
            except ValueError:
                if item.event == protocol.error_name:
                    return self._fail(events, self._stream_error(raw, None))
                return self._fail(events, self._invalid("is not JSON", raw))
            if type(frame) is not dict:
                return self._fail(events, self._invalid("is not a JSON object", raw))
            kind = frame.get("type")
            name = item.event if item.event != "message" else (kind if isinstance(kind, str) else "")
            if protocol.error_name in (name, kind):
                return self._fail(events, self._stream_error(raw, frame))
            if kind is None and name:
                frame["type"] = name
            parse = protocol.models.get(name, protocol.other)
            try:
                event = parse(frame)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                return self._fail(events, self._invalid(f"({name}) does not fit its schema ({exc!r})", raw))
            self.folder.add(name, frame)
            events.append(event)
            if name in protocol.terminal:
                self.finished = True
                failure = self.folder.failure()
                if failure is not None:
                    self.error = APIConnectionError(
                        f"The {protocol.api} stream ended, but {failure} (request_id={self.request_id}); "
                        "the reply is incomplete.",
                        request=self.request,
                    )
                return events
        return events

    def end(self) -> None:
        """The bytes ran out: unless a terminal event came, the stream was cut."""
        if self.finished:
            return
        self.finished = True
        self.at_eof = True
        try:
            self._decoder.end()
        except SSETruncatedError:
            where = f"in the middle of event {self._events + 1}"
        else:
            where = f"after {self._events} events"
        self.error = APIConnectionError(
            f"The {self.api} stream was cut {where}, before {self.spec.expected_end} "
            f"(request_id={self.request_id}); the reply is incomplete.",
            request=self.request,
        )

    # -- helpers ----------------------------------------------------------------------

    def _fail(self, events: list[E], error: APIError) -> list[E]:
        self.finished = True
        self.error = error
        return events

    def _invalid(self, problem: str, raw: str) -> APIResponseValidationError:
        where = f"{self.api} stream event {self._events}" if self._events else "The stream"
        return APIResponseValidationError(
            f"{where} {problem}: {excerpt(raw) or '(empty)'} (request_id={self.request_id})",
            response=self.response,
            request=self.request,
        )

    def _stream_error(self, raw: str, frame: dict[str, Any] | None) -> StreamError:
        text = raw
        request_id = self.request_id
        if frame is not None:
            error = frame.get("error")
            message = frame.get("message")
            if not isinstance(message, str) and isinstance(error, dict):
                message = error.get("message")
            if isinstance(message, str) and message:
                text = message
            elif isinstance(error, str):
                text = error
            gateway_id = frame.get("id")  # a Responses error event may be the first to carry it
            if request_id is None and isinstance(gateway_id, str) and gateway_id:
                request_id = gateway_id
        return StreamError(
            f"The gateway reported an error mid-stream: {excerpt(text) or '(no message)'} "
            f"(request_id={request_id})",
            request=self.request,
            frame=_error_frame(frame),
            request_id=request_id,
        )


def _error_frame(frame: dict[str, Any] | None) -> StreamErrorFrame | None:
    """The error event's data as chat's ``StreamErrorFrame`` (every key kept), when it is an object."""
    if frame is None:
        return None
    try:
        return StreamErrorFrame.from_dict({**frame, "object": "error"})
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
