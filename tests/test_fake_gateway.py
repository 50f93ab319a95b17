"""The built-in fake gateway (aistats.testing), exercised with plain httpx."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistats.testing import (
    DEFAULT_COST_USD,
    DONE,
    FakeGateway,
    Frame,
    Pause,
    RecordedRequest,
    Repeat,
    Reply,
    chunk_frame,
    completion,
    encode_frame,
    error_frame,
    finish_frame,
    pricing,
    tool_call_fragment_frames,
    tool_call_frames,
    tool_call_snapshot_frames,
    upstream_error_frame,
    usage_counts,
    usage_frame,
)

AUTH = {"authorization": "Bearer test-key"}
HELLO: dict[str, Any] = {
    "model": "openai/gpt-4.1-mini",
    "messages": [{"role": "user", "content": "Hi there"}],
}


@pytest.fixture
def gw() -> Iterator[FakeGateway]:
    with FakeGateway() as gateway:
        yield gateway


@pytest.fixture
def client(gw: FakeGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gw.base_url, headers=AUTH, timeout=5) as c:
        yield c


def sse_data(text: str) -> list[str]:
    """The ``data:`` payloads of a simple LF-framed event stream."""
    return [block.removeprefix("data: ") for block in text.split("\n\n") if block]


# ------------------------------------------------------------- default reply
def test_default_reply_has_the_gateway_shape(gw: FakeGateway, client: httpx.Client) -> None:
    response = client.post("/chat/completions", json=HELLO)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "x-gateway-request-id" not in response.headers  # the current gateway sends none
    body = response.json()
    assert body == {
        "id": "req_1",
        "nativeResponseId": "fake-req_1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "openai/gpt-4.1-mini",
        "provider": "fake",
        "provider_id": "fake",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Echo: Hi there",
                    "refusal": None,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 2,
            "completion_tokens": 3,
            "total_tokens": 5,
            "pricing": pricing(DEFAULT_COST_USD, 2, 3),  # priced as the gateway prices a reply
        },
        "cost_nanos": 13_200,
        "cost_cents": 0,
        "currency": "USD",
        "pricing_lines": pricing(DEFAULT_COST_USD, 2, 3)["lines"],
    }
    assert client.post("/chat/completions", json=HELLO).json() == body | {
        "id": "req_2",
        "nativeResponseId": "fake-req_2",
    }


def test_dec_2025_dialect_reply() -> None:
    with FakeGateway(dialect="2025-12") as gw:
        response = httpx.post(f"{gw.base_url}/chat/completions", json=HELLO, headers=AUTH)
        assert response.headers["x-gateway-request-id"] == "req_1"
        assert response.json()["usage"] == {"input_tokens": 2, "output_tokens": 3, "total_tokens": 5}
        with httpx.stream(
            "POST", f"{gw.base_url}/chat/completions", json=HELLO | {"stream": True, "reasoning": {}},
            headers=AUTH,
        ) as stream:  # fmt: skip
            text = stream.read().decode()
        assert stream.headers["x-gateway-request-id"] == "req_2"
    *frames, done = sse_data(text)
    chunks = [json.loads(frame) for frame in frames]
    assert done == "[DONE]" and chunks[-1]["object"] == "chat.completion"
    assert all("id" not in chunk for chunk in chunks[:-1])
    assert chunks[0]["choices"][0]["reasoning"] is True  # reasoning as flagged content
    assert chunks[1]["choices"][0]["reasoning"] is False


def test_default_reply_echoes_the_last_user_text_parts(client: httpx.Client) -> None:
    parts = [
        {"type": "text", "text": "one"},
        {"type": "image_url", "image_url": {"url": "x"}},
        {"type": "text", "text": "two"},
    ]
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": parts},
    ]
    body = client.post(
        "/chat/completions", json={"model": "openai/gpt-4.1-mini", "messages": messages}
    ).json()
    assert body["choices"][0]["message"]["content"] == "Echo: one two"


def test_meta_only_when_asked(client: httpx.Client) -> None:
    assert "meta" not in client.post("/chat/completions", json=HELLO).json()
    headers = {"x-title": "My App", "http-referer": "https://example.test"}
    body = client.post("/chat/completions", json=HELLO | {"meta": True}, headers=headers).json()
    assert body["meta"] == {"generation_ms": 0, "latency_ms": 0, "routing": {"selected_provider": "fake"}}
    with FakeGateway(dialect="2025-12") as old:
        url = f"{old.base_url}/chat/completions"
        meta = httpx.post(url, json=HELLO | {"meta": True}, headers={**AUTH, **headers}).json()["meta"]
    assert meta == {
        "requestId": "req_1",
        "provider": "fake",
        "endpoint": "chat.completions",
        "model": "openai/gpt-4.1-mini",
        "appTitle": "My App",
        "referer": "https://example.test",
        "timing": {"latency_ms": 0, "generation_ms": 0, "total_ms": 0},
    }


def test_reasoning_is_streamed_as_reasoning_content(client: httpx.Client) -> None:
    body = client.post("/chat/completions", json=HELLO | {"reasoning": {"effort": "low"}}).json()
    thought = body["choices"][0]["message"]["reasoning_content"]
    assert thought
    with client.stream("POST", "/chat/completions", json=HELLO | {"stream": True, "reasoning": {}}) as r:
        chunks = [json.loads(frame) for frame in sse_data(r.read().decode())]
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    assert "".join(d.get("reasoning_content", "") for d in deltas) == thought
    assert "".join(d.get("content", "") for d in deltas) == "Echo: Hi there"


def test_default_stream_frames_and_headers(client: httpx.Client) -> None:
    with client.stream("POST", "/chat/completions", json=HELLO | {"stream": True}) as response:
        text = response.read().decode()
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["cache-control"] == "no-store"
    assert "x-gateway-request-id" not in response.headers  # the id is in every frame
    assert response.headers["transfer-encoding"] == "chunked"
    chunks = [json.loads(frame) for frame in sse_data(text)]  # no [DONE]: the compatible path
    assert all(chunk["object"] == "chat.completion.chunk" and chunk["id"] == "req_1" for chunk in chunks)
    assert all("provider" not in chunk for chunk in chunks)
    *deltas_frames, usage = chunks
    deltas = [chunk["choices"][0]["delta"] for chunk in deltas_frames]
    assert deltas == [
        {"role": "assistant", "content": ""},
        {"content": "Echo:"},
        {"content": " Hi"},
        {"content": " there"},
        {},
    ]
    assert [chunk["choices"][0]["finish_reason"] for chunk in deltas_frames] == [None] * 4 + ["stop"]
    assert usage["choices"] == [] and usage["usage"]["total_tokens"] == 5
    assert "meta" not in usage


@pytest.mark.parametrize("ending", ["usage", "snapshot", "done"])
def test_each_stream_ending(ending: str) -> None:
    with FakeGateway(stream_ending=ending) as gw:
        url = f"{gw.base_url}/chat/completions"
        with httpx.stream("POST", url, json=HELLO | {"stream": True, "meta": True}, headers=AUTH) as r:
            frames = sse_data(r.read().decode())
    last = frames[-1] if ending != "done" else frames[-2]
    assert (frames[-1] == "[DONE]") == (ending == "done")
    final = json.loads(last)
    if ending == "snapshot":
        assert final["object"] == "chat.completion" and final["id"] == "req_1"
        assert final["choices"][0]["message"]["content"] == "Echo: Hi there" and "meta" in final
        assert not any(json.loads(f)["choices"][0]["finish_reason"] for f in frames[:-1])
    else:
        assert final["choices"] == [] and final["usage"]["total_tokens"] == 5 and "meta" in final
    with pytest.raises(ValueError, match="stream_ending"):
        FakeGateway(stream_ending="eventually")


# --------------------------------------------------------------- the checks
@pytest.mark.parametrize(
    ("headers", "description"),
    [
        ({}, "missing_or_invalid_authorization_header"),
        ({"authorization": "Basic abc"}, "missing_or_invalid_authorization_header"),
        ({"authorization": "bearer test-key"}, "missing_or_invalid_authorization_header"),
        ({"authorization": "Bearer wrong"}, "key_not_found_or_revoked"),
    ],
)
def test_auth_failures_are_401(headers: dict[str, str], description: str) -> None:
    with FakeGateway(api_key="test-key") as gw:
        response = httpx.post(f"{gw.base_url}/chat/completions", json=HELLO, headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert body["error"] == "unauthorised" and body["description"] == description
        assert body["generation_id"] == "req_1" and "wrong" not in response.text
        assert body["error_origin"] == "user"
        ok = httpx.post(f"{gw.base_url}/chat/completions", json=HELLO, headers=AUTH)
        assert ok.status_code == 200


def test_any_bearer_token_without_api_key(gw: FakeGateway) -> None:
    url = f"{gw.base_url}/chat/completions"
    assert httpx.post(url, json=HELLO, headers={"authorization": "Bearer anything"}).status_code == 200
    assert httpx.post(url, json=HELLO).status_code == 401


@pytest.mark.parametrize(
    ("body", "keyword", "path"),
    [
        ({"model": "m"}, "invalid_type", ["messages"]),
        ({"model": "m", "messages": []}, "minItems", ["messages"]),
        (HELLO | {"temperature": 3}, "maximum", ["temperature"]),
        ({"model": "m", "messages": [{"role": "user", "content": 5}]}, "anyOf", ["messages", 0, "content"]),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "text"}]}]},
            "invalid_type",
            ["messages", 0, "content", 0, "text"],
        ),
        (
            {"model": "m", "messages": [{"role": "tool", "content": "x"}]},
            "invalid_type",
            ["messages", 0, "tool_call_id"],
        ),
        ({"messages": HELLO["messages"]}, "invalid_type", ["model"]),
        (
            {"model": "m", "messages": [{"role": "wizard", "content": "x"}]},
            "invalid_union",
            ["messages", 0, "role"],
        ),
        (
            {
                "model": "m",
                "messages": [
                    {"role": "user", "content": "x"},
                    {"role": "assistant", "content": None, "tool_calls": []},
                ],
            },
            "invalid_union",
            ["messages", 1, "content"],
        ),
        ([1, 2], "type", []),
    ],
)
def test_validation_errors_are_400(client: httpx.Client, body: Any, keyword: str, path: list[Any]) -> None:
    response = client.post("/chat/completions", json=body)
    assert response.status_code == 400
    error = response.json()
    assert error["error"] == "validation_error" and error["generation_id"].startswith("req_")
    (detail,) = error["details"]
    assert (detail["keyword"], detail["path"]) == (keyword, path)
    at = ".".join(str(p) for p in path)
    assert error["description"] == (f"{detail['message']} at {at}" if at else detail["message"])


def test_dec_2025_dialect_checks() -> None:
    with FakeGateway(dialect="2025-12") as gw:
        url = f"{gw.base_url}/chat/completions"
        missing = httpx.post(url, json={"messages": HELLO["messages"]}, headers=AUTH).json()
        assert (missing["error"], missing["reason"], missing["request_id"]) == (
            "model_required",
            "model_required",
            "req_1",
        )
        developer = {"model": "m", "messages": [{"role": "developer", "content": "x"}]}
        assert httpx.post(url, json=developer, headers=AUTH).json()["error"] == "validation_error"


def test_unknown_roles_and_fields_pass(client: httpx.Client) -> None:
    body = {
        "model": "openai/gpt-4o-mini",
        "messages": [{"role": "developer", "content": "x"}, {"role": "user", "content": "y"}],
        "provider_thing": {"a": 1},
        "seed": 7,
    }
    assert client.post("/chat/completions", json=body).status_code == 200


def test_invalid_json_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/chat/completions", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"


def test_validation_can_be_turned_off() -> None:
    with FakeGateway(validate=False) as gw:
        response = httpx.post(
            f"{gw.base_url}/chat/completions", headers=AUTH, json=HELLO | {"temperature": 3, "messages": []}
        )
        assert response.status_code == 200
        assert response.json()["choices"][0]["message"]["content"] == "Echo: "


def test_unknown_route_and_method(client: httpx.Client) -> None:
    assert client.post("/completions", json=HELLO).status_code == 404
    response = client.get("/chat/completions")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


# ---------------------------------------------------------- scripted replies
def test_scripted_replies_fifo_then_default(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({"n": 1}), Reply.error(503, "upstream_error"))
    gw.enqueue(Reply.default().with_faults(delay=0.01))
    assert gw.queued == 3
    assert client.post("/chat/completions", json=HELLO).json() == {"n": 1}
    assert client.post("/chat/completions", json=HELLO).status_code == 503
    assert client.post("/chat/completions", json=HELLO).json()["id"] == "req_3"
    assert client.post("/chat/completions", json=HELLO).json()["id"] == "req_4"
    assert gw.queued == 0


def test_scripted_replies_bypass_checks_unless_checked(gw: FakeGateway) -> None:
    url = f"{gw.base_url}/chat/completions"
    gw.enqueue(Reply.json({"ok": 1}), Reply.json({"ok": 2}).checked())
    assert httpx.post(url, content=b"not json").json() == {"ok": 1}
    response = httpx.post(url, json=HELLO)
    assert response.status_code == 401 and gw.queued == 0


def test_reply_error_body(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(
        Reply.error(
            402,
            "insufficient_funds",
            reason="balance",
            message="Top up",
            request_id="req_x",
            headers={"retry-after": "1"},
            team_id="t1",
        ),
        Reply.upstream_error(
            400, "Invalid value for 'temperature'", code="invalid_value", request_id="req_y"
        ),
    )
    response = client.post("/chat/completions", json=HELLO)
    assert response.status_code == 402 and response.headers["retry-after"] == "1"
    assert response.json() == {
        "generation_id": "req_x",
        "status_code": 402,
        "error": "insufficient_funds",
        "error_type": "user",
        "error_origin": "user",
        "description": "Top up",
        "reason": "balance",
        "team_id": "t1",
    }
    upstream = client.post("/chat/completions", json=HELLO)
    body = upstream.json()
    assert upstream.status_code == 502 and upstream.headers["x-gateway-error-origin"] == "upstream"
    assert (body["error"], body["error_origin"], body["failed_statuses"]) == (
        "upstream_error",
        "upstream",
        [400],
    )
    assert body["failure_sample"][0]["upstream_error_message"] == "Invalid value for 'temperature'"
    assert "HTTP 400" in body["description"]


def test_reply_raw(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(
        Reply.raw(502, b"<html>Bad gateway</html>", content_type="text/html"),
        Reply.raw(500),
        Reply.raw(200, b"{}", headers={"content-type": "text/plain"}),
    )
    html = client.post("/chat/completions", json=HELLO)
    assert (html.status_code, html.headers["content-type"], html.text) == (
        502,
        "text/html",
        "<html>Bad gateway</html>",
    )
    empty = client.post("/chat/completions", json=HELLO)
    assert empty.status_code == 500 and empty.content == b"" and "content-type" not in empty.headers
    assert client.post("/chat/completions", json=HELLO).headers["content-type"] == "text/plain"


def test_reply_sse_frame_kinds(gw: FakeGateway, client: httpx.Client) -> None:
    frames: list[Frame] = [
        chunk_frame("a", role="assistant"),
        ": keep-alive\n\n",
        b"event: ping\ndata: 1\n\n",
        "data: line1\ndata: line2\n\n",
        error_frame("upstream failed"),
    ]
    gw.enqueue(Reply.sse(frames, request_id="req_s"), Reply.sse([{"x": 1}], done=False, line_end="\r\n"))
    with client.stream("POST", "/chat/completions", json=HELLO) as response:
        text = response.read().decode()
    assert response.headers["x-gateway-request-id"] == "req_s"
    blocks = text.split("\n\n")
    assert blocks[1:5] == [
        ": keep-alive",
        "event: ping\ndata: 1",
        "data: line1\ndata: line2",
        'data: {"object":"error","message":"upstream failed"}',
    ]
    assert text.endswith(DONE)
    crlf = client.post("/chat/completions", json=HELLO).content
    assert crlf == b'data: {"x":1}\r\n\r\n'


def test_frame_builders() -> None:
    growing = tool_call_frames("call_1", "lookup", ['{"q"', ': "x"}'])
    calls = [frame["choices"][0]["delta"]["tool_calls"][0] for frame in growing]
    assert [call["id"] for call in calls] == ["call_1", "call_1"]
    assert [call["function"]["arguments"] for call in calls] == ['{"q"', '{"q": "x"}']
    assert all("index" not in call for call in calls)
    snapshots = tool_call_snapshot_frames("call_3", "lookup", ['{"q"', ': "x"}'], id="req_3")
    calls = [frame["choices"][0]["delta"]["tool_calls"][0] for frame in snapshots]
    assert all((call["index"], call["id"]) == (0, "call_3") for call in calls)
    assert [call["function"]["arguments"] for call in calls] == ["", '{"q"', '{"q": "x"}', '{"q": "x"}']
    assert all(frame["id"] == "req_3" for frame in snapshots)
    fragments = tool_call_fragment_frames("call_2", "lookup", ['{"q"', ': "x"}'], index=1)
    parts = [frame["choices"][0]["delta"]["tool_calls"][0] for frame in fragments]
    assert parts[0] == {
        "index": 1,
        "id": "call_2",
        "type": "function",
        "function": {"name": "lookup", "arguments": ""},
    }
    assert parts[1:] == [
        {"index": 1, "function": {"arguments": '{"q"'}},
        {"index": 1, "function": {"arguments": ': "x"}'}},
    ]
    usage = usage_counts(3, 4, reasoning_tokens=1)
    assert usage == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7, "reasoning_tokens": 1}
    assert usage_frame(usage)["choices"] == [] and usage_frame(usage)["usage"] == usage
    assert finish_frame("length")["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "length"}
    assert chunk_frame(reasoning_content="hm", id="req_1")["choices"][0]["delta"] == {
        "reasoning_content": "hm"
    }
    assert chunk_frame("x", reasoning=True)["choices"][0]["reasoning"] is True
    snapshot = completion("hi", id="req_9", usage=usage)
    assert snapshot["object"] == "chat.completion" and snapshot["id"] == "req_9"
    assert upstream_error_frame("boom", id="req_1")["error"]["message"] == "boom"
    assert encode_frame({"a": 1}, "\r") == b'data: {"a":1}\r\r'


# -------------------------------------------------------------------- faults
def test_reset_before_answering(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.reset())
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        client.post("/chat/completions", json=HELLO)
    assert client.post("/chat/completions", json=HELLO).status_code == 200


def test_cut_mid_frame(gw: FakeGateway, client: httpx.Client) -> None:
    first = encode_frame(chunk_frame("Hello", role="assistant"))
    gw.enqueue(
        Reply.sse([chunk_frame("Hello", role="assistant"), chunk_frame(" world")]).with_faults(
            cut_after_bytes=len(first) + 12
        )
    )
    received = b""
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", "/chat/completions", json=HELLO) as response,
    ):
        for data in response.iter_bytes():
            received += data
    assert received.startswith(first) and received[len(first) :] == b'data: {"obje'


def test_cut_json_body(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json(completion("hello")).with_faults(cut_after_bytes=20))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/chat/completions", json=HELLO)


def test_pause_after_headers_then_read_timeout(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({"late": True}).with_faults(pause_after_headers=2))
    timeout = httpx.Timeout(5, read=0.2)
    with client.stream("POST", "/chat/completions", json=HELLO, timeout=timeout) as response:
        assert response.status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            response.read()


def test_delay_before_headers(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({}).with_faults(delay=2))
    with pytest.raises(httpx.ReadTimeout):
        client.post("/chat/completions", json=HELLO, timeout=httpx.Timeout(5, read=0.2))


def test_drip_sends_small_pieces(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({"text": "x" * 40}).with_faults(drip=(10, 0.05)))  # 51 bytes: 6 pieces
    started = time.monotonic()
    with client.stream("POST", "/chat/completions", json=HELLO) as response:
        pieces = list(response.iter_raw())
    assert len(pieces) >= 2  # pieces that arrive together may be read together
    assert json.loads(b"".join(pieces)) == {"text": "x" * 40}
    assert time.monotonic() - started >= 0.25  # 5 pauses


def test_pause_parts_in_a_stream(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.sse([chunk_frame("a"), Pause(0.1), chunk_frame("b")], done=False))
    started = time.monotonic()
    assert len(sse_data(client.post("/chat/completions", json=HELLO).text)) == 2
    assert time.monotonic() - started >= 0.1


def test_wrong_content_length(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({"a": 1}).with_faults(declared_length=100))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/chat/completions", json=HELLO)
    assert client.post("/chat/completions", json=HELLO).status_code == 200
    assert gw.connections_opened == 2


def test_gzip_is_decoded_by_httpx(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(
        Reply.json({"a": "b" * 1000}).with_faults(gzip=True),
        Reply.sse([{"n": 1}, {"n": 2}]).with_faults(gzip=True),
    )
    response = client.post("/chat/completions", json=HELLO)
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < 100
    assert response.json() == {"a": "b" * 1000}
    with client.stream("POST", "/chat/completions", json=HELLO) as stream:
        assert sse_data(stream.read().decode()) == ['{"n":1}', '{"n":2}', "[DONE]"]


def test_large_completion(gw: FakeGateway, client: httpx.Client) -> None:
    size = 8 * 1024 * 1024
    gw.enqueue(Reply.large_completion(size))
    response = client.post("/chat/completions", json=HELLO)
    assert abs(len(response.content) - size) < 16
    assert set(response.json()["choices"][0]["message"]["content"]) == {"x"}


def test_repeat_part(gw: FakeGateway, client: httpx.Client) -> None:
    frame = encode_frame(chunk_frame("x"))
    gw.enqueue(Reply.sse([Repeat(frame, 1000)]))
    assert len(sse_data(client.post("/chat/completions", json=HELLO).text)) == 1001


def test_hang_and_close_does_not_hang() -> None:
    gw = FakeGateway()
    gw.enqueue(Reply.hang())
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.post(f"{gw.base_url}/chat/completions", json=HELLO, timeout=10)
        except httpx.HTTPError as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    gw.wait_for_requests(1)
    started = time.monotonic()
    gw.close()
    assert time.monotonic() - started < 1
    caller.join(5)
    assert not caller.is_alive()
    assert errors and isinstance(errors[0], httpx.RemoteProtocolError | httpx.ReadError)
    gw.close()  # idempotent


def test_close_with_open_idle_and_streaming_connections() -> None:
    gw = FakeGateway()
    with httpx.Client(base_url=gw.base_url, headers=AUTH) as c, httpx.Client() as idle:
        assert idle.post(f"{gw.base_url}/chat/completions", json=HELLO, headers=AUTH).is_success
        gw.enqueue(Reply.sse([chunk_frame("a"), Pause(30), chunk_frame("b")]))
        with c.stream("POST", "/chat/completions", json=HELLO) as response:
            chunks = response.iter_bytes()
            next(chunks)
            started = time.monotonic()
            gw.close()
            assert time.monotonic() - started < 1
            with pytest.raises(httpx.RemoteProtocolError):
                list(chunks)


# ---------------------------------------------------- connections, recording
def test_keep_alive_reuses_one_connection(gw: FakeGateway, client: httpx.Client) -> None:
    client.post("/chat/completions", json=HELLO)
    with client.stream("POST", "/chat/completions", json=HELLO | {"stream": True}) as response:
        response.read()
    client.post("/chat/completions", json=HELLO)
    assert gw.connections_opened == 1
    assert [request.connection for request in gw.requests] == [1, 1, 1]


def test_close_fault_ends_the_connection(gw: FakeGateway, client: httpx.Client) -> None:
    gw.enqueue(Reply.json({}).with_faults(close=True))
    assert client.post("/chat/completions", json=HELLO).headers["connection"] == "close"
    client.post("/chat/completions", json=HELLO)
    assert gw.connections_opened == 2


def test_recorded_requests(gw: FakeGateway, client: httpx.Client) -> None:
    client.post("/chat/completions?x=1", json=HELLO, headers={"X-Title": "App"})
    [request] = gw.requests
    assert isinstance(request, RecordedRequest)
    assert (request.method, request.path, request.query) == ("POST", "/v1/chat/completions", "x=1")
    assert request.headers["x-title"] == "App" and request.headers["AUTHORIZATION"] == AUTH["authorization"]
    assert request.json() == HELLO and json.loads(request.body) == HELLO
    assert request.request_id == "req_1"
    gw.enqueue(Reply.json({}))
    gw.reset()
    assert gw.requests == [] and gw.queued == 0 and gw.connections_opened == 0
    with pytest.raises(TimeoutError):
        gw.wait_for_requests(1, timeout=0.05)


def test_chunked_request_body(gw: FakeGateway, client: httpx.Client) -> None:
    payload = json.dumps(HELLO).encode()
    response = client.post(
        "/chat/completions",
        content=iter([payload[:10], payload[10:]]),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200
    assert gw.requests[0].body == payload


def test_malformed_http_gets_400(gw: FakeGateway) -> None:
    with socket.create_connection(("127.0.0.1", gw.port)) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        reply = b""
        while data := sock.recv(65536):
            reply += data
    assert reply.startswith(b"HTTP/1.1 400 ") and b"bad_request" in reply


def test_dynamic_and_custom_default_replies() -> None:
    def shout(request: RecordedRequest) -> Reply:
        return Reply.json({"path": request.path, "id": request.request_id})

    def broken(request: RecordedRequest) -> Reply:
        raise RuntimeError("oops")

    with FakeGateway(default_reply=shout) as gw:
        gw.enqueue(Reply.dynamic(broken))
        url = f"{gw.base_url}/chat/completions"
        failed = httpx.post(url, json=HELLO, headers=AUTH)
        assert failed.status_code == 500 and "RuntimeError: oops" in failed.json()["description"]
        assert httpx.post(url, json=HELLO, headers=AUTH).json() == {
            "path": "/v1/chat/completions",
            "id": "req_2",
        }


def test_64_concurrent_streams(gw: FakeGateway) -> None:
    frames: list[Frame] = [chunk_frame("a", role="assistant"), Pause(0.2), chunk_frame("b")]
    gw.enqueue(*[Reply.sse(frames) for _ in range(64)])

    async def run_all() -> list[list[str]]:
        limits = httpx.Limits(max_connections=100)
        async with httpx.AsyncClient(
            base_url=gw.base_url, headers=AUTH, limits=limits, timeout=10
        ) as aclient:

            async def one() -> list[str]:
                async with aclient.stream("POST", "/chat/completions", json=HELLO) as response:
                    return sse_data((await response.aread()).decode())

            return await asyncio.gather(*(one() for _ in range(64)))

    started = time.monotonic()
    results = asyncio.run(run_all())
    assert time.monotonic() - started < 5  # one after the other would take 12.8 s
    assert all(len(result) == 3 and result[-1] == "[DONE]" for result in results)
    assert gw.connections_opened > 1  # == 64 unless a slow client reused a finished one


def test_256_concurrent_streams_on_raw_sockets(gw: FakeGateway) -> None:
    """Capacity without httpx's pool overhead (its pool is O(n^2) in open connections)."""
    gw.enqueue(*[Reply.sse([chunk_frame("a"), Pause(0.3), chunk_frame("b")]) for _ in range(256)])
    request = (
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-length: 2\r\n\r\n{}"
    )

    async def one() -> int:
        reader, writer = await asyncio.open_connection("127.0.0.1", gw.port)
        writer.write(request)
        data = await reader.read()
        writer.close()
        await writer.wait_closed()
        return data.count(b"data: ")

    async def run_all() -> list[int]:
        return await asyncio.gather(*(one() for _ in range(256)))

    started = time.monotonic()
    assert asyncio.run(run_all()) == [3] * 256
    assert time.monotonic() - started < 5  # one after the other would take 77 s
    assert gw.connections_opened == 256


# ------------------------------------------------------------- pytest plugin
def test_pytest_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_it.py").write_text(
        textwrap.dedent("""
        import httpx

        def test_fixture(fake_gateway):
            url = fake_gateway.base_url + "/chat/completions"
            body = {"model": "openai/gpt-5-nano", "messages": [{"role": "user", "content": "yo"}]}
            reply = httpx.post(url, json=body, headers={"authorization": "Bearer k"})
            assert reply.json()["choices"][0]["message"]["content"] == "Echo: yo"
    """)
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "aistats.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "-W",
            "error::ResourceWarning",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
