"""Batches, videos and music against the built-in gateway, sync and async: a job that ends
after N polls is returned, one that fails raises ``JobFailedError`` with its last snapshot,
one that never ends raises ``JobTimeoutError`` at the timeout; the body's
``poll_after_seconds`` sets the interval; a 503 while polling is ridden out; ``on_update``
sees each change; results stream line by line (CRLF, blank lines, a failed line) and a
``break`` closes the connection at once; a video's content before it is done is a 409
``not_ready`` that is not retried."""

from __future__ import annotations

import _thread
import asyncio
import inspect
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import aistats
from aistats import (
    AIStats,
    AIStatsError,
    AsyncAIStats,
    BatchResult,
    BinaryResponse,
    ConflictError,
    JobFailedError,
    JobTimeoutError,
)
from aistats.testing import FakeGateway, JobScript, Reply
from aistats.types import ChatCompletionsResponse

from .holding_server import HoldingServer
from .support import KEY

MODEL = "openai/gpt-4.1-mini"
REQUESTS = [
    {"custom_id": "a", "body": {"messages": [{"role": "user", "content": "Say hi"}]}},
    {"custom_id": "b", "body": {"messages": [{"role": "user", "content": "Say bye"}]}},
]


def call(mode: str, gateway: FakeGateway | str, resource: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """``client.<resource>.<method>(*args, **kwargs)`` through the client of ``mode``."""
    base_url = gateway if isinstance(gateway, str) else gateway.base_url
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            return getattr(getattr(client, resource), method)(*args, **kwargs)

    async def run() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            return await getattr(getattr(client, resource), method)(*args, **kwargs)

    return asyncio.run(run())


def results(mode: str, gateway: FakeGateway, batch: Any, **kwargs: Any) -> list[BatchResult]:
    if mode == "sync":
        with (
            AIStats(api_key=KEY, base_url=gateway.base_url) as client,
            client.batches.results(batch, **kwargs) as rs,
        ):
            return list(rs)

    async def run() -> list[BatchResult]:
        async with (
            AsyncAIStats(api_key=KEY, base_url=gateway.base_url) as client,
            client.batches.results(batch, **kwargs) as rs,
        ):
            return [r async for r in rs]

    return asyncio.run(run())


def polls_of(gateway: FakeGateway, path: str) -> int:
    return sum(1 for r in gateway.requests if r.method == "GET" and r.path == path)


# ------------------------------------------------------------------------ waiting
def test_a_batch_that_finishes_after_n_polls_is_returned(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=4)
    seen: list[tuple[str, Any]] = []
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS,
                 on_update=lambda b: seen.append((b.lifecycle_status, b.request_counts.completed)))  # fmt: skip
    assert batch.lifecycle_status == "completed" and batch.output_file_id == f"file-out-{batch.id}"
    assert fake_gateway.jobs.polls(batch.id) == 4
    assert polls_of(fake_gateway, f"/v1/batches/{batch.id}") == 4
    assert seen[0] == ("pending", 0) and seen[-1] == ("completed", 2)
    assert len(seen) == len(set(seen))  # only changes
    created = fake_gateway.requests[0]
    assert (created.method, created.path) == ("POST", "/v1/batches")
    assert created.json() == {"model": MODEL, "requests": REQUESTS}


def test_a_failing_job_raises_with_its_last_snapshot(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=2, outcome="failed")
    created = call(mode, fake_gateway, "batches", "create", model=MODEL, requests=REQUESTS)
    with pytest.raises(
        JobFailedError, match=f"batch {created.id} ended failed: The fake batch failed"
    ) as caught:
        call(mode, fake_gateway, "batches", "wait", created.id)
    assert caught.value.job.id == created.id and caught.value.job.lifecycle_status == "failed"
    assert caught.value.status == "failed"
    fake_gateway.jobs.script(polls=3, outcome="failed")
    with pytest.raises(JobFailedError) as video_failed:
        call(mode, fake_gateway, "videos", "create_and_wait", model="fake/video-1", prompt="p")
    assert video_failed.value.job.status == "failed"


def test_a_job_that_never_finishes_raises_at_its_timeout(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(outcome="never", poll_after_seconds=0.05)
    video = call(mode, fake_gateway, "videos", "create", model="fake/video-1", prompt="p")
    with pytest.raises(JobTimeoutError, match=f"video {video.id} had not finished after 0.3s") as caught:
        call(mode, fake_gateway, "videos", "wait", video.id, timeout=0.3)
    assert caught.value.job.lifecycle_status == "running" and caught.value.timeout == 0.3
    assert 3 <= fake_gateway.jobs.polls(video.id) <= 8  # every 50 ms for 300 ms, the last at the timeout


def test_the_bodys_poll_after_seconds_is_the_interval(
    mode: str, fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("aistats._jobs.waiting._sleep", slept.append)
    monkeypatch.setattr("aistats._jobs.waiting._async_sleep", async_sleep)
    fake_gateway.jobs.script(polls=3, poll_after_seconds=7)
    video = call(mode, fake_gateway, "videos", "create_and_wait", model="fake/video-1", prompt="p")
    assert video.status == "completed"
    assert slept == [7, 7, 7]  # after the create, then after each of the 2 unfinished polls
    slept.clear()
    fake_gateway.jobs.script(polls=2, poll_after_seconds=7)
    call(mode, fake_gateway, "videos", "create_and_wait", model="fake/video-1", prompt="p", poll_interval=0.5)
    assert slept == [0.5, 0.5]  # the caller's interval first


def test_a_503_while_polling_is_ridden_out(
    mode: str, fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("aistats._transport.retry.RetryPolicy.backoff", lambda self, index, rand=None: 0.0)
    fake_gateway.jobs.script(polls=2)
    batch = call(mode, fake_gateway, "batches", "create", model=MODEL, requests=REQUESTS)
    unavailable = Reply.json({"error": "gateway_error", "reason": "upstream_unavailable"}, status=503)
    fake_gateway.enqueue(unavailable, unavailable, route=f"/v1/batches/{batch.id}")
    done = call(mode, fake_gateway, "batches", "wait", batch.id)
    assert done.lifecycle_status == "completed"
    assert polls_of(fake_gateway, f"/v1/batches/{batch.id}") == 4  # two 503s, then two real polls


def test_music_is_a_501_today_and_waits_when_turned_on(mode: str, fake_gateway: FakeGateway) -> None:
    with pytest.raises(
        aistats.InternalServerError, match="501 not_implemented \\(feature_temporarily_disabled\\)"
    ):
        call(mode, fake_gateway, "music", "generate_and_wait", model="m", prompt="p")
    assert len(fake_gateway.requests) == 1  # 501: never retried, no poll
    fake_gateway.jobs.music_enabled = True
    fake_gateway.jobs.script(polls=2)
    track = call(mode, fake_gateway, "music", "generate_and_wait", model="m", prompt="p")
    assert track.status == "completed"


def test_bad_input_is_refused_before_anything_is_sent(mode: str, fake_gateway: FakeGateway) -> None:
    with pytest.raises(AIStatsError, match="needs input_file_id"):
        call(mode, fake_gateway, "batches", "create_and_wait", endpoint="/v1/chat/completions")
    with pytest.raises(AIStatsError, match="not both"):
        call(mode, fake_gateway, "batches", "create", input_file_id="f", requests=REQUESTS, model=MODEL)
    with pytest.raises(AIStatsError, match="needs model"):
        call(mode, fake_gateway, "batches", "create", requests=REQUESTS)
    with pytest.raises(ValueError, match="timeout must be a positive"):
        call(mode, fake_gateway, "videos", "wait", "G-1", timeout=0)
    with pytest.raises(TypeError, match="on_update must be a callable"):
        call(
            mode,
            fake_gateway,
            "batches",
            "create_and_wait",
            model=MODEL,
            requests=REQUESTS,
            on_update="print",
        )
    with pytest.raises(TypeError):
        call(mode, fake_gateway, "videos", "wait", "G-1", timeout=5, deadline=3)  # a poll keeps the client's
    assert fake_gateway.requests == []


def test_an_async_on_update_is_awaited(fake_gateway: FakeGateway) -> None:
    seen: list[str] = []

    async def on_update(video: Any) -> None:
        await asyncio.sleep(0)
        seen.append(video.status)

    fake_gateway.jobs.script(polls=2)
    call(
        "async",
        fake_gateway,
        "videos",
        "create_and_wait",
        model="fake/video-1",
        prompt="p",
        on_update=on_update,
    )
    assert seen == ["queued", "processing", "completed"]


# ------------------------------------------------------------------------ results
CRLF_FILE = (
    b'{"id":"r1","custom_id":"a","response":{"status_code":200,"body":{"id":"c1","object":"chat.completion",'
    b'"created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},'
    b'"finish_reason":"stop"}]}},"error":null}\r\n'
    b"\r\n"
    b'{"id":"r2","custom_id":"b","response":{"status_code":400,"body":{"error":{"message":"bad",'
    b'"type":"invalid_request_error","code":"bad_value"}}},"error":null}\r\n'
    b"   \r\n"
    b'{"id":"r3","custom_id":"c","response":null,"error":{"code":"batch_expired","message":"late"}}'
)


def test_results_with_crlf_blank_lines_and_a_failed_line(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=1, output=CRLF_FILE, errors=[{"custom_id": "z", "response": None,
                             "error": {"code": "e", "message": "m"}}])  # fmt: skip
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS)
    got = results(mode, fake_gateway, batch)
    assert [(r.custom_id, r.ok, r.status_code) for r in got] == [
        ("a", True, 200),
        ("b", False, 400),
        ("c", False, None),
    ]
    assert got[0].parse(ChatCompletionsResponse).choices[0].message.content == "Hi"
    assert got[1].error == {"message": "bad", "type": "invalid_request_error", "code": "bad_value"}
    assert got[2].error == {"code": "batch_expired", "message": "late"}
    by_id = results(mode, fake_gateway, batch.id, errors=True)  # the id: retrieved first, then its error file
    assert [(r.custom_id, r.error["code"]) for r in by_id] == [("z", "e")]
    assert fake_gateway.requests[-1].path == f"/v1/files/file-err-{batch.id}/content"


def test_results_of_an_inline_batch_echo_each_request(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=1)
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS)
    texts = {
        r.custom_id: r.parse(ChatCompletionsResponse).choices[0].message.content
        for r in results(mode, fake_gateway, batch)
    }
    assert texts == {"a": "Echo: Say hi", "b": "Echo: Say bye"}
    assert results(mode, fake_gateway, batch, errors=True) == []  # completed, no error file: nothing


def test_results_of_an_unfinished_batch_say_to_wait(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(outcome="never")
    batch = call(mode, fake_gateway, "batches", "create", model=MODEL, requests=REQUESTS)
    with pytest.raises(AIStatsError, match=r"is pending; .* client.batches.wait"):
        results(mode, fake_gateway, batch)


def test_a_line_that_is_not_json_fails_the_iteration(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=1, output=b'{"custom_id":"a"}\n<html>oops</html>\n')
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS)
    with pytest.raises(aistats.APIResponseValidationError, match="not a JSON object"):
        results(mode, fake_gateway, batch)


HELD_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n\r\n"
TWO_LINES = b'{"custom_id":"a","response":{"status_code":200,"body":{}}}\n{"custom_id":"b"}\n'


def test_break_closes_the_connection_at_once() -> None:
    from aistats.types import Batch

    done = Batch.from_dict({"id": "batch_1", "lifecycle_status": "completed", "output_file_id": "file-out-1"})
    with (
        HoldingServer(HELD_HEAD, TWO_LINES) as server,
        AIStats(api_key=KEY, base_url=server.base_url) as client,
    ):
        for r in client.batches.results(done):  # no ``with``: the loop lets go of it
            assert r.custom_id == "a"
            break
        assert server.wait_open(0, timeout=1.0) == 0
        with client.batches.results(done) as held:
            for _ in held:
                break
            assert server.wait_open(0, timeout=1.0) == 0  # ``break`` inside ``with``: still closed at once
        try:
            with client.batches.results(done) as held:
                for r in held:
                    raise KeyError(r.custom_id)
        except KeyError:
            pass
        assert server.wait_open(0, timeout=1.0) == 0
        assert server.accepted == 3

    async def run() -> None:
        with HoldingServer(HELD_HEAD, TWO_LINES) as server:
            async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
                async with client.batches.results(done) as results:
                    async for r in results:
                        assert r.custom_id == "a"
                        break
                assert await asyncio.to_thread(server.wait_open, 0, 1.0) == 0

    asyncio.run(run())


# ------------------------------------------------------------------------ videos
def test_video_content_download_and_not_ready(mode: str, fake_gateway: FakeGateway, tmp_path: Path) -> None:
    fake_gateway.jobs.script(outcome="never")
    pending = call(mode, fake_gateway, "videos", "create", model="fake/video-1", prompt="p")
    with pytest.raises(ConflictError, match="409 not_ready: video_not_ready") as caught:
        call(mode, fake_gateway, "videos", "content", pending.id)
    assert any("wait for it first" in note for note in caught.value.__notes__)
    assert len([r for r in fake_gateway.requests if r.path.endswith("/content")]) == 1  # not retried
    fake_gateway.jobs.script(polls=1)
    video = call(mode, fake_gateway, "videos", "create_and_wait", model="fake/video-1", prompt="p")
    media = call(mode, fake_gateway, "videos", "content", video.id)
    assert isinstance(media, BinaryResponse) and media.content_type == "video/mp4"
    content = media.content
    assert content[4:12] == b"ftypmp42"
    target = tmp_path / "clip.mp4"
    saved = call(mode, fake_gateway, "videos", "download", video.id, to=target)
    assert (saved.path, saved.size, saved.content_type) == (target, len(content), "video/mp4")
    assert target.read_bytes() == content and not (tmp_path / "clip.mp4.part").exists()
    link = call(mode, fake_gateway, "videos", "download_url", video.id, ttl_seconds=600)
    assert link.download_url.startswith("http://127.0.0.1/v1/videos/")
    assert fake_gateway.requests[-1].json() == {"ttl_seconds": 600}
    deleted = call(mode, fake_gateway, "videos", "delete", video.id)
    assert deleted.deleted is True


def test_a_failed_download_leaves_nothing(mode: str, fake_gateway: FakeGateway, tmp_path: Path) -> None:
    fake_gateway.jobs.script(outcome="never")
    pending = call(mode, fake_gateway, "videos", "create", model="fake/video-1", prompt="p")
    with pytest.raises(ConflictError):
        call(mode, fake_gateway, "videos", "download", pending.id, to=tmp_path / "clip.mp4")
    assert list(tmp_path.iterdir()) == []


def test_lists_follow_the_cursor(mode: str, fake_gateway: FakeGateway) -> None:
    first = {"object": "list", "data": [{"id": "G-1"}], "first_id": "G-1", "last_id": "G-1", "has_more": True}
    empty: dict[str, Any] = {
        "object": "list",
        "data": [],
        "first_id": None,
        "last_id": None,
        "has_more": True,
    }
    fake_gateway.enqueue(Reply.json(first), Reply.json(empty), route="/v1/videos")

    def ids() -> list[str]:
        if mode == "sync":
            with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                return [v.id for v in client.videos.list(limit=1)]

        async def run() -> list[str]:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                return [v.id async for v in client.videos.list(limit=1)]

        return asyncio.run(run())

    assert ids() == ["G-1"]  # an empty page ends the list, whatever has_more says
    assert [r.query for r in fake_gateway.requests] == ["limit=1", "limit=1&after=G-1"]


def test_the_exports() -> None:
    assert aistats.BatchResult is BatchResult and issubclass(JobFailedError, AIStatsError)
    assert "BatchResult" in aistats.__all__ and "JobTimeoutError" in aistats.__all__
    assert inspect.signature(AIStats(api_key=KEY).batches.wait).parameters["timeout"].default == 25 * 3600
    assert inspect.signature(AsyncAIStats(api_key=KEY).videos.wait).parameters["timeout"].default == 1800
    assert json.dumps(JobScript().poll_after_seconds) == "0.01"


def test_a_create_is_not_retried_once_it_may_have_arrived(
    mode: str, fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("aistats._transport.retry.RetryPolicy.backoff", lambda self, index, rand=None: 0.0)
    failure = Reply.json({"error": "gateway_error", "reason": "boom"}, status=500)
    fake_gateway.enqueue(failure, route="/v1/videos")
    with pytest.raises(aistats.InternalServerError):
        call(mode, fake_gateway, "videos", "create", model="fake/video-1", prompt="p")
    assert len(fake_gateway.requests) == 1  # a retry could start (and bill) a second video
    limited = Reply.json({"error": "key_limit_exceeded"}, status=429)
    fake_gateway.enqueue(limited, route="/v1/batches")
    created = call(mode, fake_gateway, "batches", "create", model=MODEL, requests=REQUESTS)
    assert created.lifecycle_status == "pending"
    assert [r.path for r in fake_gateway.requests[1:]] == [
        "/v1/batches",
        "/v1/batches",
    ]  # 429: asked to retry


def test_ctrl_c_ends_a_sync_wait_at_once(fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(outcome="never", poll_after_seconds=60)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        video = client.videos.create(model="fake/video-1", prompt="p")
        timer = threading.Timer(0.3, _thread.interrupt_main)
        started = time.monotonic()
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            client.videos.wait(video.id)
        timer.join()
    assert time.monotonic() - started < 30  # not the 60 s the gateway asked to wait between polls


def test_cancelling_the_task_ends_an_async_wait_at_once(fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(outcome="never", poll_after_seconds=60)

    async def run() -> float:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            video = await client.videos.create(model="fake/video-1", prompt="p")
            task = asyncio.create_task(client.videos.wait(video.id))
            await asyncio.sleep(0.3)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return time.monotonic() - started

    assert asyncio.run(run()) < 30


def listed(mode: str, gateway: FakeGateway, resource: str, **query: Any) -> list[str]:
    """The ids ``client.<resource>.list(**query)`` yields, sync or async."""
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
            return [j.id for j in getattr(client, resource).list(**query)]

    async def run() -> list[str]:
        async with AsyncAIStats(api_key=KEY, base_url=gateway.base_url) as client:
            return [j.id async for j in getattr(client, resource).list(**query)]

    return asyncio.run(run())


def test_lists_filter_by_lifecycle_status(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(outcome="never")
    running = call(mode, fake_gateway, "batches", "create", model="openai/gpt-4.1-mini", requests=REQUESTS)
    fake_gateway.jobs.script(polls=1)
    done = call(
        mode, fake_gateway, "batches", "create_and_wait", model="openai/gpt-4.1-mini", requests=REQUESTS
    )
    call(mode, fake_gateway, "batches", "retrieve", running.id)  # pending -> running
    assert listed(mode, fake_gateway, "batches", status=["completed"]) == [done.id]
    assert listed(mode, fake_gateway, "batches", status=["running", "completed"]) == [done.id, running.id]
    assert "status=running&status=completed" in fake_gateway.requests[-1].query
    fake_gateway.jobs.script(polls=1)
    video = call(mode, fake_gateway, "videos", "create_and_wait", model="fake/video-1", prompt="p")
    assert listed(mode, fake_gateway, "videos", status=["completed"]) == [video.id]
    assert listed(mode, fake_gateway, "videos", status=["failed"]) == []


ODD_LINES = [
    '\ufeff{"custom_id":"bom"}'.encode(),  # a byte-order mark before the first line
    b'  {"custom_id":"spaces"}\t',  # whitespace around the value
    '{"custom_id":"caf\u00e9 \u2603 \U0001f600","n":1.5e3,"x":[null,true,{"y":"\\u00e9"}]}'.encode(),
    b'{"custom_id":"a"}{"custom_id":"b"}',  # two values on one line: not JSON, as for json.loads
]


@pytest.mark.parametrize("line", ODD_LINES)
def test_each_line_reads_as_json_loads_reads_it(mode: str, fake_gateway: FakeGateway, line: bytes) -> None:
    """The per-line path reads JSON at the scanner's speed (``aistats._jsonscan``): what it gives
    for any line, and whether it fails, is what ``json.loads`` gives."""
    fake_gateway.jobs.script(polls=1, output=line + b"\n")
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS)
    try:
        expected = json.loads(line)
    except ValueError:
        with pytest.raises(aistats.APIResponseValidationError, match="not a JSON object"):
            results(mode, fake_gateway, batch)
        return
    assert [r.raw for r in results(mode, fake_gateway, batch)] == [expected]


def test_a_line_that_is_not_utf8_fails_the_iteration(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.jobs.script(polls=1, output=b'{"custom_id":"a"}\n{"custom_id":"\xff\xfe"}\n')
    batch = call(mode, fake_gateway, "batches", "create_and_wait", model=MODEL, requests=REQUESTS)
    with pytest.raises(aistats.APIResponseValidationError, match="not a JSON object"):
        results(mode, fake_gateway, batch)
