"""Every ``/responses`` (``r*``) and ``/messages`` (``m*``) transcript of the real gateway,
replayed byte for byte through real calls, sync and async.

A loopback server (``FakeGateway`` with a raw ``Reply``) answers with the transcript's
status, headers and body, sent in the recorded chunks (``body_chunk_byte_lengths``). What
each call must produce is computed here from the transcript itself:

* JSON replies: the parsed model round-trips to the body; ``output_text`` is the message
  parts' text; errors are the gateway's typed errors with its code.
* Streams: one typed event per SSE event with the event's ``type`` (the data's, else the
  ``event:`` name); ``text_deltas()`` is the text of the text-delta events; a stream with its
  terminal event gives the final object (Responses: the terminal ``response``; Messages:
  the same content as the non-streamed twin transcript, stop reason and usage from
  ``message_delta``); a stream without one, or a ``/messages`` stream whose
  ``message_delta`` is the gateway's disguise of a provider failure (``max_tokens`` stop,
  0 output tokens), raises ``APIConnectionError`` after delivering every event it had.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from aistats import AIStats, APIConnectionError, APIStatusError, AsyncAIStats, InternalServerError
from aistats.testing import FakeGateway, Reply

FIXTURES = Path(__file__).parent / "fixtures" / "wire2"
TRANSCRIPTS = sorted(FIXTURES.glob("[rm][0-9]*.json"))
KEY = "phaseo_v1_sk_replay"
TERMINAL = {"r": {"response.completed", "response.failed", "response.incomplete"}, "m": {"message_stop"}}
TEXT_DELTA = {"r": "response.output_text.delta", "m": "content_block_delta"}
BLOCK_KEYS = ("type", "text", "id", "name", "input", "thinking")


@dataclass(frozen=True)
class Transcript:
    name: str
    api: str  # "r" or "m"
    request: dict[str, Any]
    status: int
    headers: dict[str, str]
    body: bytes
    chunks: list[int]

    @classmethod
    def load(cls, path: Path) -> Transcript:
        data = json.loads(path.read_text())
        response = data["response"]
        return cls(
            name=path.stem,
            api=path.name[0],
            request=json.loads(data["request"]["body"]),
            status=response["status"],
            headers=response["headers"],
            body=base64.b64decode(response["body_b64"]),
            chunks=response["body_chunk_byte_lengths"],
        )

    @property
    def streamed(self) -> bool:
        return self.headers.get("content-type", "").startswith("text/event-stream")

    def reply(self) -> Reply:
        parts: list[bytes] = []
        offset = 0
        for size in self.chunks:
            parts.append(self.body[offset : offset + size])
            offset += size
        assert offset == len(self.body)
        return Reply(
            status=self.status, headers=tuple(self.headers.items()), body=tuple(parts), chunked=self.streamed
        )

    def sse(self) -> list[tuple[str, dict[str, Any]]]:
        """(event name, data) of each event, read with the plain rules of the format."""
        events = []
        for block in self.body.decode().split("\n\n"):
            name, data = "message", []
            for line in block.split("\n"):
                field, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if field == "event":
                    name = value
                elif field == "data":
                    data.append(value)
            if data:
                events.append((name, json.loads("\n".join(data))))
        return events

    def params(self) -> dict[str, Any]:
        return {key: value for key, value in self.request.items() if key != "stream"}


ALL = [Transcript.load(path) for path in TRANSCRIPTS]


def _by_name(name: str) -> Transcript:
    return next(t for t in ALL if t.name == name)


def _twin(streamed: Transcript) -> Transcript | None:
    """The non-streamed 200 transcript that asked the same thing (model aside), if any."""

    def key(t: Transcript) -> dict[str, Any]:
        return {k: v for k, v in t.request.items() if k not in ("model", "stream")}

    for other in ALL:
        if (
            other.api == streamed.api
            and not other.streamed
            and other.status == 200
            and key(other) == key(streamed)
        ):
            return other
    return None


def _call(t: Transcript, mode: str, consume: Callable[[Any], Any]) -> Any:
    """Serve ``t`` once and make the matching call; ``consume`` reads a stream (sync or
    async helper chosen by the caller)."""
    with FakeGateway(api_key=KEY) as gateway:
        gateway.enqueue(t.reply())
        if mode == "sync":
            with AIStats(api_key=KEY, base_url=gateway.base_url, max_retries=0) as client:
                resource = client.responses if t.api == "r" else client.messages
                result = resource.create(stream=t.streamed, **t.params())
                return consume(result) if t.streamed else result

        async def run() -> Any:
            async with AsyncAIStats(api_key=KEY, base_url=gateway.base_url, max_retries=0) as client:
                resource = client.responses if t.api == "r" else client.messages
                result = await resource.create(stream=t.streamed, **t.params())
                return await consume(result) if t.streamed else result

        return asyncio.run(run())


def _read_stream(mode: str) -> Callable[[Any], Any]:
    """Collect (events, error) from a stream, sync or async."""
    if mode == "sync":

        def read(stream: Any) -> tuple[list[Any], BaseException | None, Any]:
            events: list[Any] = []
            try:
                for event in stream:
                    events.append(event)  # noqa: PERF402 - keeps what came before the error
            except APIConnectionError as exc:
                return events, exc, stream
            return events, None, stream

        return read

    async def aread(stream: Any) -> tuple[list[Any], BaseException | None, Any]:
        events: list[Any] = []
        try:
            async for event in stream:
                events.append(event)  # noqa: PERF401 - keeps what came before the error
        except APIConnectionError as exc:
            return events, exc, stream
        return events, None, stream

    return aread


def _final(stream: Any, api: str, mode: str) -> Any:
    getter = stream.get_final_response if api == "r" else stream.get_final_message
    return getter() if mode == "sync" else asyncio.run(getter())


def _message_text(body: dict[str, Any]) -> str:
    return "".join(
        part["text"]
        for item in body.get("output", [])
        if item.get("type") == "message"
        for part in item.get("content", [])
        if part.get("type") == "output_text"
    )


def _provider_failed(sse: list[tuple[str, dict[str, Any]]]) -> bool:
    """How the gateway ends a ``/messages`` stream whose provider died: a ``max_tokens`` stop
    with no output tokens, impossible for a real one (``max_tokens`` is at least 1)."""
    return any(
        data["delta"].get("stop_reason") == "max_tokens" and data["usage"].get("output_tokens") == 0
        for name, data in sse
        if name == "message_delta"
    )


def _expected_text(t: Transcript) -> str:
    pieces = []
    for name, data in t.sse():
        if name != TEXT_DELTA[t.api]:
            continue
        if t.api == "r":
            pieces.append(data["delta"])
        elif data["delta"].get("type") == "text_delta":
            pieces.append(data["delta"]["text"])
    return "".join(pieces)


@pytest.mark.parametrize("t", [t for t in ALL if t.status == 200 and not t.streamed], ids=lambda t: t.name)
def test_json_reply_parses_and_round_trips(t: Transcript, mode: str) -> None:
    result = _call(t, mode, lambda s: s)
    body = json.loads(t.body)
    assert result.to_dict() == body
    if t.api == "r":
        assert result.output_text == _message_text(body)
        assert bool(result.output_text) == any(item["type"] == "message" for item in body["output"])
    assert result.id == body["id"]


@pytest.mark.parametrize("t", [t for t in ALL if t.status >= 400], ids=lambda t: t.name)
def test_error_reply_is_the_gateways_typed_error(t: Transcript, mode: str) -> None:
    body = json.loads(t.body)
    with pytest.raises(APIStatusError) as caught:
        _call(t, mode, lambda s: s)
    error = caught.value
    assert error.status_code == t.status
    assert error.code == body["error"]
    if t.status >= 500:
        assert isinstance(error, InternalServerError)
    assert error.request_id == body["generation_id"]  # no request-id header: the body's id


@pytest.mark.parametrize("t", [t for t in ALL if t.status == 200 and t.streamed], ids=lambda t: t.name)
def test_stream_events_text_and_ending(t: Transcript, mode: str) -> None:
    sse = t.sse()
    names = [name for name, _ in sse]
    ended = any(name in TERMINAL[t.api] for name in names)
    events, error, stream = _call(t, mode, _read_stream(mode))

    assert [e.type for e in events] == [data.get("type", name) for name, data in sse]
    assert "".join(filter(None, (stream._protocol.spec.text_delta(e) for e in events))) == _expected_text(t)
    if not ended or _provider_failed(sse):
        assert isinstance(error, APIConnectionError)
        assert ("cut" if not ended else "provider failed mid-stream") in str(error)
        assert "the reply is incomplete" in str(error)
        return
    assert error is None
    final = _final(stream, t.api, mode)
    if t.api == "r":
        terminal = next(data for name, data in sse if name in TERMINAL["r"])
        assert final.to_dict() == terminal["response"]
        assert final.output_text == _message_text(terminal["response"])
        assert stream.request_id == sse[0][1]["id"]
        return
    start = sse[0][1]["message"]
    delta = next(data for name, data in sse if name == "message_delta")
    assert final.stop_reason == delta["delta"]["stop_reason"]
    assert final.usage.output_tokens == delta["usage"]["output_tokens"]
    assert final.id == start["id"]
    assert stream.request_id == (start["id"] if start["id"].startswith("G-") else None)
    twin = _twin(t)
    if twin is not None:
        want = json.loads(twin.body)["content"]
        got = final.to_dict()["content"]
        assert [{k: b[k] for k in BLOCK_KEYS if k in w} for b, w in zip(got, want, strict=True)] == [
            {k: w[k] for k in BLOCK_KEYS if k in w} for w in want
        ]


def test_every_transcript_is_covered() -> None:
    """The three tests above together take every r*/m* transcript (none is skipped)."""
    assert len(ALL) == 26
    covered = [t for t in ALL if (t.status == 200) or t.status >= 400]
    assert covered == ALL


@pytest.mark.parametrize("name", ["m04_messages_stream_tool", "m10_messages_stream_tool_compat"])
def test_streamed_tool_input_is_rebuilt_from_json_deltas(name: str) -> None:
    t = _by_name(name)
    pieces = "".join(d["delta"]["partial_json"] for n, d in t.sse() if n == "content_block_delta")
    _, error, stream = _call(t, "sync", _read_stream("sync"))
    assert error is None
    block = stream.get_final_message().content[0]
    assert block.type == "tool_use"
    assert block.input == json.loads(pieces)
