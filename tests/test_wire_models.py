"""Every real wire transcript (``tests/fixtures/wire/``) through the generated models.

Each 200 JSON body parses into ``ChatCompletionsResponse``, each SSE frame into the model its
kind calls for (chunk, closing snapshot, error frame), each error body into ``GatewayError``;
the typed attributes read back the wire's values (``usage.prompt_tokens``, ``reasoning_content``,
the chunk ``id``, ``generation_id`` ...), and ``to_dict()`` gives back exactly what came.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from aistats._streams.sse import SSEDecoder
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.error_object import ErrorObject
from aistats_generated.models.gateway_error import GatewayError
from aistats_generated.models.gateway_usage import GatewayUsage
from aistats_generated.models.stream_error_frame import StreamErrorFrame

WIRE = Path(__file__).resolve().parent / "fixtures" / "wire"
TRANSCRIPTS = sorted(WIRE.glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    transcript: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return transcript


def body_bytes(transcript: dict[str, Any]) -> bytes:
    return base64.b64decode(transcript["response"]["body_b64"])


def is_stream(transcript: dict[str, Any]) -> bool:
    return str(transcript["response"]["headers"].get("content-type", "")).startswith("text/event-stream")


def data_frames(body: bytes) -> list[str]:
    decoder = SSEDecoder()
    events = decoder.feed(body)
    decoder.end()
    return [event.data for event in events]


def round_trip(cls: Any, data: dict[str, Any]) -> Any:
    """``cls.from_dict(data)``, checked to give back exactly the keys that came (an explicit
    null stays, an absent key is never invented) through ``to_dict``, ``to_json``, equality,
    ``pickle`` and ``deepcopy``."""
    original = copy.deepcopy(data)
    model = cls.from_dict(data)
    assert model.to_dict() == original
    assert json.loads(model.to_json()) == original
    assert cls.from_dict(original) == model
    for copied in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
        assert copied == model and copied.to_dict() == original
    return model


def check_usage(usage: Any, wire: Any) -> None:
    if wire is None:
        assert usage is None
        return
    assert isinstance(usage, GatewayUsage)
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        if key in wire:
            value = getattr(usage, key)
            assert isinstance(value, int) and value == wire[key]
    if "pricing" in wire:
        assert usage.pricing is not None and usage.pricing is not None
        assert usage.pricing.total_nanos == wire["pricing"]["total_nanos"]
    details = wire.get("completion_tokens_details")
    if details:
        assert usage.completion_tokens_details is not None and usage.completion_tokens_details
        assert usage.completion_tokens_details.reasoning_tokens == details["reasoning_tokens"]


def check_completion(completion: ChatCompletionsResponse, wire: dict[str, Any]) -> None:
    assert completion.id == wire["id"] and completion.id.startswith("G-")
    assert completion.native_response_id == wire["nativeResponseId"]
    for key in ("provider_id", "cost_nanos", "cost_cents", "currency"):
        if key in wire:
            assert getattr(completion, key) == wire[key]
    if "pricing_lines" in wire:
        assert completion.pricing_lines is not None
        assert [line.dimension for line in completion.pricing_lines] == [
            line["dimension"] for line in wire["pricing_lines"]
        ]
    if "usage" in wire:
        check_usage(completion.usage, wire["usage"])
    if "meta" in wire:
        assert completion.meta is not None
        assert completion.meta.latency_ms == wire["meta"]["latency_ms"]
        assert completion.meta.routing is not None
        assert completion.meta.routing.selected_provider == wire["meta"]["routing"]["selected_provider"]
    for choice, wire_choice in zip(completion.choices, wire["choices"], strict=True):
        message, wire_message = choice.message, wire_choice["message"]
        assert message.content == wire_message.get("content", message.content)
        if "reasoning_content" in wire_message:
            assert message.reasoning_content == wire_message["reasoning_content"]
        if "reasoning_details" in wire_message:
            assert message.reasoning_details is not None
            assert [d.text for d in message.reasoning_details] == [
                d.get("text") for d in wire_message["reasoning_details"]
            ]
        if "refusal" in wire_message:
            assert message.refusal == wire_message["refusal"]
        if "tool_calls" in wire_message:
            assert message.tool_calls is not None
            assert [(c.id, c.function.name, c.function.arguments) for c in message.tool_calls] == [
                (c["id"], c["function"]["name"], c["function"]["arguments"])
                for c in wire_message["tool_calls"]
            ]


def check_chunk(chunk: ChatCompletionChunk, wire: dict[str, Any]) -> None:
    assert chunk.id == wire["id"] and str(chunk.id).startswith("G-")  # every gateway frame carries it
    if "usage" in wire:
        check_usage(chunk.usage, wire["usage"])
    for choice, wire_choice in zip(chunk.choices, wire["choices"], strict=True):
        delta, wire_delta = choice.delta, wire_choice["delta"]
        for key in ("content", "reasoning_content", "role", "refusal"):
            if key in wire_delta:
                assert getattr(delta, key) == wire_delta[key], key
        for call, wire_call in zip(
            delta.tool_calls or [],
            wire_delta.get("tool_calls", []),
            strict=True,
        ):
            assert call.index == wire_call.get("index") and call.id == wire_call.get("id")
            if "arguments" in wire_call.get("function", {}):
                assert call.function is not None
                assert call.function.arguments == wire_call["function"]["arguments"]


def frame_model(frame: dict[str, Any]) -> Any:
    """The model a frame's kind calls for, told apart the way the SDK tells them apart."""
    if frame.get("object") == "error" or "error" in frame:
        return StreamErrorFrame
    if frame.get("object") == "chat.completion":
        return ChatCompletionsResponse
    return ChatCompletionChunk


def test_every_transcript_is_here() -> None:
    assert len(TRANSCRIPTS) == 58
    sums = dict(
        line.split("  ", 1)[::-1] for line in (WIRE / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    for path in TRANSCRIPTS:
        assert sums[path.name] == hashlib.sha256(path.read_bytes()).hexdigest(), f"{path.name} was edited"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
def test_transcript_round_trips_through_the_models(path: Path) -> None:
    transcript = load(path)
    status = transcript["response"]["status"]
    body = body_bytes(transcript)
    if status != 200:
        wire = json.loads(body)
        error = round_trip(GatewayError, wire)
        assert error.generation_id == wire["generation_id"] and error.status_code == status
        assert error.error == wire["error"] and error.description == wire["description"]
        assert error.error_origin == wire["error_origin"] and error.error_type == wire["error_type"]
        if "details" in wire:
            assert error.details is not None
            assert [issue.path for issue in error.details] == [issue["path"] for issue in wire["details"]]
        if "failed_statuses" in wire:
            assert error.failed_statuses == wire["failed_statuses"]
            assert error.failure_sample is not None
            assert [s.status for s in error.failure_sample] == [s["status"] for s in wire["failure_sample"]]
        if "upstream_error" in wire:
            assert error.upstream_error is not None
            assert error.upstream_error.message == wire["upstream_error"]["message"]
        return
    if not is_stream(transcript):
        check_completion(round_trip(ChatCompletionsResponse, json.loads(body)), json.loads(body))
        return
    frames = data_frames(body)
    if not frames:
        assert transcript["scenario"] == "g_midstream_failure_xai"  # the empty 200 of a dead provider
        return
    kinds = []
    for data in frames:
        if data == "[DONE]":
            kinds.append("[DONE]")
            continue
        wire = json.loads(data)
        cls = frame_model(wire)
        kinds.append(cls.__name__)
        model = round_trip(cls, wire)
        if cls is ChatCompletionChunk:
            check_chunk(model, wire)
        elif cls is ChatCompletionsResponse:
            check_completion(model, wire)
        else:
            assert model.id == wire["id"]
            assert isinstance(model.error, ErrorObject) and model.error.message == wire["error"]["message"]
    assert kinds[0] == "ChatCompletionChunk"


def test_the_transcripts_cover_what_the_models_type() -> None:
    """The fixtures really contain the values the typed attributes are checked on above."""
    seen: set[str] = set()
    for path in TRANSCRIPTS:
        text = body_bytes(load(path)).decode()
        for needle in (
            '"prompt_tokens"',
            '"reasoning_content"',
            '"chat.completion.chunk"',
            '"object":"chat.completion"',
            '"choices":[]',
            '"generation_id"',
            '"failure_sample"',
            '"error":{',
            '"index":0,"id":"',
            "[DONE]",
            '"meta":{',
        ):
            if needle in text:
                seen.add(needle)
    assert len(seen) == 11, seen


GENAPIS = sorted((WIRE.parent / "wire2").glob("[rm][0-9]*.json"))


@pytest.mark.parametrize("path", GENAPIS, ids=lambda p: p.stem)
def test_responses_and_messages_bodies_round_trip(path: Path) -> None:
    """Every ``/responses`` and ``/messages`` body and event, parsed by the model the SDK picks."""
    from aistats._streams.protocols import MESSAGES, RESPONSES
    from aistats_generated.models.messages_response import MessagesResponse
    from aistats_generated.models.responses_response import ResponsesResponse

    transcript = load(path)
    body = body_bytes(transcript)
    api = path.name[0]
    if transcript["response"]["status"] != 200:
        round_trip(GatewayError, json.loads(body))
        return
    if not is_stream(transcript):
        round_trip(ResponsesResponse if api == "r" else MessagesResponse, json.loads(body))
        return
    protocol: Any = RESPONSES if api == "r" else MESSAGES
    decoder = SSEDecoder()
    events = decoder.feed(body)
    decoder.end()
    for event in events:
        wire = json.loads(event.data)
        if event.event == protocol.error_name or wire.get("type") == protocol.error_name:
            continue
        parse = protocol.models.get(event.event, protocol.other)
        model = round_trip(type(parse(copy.deepcopy(wire))), wire)
        assert model.type == wire.get("type")  # the SDK fills in a missing one from the event's name
