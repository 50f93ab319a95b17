"""Round trips of the generated models on realistic gateway payloads: ``from_dict`` then
``to_dict`` gives the input back, unknown fields kept at every level, and the shapes the
gateway really sends (no ``meta``, ``usage: null``, tool calls without content, every
message role and content part, every chunk kind, error frames and bodies) all parse."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_request import ChatCompletionsRequest
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.chat_message_assistant import ChatMessageAssistant
from aistats_generated.models.chat_message_developer import ChatMessageDeveloper
from aistats_generated.models.chat_message_system import ChatMessageSystem
from aistats_generated.models.chat_message_tool import ChatMessageTool
from aistats_generated.models.chat_message_user import ChatMessageUser
from aistats_generated.models.error_object import ErrorObject
from aistats_generated.models.gateway_error import GatewayError
from aistats_generated.models.gateway_usage import GatewayUsage
from aistats_generated.models.message_content_audio_url import MessageContentAudioUrl
from aistats_generated.models.message_content_image_url import MessageContentImageUrl
from aistats_generated.models.message_content_input_audio import MessageContentInputAudio
from aistats_generated.models.message_content_input_video import MessageContentInputVideo
from aistats_generated.models.message_content_text import MessageContentText
from aistats_generated.models.message_content_tool_call import MessageContentToolCall
from aistats_generated.models.message_content_video_url import MessageContentVideoUrl
from aistats_generated.models.stream_error_frame import StreamErrorFrame

FULL_RESPONSE: dict[str, Any] = {
    "id": "req_123",
    "object": "chat.completion",
    "nativeResponseId": "chatcmpl-abc",
    "created": 1732550000,
    "model": "cohere/command-r+-2024-08-30",  # an id the published enum loses
    "provider": "openai",
    "system_fingerprint": "fp_1",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi!", "refusal": None, "annotations": []},
            "finish_reason": "stop",
            "reasoning": False,
            "logprobs": None,
            "x_choice": 1,
        },
        {"index": 1, "message": {"role": "assistant", "content": "Yo"}, "finish_reason": "function_call"},
    ],
    "usage": {
        "prompt_tokens": 5,
        "completion_tokens": 2,
        "total_tokens": 7,
        "prompt_tokens_details": None,
        "input_tokens": 5,  # Dec 2025 keys: kept as additional properties
        "output_tokens": 2,
    },
    "meta": {
        "latency_ms": 120,
        "tpot_ms": None,
        "routing": {"selected_provider": "openai", "attempts": 1},
        "response_cache": {"enabled": False, "status": "bypass", "key": None},
        "timing": {"total_ms": 120},
    },
}


def round_trip(cls: Any, data: dict[str, Any]) -> Any:
    original = copy.deepcopy(data)
    model = cls.from_dict(data)
    assert model.to_dict() == original
    assert data == original  # from_dict does not consume its input
    return model


def test_full_response_keeps_unknown_fields_at_every_level() -> None:
    completion = round_trip(ChatCompletionsResponse, FULL_RESPONSE)
    assert completion.system_fingerprint == "fp_1"
    assert completion.choices[0]["x_choice"] == 1
    assert completion.choices[0].message.refusal is None and completion.choices[0].message.annotations == []
    assert completion.usage.prompt_tokens == 5 and completion.usage["input_tokens"] == 5
    assert completion.meta.routing.selected_provider == "openai" and completion.meta.routing["attempts"] == 1
    assert completion.meta.tpot_ms is None and completion.meta["timing"] == {"total_ms": 120}
    assert completion.model == "cohere/command-r+-2024-08-30"
    assert completion.choices[1].finish_reason == "function_call"  # unknown values pass through


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b.pop("meta"),
        lambda b: b.update(usage=None),
        lambda b: b.pop("usage"),
        lambda b: b.pop("provider"),
        lambda b: b.pop("nativeResponseId"),
        lambda b: b["choices"][0].update(finish_reason=None),
        lambda b: b["choices"][0].pop("finish_reason"),
        lambda b: b["meta"].update(timing=None),
        lambda b: b["usage"].update(completion_tokens_details={"reasoning_tokens": 3, "future": 1}),
    ],
    ids=[
        "no-meta",
        "usage-null",
        "no-usage",
        "no-provider",
        "no-native-id",
        "finish-null",
        "no-finish",
        "timing-null",
        "usage-details",
    ],
)
def test_shapes_the_gateway_may_send(change: Any) -> None:
    body = copy.deepcopy(FULL_RESPONSE)
    change(body)
    round_trip(ChatCompletionsResponse, body)


def test_tool_call_reply_without_content() -> None:
    body = copy.deepcopy(FULL_RESPONSE)
    body["choices"] = [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}
                ],
            },
            "finish_reason": "tool_calls",
        }
    ]
    message = round_trip(ChatCompletionsResponse, body).choices[0].message
    assert message.content is None
    assert message.tool_calls is not None and message.tool_calls[0].function.arguments == '{"a": 1}'


MESSAGES: list[tuple[dict[str, Any], type]] = [
    ({"role": "system", "content": "Be brief.", "name": "sys"}, ChatMessageSystem),
    ({"role": "user", "content": "Hi", "cache_control": {"type": "ephemeral"}}, ChatMessageUser),
    (
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        ChatMessageAssistant,
    ),
    ({"role": "tool", "content": "42", "tool_call_id": "c"}, ChatMessageTool),
    ({"role": "developer", "content": "Answer in French."}, ChatMessageDeveloper),
]


@pytest.mark.parametrize(("message", "cls"), MESSAGES, ids=[m[0]["role"] for m in MESSAGES])
def test_each_message_role(message: dict[str, Any], cls: type) -> None:
    request = round_trip(ChatCompletionsRequest, {"model": "m", "messages": [message]})
    assert type(request.messages[0]) is cls


PARTS: list[tuple[dict[str, Any], type]] = [
    ({"type": "text", "text": "What is this?"}, MessageContentText),
    (
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA", "detail": "low"}},
        MessageContentImageUrl,
    ),
    ({"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}}, MessageContentInputAudio),
    ({"type": "audio_url", "audio_url": {"url": "https://a.example/a.mp3"}}, MessageContentAudioUrl),
    ({"type": "input_video", "video_url": {"url": "https://v.example/a.mp4"}}, MessageContentInputVideo),
    ({"type": "video_url", "video_url": {"url": "https://v.example/a.mp4"}}, MessageContentVideoUrl),
    ({"type": "tool_call", "id": "c1", "function": {"name": "f", "arguments": "{}"}}, MessageContentToolCall),
]


@pytest.mark.parametrize(("part", "cls"), PARTS, ids=[p[0]["type"] for p in PARTS])
def test_each_content_part(part: dict[str, Any], cls: type) -> None:
    request = round_trip(
        ChatCompletionsRequest, {"model": "m", "messages": [{"role": "user", "content": [part]}]}
    )
    content = request.messages[0].content
    assert isinstance(content, list) and type(content[0]) is cls


def test_roles_are_a_closed_set() -> None:
    """The gateway refuses any other role (400 validation_error), so the model refuses it too."""
    with pytest.raises(ValueError, match="role"):
        ChatCompletionsRequest.from_dict({"model": "m", "messages": [{"role": "narrator", "content": "x"}]})


def test_request_serialises_to_exactly_the_given_keys() -> None:
    request = ChatCompletionsRequest.from_dict(
        {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
    )
    assert request.to_dict() == {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
    assert round_trip(ChatCompletionsRequest, {"model": "m", "messages": [], "provider_x": {"a": 1}})[
        "provider_x"
    ] == {"a": 1}


CHUNK = {
    "object": "chat.completion.chunk",
    "nativeResponseId": None,
    "created": 1,
    "model": "m",
    "provider": "p",
}
CHUNKS: dict[str, dict[str, Any]] = {
    "role-only": {
        **CHUNK,
        "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None, "reasoning": False}],
    },
    "content": {**CHUNK, "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}]},
    "null-content": {**CHUNK, "choices": [{"index": 0, "delta": {"content": None}}]},
    "gateway-tool-call": {
        **CHUNK,
        "choices": [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a'}}
                    ]
                },
            }
        ],
    },
    "openai-tool-fragment": {
        **CHUNK,
        "choices": [
            {"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '": 1}'}}]}}
        ],
    },
    "finish": {**CHUNK, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    "usage-only": {**CHUNK, "choices": [], "usage": {"total_tokens": 9}},
    "reasoning": {
        **CHUNK,
        "choices": [
            {
                "index": 0,
                "delta": {"content": "hmm", "reasoning_content": "x"},
                "reasoning": True,
                "logprobs": {"content": []},
            }
        ],
    },
    "forwarded-with-id": {
        "id": "chatcmpl-1",
        "choices": [{"index": 0, "delta": {"content": "x"}}],
        "system_fingerprint": "fp",
    },
}


@pytest.mark.parametrize("name", sorted(CHUNKS))
def test_each_chunk_kind(name: str) -> None:
    round_trip(ChatCompletionChunk, CHUNKS[name])


def test_error_frame_and_gateway_errors() -> None:
    frame = round_trip(StreamErrorFrame, {"object": "error", "message": "upstream failed", "code": 502})
    assert frame.message == "upstream failed" and frame["code"] == 502
    relayed = round_trip(
        StreamErrorFrame,
        {"error": {"message": "boom", "type": "server_error", "code": "e", "param": None}, "id": "G-1"},
    )
    assert isinstance(relayed.error, ErrorObject) and relayed.error.message == "boom" and relayed.id == "G-1"
    minimal = round_trip(GatewayError, {"error": "unauthorised"})
    assert minimal.reason is None
    full = round_trip(
        GatewayError,
        {
            "ok": False,
            "error": "insufficient_funds",
            "reason": "Balance is 0",
            "message": None,
            "description": "Top up",
            "request_id": "req_1",
            "team_id": "t_1",
            "model": "m",
            "meta": {"appTitle": "x"},
            "timing": None,
            "extra": [1],
        },
    )
    assert (full.error, full.reason, full.request_id, full["extra"]) == (
        "insufficient_funds",
        "Balance is 0",
        "req_1",
        [1],
    )


def test_absent_fields_read_as_none_in_reprs() -> None:
    usage = round_trip(GatewayUsage, {"total_tokens": 3})
    assert repr(usage) == (
        "GatewayUsage(prompt_tokens=None, completion_tokens=None, total_tokens=3, "
        "prompt_tokens_details=None, completion_tokens_details=None, server_tool_use=None, "
        "pricing=None, additional_properties={})"
    )
