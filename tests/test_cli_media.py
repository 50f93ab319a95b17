"""``aistats transcribe`` and ``aistats speak`` as a user runs them: a subprocess against a
loopback server that records what arrived."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aistats._cli.main import EXIT_CODES

from .replay_server import ReplayServer, Scripted, form_fields

ENV = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}
KEY = "sk-cli-media"


def run(server: ReplayServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aistats", *args, "--base-url", server.base_url, "--api-key", KEY],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


def json_reply(body: object, status: int = 200) -> Scripted:
    return Scripted(status, [("content-type", "application/json")], [json.dumps(body).encode()])


def test_transcribe_prints_the_text(server: ReplayServer, tmp_path: Path) -> None:
    audio = tmp_path / "call.wav"
    audio.write_bytes(b"RIFF" + bytes(100))
    server.enqueue(json_reply({"text": "Bonjour, ici la capture du fil.", "id": "G-1"}))
    result = run(server, "transcribe", str(audio), "--language", "fr")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Bonjour, ici la capture du fil.\n"
    sent = server.requests[0]
    assert sent.path == "/v1/audio/transcriptions"
    assert form_fields(sent) == [
        {"name": "model", "value": "openai/whisper-1"},
        {
            "name": "file",
            "filename": "call.wav",
            "content_type": "audio/wav",
            "size": 104,
            "sha256": hashlib.sha256(audio.read_bytes()).hexdigest(),
        },
        {"name": "language", "value": "fr"},
    ]


def test_transcribe_translate_and_errors(server: ReplayServer, tmp_path: Path) -> None:
    audio = tmp_path / "bonjour.mp3"
    audio.write_bytes(b"ID3")
    server.enqueue(json_reply({"text": "Hello.\n"}))
    result = run(server, "transcribe", str(audio), "--translate", "-m", "openai/whisper-1")
    assert (result.returncode, result.stdout) == (0, "Hello.\n")
    assert server.requests[0].path == "/v1/audio/translations"
    error = {
        "generation_id": "G-2",
        "status_code": 400,
        "error": "validation_error",
        "description": "Unsupported transcription file format at file",
    }
    server.enqueue(json_reply(error, status=400))
    failed = run(server, "transcribe", str(audio))
    assert failed.returncode == EXIT_CODES["bad_request"]
    assert "Unsupported transcription file format" in failed.stderr and "G-2" in failed.stderr
    missing = run(server, "transcribe", str(tmp_path / "nope.wav"))
    assert missing.returncode == EXIT_CODES["config"] and "No such audio file" in missing.stderr
    assert len(server.requests) == 2


def test_speak_writes_the_audio(server: ReplayServer, tmp_path: Path) -> None:
    server.enqueue(Scripted(200, [("content-type", "audio/wav")], [b"RIFF" + bytes(60)], chunked=True))
    target = tmp_path / "hello.wav"
    result = run(server, "speak", "Hello there", "-o", str(target), "--voice", "verse")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == b"RIFF" + bytes(60)
    assert result.stdout == f"{target} (64 bytes, audio/wav)\n"
    assert json.loads(server.requests[0].body or b"") == {
        "model": "openai/gpt-4o-mini-tts",
        "input": "Hello there",
        "voice": "verse",
        "response_format": "wav",
    }
    assert sorted(tmp_path.iterdir()) == [target]


def test_speak_leaves_nothing_when_the_reply_is_not_audio(server: ReplayServer, tmp_path: Path) -> None:
    server.enqueue(json_reply({"data": {"audio": "https://cdn.example/x.mp3"}}))
    result = run(server, "speak", "Hi", "-o", str(tmp_path / "hi.mp3"))
    assert result.returncode == EXIT_CODES["server"]
    assert "not media" in result.stderr or "audio_base64" in result.stderr
    assert list(tmp_path.iterdir()) == []
