"""Every ``wire3`` transcript of the routes of batches, videos and music, replayed through
real calls, sync and async.

A loopback server (``FakeGateway`` with a raw ``Reply`` on the transcript's path) answers with
the transcript's status, headers and body in its recorded chunks. The call is chosen from the
transcript's method and path; what it must send and produce comes from the transcript itself:
the same method, path, query and JSON body; a 2xx JSON body parses into a model whose
``to_dict()`` is that body (a list: its items); a result file gives one ``BatchResult`` per
line; a video's bytes are the body; a non-2xx body is the status's error class with the body's
error word as ``.code``, its ``reason`` in the message and its request id. The client sends
no retry here (``max_retries=0``): the retry rules have their own tests.

Not replayed (not shipped, see the allowlist): the job websocket (``ws*``, ``vi24``), video
cancel (``vi10``), the aliases (``vi22``, ``mu03``), the signed download URL fetched without a
key (``z31``), a body that is not JSON (``ba22``: the SDK cannot send one) and the upload of
``z40`` (the uploads work).
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

import aistats
from aistats import AIStats, AIStatsError, APIStatusError, AsyncAIStats
from aistats.testing import FakeGateway, Reply
from aistats.types import Batch
from aistats_generated.models import JobBilling

FIXTURES = Path(__file__).parent / "fixtures" / "wire3"
#: Not replayed: see the module's docstring.
NOT_SHIPPED = ("vi10_", "vi22_", "vi24_", "mu03_", "z31_", "ba22_", "z40_")
TRANSCRIPTS = sorted(
    p
    for p in FIXTURES.glob("*.json")
    if re.match(r"(ba|vi|mu|z[2-4])\d", p.name) and not p.name.startswith(NOT_SHIPPED)
)
KEY = "phaseo_v1_sk_replay"
CLASSES = {
    400: aistats.BadRequestError,
    401: aistats.AuthenticationError,
    403: aistats.PermissionDeniedError,
    404: aistats.NotFoundError,
    409: aistats.ConflictError,
}


@dataclass(frozen=True)
class Transcript:
    name: str
    method: str
    path: str
    query: str
    request_body: Any
    status: int
    headers: dict[str, str]
    body: bytes
    chunks: list[int]

    @classmethod
    def load(cls, path: Path) -> Transcript:
        data = json.loads(path.read_text())
        request, response = data["request"], data["response"]
        raw = request.get("body") or ""
        if response.get("body_omitted"):  # a binary body kept as size + head: rebuilt to that size
            head = bytes.fromhex(response["body_head_hex"])
            body = head + bytes(response["body_size"] - len(head))
            chunks = [len(body)]
        else:
            body = base64.b64decode(response["body_b64"])
            chunks = response["body_chunk_byte_lengths"]
        path_part, _, query = request["path"].partition("?")
        return cls(
            name=path.stem, method=request["method"], path=path_part, query=query,
            request_body=json.loads(raw) if raw else None, status=response["status"],
            headers=response["headers"], body=body, chunks=chunks,
        )  # fmt: skip

    def reply(self) -> Reply:
        parts, offset = [], 0
        for size in self.chunks:
            parts.append(self.body[offset : offset + size])
            offset += size
        assert offset == len(self.body)
        headers = tuple(
            (k, v)
            for k, v in self.headers.items()
            if k.lower() not in ("content-length", "transfer-encoding")
        )
        return Reply(status=self.status, headers=headers, body=tuple(parts), chunked=True)

    def plan(self) -> tuple[str, str, tuple[Any, ...], dict[str, Any]]:
        """(resource, method, args, keywords) of the call that sends this request."""
        body = dict(self.request_body or {})
        query = {
            k: int(v) if v.isdigit() else v for k, v in (p.split("=") for p in self.query.split("&") if p)
        }
        m = re.fullmatch(r"/v1/(batches|videos|music/generate|files)(?:/([^/]+))?(?:/([a-z_]+))?", self.path)
        assert m is not None, self.path
        group, item, action = m.groups()
        resource = {"music/generate": "music"}.get(group, group)
        if group == "files":
            return "batches", "results", (item,), {}
        if item in ("capabilities", "models") and action is None:
            return resource, item, (), {}
        if item is None:
            if self.method == "GET":
                return resource, "list", (), query
            return resource, {"music": "generate"}.get(resource, "create"), (), body
        verb = {
            ("GET", None): "retrieve", ("DELETE", None): "delete", ("POST", "cancel"): "cancel",
            ("GET", "requests"): "requests", ("GET", "content"): "content", ("POST", "download_url"): "download_url",
        }[(self.method, action)]  # fmt: skip
        return resource, verb, (item,), body


ALL = [Transcript.load(p) for p in TRANSCRIPTS]


def run(mode: str, base_url: str, plan: tuple[str, str, tuple[Any, ...], dict[str, Any]]) -> Any:
    resource, method, args, kwargs = plan
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "max_retries": 0}
    if method == "results":
        done = Batch.from_dict({"id": "batch_x", "lifecycle_status": "completed", "output_file_id": args[0]})
        if mode == "sync":
            with AIStats(**options) as client, client.batches.results(done) as results:
                return list(results)

        async def read() -> Any:
            async with AsyncAIStats(**options) as client, client.batches.results(done) as results:
                return [r async for r in results]

        return asyncio.run(read())
    if mode == "sync":
        with AIStats(**options) as client:
            result = getattr(getattr(client, resource), method)(*args, **kwargs)
            return list(result) if method == "list" else result

    async def call() -> Any:
        async with AsyncAIStats(**options) as client:
            result = getattr(getattr(client, resource), method)(*args, **kwargs)
            return [r async for r in result] if method == "list" else await result

    return asyncio.run(call())


def error_word(body: dict[str, Any]) -> str:
    error = body["error"]
    return error if isinstance(error, str) else error.get("code") or error["type"]


@pytest.mark.parametrize("transcript", ALL, ids=[t.name for t in ALL])
def test_transcript(transcript: Transcript, mode: str, fake_gateway: FakeGateway) -> None:
    resource, method, args, kwargs = transcript.plan()
    if transcript.name == "ba21_batches_create_missing_input":  # refused before sending
        with pytest.raises(AIStatsError, match="needs input_file_id"):
            run(mode, fake_gateway.base_url, (resource, method, args, kwargs))
        assert fake_gateway.requests == []
        return
    if transcript.name == "mu04_music_no_auth":  # the 501 stub answers any body; the SDK needs a model
        kwargs = {"model": "elevenlabs/music-v1"}
    fake_gateway.enqueue(transcript.reply(), route=transcript.path)
    if transcript.status >= 300:
        with pytest.raises(APIStatusError) as caught:
            run(mode, fake_gateway.base_url, (resource, method, args, kwargs))
        error = caught.value
        assert type(error) is CLASSES.get(transcript.status, aistats.InternalServerError)
        assert error.status_code == transcript.status
        body = json.loads(transcript.body)
        assert error.code == error_word(body)
        reason = body.get("reason") or (
            body["error"].get("reason") if isinstance(body["error"], dict) else None
        )
        if reason:
            assert reason in str(error)
        if body.get("request_id"):
            assert error.request_id == body["request_id"]
    else:
        result = run(mode, fake_gateway.base_url, (resource, method, args, kwargs))
        if method == "content":
            assert result.content == transcript.body
        elif method == "results":
            lines = [json.loads(line) for line in transcript.body.splitlines() if line.strip()]
            assert [r.raw for r in result] == lines
            assert [r.ok for r in result] == [
                line["response"] is not None and line["response"]["status_code"] < 300 for line in lines
            ]
        elif method == "list":
            assert [item.to_dict() for item in result] == json.loads(transcript.body)["data"]
        else:
            assert result.to_dict() == json.loads(transcript.body)
    (sent,) = fake_gateway.requests
    assert (sent.method, sent.path, sent.query) == (transcript.method, transcript.path, transcript.query)
    if transcript.request_body is not None and transcript.name != "mu04_music_no_auth":
        assert sent.json() == transcript.request_body


BY_NAME = {t.name: t for t in ALL}


def replayed(fake_gateway: FakeGateway, name: str) -> Any:
    transcript = BY_NAME[name]
    fake_gateway.enqueue(transcript.reply(), route=transcript.path)
    return run("sync", fake_gateway.base_url, transcript.plan())


def test_the_job_fields_the_gateway_sends_are_typed(fake_gateway: FakeGateway) -> None:
    """Typed from the transcripts (spec-upstream review): a batch's timestamps, usage and
    billing, a video's billing and access fields, a capability's endpoints, a model's parameters."""
    done = replayed(fake_gateway, "ba07_batches_retrieve_4_completed")
    assert isinstance(done.expires_at, int) and isinstance(done.in_progress_at, int)
    assert isinstance(done.billing, JobBilling)
    assert (done.billing.billed, done.billing.charged, done.billing.reason) == (
        False,
        False,
        "price_card_missing",
    )
    assert isinstance(done.pricing_lines, list) and done.usage is not None
    mismatch = replayed(fake_gateway, "z45_batches_mixed_retrieve_completed")
    assert (
        mismatch.billing.reason == "successful_output_count_mismatch" and mismatch.billing.cost_nanos is None
    )
    video = replayed(fake_gateway, "z26_video_minimax_retrieve_completed")
    assert isinstance(video.billing, JobBilling)
    assert video.billing.state in ("settled", "void") and video.billing.reservation_status in (
        "captured",
        "released",
    )
    assert video.output_access == "both" and video.generation_id == video.id and video.asset is None
    (provider, *_) = replayed(fake_gateway, "ba01_batches_capabilities").data
    assert provider.endpoints[0].endpoint == "/v1/chat/completions" and provider.endpoints[0].mode == "native"
    assert provider.documentation_url.startswith("https://")
    (model, *_) = replayed(fake_gateway, "ba02_batches_models").data
    assert model.supported_parameters == model.supported_params
    assert model.supported_params_detail["endpoint"]["supported"] is True


def test_list_filters_by_status(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        list(client.batches.list(status=["running", "completed"], limit=5))
        list(client.videos.list(status=["completed"]))
    batches, videos = fake_gateway.requests[-2:]
    assert batches.path == "/v1/batches" and videos.path == "/v1/videos"
    assert parse_qs(batches.query) == {"status": ["running", "completed"], "limit": ["5"]}
    assert parse_qs(videos.query) == {"status": ["completed"]}
