"""``files.download(..., to=)`` and ``BinaryResponse`` through real calls: a ``.part`` file renamed
into place, nothing left behind on any error (a cut, a status error, a JSON body, a deadline,
``KeyboardInterrupt``, task cancellation), ``Range`` resume when the server allows it, flat memory."""

from __future__ import annotations

import asyncio
import base64
import copy
import io
import json
import pickle
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import aistats
from aistats import AIStats, AsyncAIStats, BinaryResponse
from aistats._transport.retry import Attempts, RetryPolicy

from .replay_server import ReplayServer, Scripted

KEY = "sk-download-test"
DATA = bytes(range(256)) * 40  # 10 KiB
OCTETS = ("content-type", "application/octet-stream")


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_index, rand=None: 0.0)


def nothing_left(folder: Path) -> bool:
    return list(folder.iterdir()) == []


def download(server: ReplayServer, target: Path, mode: str, **options: Any) -> aistats.Download:
    retries = options.pop("max_retries", 2)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=server.base_url, max_retries=retries) as client:
            return client.files.download("file-1", to=target, **options)

    async def go() -> aistats.Download:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url, max_retries=retries) as client:
            return await client.files.download("file-1", to=target, **options)

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_download_lands_whole(server: ReplayServer, tmp_path: Path, mode: str) -> None:
    server.enqueue(Scripted(200, [OCTETS], [DATA[:4000], DATA[4000:]], chunked=True))
    target = tmp_path / "out.jsonl"
    saved = download(server, target, mode)
    assert saved == aistats.Download(target, len(DATA), "application/octet-stream")
    assert target.read_bytes() == DATA and sorted(tmp_path.iterdir()) == [target]
    assert server.requests[0].path == "/v1/files/file-1/content"


def test_an_interrupted_download_leaves_neither_target_nor_part(
    server: ReplayServer, tmp_path: Path, mode: str
) -> None:
    cut = Scripted(200, [OCTETS, ("content-length", str(len(DATA)))], [DATA], cut_after=3000)
    server.enqueue(cut, cut, cut)
    with pytest.raises(aistats.APIConnectionError):
        download(server, tmp_path / "out.jsonl", mode)
    assert len(server.requests) == 3  # retried from the start: no Accept-Ranges
    assert "range" not in server.requests[1].headers
    assert nothing_left(tmp_path)


def test_a_dropped_connection_resumes_with_range(server: ReplayServer, tmp_path: Path, mode: str) -> None:
    first = Scripted(
        200, [OCTETS, ("accept-ranges", "bytes"), ("content-length", str(len(DATA)))], [DATA], cut_after=3000
    )

    def rest(request: Any) -> Scripted:
        start = int(request.headers["range"].removeprefix("bytes=").rstrip("-"))
        headers = [OCTETS, ("content-range", f"bytes {start}-{len(DATA) - 1}/{len(DATA)}")]
        return Scripted(206, headers, [DATA[start:]])

    server.enqueue(first, rest)
    target = tmp_path / "out.jsonl"
    saved = download(server, target, mode)
    assert server.requests[1].headers["range"] == "bytes=3000-"
    assert target.read_bytes() == DATA and saved.size == len(DATA)
    assert sorted(tmp_path.iterdir()) == [target]


def test_a_server_that_ignores_range_restarts_the_file(
    server: ReplayServer, tmp_path: Path, mode: str
) -> None:
    whole = [OCTETS, ("accept-ranges", "bytes"), ("content-length", str(len(DATA)))]
    server.enqueue(Scripted(200, whole, [DATA], cut_after=3000), Scripted(200, whole, [DATA]))
    target = tmp_path / "out.jsonl"
    download(server, target, mode)
    assert target.read_bytes() == DATA


def test_a_wrong_content_range_is_refused(server: ReplayServer, tmp_path: Path, mode: str) -> None:
    whole = [OCTETS, ("accept-ranges", "bytes"), ("content-length", str(len(DATA)))]
    bad = Scripted(206, [OCTETS, ("content-range", f"bytes 0-{len(DATA) - 1}/{len(DATA)}")], [DATA])
    server.enqueue(Scripted(200, whole, [DATA], cut_after=3000), bad)
    with pytest.raises(aistats.APIResponseValidationError, match="Content-Range"):
        download(server, tmp_path / "out.jsonl", mode)
    assert nothing_left(tmp_path)


@pytest.mark.parametrize(
    "reply",
    [
        Scripted(
            404,
            [("content-type", "application/json")],
            [b'{"error":"not_found","reason":"file_not_found_or_not_owned"}'],
        ),
        Scripted(200, [("content-type", "application/json")], [b'{"data": {"audio": "https://x"}}']),
    ],
)
def test_an_error_or_a_json_body_saves_nothing(
    server: ReplayServer, tmp_path: Path, mode: str, reply: Scripted
) -> None:
    server.enqueue(reply)
    target = tmp_path / "out.jsonl"
    target_before = None
    with pytest.raises((aistats.NotFoundError, aistats.APIResponseValidationError)):
        download(server, target, mode)
    assert nothing_left(tmp_path) and target_before is None


def test_an_existing_target_is_untouched_by_a_failed_download(server: ReplayServer, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    server.enqueue(Scripted(200, [OCTETS, ("content-length", "9999")], [DATA], cut_after=10))
    with pytest.raises(aistats.APIConnectionError):
        download(server, target, "sync", max_retries=0)
    assert target.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [target]


def test_the_deadline_bounds_the_whole_download(server: ReplayServer, tmp_path: Path, mode: str) -> None:
    server.enqueue(Scripted(200, [OCTETS], [DATA[:100]] * 50, chunked=True, pause=0.1))
    with pytest.raises(aistats.APITimeoutError):
        download(server, tmp_path / "out.jsonl", mode, deadline=0.5)
    assert nothing_left(tmp_path)


def test_keyboard_interrupt_mid_download_removes_the_part(
    server: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.enqueue(Scripted(200, [OCTETS], [DATA[:100]] * 20, chunked=True))
    calls = {"n": 0}
    real = Attempts.check

    def interrupt(self: Attempts, request: httpx.Request | None = None) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        real(self, request)

    monkeypatch.setattr(Attempts, "check", interrupt)
    with pytest.raises(KeyboardInterrupt):
        download(server, tmp_path / "out.jsonl", "sync")
    assert calls["n"] >= 3 and nothing_left(tmp_path)


def test_cancelling_an_async_download_removes_the_part(server: ReplayServer, tmp_path: Path) -> None:
    server.enqueue(Scripted(200, [OCTETS], [DATA[:100]] * 100, chunked=True, pause=0.05))
    part = tmp_path / "out.jsonl.part"

    async def go() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
            task = asyncio.create_task(client.files.download("file-1", to=tmp_path / "out.jsonl"))
            for _ in range(200):
                await asyncio.sleep(0.02)
                if part.exists() and part.stat().st_size > 0:
                    break
            assert part.exists(), "the download started writing its part file"
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(go())
    assert nothing_left(tmp_path)


MEMORY_PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from aistats import AIStats

    def status_kib(field):
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1])

    def reset_peak():  # the peak so far (imports, byte-compiling) is not the transfer's
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")

    base_url, target = sys.argv[1], Path(sys.argv[2])
    with AIStats(api_key="k", base_url=base_url) as client:
        client.files.download("warm", to=target)
        reset_peak()
        before = status_kib("VmRSS")
        saved = client.files.download("file-1", to=target)
        peak = status_kib("VmHWM")
    print(json.dumps({"growth_kib": peak - before, "size": saved.size}))
    """
)


def test_a_download_streams_to_disk_in_flat_memory(server: ReplayServer, tmp_path: Path) -> None:
    block = b"\x07" * (1024 * 1024)
    server.enqueue(Scripted(200, [OCTETS], [b"warm"]), Scripted(200, [OCTETS], [block] * 96, chunked=True))
    target = tmp_path / "big.bin"
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, server.base_url, str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert result["size"] == 96 * 1024 * 1024 == target.stat().st_size
    assert result["growth_kib"] < 32 * 1024, f"RSS grew {result['growth_kib']} KiB for a 96 MiB download"


# -- BinaryResponse ---------------------------------------------------------------------------


def speech(server: ReplayServer, reply: Scripted, mode: str = "sync") -> BinaryResponse:
    server.enqueue(reply)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
            return client.audio.speech.create(model="x-ai/grok-tts", input="Hi", voice="eve")

    async def go() -> BinaryResponse:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
            return await client.audio.speech.create(model="x-ai/grok-tts", input="Hi", voice="eve")

    return asyncio.run(go())


def json_reply(body: dict[str, Any]) -> Scripted:
    return Scripted(200, [("content-type", "application/json")], [json.dumps(body).encode()])


def test_speech_json_form_is_decoded(server: ReplayServer, mode: str) -> None:
    audio = b"ID3" + bytes(500)
    out = speech(
        server,
        json_reply(
            {
                "requestId": "G-1",
                "id": "trace-9",
                "object": "audio.speech",
                "audio_base64": base64.b64encode(audio).decode(),
                "mime_type": "audio/mpeg",
                "usage": {"total_tokens": 3},
            }
        ),
        mode,
    )
    assert (out.content, out.content_type, out.request_id, out.usage) == (
        audio,
        "audio/mpeg",
        "G-1",
        {"total_tokens": 3},
    )


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ({"data": {"audio": "https://cdn/x.mp3"}}, "no `audio_base64`"),
        (
            {"audio_base64": "e30=", "mime_type": "application/json", "audio_url": "https://cdn/x.mp3"},
            "https://cdn/x.mp3",
        ),
        ({"audio_base64": "not base64!", "mime_type": "audio/mpeg"}, "not base64"),
    ],
)
def test_a_json_body_that_is_not_audio_is_never_returned_as_media(
    server: ReplayServer, body: dict[str, Any], match: str
) -> None:
    with pytest.raises(aistats.APIResponseValidationError, match=match):
        speech(server, json_reply(body))


def test_raw_speech_keeps_the_gateways_id_only(server: ReplayServer, tmp_path: Path) -> None:
    raw = Scripted(
        200, [("content-type", "audio/mpeg"), ("x-request-id", "req_provider")], [b"ID3abc"], chunked=True
    )
    out = speech(server, raw)
    assert (out.content, out.content_type, out.request_id, out.usage) == (b"ID3abc", "audio/mpeg", None, None)
    ours = Scripted(200, [("content-type", "audio/wav"), ("x-gateway-request-id", "G-7")], [b"RIFF"])
    assert speech(server, ours).request_id == "G-7"
    target = out.write_to(tmp_path / "hello.mp3")
    assert target.read_bytes() == b"ID3abc" and sorted(tmp_path.iterdir()) == [target]
    assert b"".join(out.iter_bytes(chunk_size=4)) == b"ID3abc" and next(iter(out.iter_bytes(4))) == b"ID3a"
    assert pickle.loads(pickle.dumps(out)) == out == copy.deepcopy(out)
    assert "6 bytes" in repr(out)


def test_with_raw_response_on_binary_and_upload_methods(server: ReplayServer, tmp_path: Path) -> None:
    server.enqueue(
        Scripted(200, [OCTETS], [DATA]),
        Scripted(200, [("content-type", "application/json")], [b'{"id": "file-1", "object": "file"}']),
    )
    with AIStats(api_key=KEY, base_url=server.base_url) as client:
        raw = client.files.with_raw_response.content("file-1")
        assert raw.status_code == 200 and raw.parse().content == DATA
        created = client.files.with_raw_response.create(file=("a.jsonl", b"{}"), purpose="batch")
        assert created.parse().id == "file-1"
        with pytest.raises(TypeError, match="purpos"):
            client.files.create(file=("a.jsonl", b"{}"), purpos="batch")  # type: ignore[call-arg]
    assert len(server.requests) == 2
    assert json.loads(json.dumps(server.requests[1].headers))["content-type"].startswith(
        "multipart/form-data"
    )


def test_a_video_download_is_the_same_download_and_resumes(
    server: ReplayServer, tmp_path: Path, mode: str
) -> None:
    """``videos.download`` runs the one download path: ``Range`` resumption, the part file."""
    first = Scripted(
        200, [("content-type", "video/mp4"), ("accept-ranges", "bytes"), ("content-length", str(len(DATA)))],
        [DATA], cut_after=3000,
    )  # fmt: skip

    def rest(request: Any) -> Scripted:
        start = int(request.headers["range"].removeprefix("bytes=").rstrip("-"))
        headers = [
            ("content-type", "video/mp4"),
            ("content-range", f"bytes {start}-{len(DATA) - 1}/{len(DATA)}"),
        ]
        return Scripted(206, headers, [DATA[start:]])

    server.enqueue(first, rest)
    target = tmp_path / "clip.mp4"
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=server.base_url) as client:
            saved = client.videos.download("vid-1", to=target)
    else:

        async def go() -> aistats.Download:
            async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
                return await client.videos.download("vid-1", to=target)

        saved = asyncio.run(go())
    assert saved == aistats.Download(target, len(DATA), "video/mp4")
    assert [r.path for r in server.requests] == ["/v1/videos/vid-1/content"] * 2
    assert server.requests[0].headers["accept"] == "video/mp4"
    assert server.requests[1].headers["range"] == "bytes=3000-"
    assert target.read_bytes() == DATA and sorted(tmp_path.iterdir()) == [target]


def test_an_async_download_writes_off_the_event_loop(
    server: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[tuple[str, int]] = []  # (file, thread) of every open and write

    class Watched(io.FileIO):
        def write(self, data: Any) -> int:
            writers.append((Path(str(self.name)).name, threading.get_ident()))
            return super().write(data)

    def watched_open(path: Any, mode: str = "r") -> Any:
        writers.append((Path(path).name, threading.get_ident()))
        return Watched(path, mode)

    monkeypatch.setattr("aistats._files.download.open", watched_open, raising=False)
    server.enqueue(
        Scripted(200, [OCTETS], [DATA[:4000], DATA[4000:]], chunked=True),
        Scripted(200, [("content-type", "video/mp4")], [DATA[:5000], DATA[5000:]], chunked=True),
    )

    async def go() -> int:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
            await client.files.download("file-1", to=tmp_path / "a.jsonl")
            await client.videos.download("vid-1", to=tmp_path / "b.mp4")
        return threading.get_ident()

    loop_thread = asyncio.run(go())
    assert {name for name, _ in writers} == {"a.jsonl.part", "b.mp4.part"}
    assert len(writers) >= 6 and loop_thread not in {thread for _, thread in writers}
    assert (tmp_path / "b.mp4").read_bytes() == DATA
