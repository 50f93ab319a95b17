"""The fake gateway's long jobs: batches, videos and music, run through their states one poll
at a time, so tests of batch and video code run offline and fast.

Each job moves on when it is polled (``GET /v1/batches/{id}``, ``GET /v1/videos/{id}``): the
clock the test controls is the number of polls. ``gateway.jobs.script(...)`` says how the
next jobs created behave: finish after N polls, fail, or never finish; the body's
``poll_after_seconds`` hint (10 ms by default, so waits in tests are quick; ``None`` leaves the
client to its own backoff); the batch's output and error files, served byte for byte at
``/v1/files/{id}/content`` (for a batch of inline ``requests`` without a scripted output: one
chat completion per request, answering ``Echo: <the last user message>``).

Shapes follow the real gateway (``GATEWAY_FACTS_3`` §§6-8): ``lifecycle_status`` next to the
provider ``status``, the hand-written handlers' ``{error, reason, request_id, ...}`` errors,
409 ``not_ready`` for a video's content before it is done, music a 501 stub unless enabled.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs

from ._default import reply_text
from ._files import FileStore
from ._replies import RecordedRequest, Reply

__all__ = ["JobBoard", "JobScript", "match_job_route"]

Outcome = Literal["completed", "failed", "cancelled", "expired", "never"]
HOST = "http://127.0.0.1"


@dataclass
class JobScript:
    """How one job behaves: ``polls`` polls until it ends with ``outcome`` (``"never"``: it
    keeps running); ``poll_after_seconds`` in every snapshot (``None``: omitted); a batch's
    ``output`` / ``errors`` file (bytes as served, or lines as dicts), kept in the gateway's
    file store (``/v1/files/{id}/content``) once the batch completes."""

    polls: int = 2
    outcome: Outcome = "completed"
    poll_after_seconds: float | None = 0.01
    output: bytes | Sequence[Mapping[str, Any]] | None = None
    errors: bytes | Sequence[Mapping[str, Any]] | None = None


@dataclass
class _Job:
    kind: str
    id: str
    script: JobScript
    body: dict[str, Any]
    created: int
    polls: int = 0
    state: str = "pending"
    deleted: bool = False
    request_ids: list[str] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)
    """A batch's requests: inline ``requests``, or the lines of its uploaded input file."""


def _ulid(counter: itertools.count[int]) -> str:
    return f"{next(counter):026d}"


class JobBoard:
    """The jobs the fake gateway knows (``gateway.jobs``), and the scripts of the next ones."""

    def __init__(self, files: FileStore) -> None:
        self._store = files
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._scripts: deque[JobScript] = deque()
        self._jobs: dict[str, _Job] = {}
        self.default = JobScript()
        """The script of jobs created when none is queued."""
        self.music_enabled = False
        """Off (501, as the real gateway today) unless set: then music jobs run like videos."""

    def script(self, *scripts: JobScript, **fields: Any) -> None:
        """Queue how the next jobs created behave: ``script(JobScript(...), ...)`` or
        ``script(polls=3, outcome="failed")`` for one job."""
        with self._lock:
            self._scripts.extend(scripts or (JobScript(**fields),))

    def polls(self, job_id: str) -> int:
        """How many times ``job_id`` has been polled."""
        with self._lock:
            return self._jobs[job_id].polls

    def reset(self) -> None:
        with self._lock:
            self._scripts.clear()
            self._jobs.clear()

    # ---------------------------------------------------------------- lifecycle
    def _create(self, kind: str, body: dict[str, Any]) -> _Job:
        with self._lock:
            script = self._scripts.popleft() if self._scripts else self.default
            serial = _ulid(self._ids)
            job_id = f"batch_{serial}" if kind == "batch" else f"G-{serial}"
            job = _Job(kind, job_id, script, body, created=int(time.time()))
            if kind == "batch":
                job.items = list(body.get("requests") or self._input_lines(body.get("input_file_id")))
            self._jobs[job_id] = job
            return job

    def _input_lines(self, file_id: Any) -> list[Any]:
        """The JSON lines of an uploaded batch input file (none when it is unknown or not JSONL)."""
        stored = self._store.get(file_id) if isinstance(file_id, str) else None
        if stored is None:
            return []
        try:
            return [json.loads(line) for line in stored.path.read_bytes().splitlines() if line.strip()]
        except ValueError:
            return []

    def _get(self, kind: str, job_id: str) -> _Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.kind == kind else None

    def _poll(self, job: _Job) -> None:
        with self._lock:
            if job.state not in ("pending", "running"):
                return
            job.polls += 1
            script = job.script
            if script.outcome != "never" and job.polls >= script.polls:
                job.state = script.outcome
                if job.kind == "batch" and job.state == "completed":
                    self._write_files(job)
            else:
                job.state = "running"

    def _write_files(self, job: _Job) -> None:
        """The output (and error) file, kept in the gateway's file store like an upload."""
        script = job.script
        output = script.output if script.output is not None else _echo_lines(job)
        self._store.add(f"{job.id}_output.jsonl", _file_bytes(output), "batch_output", f"file-out-{job.id}")
        if script.errors is not None:
            self._store.add(
                f"{job.id}_errors.jsonl", _file_bytes(script.errors), "batch_output", f"file-err-{job.id}"
            )

    # ---------------------------------------------------------------- snapshots
    def batch(self, job: _Job) -> dict[str, Any]:
        state = job.state
        status = {"pending": "validating", "running": "in_progress"}.get(state, state)
        total = len(job.items) or 1
        done = total if state == "completed" else min(total, job.polls * total // max(job.script.polls, 1))
        has_errors = state == "completed" and job.script.errors is not None
        body: dict[str, Any] = {
            "id": job.id,
            "object": "batch",
            "endpoint": job.body.get("endpoint", "/v1/chat/completions"),
            "model": None,
            "errors": {
                "object": "list",
                "data": [{"code": "fake_failure", "message": "The fake batch failed."}],
            }
            if state == "failed"
            else None,
            "input_file_id": job.body.get("input_file_id") or f"file-in-{job.id}",
            "completion_window": job.body.get("completion_window", "24h"),
            "status": status,
            "output_file_id": f"file-out-{job.id}" if state == "completed" else None,
            "error_file_id": f"file-err-{job.id}" if has_errors else None,
            "created_at": job.created,
            "completed_at": job.created + job.polls if state == "completed" else None,
            "request_counts": {"total": total, "completed": done, "failed": 0},
            "metadata": {**(job.body.get("metadata") or {}), "phaseo_batch_id": job.id},
            "native_batch_id": f"batch_native_{job.id}",
            "request_id": job.request_ids[0] if job.request_ids else None,
            "provider": "openai",
            "lifecycle_status": state,
            "polling_url": f"{HOST}/v1/batches/{job.id}",
            "cancel_url": f"{HOST}/v1/batches/{job.id}/cancel" if state in ("pending", "running") else None,
            "pricing_lines": [],
        }
        if job.script.poll_after_seconds is not None:
            body["poll_after_seconds"] = job.script.poll_after_seconds
        return body

    def video(self, job: _Job) -> dict[str, Any]:
        state = job.state
        status = {"pending": "queued", "running": "processing"}.get(state, state)
        body: dict[str, Any] = {
            "id": job.id,
            "object": "video" if job.kind == "video" else "music",
            "status": status,
            "lifecycle_status": state,
            "progress": 100 if state == "completed" else 0,
            "progress_source": "none",
            "polling_url": f"{HOST}/v1/videos/{job.id}",
            "created_at": job.created,
            "completed_at": None,
            "provider": "fake",
            "model": job.body.get("model"),
            "error": None,
            "outputs": [],
            "content_url": f"{HOST}/v1/videos/{job.id}/content",
            "download_url": None,
        }
        if job.script.poll_after_seconds is not None:
            body["poll_after_seconds"] = job.script.poll_after_seconds
        return body


def _file_bytes(content: bytes | Sequence[Mapping[str, Any]]) -> bytes:
    if isinstance(content, bytes):
        return content
    return b"".join(json.dumps(line, separators=(",", ":")).encode() + b"\n" for line in content)


def _echo_lines(job: _Job) -> list[dict[str, Any]]:
    lines = []
    for index, item in enumerate(job.items):
        body = item.get("body") if isinstance(item, Mapping) else None
        messages = body.get("messages") if isinstance(body, Mapping) else None
        completion = {
            "id": f"chatcmpl-{job.id}-{index}",
            "object": "chat.completion",
            "created": job.created,
            "model": job.body.get("model") or (body.get("model") if isinstance(body, Mapping) else None),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply_text(messages)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        lines.append({
            "id": f"batch_req_{job.id}_{index}",
            "custom_id": item.get("custom_id") if isinstance(item, Mapping) else None,
            "response": {"status_code": 200, "request_id": f"req_{index}", "body": completion},
            "error": None,
        })  # fmt: skip
    return lines


# ------------------------------------------------------------------------- handlers
def _err(request: RecordedRequest, code_status: int, code: str, reason: str, **extra: Any) -> Reply:
    """The hand-written handlers' error shape."""
    return Reply.json(
        {
            "error": code,
            "reason": reason,
            "request_id": request.request_id,
            **extra,
            "status_code": code_status,
            "error_type": "user",
            "error_origin": "user",
            "generation_id": request.request_id,
        },
        status=code_status,
    )


def _json_body(request: RecordedRequest) -> dict[str, Any] | Reply:
    try:
        body = request.json() if request.body else {}
    except ValueError:
        return _err(request, 400, "invalid_json", "invalid_json")
    return body if isinstance(body, dict) else _err(request, 400, "invalid_json", "invalid_json")


def _list(items: list[dict[str, Any]], **extra: Any) -> Reply:
    return Reply.json({
        "object": "list", "data": items, "first_id": items[0]["id"] if items else None,
        "last_id": items[-1]["id"] if items else None, "has_more": False, **extra,
    })  # fmt: skip


def _with_status(request: RecordedRequest, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A list's ``status`` filter (repeated or comma-separated lifecycle statuses), as the gateway's."""
    wanted = {s for value in parse_qs(request.query).get("status", ()) for s in value.split(",") if s}
    return [item for item in items if not wanted or item.get("lifecycle_status") in wanted]


def _batches(board: JobBoard, request: RecordedRequest, rest: str) -> Reply:
    if rest == "" and request.method == "POST":
        body = _json_body(request)
        if isinstance(body, Reply):
            return body
        has_file, has_requests = body.get("input_file_id") is not None, body.get("requests") is not None
        if has_file and has_requests:
            return _err(request, 400, "bad_request", "ambiguous_batch_input")
        if not has_file and not has_requests:
            return _err(request, 400, "bad_request", "missing_batch_input")
        created = board._create("batch", body)
        created.request_ids.append(request.request_id)
        return Reply.json(board.batch(created))
    if rest == "" and request.method == "GET":
        with board._lock:
            jobs = [j for j in board._jobs.values() if j.kind == "batch"]
        return _list(_with_status(request, [board.batch(j) for j in reversed(jobs)]))
    if rest == "/capabilities" and request.method == "GET":
        return _list([{
            "id": "openai", "name": "OpenAI", "status": "active", "preview_readiness": "validated",
            "endpoints": [{"endpoint": "/v1/chat/completions", "mode": "native"}],
            "gateway_input_modes": ["file", "requests"], "native_input_modes": ["file"],
        }])  # fmt: skip
    if rest == "/models" and request.method == "GET":
        return _list([{"model": "openai/gpt-4.1-mini", "name": "GPT 4.1 Mini", "status": "active"}])
    found = re.fullmatch(r"/([^/]+)(/cancel|/requests)?", rest)
    if found is None:
        return _err(request, 404, "not_found", "route_not_found")
    return _batch(board, request, found.group(1), found.group(2))


def _batch(board: JobBoard, request: RecordedRequest, batch_id: str, action: str | None) -> Reply:
    job = board._get("batch", batch_id)
    if job is None:
        return _err(request, 404, "not_found", "batch_not_found_or_not_owned", batch_id=batch_id)
    if action is None and request.method == "GET":
        board._poll(job)
        return Reply.json(board.batch(job))
    if action == "/cancel" and request.method == "POST":
        with board._lock:
            if job.state not in ("pending", "running"):
                message = f"Cannot cancel a batch with status '{job.state}'."
                error = {"message": message, "type": "invalid_request_error", "param": None, "code": None}
                return Reply.json({"error": error}, status=409)
            job.state = "cancelled"
        return Reply.json(board.batch(job))
    if action == "/requests" and request.method == "GET":
        return Reply.json({"object": "list", "batch_id": job.id, "data": []})
    return _err(request, 405, "method_not_allowed", "method_not_allowed")


def _fake_mp4(job_id: str) -> bytes:
    seed = hashlib.sha256(job_id.encode()).digest()
    return bytes.fromhex("00000018667479706d703432") + seed * 64


def _videos(board: JobBoard, request: RecordedRequest, rest: str, kind: str = "video") -> Reply:
    if rest == "" and request.method == "POST":
        body = _json_body(request)
        if isinstance(body, Reply):
            return body
        if not body.get("model"):
            return _err(request, 400, "validation_error", "model_required")
        created = board._create(kind, body)
        snapshot = board.video(created)
        snapshot.pop("lifecycle_status")  # the create reply has none (wire3 vi01)
        return Reply.json({"requestId": created.id, **snapshot})
    if rest == "" and request.method == "GET":
        with board._lock:
            jobs = [j for j in board._jobs.values() if j.kind == kind and not j.deleted]
        return _list(_with_status(request, [board.video(j) for j in jobs]))
    if rest == "/models" and request.method == "GET":
        return _list([{"model": "fake/video-1", "name": "Fake Video", "status": "active"}])
    found = re.fullmatch(r"/([^/]+)(/content|/download_url)?", rest)
    if found is None:
        return _err(request, 404, "not_found", "route_not_found")
    job = board._get(kind, found.group(1))
    if job is None:
        return _err(request, 404, "not_found", f"{kind}_not_found_or_not_owned")
    if job.deleted:
        return _err(request, 404, "not_found", f"{kind}_deleted")
    return _video(board, request, job, found.group(2))


def _video(board: JobBoard, request: RecordedRequest, job: _Job, action: str | None) -> Reply:
    kind = job.kind
    if action is None and request.method == "GET":
        board._poll(job)
        return Reply.json(board.video(job))
    if action is None and request.method == "DELETE":
        if job.state in ("pending", "running"):
            return _err(
                request, 400, "bad_request", f"{kind}_delete_requires_terminal_status", status=job.state
            )
        job.deleted = True
        return Reply.json({"id": job.id, "object": f"{kind}.deleted", "deleted": True})
    if action == "/content" and request.method == "GET":
        if job.state != "completed":
            unavailable = "not_ready" if job.state in ("pending", "running") else f"generation_{job.state}"
            return _err(request, 409, "not_ready", f"{kind}_{unavailable}")
        return Reply(
            status=200,
            headers=(("content-type", "video/mp4"), ("cache-control", "private, no-store")),
            body=(_fake_mp4(job.id),),
            chunked=True,
        )
    if action == "/download_url" and request.method == "POST":
        if job.state != "completed":
            return _err(
                request, 400, "bad_request", f"{kind}_download_requires_completed_status", status=job.state
            )
        expires = int(time.time()) + 900
        url = f"{HOST}/v1/videos/{job.id}/content?download_token=fake&expires_at={expires}"
        return Reply.json({"download_url": url, "expires_at": expires})
    return _err(request, 405, "method_not_allowed", "method_not_allowed")


def _music(board: JobBoard, request: RecordedRequest, rest: str) -> Reply:
    if not board.music_enabled:
        return Reply.json(
            {
                "error": "not_implemented",
                "reason": "feature_temporarily_disabled",
                "feature": "music",
                "message": "music endpoints are temporarily disabled.",
            },
            status=501,
        )
    return _videos(board, request, rest, kind="music")


_JOB_PATH = re.compile(r"^/v1/(batches(?!/files)|videos|music/generate)((?:/[^/]+)*)$")


def match_job_route(path: str) -> Callable[[JobBoard, RecordedRequest], Reply] | None:
    """The handler of a job route (any method: it checks its own), or ``None``."""
    found = _JOB_PATH.match(path)
    if found is not None:
        group, rest = found.group(1), found.group(2)
        if group == "batches":
            return lambda board, request: _batches(board, request, rest)
        if group == "videos":
            return lambda board, request: _videos(board, request, rest)
        return lambda board, request: _music(board, request, rest)
    return None
