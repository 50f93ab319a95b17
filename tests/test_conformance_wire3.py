"""Conformance, third edition: every real transcript of the upload and binary routes
(``tests/fixtures/wire3/``: audio, image edits, OCR, files) replayed through the SDK's real calls,
sync and async.

A loopback server (``tests/replay_server``) sends each transcript's status, headers and body
bytes as recorded, and records what the SDK sent. The call is made from the transcript's own
request (its JSON body, or its multipart fields with the files' exact bytes taken from the
recorded body), and the request the SDK sent must match it: method, path, query, and every form
part's name and value, or filename, content type, size and sha256. What the SDK must make of the
reply is read from the transcript: the model's ``to_dict()`` is the body, a binary reply's bytes
are the body (or speech's decoded ``audio_base64``), an error has the class of its status and the
``.code`` / ``.description`` / ``.request_id`` / reason its body carries, and a failure is retried
exactly when its status (and the route's create rule) says so.

The few transcripts whose request the SDK cannot (or will not) send are listed in ``NOT_SENT``
with the reason, and their test checks what the SDK does instead.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

import aistats
from aistats import AIStats, AsyncAIStats, BinaryResponse
from aistats._transport.retry import RetryPolicy

from .replay_server import Recorded, ReplayServer, Scripted, form_fields

WIRE3 = Path(__file__).parent / "fixtures" / "wire3"
#: The transcripts of these routes (the folder also holds other routes' transcripts).
ROUTES_OF_THIS_FILE = re.compile(r"^(au|im|oc|fi|z0|z1[0-6]_|z40|z46|z47|z6|z7)")
TRANSCRIPTS = sorted(path.stem for path in WIRE3.glob("*.json") if ROUTES_OF_THIS_FILE.match(path.stem))
KEY = "sk-test-wire3"

NEVER_RETRIED = {400, 401, 402, 403, 404, 413, 422, 501}
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
#: The canonical route of each alias the SDK does not ship (the allowlist says why).
ALIASES = {"/v1/batches/files": "/v1/files", "/v1/batch/files": "/v1/files"}

#: Transcripts whose request the SDK does not send as recorded, and why.
NOT_SENT = {
    "fi02_files_list": "GET /files is not shipped (the gateway refuses it: 400 not_supported)",
    "fi13_batches_files_list_alias": "GET /files is not shipped (the gateway refuses it: 400 not_supported)",
    "au04_speech_missing_input": "no input: refused before sending (the gateway: a 400 validation_error)",
    "fi08_files_upload_missing_purpose": "no purpose: refused before sending (the provider: a 400)",
    "im04_images_edits_missing_prompt": "no prompt: refused before sending",
    "im05_images_edits_missing_image": "no image: refused before sending",
    "au24_transcription_json_body_file_url": "no file: refused before sending (the gateway: 'file is required')",
    "au25_transcription_missing_file": "no file: refused before sending",
    "au26_transcription_missing_model": "no model: refused before sending",
    "au34_translation_missing_file": "no file: refused before sending",
    "z63_transcription_file_33mb": "over the 32 MiB form limit: FileTooLargeError before sending",
}
#: Transcripts whose request form the SDK replaces by its own (the reply is still replayed).
OTHER_FORM = {
    "fi07_files_upload_empty_body": "the SDK always sends a form; replayed with an empty file",
    "im03_images_edits_json_data_url": "JSON with data URLs; the SDK uploads the decoded images",
    "z71_images_edits_mask_json_data_url": "JSON with data URLs; the SDK uploads the decoded images",
}


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((WIRE3 / f"{name}.json").read_text())
    return data


def body_of(transcript: dict[str, Any]) -> bytes:
    return base64.b64decode(transcript["response"]["body_b64"] or "")


def scripted(transcript: dict[str, Any]) -> Scripted:
    """The transcript's reply, as recorded (one chunk per recorded read)."""
    response = transcript["response"]
    body = body_of(transcript)
    parts, start = [], 0
    for length in response["body_chunk_byte_lengths"]:
        parts.append(body[start : start + length])
        start += length
    headers = [(k, v) for k, v in response["headers"].items() if k not in ("transfer-encoding", "connection")]
    chunked = "content-length" not in response["headers"]
    return Scripted(int(response["status"]), headers, parts, chunked=chunked)


# -- the call a transcript's request stands for ---------------------------------------------


def recorded_parts(transcript: dict[str, Any]) -> list[tuple[str, str | None, str | None, bytes]]:
    """``(name, filename, content_type, content)`` of each recorded multipart part."""
    request = transcript["request"]
    raw = base64.b64decode(request["body_b64"]) if request.get("body_b64") else None
    if raw is None:  # a body too large to keep: its files were zeros of the recorded size
        return [
            (
                f["name"],
                f.get("filename"),
                f.get("content_type"),
                bytes(f["size"]) if "filename" in f else f["value"].encode(),
            )
            for f in request["form_fields"]
        ]
    boundary = request["headers"]["content-type"].split("boundary=", 1)[1].encode()
    found = []
    for chunk in raw.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk[2:].partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        disposition = lines[0]
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = (
            disposition.split('filename="', 1)[1].split('"', 1)[0] if "filename=" in disposition else None
        )
        ctype = next(
            (line.split(":", 1)[1].strip() for line in lines[1:] if line.lower().startswith("content-type")),
            None,
        )
        found.append((name, filename, ctype, content[:-2]))
    return found


def form_kwargs(transcript: dict[str, Any], declared: frozenset[str]) -> dict[str, Any]:
    """The keywords of the call: a file part as ``(filename, bytes, content_type)``, ``x[]`` parts
    as a list, undeclared fields in ``extra_body``."""
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, filename, ctype, content in recorded_parts(transcript):
        key = name.removesuffix("[]")
        value: Any = (filename, content, ctype) if filename is not None else content.decode()
        target = kwargs if key in declared else extra
        if name.endswith("[]"):
            target.setdefault(key, []).append(value)
        else:
            target[key] = value
    if extra:
        kwargs["extra_body"] = extra
    return kwargs


def data_url_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    """A JSON image-edit body with data URLs as the multipart call the SDK makes instead."""

    def decoded(url: str, name: str) -> tuple[str, bytes, str]:
        head, _, data = url.partition(",")
        return (name, base64.b64decode(data), head.removeprefix("data:").split(";", 1)[0])

    kwargs = {k: v for k, v in body.items() if k not in ("image", "mask")}
    images = body["image"] if isinstance(body["image"], list) else [body["image"]]
    kwargs["image"] = [decoded(url, f"image-{i}.png") for i, url in enumerate(images, 1)]
    if len(kwargs["image"]) == 1:
        kwargs["image"] = kwargs["image"][0]
    if "mask" in body:
        kwargs["mask"] = decoded(body["mask"], "mask.png")
    return kwargs


def declared(route: Any) -> frozenset[str]:
    from aistats._transport.keywords import body_keys

    return body_keys(route.body)


def json_kwargs(body: dict[str, Any], route: Any) -> dict[str, Any]:
    """A JSON body as keywords: undeclared keys (``stream_format``, ``format``) in ``extra_body``."""
    keys = declared(route)
    kwargs = {k: v for k, v in body.items() if k in keys}
    extra = {k: v for k, v in body.items() if k not in keys}
    return {**kwargs, "extra_body": extra} if extra else kwargs


def the_call(name: str, transcript: dict[str, Any]) -> tuple[str, str, dict[str, Any], Any]:
    """``(resource path, method, kwargs, route)`` of the SDK call standing for the transcript."""
    from aistats_generated import api

    request = transcript["request"]
    split = urlsplit(request["path"])
    path = split.path
    for alias, canonical in ALIASES.items():
        if path.startswith(alias):
            path = canonical + path[len(alias) :]
    query = dict(parse_qsl(split.query))
    accept = request["headers"].get("accept")
    options: dict[str, Any] = {"extra_headers": {"Accept": accept}} if accept else {}
    is_json = request["headers"].get("content-type") == "application/json"
    json_body: dict[str, Any] = json.loads(request["body"]) if is_json else {}
    if path == "/v1/audio/speech":
        return (
            "audio.speech",
            "create",
            {**json_kwargs(json_body, api.CREATE_SPEECH), **options},
            api.CREATE_SPEECH,
        )
    if path == "/v1/ocr":
        return "ocr", "create", json_kwargs(json_body, api.CREATE_OCR), api.CREATE_OCR
    if path in ("/v1/audio/transcriptions", "/v1/audio/translations"):
        route = api.CREATE_TRANSCRIPTION if path.endswith("transcriptions") else api.CREATE_TRANSLATION
        kwargs = json_kwargs(json_body, route) if is_json else form_kwargs(transcript, declared(route))
        return f"audio.{path.rsplit('/', 1)[1]}", "create", kwargs, route
    if path == "/v1/images/edits":
        kwargs = (
            data_url_kwargs(json_body)
            if is_json
            else form_kwargs(transcript, declared(api.CREATE_IMAGE_EDIT))
        )
        return "images", "edit", kwargs, api.CREATE_IMAGE_EDIT
    if path == "/v1/files" and request["method"] == "POST":
        if request.get("form_fields") is None:
            kwargs = {"file": ("empty.jsonl", b""), "purpose": "batch"}
        else:
            kwargs = form_kwargs(transcript, declared(api.CREATE_FILE))
        return "files", "create", {**kwargs, **query}, api.CREATE_FILE
    if path.startswith("/v1/files/") and path.endswith("/content"):
        return "files", "content", {"file_id": path.split("/")[3], **query}, api.GET_FILE_CONTENT
    if path.startswith("/v1/files/"):
        return "files", "retrieve", {"file_id": path.split("/")[3], **query}, api.GET_FILE
    raise AssertionError(f"{name}: no SDK call for {request['method']} {request['path']}")


# -- what the reply means -------------------------------------------------------------------


def expected_retried(transcript: dict[str, Any], creates: bool) -> bool:
    response = transcript["response"]
    status = int(response["status"])
    headers = response["headers"]
    if creates:
        return status == 429 or (status == 503 and "retry-after" in headers)
    if status in NEVER_RETRIED:
        return False
    try:
        data = json.loads(body_of(transcript))
    except ValueError:
        data = {}
    failed = data.get("failed_statuses") if isinstance(data, dict) else None
    if failed and data.get("error") == "upstream_error" and all(s in NEVER_RETRIED for s in failed):
        return False
    return status in (408, 409, 429) or status >= 500


def check_error(name: str, transcript: dict[str, Any], error: BaseException) -> None:
    status = int(transcript["response"]["status"])
    headers = transcript["response"]["headers"]
    cls = CLASS_NAMES.get(status, "InternalServerError" if status >= 500 else "APIStatusError")
    assert type(error).__name__ == cls, f"{name}: {type(error).__name__} for {status}"
    assert isinstance(error, aistats.APIStatusError)
    data = json.loads(body_of(transcript))
    err = data.get("error")
    nested = err if isinstance(err, dict) else {}
    code = err if isinstance(err, str) else nested.get("code") or nested.get("type")
    description = data.get("description") or data.get("message") or nested.get("message")
    reason = data.get("reason") or nested.get("reason")
    request_id = (
        data.get("generation_id")
        or data.get("request_id")
        or headers.get("x-gateway-request-id")
        or headers.get("x-request-id")
    )
    assert (error.code, error.description, error.request_id) == (code, description, request_id), name
    assert error.status_code == status
    message = str(error)
    assert message.startswith(f"{status} {code}"), message
    for said in (description, reason, request_id):
        if said:
            assert said in message, f"{name}: {said!r} not in {message!r}"
    assert KEY not in message and KEY not in repr(error)


def check_success(name: str, transcript: dict[str, Any], method: str, result: Any, tmp: Path | None) -> None:
    body = body_of(transcript)
    headers = transcript["response"]["headers"]
    ctype = headers.get("content-type", "")
    if isinstance(result, BinaryResponse):
        if ctype.startswith("application/json"):
            data = json.loads(body)
            assert result.content == base64.b64decode(data["audio_base64"]), name
            assert result.content_type == data["mime_type"]
            assert result.request_id == data["requestId"]
            assert result.usage == data.get("usage")
        else:
            assert (
                result.content == body
                and hashlib.sha256(result.content).hexdigest() == transcript["response"]["body_sha256"]
            )
            assert result.content_type == ctype
            assert result.request_id == headers.get("x-gateway-request-id"), (
                "a provider's x-request-id is not ours"
            )
        return
    if isinstance(result, aistats.Download):
        assert tmp is not None and result.path.read_bytes() == body and result.size == len(body)
        assert not list(tmp.glob("*.part"))
        return
    assert result.to_dict() == json.loads(body), name


def outcome_kind(name: str, transcript: dict[str, Any], method: str) -> str:
    """``ok``, ``error`` or ``invalid`` (a 2xx body that is not what the route promises)."""
    status = int(transcript["response"]["status"])
    if status >= 300:
        return "error"
    ctype = transcript["response"]["headers"].get("content-type", "")
    body = body_of(transcript)
    if (
        method == "create"
        and name.startswith(("au", "z0", "z1"))
        and "speech" in transcript["request"]["path"]
    ):
        if ctype.startswith("application/json"):
            data = json.loads(body)
            mime = data.get("mime_type")
            return "ok" if "audio_base64" in data and mime != "application/json" else "invalid"
        return "ok"
    if ctype.startswith("text/event-stream"):
        return "invalid"  # au29: an empty event stream where the route answers JSON
    return "ok"


# -- running one transcript, sync and async -------------------------------------------------


def resource(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


def run(name: str, mode: str, tmp_path: Path, *, download: bool = False) -> tuple[Any, list[Recorded], Any]:
    transcript = load(name)
    dotted, method, kwargs, route = the_call(name, transcript)
    if download:
        method = "download"
        kwargs = {**kwargs, "to": tmp_path / "saved.bin"}
    creates = route.creates
    reply = scripted(transcript)
    with ReplayServer(keep=64 * 1024 * 1024) as server:
        server.enqueue(reply, reply)  # a retried failure gets the same answer again
        options: dict[str, Any] = {"api_key": KEY, "base_url": server.base_url, "max_retries": 1}

        def call(client: Any) -> Any:
            return getattr(resource(client, dotted), method)(**dict(kwargs))

        outcome: Any
        try:
            if mode == "sync":
                with AIStats(**options) as client:
                    outcome = call(client)
            else:

                async def go() -> Any:
                    async with AsyncAIStats(**options) as client:
                        return await call(client)

                outcome = asyncio.run(go())
        except Exception as exc:
            outcome = exc
        return outcome, list(server.requests), (creates, route)


def check_request(name: str, transcript: dict[str, Any], sent: Recorded) -> None:
    request = transcript["request"]
    split = urlsplit(request["path"])
    path = split.path
    for alias, canonical in ALIASES.items():
        if path.startswith(alias):
            path = canonical + path[len(alias) :]
    assert sent.method == request["method"]
    assert urlsplit(sent.target).path == path
    assert dict(parse_qsl(urlsplit(sent.target).query)) == dict(parse_qsl(split.query))
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    if name in OTHER_FORM:
        return
    if request.get("form_fields") is not None:
        want = request["form_fields"]
        got = form_fields(sent)
        if not request.get("body_b64"):  # the recorded file's bytes were not kept: not its hash
            want = [{k: v for k, v in f.items() if k != "sha256"} for f in want]
            got = [{k: v for k, v in f.items() if k != "sha256"} for f in got]
        assert got == want, f"{name}: sent {got}, recorded {want}"
    elif request["headers"].get("content-type") == "application/json":
        assert json.loads(sent.body or b"") == json.loads(request["body"])
    else:
        assert not sent.body


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry_index, rand=None: 0.0)


SENT = [name for name in TRANSCRIPTS if name not in NOT_SENT]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", SENT)
def test_transcript_replays(name: str, mode: str, tmp_path: Path) -> None:
    transcript = load(name)
    _, method, _, _ = the_call(name, transcript)
    outcome, requests, (creates, _) = run(name, mode, tmp_path)
    assert requests, f"{name}: nothing was sent: {outcome!r}"
    for sent in requests:
        check_request(name, transcript, sent)
    kind = outcome_kind(name, transcript, method)
    if kind == "error":
        check_error(name, transcript, outcome)
        assert len(requests) == (2 if expected_retried(transcript, creates) else 1), name
    elif kind == "invalid":
        assert isinstance(outcome, aistats.APIResponseValidationError), f"{name}: {outcome!r}"
        assert len(requests) == 1
    else:
        assert not isinstance(outcome, BaseException), f"{name}: {outcome!r}"
        check_success(name, transcript, method, outcome, None)
        assert len(requests) == 1


DOWNLOADS = [name for name in SENT if "/content" in load(name)["request"]["path"]]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", DOWNLOADS)
def test_content_transcript_downloads(name: str, mode: str, tmp_path: Path) -> None:
    transcript = load(name)
    outcome, requests, _ = run(name, mode, tmp_path, download=True)
    if int(transcript["response"]["status"]) >= 300:
        check_error(name, transcript, outcome)
        assert not list(tmp_path.iterdir()), "a failed download leaves nothing behind"
    else:
        check_success(name, transcript, "download", outcome, tmp_path)
    assert len(requests) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(NOT_SENT))
def test_transcript_the_sdk_does_not_send(name: str, mode: str, tmp_path: Path) -> None:
    transcript = load(name)
    path = urlsplit(transcript["request"]["path"]).path
    if path in ("/v1/files", "/v1/batches/files") and transcript["request"]["method"] == "GET":
        assert not hasattr(aistats.AIStats(api_key=KEY).files, "list")
        return
    outcome, requests, _ = run(name, mode, tmp_path)
    assert requests == [], f"{name}: sent although {NOT_SENT[name]}"
    if name.startswith("z63"):
        assert isinstance(outcome, aistats.FileTooLargeError)
        assert outcome.limit == 32 * 1024 * 1024 and outcome.size > outcome.limit
        assert f"{outcome.size:,}" in str(outcome) and f"{outcome.limit:,}" in str(outcome)
    else:
        assert isinstance(outcome, aistats.AIStatsError) and "missing the required argument" in str(outcome)


ERRORS = [name for name in TRANSCRIPTS if int(load(name)["response"]["status"]) >= 400]


@pytest.mark.parametrize("name", ERRORS)
def test_every_error_body_reads(name: str) -> None:
    """Every error transcript of these routes (those the SDK does not send included) through the
    one error reader: the four envelopes and providers' own errors give code, description,
    request id and reason."""
    import httpx

    from aistats._transport.response import status_error

    transcript = load(name)
    response = transcript["response"]
    raw = httpx.Response(
        int(response["status"]),
        headers=list(response["headers"].items()),
        content=body_of(transcript),
        request=httpx.Request("GET", "http://127.0.0.1/"),
    )
    check_error(name, transcript, status_error(raw, body_of(transcript)))


def test_the_fixture_set_covers_the_routes() -> None:
    """Every transcript is either replayed or listed with the reason it is not sent as recorded."""
    assert len(TRANSCRIPTS) == 74  # au, im, oc, fi, z01-z16, z40, z46, z47, z6x, z7x
    assert set(NOT_SENT) | set(OTHER_FORM) <= set(TRANSCRIPTS)
