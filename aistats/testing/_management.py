"""The fake gateway's management routes: ``/keys``, ``/workspaces`` (+ ``/members``) with a
management key and its scopes, and ``/analytics`` with an inference key.

They answer like the real gateway (GATEWAY_FACTS_3 §10; wire3 ``ke*``, ``wo*``, ``an*``,
``z50`` to ``z59``): ``{"data": ...}`` records, ``{"error", "message"}`` errors pretty-printed, 401
``management_key_required`` for an inference key, 403 ``insufficient_scope`` naming the missing
scope, ``total_count`` counting every matching key, ``PATCH {"limit": null}`` clearing the limit
and its reset window, a deleted key still readable with ``status: "deleted"``.

Keys: ``FakeGateway(management_key=...)`` (or ``gateway.routes.management_key``) is the one
management key, with ``gateway.routes.management_scopes`` (every scope by default). Without
one, any bearer token passes (as the inference routes do without ``api_key``). State lives
in the table, per gateway.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ._replies import RecordedRequest, Reply

if TYPE_CHECKING:
    from ._routes import RouteTable

__all__ = [
    "ALL_SCOPES",
    "ManagementState",
    "analytics",
    "holds_management_key",
    "match_management",
    "models_me",
]

ALL_SCOPES: frozenset[str] = frozenset(
    f"{area}:{verb}" for area in ("keys", "workspaces") for verb in ("read", "write", "delete")
)
DEFAULT_WORKSPACE = "7d3f0c1e-0000-4000-8000-00000000c0de"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LIMIT_RESETS = ("daily", "weekly", "monthly")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class ManagementState:
    """The fake's keys, workspaces and members (reset with the gateway)."""

    keys: list[dict[str, Any]] = field(default_factory=list)
    workspaces: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {
                "id": DEFAULT_WORKSPACE,
                "name": "Default",
                "slug": "default",
                "created_by": "user-owner",
                "created_at": "2026-09-01T09:00:00+00:00",
                "updated_at": "2026-09-01T09:00:00+00:00",
            }
        ]
    )
    members: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {
            DEFAULT_WORKSPACE: [
                {
                    "workspace_id": DEFAULT_WORKSPACE,
                    "user_id": "user-owner",
                    "role": "owner",
                    "joined_at": "2026-09-01T09:00:00+00:00",
                    "display_name": "Owner",
                }
            ]
        }
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_key(self, name: str, **fields: Any) -> dict[str, Any]:
        """Put a key straight into the fake (``fields`` override the record's, e.g. ``id``,
        ``status``, ``limit``); returns the record, its secret in ``"key"``."""
        random = secrets.token_urlsafe(40).replace("-", "x").replace("_", "y")
        secret = f"phaseo_v1_sk_{random}"
        record = {
            "id": str(uuid.uuid4()),
            "hash": hashlib.sha256(secret.encode()).hexdigest(),
            "workspace_id": DEFAULT_WORKSPACE,
            "name": name,
            "label": name,
            "prefix": random[:6],
            "status": "active",
            "disabled": False,
            "soft_blocked": False,
            "include_byok_in_limit": False,
            "limit": None,
            "limit_reset": None,
            "created_by": "user-owner",
            "creator_user_id": "user-owner",
            "created_at": _now(),
            "updated_at": None,
            "last_used_at": None,
            "expires_at": None,
            "key": secret,
            **fields,
        }
        with self.lock:
            self.keys.append(record)
        return record

    def add_workspace(self, name: str, **fields: Any) -> dict[str, Any]:
        """Put a workspace straight into the fake; returns its record."""
        now = _now()
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        record = {
            "id": str(uuid.uuid4()), "name": name, "slug": slug, "created_by": "user-owner",
            "created_at": now, "updated_at": now, **fields,
        }  # fmt: skip
        with self.lock:
            self.workspaces.append(record)
            self.members[record["id"]] = []
        return record


# ------------------------------------------------------------------ replies
def _pretty(obj: Any, status: int = 200) -> Reply:
    """The management routes answer pretty-printed JSON (two-space indent), like the real one."""
    body = json.dumps(obj, indent=2, ensure_ascii=False).encode()
    return Reply.raw(status, body, headers={"cache-control": "no-store"}, content_type="application/json")


def _error(status: int, code: str, message: str, *, ok_false: bool = False) -> Reply:
    body: dict[str, Any] = {"ok": False} if ok_false else {}
    return _pretty({**body, "error": code, "message": message}, status)


def _unauthorised(request: RecordedRequest, reason: str) -> Reply:
    return Reply.json(
        {
            "error": "unauthorised",
            "reason": reason,
            "request_id": request.request_id,
            "status_code": 401,
            "error_type": "user",
            "error_origin": "user",
            "generation_id": request.request_id,
        },
        status=401,
    )


def _token(request: RecordedRequest) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def holds_management_key(table: RouteTable, request: RecordedRequest) -> bool:
    """Whether ``request`` carries this gateway's management key (``Authorization: Bearer``):
    the one check of it, for the management routes and for ``/credits`` and ``/activity``."""
    key = table.management_key
    return key is not None and hmac.compare_digest(_token(request).encode(), key.encode())


def _authorise(table: RouteTable, request: RecordedRequest, scope: str) -> Reply | None:
    """``None`` when the request's key may use ``scope``, else the gateway's 401 or 403."""
    token = _token(request)
    if not token:
        return _unauthorised(request, "missing_or_invalid_authorization_header")
    if table.management_key is None:
        return None
    if not holds_management_key(table, request):
        return _unauthorised(request, "management_key_required")
    if scope not in table.management_scopes:
        return _error(403, "insufficient_scope", f"Token requires {scope}")
    return None


def _body(request: RecordedRequest) -> dict[str, Any] | Reply:
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return _error(400, "invalid_json", "Invalid JSON body")
    if not isinstance(body, dict):
        return _error(400, "invalid_json", "Invalid JSON body")
    return body


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# ------------------------------------------------------------------ keys
def _public(key: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in key.items() if k != "key"}


def _find(items: list[dict[str, Any]], id: str) -> dict[str, Any] | None:
    return next((item for item in items if item["id"] == id), None)


def _list_keys(table: RouteTable, request: RecordedRequest) -> Reply:
    query = parse_qs(request.query, keep_blank_values=True)
    limit = _int(query.get("limit", [None])[0], 100)
    limit = 100 if limit <= 0 else min(limit, 250)
    offset = max(_int(query.get("offset", [None])[0], 0), 0)
    include_disabled = query.get("include_disabled", ["false"])[0] == "true"
    state = table.management
    with state.lock:
        matching = [
            _public(k)
            for k in sorted(state.keys, key=lambda k: k["created_at"], reverse=True)
            if k["status"] != "deleted" and (include_disabled or k["status"] == "active")
        ]
    return _pretty({"data": matching[offset : offset + limit], "total_count": len(matching)})


def _limit_error(value: Any) -> Reply | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return _error(400, "bad_request", "limit must be a non-negative number or null")
    return None


def _create_key(table: RouteTable, request: RecordedRequest) -> Reply:
    body = _body(request)
    if isinstance(body, Reply):
        return body
    name = body.get("name")
    if not isinstance(name, str) or not name:
        return _error(400, "bad_request", "name is required")
    limit = body.get("limit")
    bad = _limit_error(limit)
    if bad is not None:
        return bad
    disabled = bool(body.get("disabled", False))
    record = table.management.add_key(
        name,
        workspace_id=body.get("workspace_id") or DEFAULT_WORKSPACE,
        status="paused" if disabled else "active",
        disabled=disabled,
        soft_blocked=bool(body.get("soft_blocked", False)),
        include_byok_in_limit=bool(body.get("include_byok_in_limit", False)),
        limit=limit,
        limit_reset=(body.get("limit_reset") or "monthly") if limit is not None else None,
        expires_at=body.get("expires_at"),
    )
    return _pretty({"data": record}, 201)


def _key_record(table: RouteTable, id: str) -> dict[str, Any] | Reply:
    with table.management.lock:
        found = _find(table.management.keys, id)
    return found if found is not None else _error(404, "not_found", "API key not found")


def _get_key(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _key_record(table, id)
    return found if isinstance(found, Reply) else _pretty({"data": _public(found)})


def _update_key(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _key_record(table, id)
    if isinstance(found, Reply):
        return found
    body = _body(request)
    if isinstance(body, Reply):
        return body
    if "limit" in body and (bad := _limit_error(body["limit"])) is not None:
        return bad
    if "limit_reset" in body and body["limit_reset"] not in _LIMIT_RESETS:
        return _error(400, "bad_request", "limit_reset must be one of daily, weekly, monthly")
    with table.management.lock:
        if "name" in body:
            found["name"] = found["label"] = body["name"]
        if "limit" in body:
            found["limit"] = body["limit"]
            found["limit_reset"] = (
                None
                if body["limit"] is None
                else body.get("limit_reset") or found["limit_reset"] or "monthly"
            )
        elif "limit_reset" in body:
            found["limit_reset"] = body["limit_reset"]
        if "disabled" in body:
            found["disabled"] = bool(body["disabled"])
            found["status"] = "paused" if found["disabled"] else "active"
        for name in ("soft_blocked", "include_byok_in_limit", "expires_at", "scopes"):
            if name in body:
                found[name] = body[name]
        record = _public(found)
    return _pretty({"data": record})


def _delete_key(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _key_record(table, id)
    if isinstance(found, Reply):
        return found
    with table.management.lock:
        found["status"] = "deleted"
        found["disabled"] = True
    return _pretty({"deleted": True})


# ------------------------------------------------------------------ workspaces
def _list_workspaces(table: RouteTable, request: RecordedRequest) -> Reply:
    query = parse_qs(request.query, keep_blank_values=True)
    limit = min(max(_int(query.get("limit", [None])[0], 100), 1), 250)
    offset = max(_int(query.get("offset", [None])[0], 0), 0)
    with table.management.lock:
        every = list(table.management.workspaces)
    return _pretty({"data": every[offset : offset + limit], "total_count": len(every)})


def _workspace_name_error(body: dict[str, Any], required: bool) -> Reply | None:
    name = body.get("name")
    if (required or "name" in body) and (not isinstance(name, str) or not 1 <= len(name) <= 100):
        return _error(400, "bad_request", "name is required and must be 1-100 characters")
    return None


def _create_workspace(table: RouteTable, request: RecordedRequest) -> Reply:
    body = _body(request)
    if isinstance(body, Reply):
        return body
    if (bad := _workspace_name_error(body, required=True)) is not None:
        return bad
    fields = {"slug": body["slug"]} if body.get("slug") else {}
    record = table.management.add_workspace(body["name"], **fields)
    return _pretty({"data": record}, 201)


def _workspace(table: RouteTable, id: str) -> dict[str, Any] | Reply:
    with table.management.lock:
        found = _find(table.management.workspaces, id)
    return found if found is not None else _error(404, "not_found", "Workspace not found")


def _get_workspace(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _workspace(table, id)
    return found if isinstance(found, Reply) else _pretty({"data": found})


def _update_workspace(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _workspace(table, id)
    if isinstance(found, Reply):
        return found
    body = _body(request)
    if isinstance(body, Reply):
        return body
    if (bad := _workspace_name_error(body, required=False)) is not None:
        return bad
    with table.management.lock:
        for name in ("name", "slug"):
            if name in body:
                found[name] = body[name]
        found["updated_at"] = _now()
    return _pretty({"data": found})


def _delete_workspace(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _workspace(table, id)
    if isinstance(found, Reply):
        return found
    if id == DEFAULT_WORKSPACE:
        return _error(400, "bad_request", "The default workspace cannot be deleted")
    with table.management.lock:
        table.management.workspaces.remove(found)
        table.management.members.pop(id, None)
    return _pretty({"deleted": True})


def _members(table: RouteTable, request: RecordedRequest, id: str) -> Reply:
    found = _workspace(table, id)
    if isinstance(found, Reply):
        return found
    with table.management.lock:
        members = list(table.management.members.get(id, []))
    return _pretty({"data": members, "total_count": len(members)})


# ------------------------------------------------------- analytics, models/me
def models_me(table: RouteTable, request: RecordedRequest) -> Reply:
    """``GET /models/me``: reserved by the gateway, 501 for inference keys; like ``/analytics``
    it refuses management keys (transcripts ``a19_models_me_not_implemented``, ``mm01``, ``mm02``)."""
    if holds_management_key(table, request):
        return _unauthorised(request, "management_key_not_valid_for_gateway")
    body = {
        "status_code": 501,
        "error": "not_implemented",
        "description": "GET /models/me is reserved for future guardrail-aware model filtering and is "
        "not implemented yet. Use /models for the shared gateway catalogue.",
    }
    return _pretty(body, 501)


def analytics(table: RouteTable, request: RecordedRequest) -> Reply:
    """``GET /analytics``: the inference key's usage per day and model, from what this
    gateway served (chat requests by model, today)."""
    if holds_management_key(table, request):
        return _unauthorised(request, "management_key_not_valid_for_gateway")
    query = parse_qs(request.query, keep_blank_values=True)
    date = query.get("date", [None])[0]
    if date is not None and not _DATE.match(date):
        return _error(400, "invalid_request", "date must use YYYY-MM-DD format", ok_false=True)
    workspace = query.get("workspace_id", [None])[0]
    if workspace is not None and workspace != DEFAULT_WORKSPACE:
        return _error(403, "forbidden", "workspace_id must match authenticated team", ok_false=True)
    today = datetime.now(UTC).date().isoformat()
    counts: dict[str, int] = {}
    for served in table.history():
        if served.path == "/v1/chat/completions":
            try:
                model = served.json().get("model")
            except ValueError:
                continue
            if isinstance(model, str):
                counts[model] = counts.get(model, 0) + 1
    rows = [
        {
            "date": today,
            "model": model,
            "model_permaslug": model,
            "endpoint_id": "chat.completions",
            "provider_name": model.partition("/")[0],
            "usage": 0,
            "byok_usage_inference": 0,
            "requests": n,
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "reasoning_tokens": 0,
        }
        for model, n in sorted(counts.items())
        if date in (None, today)
    ]
    return _pretty({"data": rows})


# ------------------------------------------------------------------ the routes
_ROUTES: list[tuple[re.Pattern[str], dict[str, tuple[str, Callable[..., Reply]]]]] = [
    (re.compile(r"^/v1/keys$"), {"GET": ("keys:read", _list_keys), "POST": ("keys:write", _create_key)}),
    (
        re.compile(r"^/v1/keys/(?P<id>[^/]+)$"),
        {
            "GET": ("keys:read", _get_key),
            "PATCH": ("keys:write", _update_key),
            "DELETE": ("keys:delete", _delete_key),
        },
    ),
    (
        re.compile(r"^/v1/workspaces$"),
        {"GET": ("workspaces:read", _list_workspaces), "POST": ("workspaces:write", _create_workspace)},
    ),
    (
        re.compile(r"^/v1/workspaces/(?P<id>[^/]+)$"),
        {
            "GET": ("workspaces:read", _get_workspace),
            "PATCH": ("workspaces:write", _update_workspace),
            "DELETE": ("workspaces:delete", _delete_workspace),
        },
    ),
    (re.compile(r"^/v1/workspaces/(?P<id>[^/]+)/members$"), {"GET": ("workspaces:read", _members)}),
]


def match_management(path: str) -> Callable[[RouteTable, RecordedRequest], Reply] | None:
    """The handler of a management path (any method: it checks the method, the key and the
    scope itself), or ``None``."""
    for pattern, methods in _ROUTES:
        found = pattern.match(path)
        if found is not None:
            return functools.partial(_dispatch, methods, found.groupdict())
    return None


def _dispatch(
    methods: dict[str, tuple[str, Callable[..., Reply]]],
    path_params: dict[str, str],
    table: RouteTable,
    request: RecordedRequest,
) -> Reply:
    entry = methods.get(request.method)
    if entry is None:
        return Reply.raw(404, b"404 Not Found", content_type="text/plain; charset=UTF-8")
    scope, handler = entry
    denied = _authorise(table, request, scope)
    if denied is not None:
        return denied
    reply: Reply = handler(table, request, **path_params)
    return reply
