"""Uploads through real calls to a loopback server that records what arrived: a 150 MiB path in
flat memory and sent whole again on a retry, limits enforced before a byte is sent, file objects
re-sent from where they stood, non-seekable streams never resent, and the create routes' retry
rule (``files.create``: only when the request surely did not arrive or the server asked)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
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
from aistats import AIStats, AsyncAIStats
from aistats._exceptions import APIConnectionError, APIStatusError, InternalServerError
from aistats._transport.retry import RetryPolicy
from aistats_generated.api import ROUTES

from .replay_server import ReplayServer, Scripted, form_fields

KEY = "sk-upload-test"
MIB = 1024 * 1024
FILE_OK = Scripted(200, [("content-type", "application/json")], [b'{"object": "file", "id": "file-1"}'])
TEXT_OK = Scripted(200, [("content-type", "application/json")], [b'{"text": "hi", "id": "G-1"}'])


def busy(status: int = 503, **headers: str) -> Scripted:
    body = json.dumps({"error": "busy", "description": "try later", "generation_id": "G-busy"}).encode()
    return Scripted(status, [("content-type", "application/json"), *headers.items()], [body])


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_index, rand=None: 0.0)


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.truncate(size)
    return path


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

    base_url, path = sys.argv[1], Path(sys.argv[2])
    with AIStats(api_key="sk-upload-test", base_url=base_url, max_retries=2) as client:
        client.files.create(file=("warm.jsonl", b"{}"), purpose="batch")  # imports and pool warmed
        reset_peak()
        before = status_kib("VmRSS")
        done = client.files.create(file=path, purpose="batch")
        peak = status_kib("VmHWM")
    print(json.dumps({"growth_kib": peak - before, "id": done.id}))
    """
)


def test_150_mib_path_uploads_in_flat_memory_and_is_sent_whole_again_after_a_503(
    server: ReplayServer, tmp_path: Path
) -> None:
    size = 150 * MIB
    path = sparse(tmp_path / "requests.jsonl", size)
    retry_after = busy(503, **{"Retry-After": "0"})
    server.enqueue(FILE_OK, retry_after, FILE_OK)
    try:
        probe = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, server.base_url, str(path)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        path.unlink()
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert result["id"] == "file-1"
    # the 503 and the retry: both attempts carried the whole file (same size, same bytes)
    first, second = server.requests[1:]
    assert first.size == second.size == int(first.headers["content-length"]) > size
    assert first.sha256 == second.sha256
    assert result["growth_kib"] < 32 * 1024, f"RSS grew {result['growth_kib']} KiB for a 150 MiB upload"


def test_a_1_gib_file_is_refused_before_sending(server: ReplayServer, tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.jsonl", 1024 * MIB)
    with (
        AIStats(api_key=KEY, base_url=server.base_url) as client,
        pytest.raises(aistats.FileTooLargeError) as caught,
    ):
        client.files.create(file=path, purpose="batch")
    error = caught.value
    assert error.limit == 200 * MIB and error.size > 1024 * MIB
    assert f"{error.size:,}" in str(error) and f"{error.limit:,}" in str(error)
    assert server.requests == []


def test_an_oversized_form_on_a_32_mib_route_is_refused(server: ReplayServer, tmp_path: Path) -> None:
    path = sparse(tmp_path / "long.wav", 33 * MIB)

    async def go() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
            await client.audio.transcriptions.create(model="openai/whisper-1", file=path)

    with pytest.raises(aistats.FileTooLargeError, match="32 MiB"):
        asyncio.run(go())
    assert server.requests == []


@pytest.mark.parametrize("value", ["notes.jsonl", b"{}", io.BytesIO(b"{}")])
def test_a_bare_str_bytes_or_nameless_stream_is_refused_with_nothing_sent(
    server: ReplayServer, value: Any
) -> None:
    with (
        AIStats(api_key=KEY, base_url=server.base_url) as client,
        pytest.raises(TypeError, match=r"\(filename, data\)"),
    ):
        client.files.create(file=value, purpose="batch")
    assert server.requests == []


def test_a_bytesio_at_offset_k_is_sent_from_k_on_every_attempt(server: ReplayServer) -> None:
    data = bytes(range(256)) * 64
    k = 1000
    stream = io.BytesIO(data)
    stream.seek(k)
    server.enqueue(busy(500), busy(500), TEXT_OK)
    with AIStats(api_key=KEY, base_url=server.base_url, max_retries=2) as client:
        out = client.audio.transcriptions.create(model="openai/whisper-1", file=("call.wav", stream))
    assert out.text == "hi"
    expected = hashlib.sha256(data[k:]).hexdigest()
    files = [next(f for f in form_fields(r) if f["name"] == "file") for r in server.requests]
    assert [(f["size"], f["sha256"]) for f in files] == [(len(data) - k, expected)] * 3


def test_an_async_path_upload_is_reopened_for_each_attempt(server: ReplayServer, tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    path.write_bytes(b"RIFF" + bytes(5000))
    server.enqueue(busy(502), TEXT_OK)

    async def go() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url, max_retries=1) as client:
            return await client.audio.translations.create(model="openai/whisper-1", file=path, prompt="x")

    assert asyncio.run(go()).text == "hi"
    sent = [form_fields(r) for r in server.requests]
    assert sent[0] == sent[1]
    assert sent[0][1] == {
        "name": "file",
        "filename": "call.wav",
        "content_type": "audio/wav",
        "size": 5004,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }


class Pipe(io.RawIOBase):
    """A non-seekable binary stream with a name (like a pipe or a socket file)."""

    name = "live.wav"

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_non_seekable_stream_is_never_sent_twice(server: ReplayServer) -> None:
    server.enqueue(busy(500), TEXT_OK)
    pipe: Any = Pipe(b"RIFF" * 100)  # a RawIOBase: typed IO[bytes] by open(), not by its class
    with (
        AIStats(api_key=KEY, base_url=server.base_url, max_retries=2) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.audio.transcriptions.create(model="openai/whisper-1", file=pipe)
    assert len(server.requests) == 1
    assert "chunked" in server.requests[0].headers.get("transfer-encoding", "")  # size unknown
    assert any("cannot be rewound" in note for note in getattr(caught.value, "__notes__", []))


# -- files.create: a success creates a file --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "retried"),
    [
        (busy(500), False),
        (busy(502), False),
        (busy(503), False),  # no Retry-After: the gateway may have stored the file
        (busy(503, **{"Retry-After": "0"}), True),
        (busy(429), True),
        (busy(500, **{"x-should-retry": "true"}), True),
        (busy(429, **{"x-should-retry": "false"}), False),
        (Scripted(200, [("content-type", "application/json")], [b'{"object": "fi'], cut_after=5), False),
    ],
)
def test_files_create_is_retried_only_when_asked(
    server: ReplayServer, first: Scripted, retried: bool
) -> None:
    server.enqueue(first, FILE_OK)
    with AIStats(api_key=KEY, base_url=server.base_url, max_retries=2) as client:
        if retried:
            assert client.files.create(file=("b.jsonl", b"{}"), purpose="batch").id == "file-1"
        else:
            with pytest.raises((APIStatusError, APIConnectionError)):
                client.files.create(file=("b.jsonl", b"{}"), purpose="batch")
    assert len(server.requests) == (2 if retried else 1)


def test_the_same_failure_is_retried_on_a_route_that_creates_nothing(server: ReplayServer) -> None:
    server.enqueue(busy(503), TEXT_OK)
    with AIStats(api_key=KEY, base_url=server.base_url, max_retries=2) as client:
        assert client.audio.transcriptions.create(model="m", file=("a.wav", b"RIFF")).text == "hi"
    assert len(server.requests) == 2


def test_a_create_call_is_retried_after_a_refused_connection() -> None:
    """No connection was made: the request surely did not arrive, so even a create is retried."""
    policy = RetryPolicy(max_retries=2)
    request = httpx.Request("POST", "http://127.0.0.1:9/v1/files")
    refused = APIConnectionError("refused", request=request)
    refused.__cause__ = httpx.ConnectError("refused")
    cut = APIConnectionError("cut", request=request)
    cut.__cause__ = httpx.RemoteProtocolError("closed")
    assert policy.is_retryable(refused, route=ROUTES["create_file"])
    assert not policy.is_retryable(cut, route=ROUTES["create_file"])
    assert policy.is_retryable(cut, route=ROUTES["get_file"])


def test_the_route_table_says_which_routes_create() -> None:
    creating = {name for name, route in ROUTES.items() if route.creates}
    assert creating == {
        "create_file", "create_batch", "create_video", "generate_music", "create_api_key", "create_workspace",
    }  # fmt: skip


def test_debug_body_logging_names_an_upload_without_reading_it(
    server: ReplayServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("AI_STATS_LOG_BODIES", "1")
    server.enqueue(FILE_OK)
    with caplog.at_level("DEBUG", logger="aistats"), AIStats(api_key=KEY, base_url=server.base_url) as client:
        client.files.create(file=("b.jsonl", b"{}"), purpose="batch")
    size = server.requests[0].headers["content-length"]
    assert f"Request body: a streamed upload ({size} bytes)" in caplog.text
    assert KEY not in caplog.text


class Recording(io.BytesIO):
    """A named, seekable binary file that records which thread each read ran on."""

    name = "recorded.wav"

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.threads: set[int] = set()

    def read(self, size: int | None = -1, /) -> bytes:
        self.threads.add(threading.get_ident())
        return super().read(size)


def test_async_uploads_read_files_off_the_event_loop(server: ReplayServer, tmp_path: Path) -> None:
    stream = Recording(b"RIFF" + bytes(600_000))
    server.enqueue(TEXT_OK)
    loop_thread: set[int] = set()

    async def go() -> None:
        loop_thread.add(threading.get_ident())
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
            await client.audio.transcriptions.create(model="openai/whisper-1", file=stream)

    asyncio.run(go())
    assert stream.threads and not stream.threads & loop_thread
    assert form_fields(server.requests[0])[1]["size"] == 600_004
