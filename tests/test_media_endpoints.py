"""The upload and binary methods (``files``, ``audio``, ``images.edit``) take the per-call options
of every endpoint (``timeout``, ``deadline``, ``extra_headers``, ``extra_query``, ``extra_body``
on a body), refuse an unknown keyword before sending, have ``with_raw_response``, and are the same
on the sync and async clients."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from aistats import AIStats, AsyncAIStats, BinaryResponse, Download, RawResponse
from aistats.resources import audio, files, inference
from aistats_generated import models

from .replay_server import ReplayServer, Scripted, form_fields

KEY = "sk-media-endpoints"
JSON = ("content-type", "application/json")
FILE = Scripted(200, [JSON], [b'{"object": "file", "id": "file-1", "bytes": 2}'])
TEXT = Scripted(200, [JSON], [b'{"text": "hi", "id": "G-1"}'])
IMAGES = Scripted(200, [JSON], [b'{"data": [{"b64_json": "AA=="}], "requestId": "G-2"}'])
AUDIO = Scripted(200, [("content-type", "audio/mpeg")], [b"ID3..."])
OCTETS = Scripted(200, [("content-type", "application/octet-stream")], [b"{}\n"])

#: method -> (positional args, keywords, a valid keyword to misspell, reply, path, the result's type, form?)
METHODS: dict[str, tuple[tuple[Any, ...], dict[str, Any], str, Scripted, str, type, bool]] = {
    "files.create": ((), {"file": ("b.jsonl", b"{}"), "purpose": "batch"}, "purpose", FILE, "/files",
                     models.FileObject, True),
    "files.retrieve": (("file-1",), {}, "provider", FILE, "/files/file-1", models.FileObject, False),
    "files.content": (("file-1",), {}, "provider", OCTETS, "/files/file-1/content", BinaryResponse, False),
    "audio.speech.create": ((), {"model": "openai/gpt-4o-mini-tts", "input": "Hi", "voice": "alloy"}, "voice",
                            AUDIO, "/audio/speech", BinaryResponse, False),
    "audio.transcriptions.create": ((), {"model": "openai/whisper-1", "file": ("a.wav", b"RIFF")}, "language",
                                    TEXT, "/audio/transcriptions", models.TranscriptionResponse, True),
    "audio.translations.create": ((), {"model": "openai/whisper-1", "file": ("a.wav", b"RIFF")}, "prompt",
                                  TEXT, "/audio/translations", models.TranscriptionResponse, True),
    "images.edit": ((), {"prompt": "a hat", "image": ("cat.png", b"PNG")}, "mask", IMAGES, "/images/edits",
                    models.ImagesResponse, True),
}  # fmt: skip
BODY = {"files.create", "audio.speech.create", "audio.transcriptions.create", "audio.translations.create",
        "images.edit"}  # fmt: skip


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def method_of(client: Any, name: str, *, raw: bool = False) -> Callable[..., Any]:
    *path, method = name.split(".")
    owner = client
    for part in path:
        owner = getattr(owner, part)
    found: Callable[..., Any] = getattr(owner.with_raw_response if raw else owner, method)
    return found


def call(mode: str, server: ReplayServer, name: str, *, raw: bool = False, **options: Any) -> Any:
    args, kwargs, _, reply, _, _, _ = METHODS[name]
    server.enqueue(reply)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
            return method_of(client, name, raw=raw)(*args, **kwargs, **options)

    async def go() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
            return await method_of(client, name, raw=raw)(*args, **kwargs, **options)

    return asyncio.run(go())


@pytest.mark.parametrize("name", METHODS)
def test_per_call_options_reach_the_request(mode: str, server: ReplayServer, name: str) -> None:
    options: dict[str, Any] = {
        "extra_headers": {"X-Trace": "t-1"}, "extra_query": {"trace": "on"}, "timeout": 30, "deadline": 60,
    }  # fmt: skip
    if name in BODY:
        options["extra_body"] = {"vendor_flag": True}
    result = call(mode, server, name, **options)
    assert isinstance(result, METHODS[name][5])
    [sent] = server.requests
    assert sent.path == "/v1" + METHODS[name][4]
    assert sent.headers["x-trace"] == "t-1" and sent.headers["authorization"] == f"Bearer {KEY}"
    assert parse_qs(urlsplit(sent.target).query)["trace"] == ["on"]
    if METHODS[name][6]:
        assert {"name": "vendor_flag", "value": "true"} in form_fields(sent)
    elif name in BODY:
        assert json.loads(sent.body or b"")["vendor_flag"] is True
    else:
        assert sent.body == b""


@pytest.mark.parametrize("name", METHODS)
def test_an_unknown_keyword_is_refused_before_sending(mode: str, server: ReplayServer, name: str) -> None:
    valid = METHODS[name][2]
    misspelt: dict[str, Any] = {f"{valid}x": 1}
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{valid}x'; did you mean '{valid}'"):
        call(mode, server, name, **misspelt)
    with pytest.raises(TypeError, match=r"max_retries is a client option"):
        call(mode, server, name, max_retries=3)
    assert server.requests == []


@pytest.mark.parametrize("name", METHODS)
def test_every_method_has_a_raw_response(mode: str, server: ReplayServer, name: str) -> None:
    raw = call(mode, server, name, raw=True)
    assert isinstance(raw, RawResponse) and raw.status_code == 200 and raw.retries_taken == 0
    assert isinstance(raw.parse(), METHODS[name][5])


def test_download_takes_the_options_too(mode: str, server: ReplayServer, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    server.enqueue(OCTETS)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=server.base_url) as client:
            saved = client.files.with_raw_response.download(
                "file-1", to=target, provider="openai", extra_headers={"X-Trace": "t"}, deadline=30
            ).parse()
    else:

        async def go() -> Download:
            async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
                return await client.files.download("file-1", to=target, provider="openai", timeout=5)

        saved = asyncio.run(go())
    assert saved == Download(target, 3, "application/octet-stream") and target.read_bytes() == b"{}\n"
    assert server.requests[0].target == "/v1/files/file-1/content?provider=openai"


def test_sync_and_async_resources_have_the_same_methods_and_parameters() -> None:
    for module in (files, audio, inference):
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or name.startswith("Async"):
                continue
            twin = getattr(module, f"Async{name}")
            mine = {
                m: inspect.signature(f)
                for m, f in inspect.getmembers(cls, inspect.isfunction)
                if not m.startswith("_")
            }
            theirs = {
                m: inspect.signature(f)
                for m, f in inspect.getmembers(twin, inspect.isfunction)
                if not m.startswith("_")
            }
            assert mine.keys() == theirs.keys(), name
            for method, signature in mine.items():
                assert list(signature.parameters) == list(theirs[method].parameters), f"{name}.{method}"


def test_media_routes_ask_for_media_from_the_spec(server: ReplayServer) -> None:
    """The route table's ``accept`` (the 2xx content types in ``openapi.yaml``): with ``audio/`` in
    ``Accept`` the gateway answers speech as bytes, not as base64 JSON (wire3 z15); the caller can
    still ask for JSON only."""
    from aistats_generated import api

    assert api.CREATE_SPEECH.accept is not None and "audio/mpeg" in api.CREATE_SPEECH.accept
    assert api.GET_FILE_CONTENT.accept == "application/octet-stream"
    assert api.CREATE_TRANSCRIPTION.accept is None and api.CREATE_CHAT_COMPLETION.accept is None
    call("sync", server, "audio.speech.create")
    call("sync", server, "audio.speech.create", extra_headers={"Accept": "application/json"})
    call("sync", server, "audio.transcriptions.create")
    accepts = [r.headers["accept"] for r in server.requests]
    assert accepts == [api.CREATE_SPEECH.accept, "application/json", "application/json"]
