"""The sans-I/O named-event core: any split of the bytes gives the same events and ending;
unnamed events dispatch on their data's ``type``; limits and bad data are clear errors."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistats import APIConnectionError, APIResponseValidationError
from aistats._streams.events import EventApi, EventsProtocol
from aistats._streams.protocols import MESSAGES, RESPONSES
from aistats_generated.models import MessageStartEvent, ResponseOutputTextDeltaEvent

FIXTURES = Path(__file__).parent / "fixtures" / "wire2"
STREAMS = [
    path
    for path in sorted(FIXTURES.glob("[rm][0-9]*.json"))
    if json.loads(path.read_text())["response"]["headers"].get("content-type") == "text/event-stream"
]


def _core(protocol: EventApi[Any, Any], **kwargs: Any) -> EventsProtocol[Any, Any]:
    request = httpx.Request("POST", "http://127.0.0.1/v1/x")
    return EventsProtocol(protocol, httpx.Response(200, request=request), **kwargs)


def _completed(core: EventsProtocol[Any, Any]) -> bool:
    """Ended by its terminal event with a whole reply."""
    return core.finished and not core.at_eof and core.error is None


def _run(protocol: EventApi[Any, Any], pieces: list[bytes]) -> tuple[list[dict[str, Any]], str | None, bool]:
    core = _core(protocol)
    events = []
    for piece in pieces:
        events += core.feed(piece)
    core.end()
    return [e.to_dict() for e in events], type(core.error).__name__ if core.error else None, _completed(core)


@pytest.mark.parametrize("path", STREAMS, ids=lambda p: p.stem)
def test_any_split_gives_the_same_events(path: Path) -> None:
    body = base64.b64decode(json.loads(path.read_text())["response"]["body_b64"])
    protocol = RESPONSES if path.name.startswith("r") else MESSAGES
    whole = _run(protocol, [body])
    assert _run(protocol, [body[i : i + 1] for i in range(len(body))]) == whole
    assert _run(protocol, [body[i : i + 7] for i in range(0, len(body), 7)]) == whole
    assert whole[0]  # every transcript stream has events
    assert (whole[1] is None) == whole[2]  # ended by its terminal event, or an error


def test_unnamed_events_dispatch_on_their_type() -> None:
    core = _core(RESPONSES)
    data = {"type": "response.output_text.delta", "delta": "Hi", "output_index": 0}
    events = core.feed(f"data: {json.dumps(data)}\n\n".encode())
    assert isinstance(events[0], ResponseOutputTextDeltaEvent)
    assert events[0].delta == "Hi"


def test_bytes_after_the_terminal_event_are_ignored() -> None:
    core = _core(MESSAGES)
    events = core.feed(
        b'event: message_start\ndata: {"message": {"id": "G-1"}}\n\nevent: message_stop\ndata: {}\n\n'
    )
    assert isinstance(events[0], MessageStartEvent)
    assert events[1].type == "message_stop"
    assert core.feed(b"event: message_start\ndata: {}\n\n") == []
    core.end()
    assert core.error is None
    assert core.request_id == "G-1"


def test_a_cut_inside_an_event_says_so() -> None:
    core = _core(MESSAGES)
    core.feed(b'event: message_start\ndata: {"message": {}}\n\nevent: content_block_delta\ndata: {"ind')
    core.end()
    assert isinstance(core.error, APIConnectionError)
    assert "in the middle of event 2" in str(core.error)
    assert "before message_stop" in str(core.error)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"event: message_start\ndata: [1]\n\n", "not a JSON object"),
        (b"event: message_start\ndata: {oops\n\n", "not JSON"),
        (b'event: message_start\ndata: {"message": 3}\n\n', "(message_start) does not fit its schema"),
    ],
)
def test_bad_data_is_a_validation_error_with_the_event(raw: bytes, problem: str) -> None:
    core = _core(MESSAGES)
    assert core.feed(raw) == []
    assert isinstance(core.error, APIResponseValidationError)
    assert problem in str(core.error)
    assert core.finished


def test_an_event_over_the_limit_is_refused() -> None:
    core = _core(MESSAGES, max_event_bytes=64)
    core.feed(b"event: ping\ndata: " + b"x" * 100 + b"\n\n")
    assert isinstance(core.error, APIResponseValidationError)
    assert "larger than the limit" in str(core.error)


@pytest.mark.parametrize(("output_tokens", "whole"), [(0, False), (64, True)])
def test_a_max_tokens_stop_with_no_output_is_a_provider_failure(output_tokens: int, whole: bool) -> None:
    core = _core(MESSAGES)
    delta = {"delta": {"stop_reason": "max_tokens"}, "usage": {"output_tokens": output_tokens}}
    events = core.feed(
        b'event: message_start\ndata: {"message": {"id": "G-2"}}\n\n'
        + f"event: message_delta\ndata: {json.dumps(delta)}\n\n".encode()
        + b"event: message_stop\ndata: {}\n\n"
    )
    assert len(events) == 3
    assert _completed(core) is whole
    assert (core.error is None) is whole
    if not whole:
        assert isinstance(core.error, APIConnectionError)
        assert "provider failed mid-stream" in str(core.error)
