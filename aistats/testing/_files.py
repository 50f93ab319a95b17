"""The fake gateway's ``/files`` routes (aliases ``/batches/files``, ``/batch/files``), as the
real gateway answers them (``GATEWAY_FACTS_3`` §§0, 5; transcripts ``fi*``, ``z40``, ``z46``, ``z47``).

``POST /files`` keeps the uploaded file (on disk, in a directory of this gateway's own,
removed when it closes; ``FileStore.cap`` bytes in all) and answers the provider's file
object with the provider's headers, as the gateway passes them through;
``GET /files/{id}`` answers the same object; ``GET /files/{id}/content`` the stored bytes
(``application/octet-stream`` + ``Content-Length``), honouring a single ``Range``
(``Accept-Ranges: bytes``, 206 / 416) unless ``FileStore.ranges`` is off: the real
gateway passes the provider's headers, and this lets a client's resumable download be
tested. ``GET /files`` is refused (400 ``not_supported``) like the real one.

Errors use the handlers' shapes: ``{error, reason, request_id, workspace_id, ...,
status_code, error_type, error_origin, generation_id}``, the nested
``{"error": {"type", "reason"}}`` of the upload checks, and the provider's own
``{"error": {message, type, param, code}}`` for what the provider refuses. As on the
media routes, the handlers check auth themselves; a scripted reply is served as scripted.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ._media import CORS_HEADERS, check_auth
from ._replies import CREATED, FileSlice, RecordedRequest, Reply

if TYPE_CHECKING:
    from ._multipart import FormPart
    from ._routes import RouteTable

__all__ = ["FILES_LIMIT", "FileStore", "StoredFile", "match"]

FILES_LIMIT = 200_000_000
"""``POST /files`` bodies over this many bytes are refused (413 ``batch_file_too_large``)."""
WORKSPACE_ID = "00000000-0000-4000-8000-00000000fake"
PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
EXPIRES_AFTER = 30 * 24 * 3600
_PREFIXES = ("/v1/files", "/v1/batches/files", "/v1/batch/files")
_ONE = re.compile(r"^/v1/(?:files|batches/files|batch/files)/([^/]+)(/content)?$")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_HANDLER_HEADERS = {**CORS_HEADERS, "cache-control": "no-store"}


@dataclass(frozen=True, slots=True)
class StoredFile:
    """An uploaded file the gateway keeps: its object and where its bytes are."""

    id: str
    purpose: str
    filename: str
    bytes: int
    created_at: int
    path: Path

    def object(self) -> dict[str, Any]:
        """The provider's file object, as ``POST``/``GET /files`` answer it."""
        return {
            "object": "file",
            "id": self.id,
            "purpose": self.purpose,
            "filename": self.filename,
            "bytes": self.bytes,
            "created_at": self.created_at,
            "expires_at": self.created_at + EXPIRES_AFTER,
            "status": "processed",
            "status_details": None,
        }


class FileStore:
    """The files one fake gateway keeps, on disk, up to ``cap`` bytes in all."""

    def __init__(self, cap: int = 2 << 30) -> None:
        self.cap = cap
        """Bytes kept in all; an upload past it is refused with 507 (a limit of the fake)."""
        self.ranges = True
        """Serve ``Range`` requests on ``/content`` (and say ``Accept-Ranges: bytes``)."""
        self._lock = threading.Lock()
        self._files: dict[str, StoredFile] = {}
        self._ids = itertools.count(1)
        self._dir: Path | None = None

    def __len__(self) -> int:
        with self._lock:
            return len(self._files)

    def get(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.get(file_id)

    def used(self) -> int:
        with self._lock:
            return sum(f.bytes for f in self._files.values())

    def add(
        self, filename: str, content: bytes, purpose: str = "batch", file_id: str | None = None
    ) -> StoredFile:
        """Keep ``content`` as if it had been uploaded (e.g. a batch's output file)."""
        file_id = file_id or self._next_id()
        path = self._directory() / file_id
        path.write_bytes(content)
        return self._keep(StoredFile(file_id, purpose, filename, len(content), self._now(), path))

    def adopt(self, part: FormPart, purpose: str) -> StoredFile:
        """Keep an uploaded part: its spool file is moved in, not copied."""
        file_id = self._next_id()
        path = self._directory() / file_id
        if part.data is not None:
            path.write_bytes(part.data)
        elif part.spool is not None:
            shutil.move(part.spool, path)
        else:
            raise ValueError("the part's bytes were not kept")
        stored = StoredFile(file_id, purpose, part.filename or "file", part.size, self._now(), path)
        return self._keep(stored)

    def delete(self, file_id: str) -> bool:
        with self._lock:
            stored = self._files.pop(file_id, None)
        if stored is None:
            return False
        with contextlib.suppress(OSError):
            stored.path.unlink()
        return True

    def close(self) -> None:
        """Forget every file and remove the directory."""
        with self._lock:
            self._files.clear()
            directory, self._dir = self._dir, None
        if directory is not None:
            shutil.rmtree(directory, ignore_errors=True)

    def _keep(self, stored: StoredFile) -> StoredFile:
        with self._lock:
            self._files[stored.id] = stored
        return stored

    def _next_id(self) -> str:
        return f"file-{next(self._ids):04d}fake"

    def _now(self) -> int:
        return CREATED + len(self._files)

    def _directory(self) -> Path:
        with self._lock:
            if self._dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="aistats-fake-files-"))
            return self._dir


# ------------------------------------------------------------------- replies
def _handler_error(request: RecordedRequest, status: int, code: str, reason: str, **extra: Any) -> Reply:
    body: dict[str, Any] = {
        "error": code,
        "reason": reason,
        "request_id": request.request_id,
        "workspace_id": WORKSPACE_ID,
        **extra,
        "status_code": status,
        "error_type": "user",
        "error_origin": "user",
        "generation_id": request.request_id,
    }
    return Reply.json(body, status=status, headers=_HANDLER_HEADERS)


def _nested_error(status: int, kind: str, reason: str, **extra: Any) -> Reply:
    return Reply.json(
        {"error": {"type": kind, "reason": reason, **extra}}, status=status, headers=_HANDLER_HEADERS
    )


def _provider_json(request: RecordedRequest, obj: Any, status: int = 200) -> Reply:
    """A provider answer passed through: the provider's headers, chunked, no cache-control."""
    reply = Reply.json(
        obj, status=status, headers={**CORS_HEADERS, "x-request-id": f"req_files_{request.request_id}"}
    )
    return Reply(status=reply.status, headers=reply.headers, body=reply.body, chunked=True)


def _provider_error(request: RecordedRequest, message: str, param: str, code: str) -> Reply:
    error = {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    return _provider_json(request, {"error": error}, 400)


def _unauthorised(request: RecordedRequest, api_key: str | None) -> Reply | None:
    reason = check_auth(request, api_key)
    if reason is None:
        return None
    body = {
        "error": "unauthorised",
        "reason": reason,
        "request_id": request.request_id,
        "status_code": 401,
        "error_type": "user",
        "error_origin": "user",
        "generation_id": request.request_id,
    }
    return Reply.json(body, status=401, headers=_HANDLER_HEADERS)


# ------------------------------------------------------------------- handlers
def _collection(table: RouteTable, request: RecordedRequest) -> Reply:
    denied = _unauthorised(request, table.api_key)
    if denied is not None:
        return denied
    if request.method == "GET":
        return _handler_error(
            request, 400, "not_supported", "file_list_not_supported_with_shared_gateway_key"
        )
    return _upload(table, request)


def _upload(table: RouteTable, request: RecordedRequest) -> Reply:
    query = parse_qs(request.query)
    provider = (
        query.get("provider", [None])[0]
        or request.headers.get("x-phaseo-provider")
        or request.headers.get("x-ai-stats-provider")
        or "openai"
    )
    if provider != "openai":
        return _nested_error(
            403, "forbidden", "batch_provider_preview_disabled",
            message="The selected provider is not enabled for the current Batch API preview.",
            requested_providers=[provider], enabled_providers=["openai"],
        )  # fmt: skip
    form = request.form
    size = request.body_size if request.body_size is not None else len(request.body)
    if size == 0:
        return _nested_error(400, "validation_error", "batch_file_empty")
    if (form is not None and form.too_large) or size > FILES_LIMIT:
        return _nested_error(413, "validation_error", "batch_file_too_large")
    if form is None or form.error is not None:
        return _provider_error(request, "Invalid multipart form data.", "file", "invalid_request")
    purpose = form.get("purpose")
    if purpose is None:
        return _provider_error(
            request, "Missing required parameter: 'purpose'.", "purpose", "missing_required_parameter"
        )
    if purpose not in PURPOSES:
        message = f"'{purpose}' is not one of {list(PURPOSES)} - 'purpose'"
        return _provider_error(request, message, "purpose", "invalid_value")
    files = form.files("file")
    if not files:
        return _provider_error(
            request, "Missing required parameter: 'file'.", "file", "missing_required_parameter"
        )
    store: FileStore = table.files
    if store.used() + files[0].size > store.cap:
        return _nested_error(
            507, "fake_gateway_storage_full", "fake_gateway_storage_full",
            message=f"The fake gateway keeps at most {store.cap} bytes of files (FileStore.cap).",
        )  # fmt: skip
    return _provider_json(request, store.adopt(files[0], purpose).object())


def _one(table: RouteTable, request: RecordedRequest) -> Reply:
    denied = _unauthorised(request, table.api_key)
    if denied is not None:
        return denied
    found = _ONE.match(request.path)
    assert found is not None  # matched by the route table
    file_id, content = found[1], bool(found[2])
    store: FileStore = table.files
    stored = store.get(file_id)
    if stored is None:
        return _handler_error(request, 404, "not_found", "file_not_found_or_not_owned", file_id=file_id)
    if not content:
        return _provider_json(request, stored.object())
    return _content(stored, request.headers.get("range"), ranges=store.ranges)


def _content(stored: StoredFile, wanted: str | None, *, ranges: bool) -> Reply:
    headers: dict[str, str] = {**CORS_HEADERS, "content-type": "application/octet-stream"}
    start, end = 0, stored.bytes
    status = 200
    if ranges:
        headers["accept-ranges"] = "bytes"
        span = _range(wanted, stored.bytes)
        if isinstance(span, str):  # unsatisfiable
            headers["content-range"] = f"bytes */{stored.bytes}"
            return Reply(status=416, headers=tuple(headers.items()))
        if span is not None:
            start, end = span
            status = 206
            headers["content-range"] = f"bytes {start}-{end - 1}/{stored.bytes}"
    body = (FileSlice(stored.path, start, end - start),) if end > start else ()
    return Reply(status=status, headers=tuple(headers.items()), body=body)


def _range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """One ``bytes=`` range as ``(start, end)``; ``None`` to send it all (no header,
    several ranges, a malformed one); ``"unsatisfiable"`` for a 416."""
    if header is None:
        return None
    found = _RANGE.match(header.strip())
    if found is None:
        return None
    first, last = found[1], found[2]
    if not first and not last:
        return None
    if not first:  # the last N bytes
        count = int(last)
        return (max(size - count, 0), size) if count and size else "unsatisfiable"
    start = int(first)
    if start >= size:
        return "unsatisfiable"
    end = min(int(last) + 1, size) if last else size
    if end <= start:
        return None
    return start, end


def match(path: str, method: str) -> tuple[str, Any, int | None] | None:
    """``(method the route takes, handler, multipart body limit)`` for a files path."""
    if path in _PREFIXES:
        return (method if method in ("GET", "POST") else "POST", _collection, FILES_LIMIT)
    if _ONE.match(path):
        return ("GET", _one, None)
    return None


def limit(path: str) -> int | None:
    found = match(path, "POST")
    return found[2] if found is not None else None
