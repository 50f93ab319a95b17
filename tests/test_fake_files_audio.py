"""The fake gateway's media and files routes against the real gateway's transcripts
(``tests/fixtures/wire3``): each request is rebuilt with plain httpx (multipart with
``files=``) and the fake's answer compared with the real one: status, the headers the
gateway sets, body shape and the gateway's own words (ids and timestamps excluded)."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistats.testing import FakeGateway, Reply
from aistats.testing._multipart import FormCollector, boundary_of

WIRE3 = Path(__file__).parent / "fixtures" / "wire3"
KEY = "phaseo_v1_sk_wirecapture01_s3cretWireCaptureValue"

# What the fake does not reproduce by default, and why (scripted replays cover the first group).
SCRIPTED = {
    "au10_speech_upstream_429": "a provider's 429: script it",
    "au27_transcription_upstream_400": "a provider's refusal of the file: script it",
    "im07_images_edits_upstream_429": "a provider's 429: script it",
}
NOT_DEFAULT = {
    **SCRIPTED,
    "fi11_files_gate_disabled": "the Statsig gate is a deployment setting",
    "z09_speech_minimax_url_default": "MiniMax url output is broken in the gateway (GATEWAY_FACTS_3 §1)",
    "z10_speech_minimax_url_accept_json": "MiniMax url output is broken in the gateway (GATEWAY_FACTS_3 §1)",
    "z46_batches_mixed_output_content": "a batch's output file: replayed in test_batch_output_files",
    "z47_batches_mixed_error_content": "a batch's error file: replayed in test_batch_output_files",
}
# Body keys whose presence depends on the capture's fake providers and prices.
FAKE_DEPENDENT = {
    "routing_diagnostics", "provider_candidate_diagnostics", "provider_enablement",
    "provider_failure_diagnostics", "cost_nanos",
    "cost_cents", "currency", "pricing_lines", "error_operational_kind", "audio_url",
}  # fmt: skip
# Headers the gateway itself sets, compared by value (server-timing, x-request-id: by presence).
SAME_VALUE = (
    "cache-control", "timing-allow-origin", "x-gateway-error-origin", "x-gateway-error-attribution",
    "access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers",
    "access-control-max-age",
)  # fmt: skip
# Bodies that were empty only because the capture's fake provider answered JSON to a stream.
BODY_FROM_FAKE = {"au29_transcription_stream"}
SAME_PRESENCE = ("server-timing", "x-request-id", "content-disposition", "retry-after", "location")


def transcript(name: str) -> dict[str, Any]:
    found = json.loads((WIRE3 / f"{name}.json").read_text())
    assert isinstance(found, dict)
    return found


#: The transcripts of the media and files routes (wire3 holds the jobs' and management's too).
SCOPE = ("au", "im", "oc", "fi", "z0", "z1", "z40", "z46", "z47", "z6", "z7")


def names() -> list[str]:
    return sorted(p.stem for p in WIRE3.glob("*.json") if p.stem.startswith(SCOPE))


def request_body(recorded: dict[str, Any]) -> bytes:
    if recorded.get("body_b64"):
        return base64.b64decode(recorded["body_b64"])
    return str(recorded.get("body") or "").encode("latin-1")


def parse(body: bytes, content_type: str, piece: int) -> list[dict[str, Any]]:
    boundary = boundary_of(content_type)
    assert boundary is not None
    collector = FormCollector(boundary, spool_dir=lambda: Path("/nonexistent"), limit=None)
    for start in range(0, len(body), piece):
        collector.feed(body[start : start + piece])
    form = collector.finish()
    assert form.error is None and not form.too_large
    return form.summary()


def file_contents(recorded: dict[str, Any]) -> dict[tuple[str, str], bytes]:
    """The file parts' exact bytes, from the recorded body (zeros when it was not kept)."""
    contents: dict[tuple[str, str], bytes] = {}
    if recorded.get("body_b64"):
        boundary = boundary_of(recorded["headers"]["content-type"])
        assert boundary is not None
        collector = FormCollector(boundary, spool_dir=lambda: Path("/nonexistent"), limit=None)
        collector.feed(request_body(recorded))
        for part in collector.finish().parts:
            if part.filename is not None:
                contents[(part.name, part.filename)] = part.read()
    for field in recorded.get("form_fields") or []:
        if "filename" in field:
            contents.setdefault((field["name"], field["filename"]), bytes(field["size"]))
    return contents


def send(client: httpx.Client, recorded: dict[str, Any], path: str | None = None) -> httpx.Response:
    """The recorded request again, with httpx building any multipart body itself."""
    headers = {k: v for k, v in recorded["headers"].items() if k in ("authorization", "accept")}
    target = path or recorded["url"].split("/v1", 1)[1]
    content_type = recorded["headers"].get("content-type", "")
    fields = recorded.get("form_fields")
    if fields:
        contents = file_contents(recorded)
        data: dict[str, list[str]] = {}
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        for field in fields:
            if "filename" in field:
                content = contents[(field["name"], field["filename"])]
                files.append((field["name"], (field["filename"], content, field["content_type"])))
            else:
                data.setdefault(field["name"], []).append(field["value"])
        return client.request(recorded["method"], target, headers=headers, data=data, files=files)
    if content_type:
        headers["content-type"] = content_type
    return client.request(recorded["method"], target, headers=headers, content=request_body(recorded))


def assert_like(real: dict[str, Any], got: httpx.Response, *, body: bool = True) -> None:
    """``got`` answers like the real gateway's recorded ``real`` response."""
    assert got.status_code == real["status"], got.text[:500]
    want_headers = httpx.Headers(real["headers"])
    for name in SAME_VALUE:
        assert got.headers.get(name) == want_headers.get(name), name
    for name in SAME_PRESENCE:
        assert (name in got.headers) == (name in want_headers), name
    if "content-type" in want_headers:
        assert got.headers["content-type"].partition(";")[0] == want_headers["content-type"].partition(";")[0]
    if "content-length" in want_headers:
        assert "content-length" in got.headers
    if "transfer-encoding" in want_headers:
        assert got.headers.get("transfer-encoding") == want_headers["transfer-encoding"]
    text = real.get("body_text")
    if not want_headers.get("content-type", "").startswith("application/json") or text is None:
        if body:
            assert bool(got.content) == bool(real.get("body_size")), "a body where the gateway sends one"
        return
    assert_same_shape(json.loads(text), got.json())


def assert_same_shape(want: Any, got: Any) -> None:
    assert isinstance(got, dict) and isinstance(want, dict)
    if isinstance(want.get("error"), dict):
        assert isinstance(got["error"], dict)
        assert set(got["error"]) == set(want["error"])
        assert {k: v for k, v in got["error"].items() if k in ("type", "reason", "param", "code")} == {
            k: v for k, v in want["error"].items() if k in ("type", "reason", "param", "code")
        }
        return
    assert set(got) - FAKE_DEPENDENT == set(want) - FAKE_DEPENDENT
    for key in (
        "error",
        "reason",
        "error_type",
        "error_origin",
        "status_code",
        "object",
        "status",
        "purpose",
    ):
        assert got.get(key) == want.get(key), key
    if isinstance(want.get("status_code"), int) and want["status_code"] < 500:
        assert got.get("description") == want.get("description")  # the gateway's own words
        assert got.get("details") == want.get("details")
    if "usage" in want and isinstance(want["usage"], dict):
        assert set(got["usage"]) == set(want["usage"])
    for key in ("words", "segments", "pages", "data"):
        if key in want:
            assert len(got[key]) >= 1
            assert set(got[key][0]) == set(want[key][0])


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    with FakeGateway(api_key=KEY) as gw:
        yield gw


@pytest.fixture
def client(gateway: FakeGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.base_url, timeout=30) as c:
        yield c


# ------------------------------------------------------------------ the parser
@pytest.mark.parametrize("name", [n for n in names() if transcript(n)["request"].get("body_b64")])
@pytest.mark.parametrize("piece", [1, 7, 1 << 20])
def test_parser_reads_recorded_bodies(name: str, piece: int) -> None:
    recorded = transcript(name)["request"]
    got = parse(request_body(recorded), recorded["headers"]["content-type"], piece)
    assert got == recorded["form_fields"]


@pytest.mark.parametrize(
    "body",
    [
        b'--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',  # no closing boundary
        b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n",  # no name
        b"no boundary at all",
    ],
)
def test_parser_refuses_broken_bodies(body: bytes) -> None:
    collector = FormCollector(b"B", spool_dir=lambda: Path("/nonexistent"), limit=None)
    collector.feed(body)
    assert collector.finish().error is not None


def test_parser_finds_a_delimiter_split_anywhere(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 2 + b"\r\n--" + b"\r\n-"  # near-delimiters inside the data
    body = (
        b'--Bnd\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\n' + payload
        + b'\r\n--Bnd\r\nContent-Disposition: form-data; name="n"\r\n\r\n' + b"v" * 300
        + b"\r\n--Bnd--\r\n"
    )  # fmt: skip
    end, last = body.index(b"\r\n--Bnd\r\n"), body.index(b"\r\n--Bnd--")
    for first in range(end - 40, end + 12):
        for second in (first + 1, first + 3, last, last + 4, len(body)):
            collector = FormCollector(b"Bnd", spool_dir=lambda: tmp_path, limit=None)
            for piece in (body[:first], body[first:second], body[second:]):
                collector.feed(piece)
            form = collector.finish()
            assert form.error is None, (first, second)
            assert form.files("f")[0].read() == payload and form.get("n") == "v" * 300, (first, second)


def test_parser_spools_large_parts_and_passes_bytes_linearly(tmp_path: Path) -> None:
    payload = hashlib.sha256(b"seed").digest() * (3 << 16)  # 6 MiB, over the in-memory threshold
    body = (
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n'
        + payload
        + b'\r\n--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B--\r\n'
    )
    collector = FormCollector(b"B", spool_dir=lambda: tmp_path, limit=None)
    for start in range(0, len(body), 4093):
        collector.feed(body[start : start + 4093])
    form = collector.finish()
    (part,) = form.files("file")
    assert part.data is None and part.spool is not None and part.spool.read_bytes() == payload
    assert part.sha256 == hashlib.sha256(payload).hexdigest() and form.get("purpose") == "batch"
    form.discard()
    assert list(tmp_path.iterdir()) == []


def test_parser_drops_everything_past_the_limit(tmp_path: Path) -> None:
    collector = FormCollector(b"B", spool_dir=lambda: tmp_path, limit=10)
    collector.feed(b'--B\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\n' + bytes(4 << 20))
    form = collector.finish()
    assert form.too_large and form.parts == () and form.size > 10
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------- transcript replays
DEFAULT_ROUTES = [
    n for n in names() if n not in NOT_DEFAULT and not n.startswith(("fi03", "fi04", "fi15", "fi16"))
]


@pytest.mark.parametrize("name", DEFAULT_ROUTES)
def test_default_routes_answer_like_the_gateway(
    name: str, gateway: FakeGateway, client: httpx.Client
) -> None:
    recorded = transcript(name)
    response = send(client, recorded["request"])
    assert_like(recorded["response"], response, body=name not in BODY_FROM_FAKE)
    fields = recorded["request"].get("form_fields")
    form = gateway.requests[-1].form
    if fields and form is not None and not form.too_large:
        exact = bool(recorded["request"].get("body_b64"))  # else the files were sent as zeros

        def key(part: dict[str, Any]) -> str:
            return json.dumps({k: v for k, v in part.items() if exact or k != "sha256"}, sort_keys=True)

        assert sorted(map(key, form.summary())) == sorted(map(key, fields))


def test_uploaded_files_are_kept_for_retrieve_and_content(client: httpx.Client) -> None:
    """``fi01`` then ``fi03``, ``fi04``, ``fi16``; ``fi12`` then ``fi15`` (ids are the fake's)."""
    uploaded = send(client, transcript("fi01_files_upload_batch_jsonl")["request"])
    file_id = uploaded.json()["id"]
    content = file_contents(transcript("fi01_files_upload_batch_jsonl")["request"])[("file", "batch.jsonl")]
    for name, path in (
        ("fi03_files_retrieve", f"/files/{file_id}"),
        ("fi04_files_content", f"/files/{file_id}/content"),
        ("fi16_batch_singular_files_alias", f"/batch/files/{file_id}"),
    ):
        recorded = transcript(name)
        response = send(client, recorded["request"], path)
        assert_like(recorded["response"], response)
        if name == "fi04_files_content":
            assert response.content == content == base64.b64decode(recorded["response"]["body_b64"])
        else:
            assert response.json() == {
                **json.loads(recorded["response"]["body_text"]),
                **_ids(response.json()),
            }
    other = send(client, transcript("fi12_batches_files_upload_alias")["request"]).json()["id"]
    recorded = transcript("fi15_batches_files_content_alias")
    response = send(client, recorded["request"], f"/batches/files/{other}/content")
    assert_like(recorded["response"], response)
    assert response.content == base64.b64decode(recorded["response"]["body_b64"])


def _ids(body: dict[str, Any]) -> dict[str, Any]:
    return {k: body[k] for k in ("id", "created_at", "expires_at")}


@pytest.mark.parametrize("name", ["z46_batches_mixed_output_content", "z47_batches_mixed_error_content"])
def test_batch_output_files(name: str, gateway: FakeGateway, client: httpx.Client) -> None:
    recorded = transcript(name)
    file_id = recorded["request"]["path"].split("/")[3]
    content = base64.b64decode(recorded["response"]["body_b64"])
    gateway.routes.files.add("output.jsonl", content, purpose="batch_output", file_id=file_id)
    response = send(client, recorded["request"])
    assert_like(recorded["response"], response)
    assert response.content == content
    assert response.headers["content-length"] == recorded["response"]["headers"]["content-length"]


@pytest.mark.parametrize("name", sorted(SCRIPTED))
def test_scripted_replies_replay_any_answer(name: str, gateway: FakeGateway, client: httpx.Client) -> None:
    recorded = transcript(name)
    real = recorded["response"]
    headers = {k: v for k, v in real["headers"].items() if k not in ("content-length", "transfer-encoding")}
    gateway.enqueue(
        Reply.raw(real["status"], base64.b64decode(real["body_b64"]), headers=headers),
        route=recorded["request"]["path"],
    )
    response = send(client, recorded["request"])
    assert_like(real, response)
    assert response.content == base64.b64decode(real["body_b64"])


# ------------------------------------------------------------ speech specifics
@pytest.mark.parametrize(
    ("model", "accept", "body", "json_form"),
    [
        ("x-ai/grok-tts", "application/json", {}, True),
        ("x-ai/grok-tts", "application/json, */*", {}, True),
        ("x-ai/grok-tts", "application/json, audio/*", {}, False),
        ("x-ai/grok-tts", "application/json, application/octet-stream", {}, False),
        ("x-ai/grok-tts", "application/json", {"stream_format": "audio"}, False),
        ("x-ai/grok-tts", None, {"stream_format": "sse"}, True),
        ("openai/gpt-4o-mini-tts", "application/json", {}, False),
        ("minimax/speech-2.6-hd", "application/json", {}, False),
    ],
)
def test_speech_form_follows_the_provider_then_accept(
    model: str, accept: str | None, body: dict[str, Any], json_form: bool, client: httpx.Client
) -> None:
    headers = {"authorization": f"Bearer {KEY}", **({"accept": accept} if accept else {})}
    request = {"model": model, "input": "Hello there", "voice": "eve", "response_format": "wav", **body}
    response = client.post("/audio/speech", json=request, headers=headers)
    assert response.status_code == 200
    if json_form:
        answer = response.json()
        assert answer["object"] == "audio.speech" and answer["mime_type"] == "audio/wav"
        assert base64.b64decode(answer["audio_base64"]).startswith(b"RIFF")
    else:
        assert response.headers["content-type"] == "audio/wav" and response.content.startswith(b"RIFF")


def test_speech_validation(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {KEY}"}
    base = {"model": "openai/gpt-4o-mini-tts", "input": "Hi", "voice": "alloy"}
    for change, path in (
        ({"response_format": "ogg"}, "response_format"),
        ({"input": ""}, "input"),
        ({"input": "x" * 40_001}, "input"),
        ({"speed": 9}, "speed"),
        ({"model": 3}, "model"),
    ):
        response = client.post("/audio/speech", json={**base, **change}, headers=auth)
        assert response.status_code == 400, change
        assert response.json()["details"][0]["path"] == [path]
    assert client.post("/audio/speech", content=b"{", headers=auth).json()["error"] == "invalid_json"


# ---------------------------------------------------------------- uploads
def test_transcription_limits(client: httpx.Client, gateway: FakeGateway) -> None:
    auth = {"authorization": f"Bearer {KEY}"}
    data = {"model": "openai/whisper-1"}
    over_file = client.post(
        "/audio/transcriptions", headers=auth, data=data, files={"file": ("a.wav", bytes((25 << 20) + 1))}
    )
    assert over_file.status_code == 400 and over_file.json()["description"].startswith("Transcription files")
    over_body = client.post(
        "/audio/transcriptions", headers=auth, data=data, files={"file": ("a.wav", bytes(32 << 20))}
    )
    assert over_body.status_code == 413 and over_body.json()["error"] == "payload_too_large"
    recorded = gateway.requests[-1]
    assert recorded.form is not None and recorded.form.too_large and recorded.body == b""
    assert recorded.body_size is not None and recorded.body_size > 32 << 20
    # the connection is still usable: the whole body was read before answering
    assert client.post(
        "/audio/transcriptions", headers=auth, data=data, files={"file": ("a.wav", b"x")}
    ).is_success
    assert gateway.connections_opened == 1


def test_transcription_formats_and_granularities(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {KEY}"}
    audio = {"file": ("call.m4a", b"\0" * 64, "audio/mp4")}

    def ask(data: dict[str, Any], path: str = "/audio/transcriptions") -> httpx.Response:
        return client.post(path, headers=auth, data={"model": "openai/whisper-1", **data}, files=audio)

    assert ask({"response_format": "text"}).json()["text"].endswith("\n")
    assert ask({"response_format": "srt"}).json()["text"].startswith("1\n00:00:00,000 --> ")
    assert ask({"response_format": "vtt"}).json()["text"].startswith("WEBVTT")
    words = ask({"response_format": "verbose_json", "timestamp_granularities[]": ["word"]}).json()
    assert {"task", "language", "duration", "words", "segments"} <= set(words)
    segments = ask({"response_format": "verbose_json", "timestamp_granularities[]": ["segment"]}).json()
    assert "words" not in segments and segments["segments"]
    bad = ask({"timestamp_granularities[]": ["char"]})
    assert bad.status_code == 400 and bad.json()["details"][0]["path"] == ["timestamp_granularities", 0]
    assert ask({"response_format": "diarized_json"}, "/audio/translations").status_code == 400
    translated = ask({"response_format": "verbose_json"}, "/audio/translations").json()
    assert translated["object"] == "translation" and translated["task"] == "translate"
    stream = ask({"stream": "true"})
    assert stream.headers["content-type"] == "text/event-stream" and b"transcript.text.done" in stream.content


def test_image_edits_take_up_to_16_images(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {KEY}"}
    png = b"\x89PNG\r\n\x1a\n" + bytes(32)

    def edit(count: int) -> httpx.Response:
        files = [("image[]", (f"{i}.png", png, "image/png")) for i in range(count)]
        files.append(("mask", ("m.png", png, "image/png")))
        return client.post("/images/edits", headers=auth, data={"prompt": "dusk", "n": "2"}, files=files)

    answer = edit(16).json()
    assert answer["model"] == "gpt-image-1.5" and len(answer["data"]) == 2 and "id" not in answer
    refused = edit(17)
    assert refused.status_code == 400 and refused.json()["details"][0]["path"] == ["image"]


def test_a_150_mib_upload_keeps_memory_flat(
    tmp_path: Path, client: httpx.Client, gateway: FakeGateway
) -> None:
    size = 150 << 20
    path = tmp_path / "big.jsonl"
    with path.open("wb") as file:
        file.truncate(size)
    tracemalloc.start()
    try:
        with path.open("rb") as file:
            uploaded = client.post(
                "/files",
                headers={"authorization": f"Bearer {KEY}"},
                data={"purpose": "batch"},
                files={"file": ("big.jsonl", file, "application/jsonl")},
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json()["bytes"] == size
    assert peak < 8 << 20  # client and gateway together, for 150 MiB sent (about 3.3 MiB)
    recorded = gateway.requests[-1]
    assert recorded.body == b"" and recorded.body_size is not None and recorded.body_size > size
    assert recorded.form is not None
    (part,) = recorded.form.files("file")
    assert part.sha256 == hashlib.sha256(bytes(size)).hexdigest()
    assert part.spool is not None and not part.spool.exists()  # moved into the store
    stored = gateway.routes.files.get(uploaded.json()["id"])
    assert stored is not None and stored.path.stat().st_size == size


# ------------------------------------------------------------------ files
def upload(client: httpx.Client, content: bytes, **headers: str) -> httpx.Response:
    return client.post(
        "/files",
        headers={"authorization": f"Bearer {KEY}", **headers},
        data={"purpose": "batch"},
        files={"file": ("data.jsonl", content, "application/jsonl")},
    )


def test_content_serves_ranges(client: httpx.Client, gateway: FakeGateway) -> None:
    content = bytes(range(256)) * 40
    file_id = upload(client, content).json()["id"]
    auth = {"authorization": f"Bearer {KEY}"}

    def get(value: str | None) -> httpx.Response:
        return client.get(
            f"/files/{file_id}/content", headers={**auth, **({"range": value} if value else {})}
        )

    whole = get(None)
    assert whole.status_code == 200 and whole.content == content and whole.headers["accept-ranges"] == "bytes"
    tail = get("bytes=100-")
    assert tail.status_code == 206 and tail.content == content[100:]
    assert tail.headers["content-range"] == f"bytes 100-{len(content) - 1}/{len(content)}"
    assert get("bytes=10-19").content == content[10:20]
    assert get("bytes=-5").content == content[-5:]
    assert get("bytes=0-999999").content == content
    assert get("bytes=0-1,5-6").status_code == 200  # several ranges: the whole file
    unsatisfiable = get(f"bytes={len(content)}-")
    assert (
        unsatisfiable.status_code == 416
        and unsatisfiable.headers["content-range"] == f"bytes */{len(content)}"
    )
    gateway.routes.files.ranges = False
    plain = get("bytes=100-")
    assert plain.status_code == 200 and plain.content == content and "accept-ranges" not in plain.headers


def test_download_can_be_cut_then_resumed(client: httpx.Client, gateway: FakeGateway) -> None:
    content = bytes(range(256)) * 4096  # 1 MiB
    file_id = upload(client, content).json()["id"]
    path = f"/files/{file_id}/content"
    gateway.enqueue(Reply.default().with_faults(cut_after_bytes=300_000), route=path)
    got = bytearray()
    headers = {"authorization": f"Bearer {KEY}"}
    with pytest.raises(httpx.RemoteProtocolError), client.stream("GET", path, headers=headers) as response:
        assert response.headers["content-length"] == str(len(content))
        for chunk in response.iter_bytes():
            got += chunk
    assert 0 < len(got) <= 300_000
    rest = client.get(path, headers={"authorization": f"Bearer {KEY}", "range": f"bytes={len(got)}-"})
    assert rest.status_code == 206 and bytes(got) + rest.content == content


def test_scripted_503_with_retry_after_then_the_upload(client: httpx.Client, gateway: FakeGateway) -> None:
    gateway.enqueue(Reply.error(503, "service_unavailable", headers={"retry-after": "1"}), route="/files")
    first = upload(client, b"{}\n")
    assert first.status_code == 503 and first.headers["retry-after"] == "1"
    second = upload(client, b"{}\n")
    assert second.status_code == 200 and len(gateway.routes.files) == 1
    assert [r.form.files("file")[0].size for r in gateway.requests if r.form] == [3, 3]


def test_files_errors(client: httpx.Client, gateway: FakeGateway) -> None:
    empty = client.post(
        "/files",
        headers={"authorization": f"Bearer {KEY}", "content-type": "multipart/form-data; boundary=x"},
    )
    assert empty.status_code == 400 and empty.json() == {
        "error": {"type": "validation_error", "reason": "batch_file_empty"}
    }
    bad_purpose = client.post(
        "/files",
        headers={"authorization": f"Bearer {KEY}"},
        data={"purpose": "nope"},
        files={"file": ("a", b"x")},
    )
    assert bad_purpose.status_code == 400 and bad_purpose.json()["error"]["param"] == "purpose"
    wrong_key = client.get("/files/file-x", headers={"authorization": "Bearer wrong"})
    assert wrong_key.status_code == 401 and wrong_key.json()["reason"] == "key_not_found_or_revoked"
    assert "description" not in wrong_key.json()  # the handlers' envelope, not the pipeline's
    speech = client.post("/audio/speech", json={}, headers={"authorization": "Bearer wrong"})
    assert speech.status_code == 401 and speech.json()["description"] == "key_not_found_or_revoked"
    gateway.routes.files.cap = 10
    full = upload(client, b"x" * 11)
    assert full.status_code == 507 and full.json()["error"]["type"] == "fake_gateway_storage_full"


def test_files_over_200_mb_are_refused_without_being_kept(tmp_path: Path, client: httpx.Client) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as file:
        file.truncate(200_000_001)
    with path.open("rb") as file:
        response = client.post(
            "/files",
            headers={"authorization": f"Bearer {KEY}"},
            data={"purpose": "batch"},
            files={"file": ("huge.jsonl", file)},
        )
    assert response.status_code == 413
    assert response.json() == {"error": {"type": "validation_error", "reason": "batch_file_too_large"}}


def test_closing_the_gateway_removes_its_files() -> None:
    with FakeGateway() as gw, httpx.Client(base_url=gw.base_url) as c:
        stored = upload(c, b"{}\n", authorization="Bearer any").json()["id"]
        found = gw.routes.files.get(stored)
        assert found is not None and found.path.exists()
    assert not found.path.exists() and not found.path.parent.exists()


def test_an_upload_cut_short_leaves_no_spool_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the gateway's directories go here
    with FakeGateway() as gw:
        head = (
            b"POST /v1/files HTTP/1.1\r\nhost: x\r\nauthorization: Bearer k\r\n"
            b"content-type: multipart/form-data; boundary=B\r\ncontent-length: 10000000\r\n\r\n"
            b'--B\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\n'
        )
        with socket.create_connection(("127.0.0.1", gw.port)) as conn:
            conn.sendall(head + bytes(3 << 20))  # past the in-memory threshold: spooled
            deadline = time.monotonic() + 10
            while not any(p.name.startswith("part-") for p in tmp_path.rglob("*")):
                assert time.monotonic() < deadline, "the part was never spooled"
                time.sleep(0.01)
        deadline = time.monotonic() + 10
        while any(p.is_file() for p in tmp_path.rglob("*")):
            assert time.monotonic() < deadline, "the spool file outlived its connection"
            time.sleep(0.01)
        assert gw.requests == []  # a request that never arrived whole is not recorded
    assert list(tmp_path.iterdir()) == []
