"""Fault injection through both clients against the built-in gateway: wrong
``Content-Length``, gzip-encoded bodies and streams (whole, dripped, cut, corrupt), a
50 MB completion within ~3x its size in memory, 200s that are not event streams,
headers then silence, bodies cut or dripped. Every case ends in the right result or
the documented error, within a time bound far below the fault's own duration.

Already covered elsewhere, so not repeated here: reset before headers, hanging servers
and deadlines (``test_client.py``); cuts, drips, silence and error frames in streams, and
a short HTML 200 for a stream (``test_streaming.py``).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from typing import Any

import pytest

from aistats import (
    AIStats,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncAIStats,
)
from aistats.testing import (
    FakeGateway,
    Reply,
    chunk_frame,
    completion,
    finish_frame,
    text_frames,
)
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk

from .support import KEY, MESSAGES, complete, stream_all, text_of

ECHO = "Echo: Hello gateway"  # the default reply to support.MESSAGES
TEXT = "a reply long enough to need several frames and several gzip blocks " * 3
BOUND = 10.0  # seconds: generous for a loaded machine, far below every fault's own length


def body_size(reply: Reply) -> int:
    return sum(len(part) for part in reply.body if isinstance(part, bytes))


def stream_into(mode: str, base_url: str, got: list[ChatCompletionChunk], **client: Any) -> None:
    """Read a stream chunk by chunk into ``got`` (kept when it raises); no retries unless asked."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "max_retries": 0, **client}
    if mode == "sync":
        with (
            AIStats(**options) as sync_client,
            sync_client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as s,
        ):
            for chunk in s:
                got.append(chunk)  # noqa: PERF402 - one by one: the chunks before an error count
        return

    async def run() -> None:
        async with AsyncAIStats(**options) as async_client:
            s = await async_client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            async with s:
                async for chunk in s:
                    got.append(chunk)  # noqa: PERF401

    asyncio.run(run())


class Clock:
    """Elapsed seconds since construction."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def __call__(self) -> float:
        return time.monotonic() - self.started


# -- wrong Content-Length ----------------------------------------------------------------


def test_content_length_longer_than_the_body_is_a_connection_error(
    mode: str, fake_gateway: FakeGateway
) -> None:
    fake_gateway.enqueue(Reply.default().with_faults(declared_length=10_000))
    elapsed = Clock()
    with pytest.raises(APIConnectionError, match="closed the connection") as info:
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert not isinstance(info.value, APITimeoutError)  # the close is seen at once, no read timeout
    assert elapsed() < BOUND
    assert len(fake_gateway.requests) == 1


def test_content_length_longer_than_the_body_is_retried_on_a_new_connection(
    mode: str, fake_gateway: FakeGateway
) -> None:
    fake_gateway.enqueue(Reply.json({"partial": True}).with_faults(declared_length=10_000))
    answer = complete(mode, fake_gateway.base_url)
    assert answer.choices[0].message.content == ECHO
    assert len(fake_gateway.requests) == 2
    assert fake_gateway.connections_opened == 2  # the broken connection was not reused


def test_content_length_shorter_than_the_body_is_a_validation_error(
    mode: str, fake_gateway: FakeGateway
) -> None:
    fake_gateway.enqueue(Reply.default().with_faults(declared_length=50))
    with pytest.raises(APIResponseValidationError, match="not JSON") as info:
        complete(mode, fake_gateway.base_url)
    assert info.value.status_code == 200
    assert len(fake_gateway.requests) == 1  # a 2xx that breaks the contract is not retried


def test_stream_with_content_length_longer_than_its_frames_is_cut(
    mode: str, fake_gateway: FakeGateway
) -> None:
    reply = Reply.sse(text_frames("one two three", snapshot=False), done=False)
    fake_gateway.enqueue(reply.with_faults(declared_length=body_size(reply) + 500))
    got: list[ChatCompletionChunk] = []
    with pytest.raises(APIConnectionError):
        stream_into(mode, fake_gateway.base_url, got, max_retries=3)
    assert text_of(got) == "one two three"  # every frame that came was delivered first
    assert len(fake_gateway.requests) == 1  # chunks had reached the caller: never retried


def test_stream_closed_early_after_done_is_complete(mode: str, fake_gateway: FakeGateway) -> None:
    reply = Reply.sse(text_frames("one two three"))
    fake_gateway.enqueue(reply.with_faults(declared_length=body_size(reply) + 500))
    chunks, final = stream_all(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert text_of(chunks) == "one two three"  # [DONE] came: what is missing after it is nothing
    assert final.choices[0].message.content == "one two three"


# -- gzip ---------------------------------------------------------------------------------


def test_gzip_json_body(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.default().with_faults(gzip=True),
        Reply.json(completion(TEXT, id="req_gz")).with_faults(gzip=True),
    )
    first = complete(mode, fake_gateway.base_url)
    second = complete(mode, fake_gateway.base_url)
    assert first.choices[0].message.content == ECHO
    assert second.choices[0].message.content == TEXT
    assert "gzip" in fake_gateway.requests[0].headers.get("accept-encoding", "")


@pytest.mark.parametrize("drip", [None, (7, 0.0), (1, 0.0)], ids=["whole", "7-byte-pieces", "bytewise"])
def test_gzip_stream(mode: str, fake_gateway: FakeGateway, drip: tuple[int, float] | None) -> None:
    reply = Reply.sse(text_frames(TEXT, id="req_gz"), request_id="req_gz").with_faults(gzip=True)
    fake_gateway.enqueue(reply.with_faults(drip=drip) if drip else reply)
    chunks, final = stream_all(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert text_of(chunks) == TEXT
    assert len(chunks) == len(text_frames(TEXT)) - 1  # every delta, the snapshot kept apart
    assert final.choices[0].message.content == TEXT and final.id == "req_gz"


def test_gzip_stream_without_snapshot_builds_the_completion(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [*text_frames(TEXT, snapshot=False), finish_frame("length")]
    fake_gateway.enqueue(Reply.sse(frames, done=False).with_faults(gzip=True, drip=(64, 0.0)))
    chunks, final = stream_all(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert text_of(chunks) == TEXT
    assert final.choices[0].message.content == TEXT


def test_gzip_stream_cut_after_the_first_chunk(mode: str, fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("first", role="assistant"), *text_frames(TEXT, snapshot=False)]
    reply = Reply.sse(frames).with_faults(gzip=True)
    first_part = reply.wire_body()[0]  # one gzip flush per frame: the whole first chunk
    assert isinstance(first_part, bytes)
    fake_gateway.enqueue(reply.with_faults(cut_after_bytes=len(first_part) + 40))
    got: list[ChatCompletionChunk] = []
    with pytest.raises(APIConnectionError):
        stream_into(mode, fake_gateway.base_url, got, max_retries=3)
    assert text_of(got).startswith("first")
    assert len(fake_gateway.requests) == 1


@pytest.mark.parametrize("content_type", ["application/json", "text/event-stream"])
def test_corrupt_gzip_is_a_connection_error(mode: str, fake_gateway: FakeGateway, content_type: str) -> None:
    fake_gateway.enqueue(
        Reply.raw(200, b"this is not gzip", content_type=content_type, headers={"content-encoding": "gzip"})
    )
    call = stream_all if content_type == "text/event-stream" else complete
    with pytest.raises(APIConnectionError, match="could not be decoded"):
        call(mode, fake_gateway.base_url, client={"max_retries": 0})


def test_corrupt_gzip_is_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.raw(
            200, b"\x1f\x8b garbage", content_type="application/json", headers={"content-encoding": "gzip"}
        )
    )
    assert complete(mode, fake_gateway.base_url).choices[0].message.content == ECHO
    assert len(fake_gateway.requests) == 2


# -- a body cut or dripped (non-streamed) --------------------------------------------------


def test_json_body_cut_mid_way(mode: str, fake_gateway: FakeGateway) -> None:
    big = Reply.large_completion(200_000)
    fake_gateway.enqueue(big.with_faults(cut_after_bytes=100_000))
    with pytest.raises(APIConnectionError, match="closed the connection"):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    fake_gateway.enqueue(big.with_faults(cut_after_bytes=100_000))
    assert complete(mode, fake_gateway.base_url).choices[0].message.content == ECHO  # retried
    assert len(fake_gateway.requests) == 3


def test_json_body_dripped_within_the_read_timeout(mode: str, fake_gateway: FakeGateway) -> None:
    reply = Reply.json(completion("slow but steady"))
    assert body_size(reply) > 210  # over 20 pauses of 0.05 s: twice the 0.5 s read timeout
    fake_gateway.enqueue(reply.with_faults(drip=(10, 0.05)))
    elapsed = Clock()
    answer = complete(mode, fake_gateway.base_url, client={"timeout": 0.5, "max_retries": 0})
    assert answer.choices[0].message.content == "slow but steady"
    assert elapsed() >= 1.0  # the timeout bounds each read, not the whole body
    assert len(fake_gateway.requests) == 1


# -- headers, then silence (non-streamed) ---------------------------------------------------


def test_silence_after_headers_is_a_read_timeout(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.default().with_faults(pause_after_headers=60))
    elapsed = Clock()
    with pytest.raises(APITimeoutError, match="timed out"):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0, "timeout": 0.5})
    assert elapsed() < BOUND


def test_silence_after_headers_is_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.default().with_faults(pause_after_headers=60))
    elapsed = Clock()
    answer = complete(mode, fake_gateway.base_url, client={"timeout": 0.5})
    assert answer.choices[0].message.content == ECHO
    assert elapsed() < BOUND
    assert len(fake_gateway.requests) == 2


def test_silence_after_headers_stops_at_the_deadline(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.default().with_faults(pause_after_headers=60)] * 10)
    elapsed = Clock()
    with pytest.raises(APITimeoutError):
        complete(mode, fake_gateway.base_url, client={"timeout": 30, "max_retries": 5}, deadline=1.0)
    assert elapsed() < BOUND  # the 30 s attempt timeout was capped by the 1 s deadline


# -- 200 but not an event stream, for stream=True ---------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        # a proxy's page that never ends: only its start is read, then the connection closed
        Reply.raw(200, b"<html><body>maintenance " + b"." * 5_000_000, content_type="text/html").with_faults(
            drip=(4096, 0.01)
        ),
        Reply.raw(200, b"<html>maintenance</html>", content_type="text/html").with_faults(gzip=True),
        Reply.raw(200, b"<html>maintenance</html>", content_type="text/html; charset=utf-8"),
        Reply.json(completion("a JSON completion where a stream was asked for")),
    ],
    ids=["endless-html", "gzip-html", "html-charset", "json"],
)
def test_200_that_is_not_an_event_stream(mode: str, fake_gateway: FakeGateway, reply: Reply) -> None:
    fake_gateway.enqueue(reply)
    elapsed = Clock()
    with pytest.raises(APIResponseValidationError, match="Expected a text/event-stream") as info:
        stream_all(mode, fake_gateway.base_url)
    assert elapsed() < BOUND
    assert info.value.status_code == 200
    assert len(str(info.value)) < 400  # an excerpt, not the page
    assert len(fake_gateway.requests) == 1  # a contract violation is not retried
    ctype = dict(reply.headers)["content-type"]
    assert ctype.split(";")[0] in str(info.value)


# -- 50 MB completion ---------------------------------------------------------------------

SIZE = 50_000_000
#: Peak RSS growth allowed, as a multiple of the body: ~3x, i.e. the body's bytes, their
#: decoded text for ``json.loads`` and the parsed content string, plus interpreter churn.
MEMORY_FACTOR = 3.2

#: The peak RSS of this process in bytes. Not ``ru_maxrss``: Linux carries the parent's
#: peak into a child across fork/vfork + exec (``signal->maxrss``), so a fresh interpreter
#: started by a big pytest process would start at pytest's peak and hide its own growth.
#: ``VmHWM`` belongs to the current address space only.
PEAK = r"""
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")
"""

#: One call for a 50 MB completion, in a fresh interpreter: prints the peak before and after.
MEMORY_PROBE = (
    PEAK
    + r"""
import asyncio, json, sys

from aistats import AIStats, AsyncAIStats
import aistats._transport.call_loop, aistats.resources.chat  # the code a first call loads: not the body's memory

mode, base_url = sys.argv[1], sys.argv[2]
options = {"api_key": "k", "base_url": base_url, "max_retries": 0, "timeout": 120}
params = {"model": "m", "messages": [{"role": "user", "content": "big"}]}

async def run_async():
    async with AsyncAIStats(**options) as client:
        return await client.chat.completions.create(**params)

before = peak()
if mode == "sync":
    with AIStats(**options) as client:
        completion = client.chat.completions.create(**params)
else:
    completion = asyncio.run(run_async())
after = peak()
content = completion.choices[0].message.content
print(json.dumps({"before": before, "after": after, "length": len(content), "xs": content.count("x")}))
"""
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")


@linux_only
@pytest.mark.parametrize(
    "probe_mode",
    [
        "sync",
        "async",
    ],
)
def test_50_mb_completion_parses_within_about_3x_its_size(fake_gateway: FakeGateway, probe_mode: str) -> None:
    fake_gateway.enqueue(Reply.large_completion(SIZE))
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, probe_mode, fake_gateway.base_url],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    assert figures["length"] == figures["xs"] > SIZE - 1000  # the whole content, parsed
    growth = figures["after"] - figures["before"]
    print(f"50 MB completion ({probe_mode}): peak RSS growth {growth / 1e6:.0f} MB = {growth / SIZE:.2f}x")
    assert growth <= MEMORY_FACTOR * SIZE, (
        f"peak RSS grew by {growth / 1e6:.0f} MB ({growth / SIZE:.2f}x the {SIZE / 1e6:.0f} MB body)"
    )


@linux_only
def test_the_memory_probe_sees_one_more_buffer() -> None:
    """The probe's measure is live: a 50 MB buffer made after ``before`` shows up in full."""
    probe = PEAK + f"before = peak()\ndata = bytearray({SIZE})\nprint(peak() - before)\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert 0.95 * SIZE <= int(done.stdout) <= 1.1 * SIZE
