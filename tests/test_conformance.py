"""Conformance: every real wire transcript in ``tests/fixtures/wire/`` replayed through the
SDK's real calls, sync and async.

A loopback server (``aistats.testing.FakeGateway`` serving a raw scripted ``Reply``) sends
the transcript's status, headers and body bytes, one HTTP chunk per recorded read
(``body_chunk_byte_lengths``). What the SDK must make of it is computed from the transcript
itself, never typed in: the text is the concatenation of the frames' delta contents, the
request id is the frames' ``id`` or the error body's ``generation_id``, whether a failure
is retried follows from its status and ``failed_statuses``, and so on. Retries are
observed by counting the requests the server received.

``python -m tests.test_conformance`` prints the scenario → outcome table.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import aistats
from aistats import AIStats, AsyncAIStats
from aistats._transport.retry import RetryPolicy
from aistats.testing import FakeGateway, Reply

from .support import KEY

WIRE = Path(__file__).parent / "fixtures" / "wire"
TRANSCRIPTS = sorted(path.stem for path in WIRE.glob("*.json"))
MAX_RETRIES = 2

#: The statuses the SDK never retries (DESIGN.md, "Behaviour users can count on").
NEVER_RETRIED = {400, 401, 402, 403, 404, 413, 422, 501}
#: The error class each status maps to (DESIGN.md's error tree).
CLASS_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "InsufficientFundsError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    413: "PayloadTooLargeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((WIRE / f"{name}.json").read_text())
    return data


def body_bytes(transcript: dict[str, Any]) -> bytes:
    return base64.b64decode(transcript["response"]["body_b64"])


def replay_reply(transcript: dict[str, Any]) -> Reply:
    """The transcript's response as the loopback server will send it."""
    response = transcript["response"]
    body = body_bytes(transcript)
    parts: list[bytes] = []
    start = 0
    for length in response["body_chunk_byte_lengths"]:
        parts.append(body[start : start + length])
        start += length
    assert start == len(body), "the recorded chunk lengths cover the body"
    return Reply(
        status=response["status"],
        headers=tuple(response["headers"].items()),
        body=tuple(parts),
        chunked=True,
    )


# -- reading the transcript: what it means ------------------------------------------------


def sse_frames(body: bytes) -> Iterator[tuple[str, str]]:
    """``(event, data)`` of each SSE block (the transcripts use ``\\n`` line ends only)."""
    for block in body.decode().split("\n\n"):
        event, data = "message", []
        for line in block.split("\n"):
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)
        if data:
            yield event, "\n".join(data)


@dataclass
class StreamMeaning:
    """What a 200 event stream means, read from its frames."""

    chunk_frames: list[dict[str, Any]] = field(default_factory=list)
    snapshot: dict[str, Any] | None = None
    error_frame: dict[str, Any] | None = None
    done: bool = False
    ids: set[str] = field(default_factory=set)

    @property
    def ended(self) -> bool:
        finished = any(
            choice.get("finish_reason")
            for frame in self.chunk_frames
            for choice in frame.get("choices") or []
        )
        return self.done or self.snapshot is not None or self.error_frame is not None or finished

    def deltas(self, key: str) -> str:
        return "".join(
            choice["delta"][key]
            for frame in self.chunk_frames
            for choice in frame.get("choices") or []
            if isinstance((choice.get("delta") or {}).get(key), str)
        )

    def has_delta(self, key: str) -> bool:
        return any(
            isinstance((choice.get("delta") or {}).get(key), str)
            for frame in self.chunk_frames
            for choice in frame.get("choices") or []
        )

    def usage(self) -> Any:
        if self.snapshot is not None:
            return self.snapshot.get("usage")
        found = [frame["usage"] for frame in self.chunk_frames if frame.get("usage")]
        return found[-1] if found else None

    def finish_reason(self) -> Any:
        if self.snapshot is not None:
            return self.snapshot["choices"][0]["finish_reason"]
        reasons = [
            c["finish_reason"] for f in self.chunk_frames for c in f["choices"] if c.get("finish_reason")
        ]
        return reasons[-1] if reasons else None

    def tool_calls(self) -> list[tuple[str, str, Any]]:
        """``(id, name, parsed arguments)`` of each call: the snapshot's, else the OpenAI
        fragments joined in order."""
        if self.snapshot is not None:
            calls = self.snapshot["choices"][0]["message"].get("tool_calls") or []
            return [(c["id"], c["function"]["name"], json.loads(c["function"]["arguments"])) for c in calls]
        joined: dict[int, list[str]] = {}
        heads: dict[int, tuple[str, str]] = {}
        for frame in self.chunk_frames:
            for choice in frame["choices"]:
                for item in (choice.get("delta") or {}).get("tool_calls") or []:
                    if item.get("id"):
                        heads[item["index"]] = (item["id"], item["function"]["name"])
                    joined.setdefault(item["index"], []).append(item["function"].get("arguments") or "")
        return [(*heads[i], json.loads("".join(joined[i]))) for i in sorted(joined)]


def meaning_of(body: bytes) -> StreamMeaning:
    meaning = StreamMeaning()
    for event, data in sse_frames(body):
        if data == "[DONE]":
            meaning.done = True
            break
        frame = json.loads(data)
        if isinstance(frame.get("id"), str):
            meaning.ids.add(frame["id"])
        if event == "error" or frame.get("object") == "error" or "error" in frame:
            meaning.error_frame = frame
            break
        if frame.get("object") == "chat.completion":
            meaning.snapshot = frame
        elif frame.get("object") == "chat.completion.chunk":
            meaning.chunk_frames.append(frame)
    return meaning


def retryable(status: int, error: dict[str, Any]) -> bool:
    """Whether DESIGN.md's rules retry this error response."""
    if status in NEVER_RETRIED:
        return False
    failed = error.get("failed_statuses")
    if status == 502 and error.get("error") == "upstream_error" and isinstance(failed, list) and failed:
        return any(s not in NEVER_RETRIED for s in failed)
    return status in {408, 409, 429} or status >= 500


# -- running the SDK ----------------------------------------------------------------------


@dataclass
class Outcome:
    """What the SDK did with one replayed transcript."""

    result: Any = None
    chunks: list[Any] = field(default_factory=list)
    final: Any = None
    request_id: Any = None
    error: BaseException | None = None
    requests: int = 0
    sent: list[Any] = field(default_factory=list)


def call_params(transcript: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """``model``/``messages`` keywords, the rest as ``extra_body``, and whether to stream."""
    try:
        body = json.loads(transcript["request"]["body"])
    except ValueError:  # h_bad_json: the SDK cannot send that; any request gets the reply
        body = {"model": "meta/llama-3.3-70b-instruct", "messages": [{"role": "user", "content": "hi"}]}
    stream = bool(body.pop("stream", False))
    keywords = {"model": body.pop("model", "m"), "messages": body.pop("messages")}
    return keywords, body, stream


def run(name: str, mode: str) -> Outcome:
    transcript = load(name)
    keywords, extra, stream = call_params(transcript)
    outcome = Outcome()
    options: dict[str, Any] = {"api_key": KEY, "max_retries": MAX_RETRIES}
    with FakeGateway(validate=False) as gateway:
        gateway.enqueue(*[replay_reply(transcript)] * (MAX_RETRIES + 1))
        options["base_url"] = gateway.base_url
        if mode == "sync":
            _run_sync(outcome, options, keywords, extra, stream)
        else:
            asyncio.run(_run_async(outcome, options, keywords, extra, stream))
        outcome.requests = len(gateway.requests)
        outcome.sent = [request.json() for request in gateway.requests]
    return outcome


def _run_sync(
    outcome: Outcome, options: dict[str, Any], kw: dict[str, Any], extra: dict[str, Any], stream: bool
) -> None:
    with AIStats(**options) as client:
        try:
            if not stream:
                outcome.result = client.chat.completions.create(**kw, extra_body=extra)
                return
            with client.chat.completions.create(**kw, extra_body=extra, stream=True) as s:
                outcome.request_id = s.request_id
                for chunk in s:
                    outcome.chunks.append(chunk)
                outcome.request_id = s.request_id
                outcome.final = s.get_final_completion()
        except aistats.AIStatsError as exc:
            outcome.error = exc


async def _run_async(
    outcome: Outcome, options: dict[str, Any], kw: dict[str, Any], extra: dict[str, Any], stream: bool
) -> None:
    async with AsyncAIStats(**options) as client:
        try:
            if not stream:
                outcome.result = await client.chat.completions.create(**kw, extra_body=extra)
                return
            s = await client.chat.completions.create(**kw, extra_body=extra, stream=True)
            async with s:
                outcome.request_id = s.request_id
                async for chunk in s:
                    outcome.chunks.append(chunk)
                outcome.request_id = s.request_id
                outcome.final = await s.get_final_completion()
        except aistats.AIStatsError as exc:
            outcome.error = exc


# -- judging ------------------------------------------------------------------------------


def problems_of(name: str, mode: str) -> list[str]:
    """Everything the SDK got wrong on one transcript (empty: conformant)."""
    transcript = load(name)
    outcome = run(name, mode)
    status = transcript["response"]["status"]
    body = body_bytes(transcript)
    problems: list[str] = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    error = outcome.error
    if error is not None:
        expect(KEY not in str(error) and KEY not in repr(error), "the API key appears in the error")

    _check_request_sent(transcript, outcome, expect)
    if status >= 400:
        _check_status_error(status, json.loads(body), outcome, expect)
    elif transcript["response"]["headers"].get("content-type", "").startswith("text/event-stream"):
        _check_stream(meaning_of(body), outcome, expect)
    else:
        _check_completion(json.loads(body), outcome, expect)
    return problems


def _check_request_sent(transcript: dict[str, Any], outcome: Outcome, expect: Any) -> None:
    """An assistant ``content: None`` of the request is omitted, not sent as null."""
    try:
        messages = json.loads(transcript["request"]["body"]).get("messages") or []
    except ValueError:
        return
    nulls = [
        i for i, m in enumerate(messages) if m.get("role") == "assistant" and m.get("content", "") is None
    ]
    for sent in outcome.sent:
        for i in nulls:
            expect("content" not in sent["messages"][i], f"sent messages[{i}].content as null")


def _check_status_error(status: int, error: dict[str, Any], outcome: Outcome, expect: Any) -> None:
    exc = outcome.error
    wanted = CLASS_NAMES.get(status, "InternalServerError" if status >= 500 else "APIStatusError")
    if not isinstance(exc, aistats.APIStatusError):
        expect(False, f"expected {wanted}, got {type(exc).__name__ if exc else 'no error'}")
        return
    expect(type(exc).__name__ == wanted, f"expected {wanted}, got {type(exc).__name__}")
    expect(exc.status_code == status, f"status_code {exc.status_code} != {status}")
    expect(exc.code == error["error"], f"code {exc.code!r} != {error['error']!r}")
    expect(exc.request_id == error["generation_id"], f"request_id {exc.request_id!r} != generation_id")
    expect(error["generation_id"] in str(exc), "the message lacks the request id")
    expect(
        error["description"] in str(exc) or _provider_message(error) in str(exc),
        "the message lacks the description",
    )
    expect(getattr(exc, "description", None) == error["description"], ".description is not the body's")
    expect(getattr(exc, "origin", None) == error["error_origin"], ".origin is not the body's error_origin")
    for detail in error.get("details") or []:
        path = ".".join(str(p) for p in detail["path"])
        expect(path in str(exc), f"the message lacks the validation path {path}")
    sample = (error.get("failure_sample") or [None])[0]
    provider = getattr(exc, "provider_error", None)
    if sample is not None:
        expect(provider is not None, ".provider_error is missing")
        if provider is not None:
            expect(getattr(provider, "status", None) == sample["status"], ".provider_error.status is wrong")
            expect(
                getattr(provider, "provider", None) == sample["provider"], ".provider_error.provider is wrong"
            )
            expect(
                getattr(provider, "message", None) == sample["upstream_error_message"],
                ".provider_error.message is wrong",
            )
        expect(str(sample["status"]) in str(exc), "the message lacks the provider's status")
        expect(sample["upstream_error_message"] in str(exc), "the message lacks the provider's message")
    else:
        expect(provider is None, ".provider_error should be None")
    tries = MAX_RETRIES + 1 if retryable(status, error) else 1
    expect(outcome.requests == tries, f"{outcome.requests} requests, expected {tries}")


def _provider_message(error: dict[str, Any]) -> str:
    upstream = error.get("upstream_error") or {}
    return str(upstream.get("message") or error["description"])


def _check_completion(body: dict[str, Any], outcome: Outcome, expect: Any) -> None:
    result = outcome.result
    if result is None:
        expect(False, f"raised {type(outcome.error).__name__}: {outcome.error}")
        return
    message = body["choices"][0]["message"]
    got = result.to_dict()
    got_message = got["choices"][0]["message"]
    expect(result.id == body["id"], f"id {result.id!r} != {body['id']!r}")
    expect(got_message.get("content") == message["content"], "content differs")
    expect(
        got_message.get("reasoning_content") == message.get("reasoning_content"), "reasoning_content differs"
    )
    expect(_calls(got_message) == _calls(message), "tool calls differ")
    expect((got.get("usage") or {}).get("total_tokens") == body["usage"]["total_tokens"], "usage differs")
    expect(outcome.requests == 1, f"{outcome.requests} requests, expected 1")


def _calls(message: dict[str, Any]) -> list[tuple[str, str, Any]]:
    return [
        (c["id"], c["function"]["name"], json.loads(c["function"]["arguments"]))
        for c in message.get("tool_calls") or []
    ]


def _delivered(outcome: Outcome, key: str) -> str:
    return "".join(
        choice["delta"][key]
        for chunk in outcome.chunks
        for choice in chunk.to_dict()["choices"]
        if isinstance(choice["delta"].get(key), str)
    )


def _check_stream(meaning: StreamMeaning, outcome: Outcome, expect: Any) -> None:
    frame_id = next(iter(meaning.ids), None)
    assert len(meaning.ids) <= 1
    delivered = meaning.chunk_frames
    tries = 1 if delivered else MAX_RETRIES + 1
    expect(
        len(outcome.chunks) == len(delivered),
        f"{len(outcome.chunks)} chunks delivered, expected {len(delivered)}",
    )
    expect(_delivered(outcome, "content") == meaning.deltas("content"), "the delivered text differs")
    expect(
        _delivered(outcome, "reasoning_content") == meaning.deltas("reasoning_content"),
        "the delivered reasoning differs",
    )
    if meaning.error_frame is not None or not meaning.ended:
        wanted = aistats.StreamError if meaning.error_frame is not None else aistats.APIConnectionError
        exc = outcome.error
        expect(
            isinstance(exc, wanted) and not isinstance(exc, aistats.APITimeoutError),
            f"expected {wanted.__name__}, got {type(exc).__name__ if exc else 'a quiet end'}",
        )
        if meaning.error_frame is not None and isinstance(exc, aistats.StreamError):
            expect(exc.request_id == frame_id, f"StreamError.request_id {exc.request_id!r} != frame id")
            expect(
                meaning.error_frame["error"]["message"] in str(exc), "the message lacks the frame's message"
            )
        expect(outcome.requests == tries, f"{outcome.requests} requests, expected {tries}")
        return
    if outcome.error is not None:
        expect(False, f"raised {type(outcome.error).__name__}: {outcome.error}")
        return
    final = outcome.final.to_dict()
    message = final["choices"][0]["message"]
    if meaning.snapshot is not None:
        text = meaning.snapshot["choices"][0]["message"]["content"]
    else:  # no text delta at all (a tool-call reply): no text, rather than an empty one
        text = meaning.deltas("content") if meaning.has_delta("content") else None
    reasoning = meaning.deltas("reasoning_content") or None
    expect(outcome.request_id == frame_id, f"stream.request_id {outcome.request_id!r} != frame id")
    expect(final["id"] == frame_id, f"final id {final['id']!r} != frame id")
    expect(message.get("content") == text, f"final content {message.get('content')!r} != {text!r}")
    expect(message.get("reasoning_content") == reasoning, "final reasoning_content differs")
    expect(final["choices"][0]["finish_reason"] == meaning.finish_reason(), "finish_reason differs")
    expect(_calls(message) == meaning.tool_calls(), f"tool calls {message.get('tool_calls')} differ")
    usage = meaning.usage()
    got_usage = final.get("usage") or None
    expect(
        (got_usage or {}).get("total_tokens") == (usage or {}).get("total_tokens"),
        f"usage {got_usage} != {usage}",
    )
    expect(outcome.requests == 1, f"{outcome.requests} requests, expected 1")


# -- the tests ----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries are counted, not waited for."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_index, rand=None: 0.0)


def test_the_fixtures_are_the_transcripts() -> None:
    assert len(TRANSCRIPTS) >= 50
    for name in TRANSCRIPTS:
        transcript = load(name)
        assert transcript["scenario"] == name
        assert sum(transcript["response"]["body_chunk_byte_lengths"]) == len(body_bytes(transcript))


@pytest.mark.parametrize("name", TRANSCRIPTS)
def test_transcript(name: str, mode: str) -> None:
    assert problems_of(name, mode) == []


def table() -> str:
    """The markdown scenario → outcome table (sync and async)."""
    RetryPolicy.backoff = lambda self, retry_index, rand=None: 0.0  # type: ignore[method-assign]
    lines = ["| scenario | sync | async |", "|---|---|---|"]
    for name in TRANSCRIPTS:
        cells = []
        for mode in ("sync", "async"):
            problems = problems_of(name, mode)
            cells.append("ok" if not problems else "; ".join(problems))
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
