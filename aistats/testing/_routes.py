"""The fake gateway's routes besides ``POST /chat/completions``: catalogue, account and JSON
inference, answering in the real gateway's shapes (a small in-memory catalogue of its own).

Every route checks auth (``/health`` excepted) and, for JSON bodies, validates the request
against its schema in ``openapi.yaml`` (400 ``validation_error``); errors use the gateway's
shapes: ``{"ok": false, "error": ..., "message": ...}`` on the catalogue routes, the flat
gateway error on the inference routes. Replies can be scripted per path like chat's
(``FakeGateway.enqueue(reply, route="/models")``); ``Reply.default()`` is the route's own answer.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import parse_qs

from . import _files, _media
from ._default import _check_auth, _check_json
from ._default import _check_body as _check_schema
from ._jobs import JobBoard, match_job_route
from ._management import (
    ALL_SCOPES,
    ManagementState,
    analytics,
    holds_management_key,
    match_management,
    models_me,
)
from ._media import CORS_HEADERS, PIPELINE_HEADERS
from ._replies import RecordedRequest, Reply, gateway_error_body

__all__ = ["RouteTable", "catalogue_model", "route_path", "with_gateway_headers"]

PREFIX = "/v1"
MAX_LIMIT = 250
MAX_OFFSET = 5000
Handler = Callable[["RouteTable", RecordedRequest], Reply]


# ----------------------------------------------------------------- sample data
def catalogue_model(
    model_id: str,
    name: str | None = None,
    *,
    context: int | None = 128_000,
    input_price: str | None = "0.4",
    output_price: str | None = "1.6",
    endpoints: Sequence[str] = ("text.generate",),
) -> dict[str, Any]:
    """One ``GET /models`` entry in the gateway's shape (prices in USD per million tokens)."""
    author = model_id.partition("/")[0]

    def meter(price: str | None) -> dict[str, Any] | None:
        if price is None:
            return None
        return {
            "provider_id": author,
            "unit": "token",
            "unit_size": 1_000_000,
            "price_per_unit": price,
            "currency": "USD",
        }

    return {
        "id": model_id,
        "base_model_id": model_id,
        "variant": "standard",
        "name": name or model_id.partition("/")[2],
        "description": f"{name or model_id}, served by the fake gateway.",
        "organization": {"id": author, "name": author.title(), "color": "#333333"},
        "aliases": [],
        "lifecycle": {
            "status": "active",
            "released_at": "2025-01-01T00:00:00+00:00",
            "deprecated_at": None,
            "retires_at": None,
            "replacement_id": None,
            "message": None,
        },
        "modalities": {"input": ["text"], "output": ["text"]},
        "limits": {"input_tokens": context, "output_tokens": None},
        "capabilities": {"endpoints": list(endpoints), "parameters": ["max_tokens", "temperature"]},
        "availability": {"status": "active", "provider_count": 1, "active_provider_count": 1},
        "pricing": {
            "pricing_plan": "standard",
            "meters": {"input_text_tokens": meter(input_price), "output_text_tokens": meter(output_price)},
        },
    }


def _sample_models() -> list[dict[str, Any]]:
    return [
        catalogue_model(
            "openai/gpt-5-nano", "GPT-5 Nano", context=400_000, input_price="0.05", output_price="0.4"
        ),
        catalogue_model(
            "openai/gpt-5-nano-2025-08-07",
            "GPT-5 Nano (2025-08-07)",
            context=400_000,
            input_price="0.05",
            output_price="0.4",
        ),
        catalogue_model("openai/gpt-4.1-mini", "GPT 4.1 Mini", context=1_047_576),
        catalogue_model("openai/gpt-4o-mini", "GPT-4o Mini", input_price="0.15", output_price="0.6"),
        catalogue_model(
            "x-ai/grok-4-fast", "Grok 4 Fast", context=2_000_000, input_price="0.2", output_price="0.5"
        ),
        catalogue_model(
            "meta/llama-3.3-70b-instruct", "Llama 3.3 70B Instruct", input_price="0.88", output_price="0.88"
        ),
        catalogue_model(
            "anthropic/claude-sonnet-4.5",
            "Claude Sonnet 4.5",
            context=200_000,
            input_price="3",
            output_price="15",
        ),
        catalogue_model(
            "openai/text-embedding-3-small",
            "Text Embedding 3 Small",
            context=None,
            input_price="0.02",
            output_price=None,
            endpoints=("text.embed",),
        ),
        catalogue_model(
            "openai/omni-moderation",
            "Omni Moderation",
            context=None,
            input_price=None,
            output_price=None,
            endpoints=("moderations",),
        ),
        catalogue_model(
            "voyage/rerank-2",
            "Rerank 2",
            context=None,
            input_price="0.05",
            output_price=None,
            endpoints=("rerank",),
        ),
        catalogue_model(
            "openai/gpt-image-1",
            "GPT Image 1",
            context=None,
            input_price="5",
            output_price=None,
            endpoints=("image.generate",),
        ),
    ]


_ORGANISATIONS = (
    ("anthropic", "Anthropic"),
    ("meta", "Meta"),
    ("openai", "OpenAI"),
    ("voyage", "Voyage"),
    ("x-ai", "xAI"),
)
PROVIDERS = [
    {
        "api_provider_id": pid,
        "api_provider_name": name,
        "description": None,
        "link": None,
        "country_code": "US",
    }
    for pid, name in _ORGANISATIONS
]
ORGANISATIONS = [
    {"organisation_id": oid, "name": name, "country_code": "US", "description": None, "colour": "#333333"}
    for oid, name in _ORGANISATIONS
]


# ------------------------------------------------------------------ the table
class RouteTable:
    """The routes' state: the catalogue (``models``, editable), scripted replies per path,
    and an optional ``management_key`` that ``/credits`` and ``/activity`` then require."""

    def __init__(self, history: Callable[[], list[RecordedRequest]]) -> None:
        self.history = history
        self.models: list[dict[str, Any]] = _sample_models()
        self.management_key: str | None = None
        self.management_scopes: frozenset[str] = ALL_SCOPES
        self.management = ManagementState()
        self.media_models: dict[str, dict[str, Any]] = {k: dict(v) for k, v in _media.MEDIA_MODELS.items()}
        """The models the media routes (speech, transcription, image edits, OCR) know."""
        self.files = _files.FileStore()
        """The uploaded files (``POST /files``); ``files.add(...)`` puts one there directly."""
        self.api_key: str | None = None
        self._lock = threading.Lock()
        self._queues: dict[str, deque[Reply]] = {}
        self.jobs = JobBoard(self.files)
        """Batches, videos and music: their states, scripts and result files (``_jobs``)."""

    def enqueue(self, route: str, replies: Sequence[Reply]) -> None:
        """Script the next replies to ``route`` (a path such as ``/models``, with or without ``/v1``)."""
        with self._lock:
            self._queues.setdefault(route_path(route), deque()).extend(replies)

    def next_scripted(self, path: str) -> Reply | None:
        """Take the next reply scripted for ``path``, if any."""
        with self._lock:
            queue = self._queues.get(path)
            return queue.popleft() if queue else None

    def check_model(self, request: RecordedRequest) -> Reply | None:
        """400 ``unsupported_model_or_endpoint`` (transcripts ``h_unknown_model``,
        ``x11_embeddings_chat_model``) when the body names a model that is not in
        :attr:`models` with the route's capability; ``None`` otherwise (also when the
        route takes no model, or the body names none)."""
        capabilities = _CAPABILITIES.get(request.path)
        try:
            body = request.json()
        except ValueError:
            return None
        model = body.get("model") if isinstance(body, dict) else None
        if capabilities is None or not isinstance(model, str):
            return None
        known = any(
            (model == entry["id"] or model in entry.get("aliases", ()))
            and capabilities & set(entry["capabilities"]["endpoints"])
            for entry in self.models
        )
        return None if known else _unsupported_model(request)

    def queued(self) -> int:
        with self._lock:
            return sum(len(queue) for queue in self._queues.values())

    def reset(self) -> None:
        with self._lock:
            self._queues.clear()
        self.jobs.reset()

    def close(self) -> None:
        """Remove the stored files."""
        self.files.close()

    def body_limit(self, path: str) -> int | None:
        """The longest multipart body ``path`` takes (a longer one is refused with 413)."""
        media = _media.ROUTES.get(path)
        return media[2] if media is not None else _files.limit(path)

    def reply_for(
        self,
        request: RecordedRequest,
        *,
        api_key: str | None,
        validate: bool,
    ) -> Reply:
        """The reply to ``request`` (the gateway's bare 404 when no route has its path)."""
        self.api_key = api_key
        found = _match(request.path, request.method)
        if found is None:
            scripted = self.next_scripted(request.path) or _not_found()
            return scripted.resolve(request, lambda _: _not_found())
        method, handler, schema, public = found
        if method not in (request.method, "*"):
            return _not_found()
        reply = self.next_scripted(request.path) or Reply.default()

        def default(req: RecordedRequest) -> Reply:
            return handler(self, req)

        if reply.check_request:
            exempt = public or holds_management_key(self, request)
            failure = None if exempt else _check_auth(request, api_key, old=False)
            if failure is None and schema is not None:
                failure = _check_body(request, schema, validate)
            if failure is None and validate:
                failure = self.check_model(request)
            if failure is not None:
                return failure
        return reply.resolve(request, default)


# --------------------------------------------------------------- the handlers
def _query(request: RecordedRequest) -> dict[str, list[str]]:
    return parse_qs(request.query, keep_blank_values=True)


def _ok_error(status: int, code: str, message: str | None = None, **extra: Any) -> Reply:
    body: dict[str, Any] = {"ok": False, "error": code}
    if message is not None:
        body["message"] = message
    return Reply.json({**body, **extra}, status=status)


def _not_found() -> Reply:
    return Reply.raw(404, b"404 Not Found", content_type="text/plain; charset=UTF-8")


def _paging(request: RecordedRequest) -> tuple[int, int] | Reply:
    query = _query(request)
    try:
        limit = min(int(query.get("limit", ["50"])[0]), MAX_LIMIT)
        offset = int(query.get("offset", ["0"])[0])
    except ValueError:
        return _ok_error(400, "invalid_request", "limit and offset must be integers")
    if limit < 1 or offset < 0:
        return _ok_error(400, "invalid_request", "limit must be >= 1 and offset >= 0")
    if offset > MAX_OFFSET:
        return _ok_error(400, "invalid_request", f"offset must be <= {MAX_OFFSET}", max_offset=MAX_OFFSET)
    return limit, offset


def _page(request: RecordedRequest, key: str, items: list[dict[str, Any]], **extra: Any) -> Reply:
    paging = _paging(request)
    if isinstance(paging, Reply):
        return paging
    limit, offset = paging
    body = {
        "ok": True,
        **extra,
        "limit": limit,
        "offset": offset,
        "total": len(items),
        key: items[offset : offset + limit],
    }
    return Reply.json(body)


def _models(table: RouteTable, request: RecordedRequest) -> Reply:
    query = _query(request)
    availability = query.get("availability", ["active"])[0]
    if availability not in ("active", "all"):
        return _ok_error(400, "invalid_request", "availability must be one of: active, all")
    models = table.models
    picks: dict[str, Callable[[dict[str, Any]], Any]] = {
        "organisation": lambda m: m["organization"]["id"],
        "id": lambda m: m["id"],
        "endpoints": lambda m: m["capabilities"]["endpoints"],
    }
    for key, pick in picks.items():
        wanted = {v for value in query.get(key, []) for v in value.split(",")}
        if wanted:
            models = [m for m in models if wanted & set(_as_list(pick(m)))]
    return _page(request, "models", models, availability_mode=availability)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


_ENDPOINTS_PATH = re.compile(r"^/v1/models/([^/]+)/([^/]+)/endpoints$")


def _model_endpoints(table: RouteTable, request: RecordedRequest) -> Reply:
    match = _ENDPOINTS_PATH.match(request.path)
    model_id = f"{match[1]}/{match[2]}" if match else ""
    model = next((m for m in table.models if m["id"] == model_id), None)
    if model is None:
        return _ok_error(404, "not_found", f"Model {model_id} was not found.")
    author, _, slug = model_id.partition("/")
    endpoints = [
        {
            "id": f"{author}:{capability}",
            "endpoint": capability,
            "capability_id": capability,
            "provider": {"id": author, "name": author.title()},
            "model": slug,
            "routable": True,
            "status": "active",
            "status_reason": "active",
            "pricing": model["pricing"],
        }
        for capability in model["capabilities"]["endpoints"]
    ]
    keys = ("id", "name", "description", "organization", "modalities")
    return Reply.json(
        {"ok": True, **{k: model[k] for k in keys}, "availability_mode": "active", "endpoints": endpoints}
    )


def _providers(table: RouteTable, request: RecordedRequest) -> Reply:
    return _page(request, "providers", PROVIDERS)


def _organisations(table: RouteTable, request: RecordedRequest) -> Reply:
    return _page(request, "organisations", ORGANISATIONS)


def _endpoints(table: RouteTable, request: RecordedRequest) -> Reply:
    counts: dict[str, int] = {}
    for model in table.models:
        for capability in model["capabilities"]["endpoints"]:
            counts[capability] = counts.get(capability, 0) + 1
    data = [
        {
            "id": c,
            "capability_id": c,
            "public_path": None,
            "collection": None,
            "model_count": n,
            "provider_count": 1,
        }
        for c, n in sorted(counts.items())
    ]
    return Reply.json(
        {
            "ok": True,
            "endpoints": sorted(counts),
            "data": data,
            "sample_models": [m["id"] for m in table.models],
        }
    )


def _health(table: RouteTable, request: RecordedRequest) -> Reply:
    return Reply.json({"status": "ok"})


def _generation(table: RouteTable, request: RecordedRequest) -> Reply:
    ids = _query(request).get("id")
    if not ids or not ids[0]:
        return _ok_error(400, "missing_id")
    served = next((r for r in table.history() if r.request_id == ids[0] and r is not request), None)
    if served is None:
        return _ok_error(404, "not_found")
    try:
        body = served.json()
    except ValueError:
        body = {}
    model = body.get("model") if isinstance(body, dict) else None
    return Reply.json(
        {
            "id": f"gen-{served.request_id}",
            "request_id": served.request_id,
            "created_at": "2026-01-01T00:00:00+00:00",
            "endpoint": served.path.removeprefix(PREFIX + "/").replace("/", "."),
            "model_id": model,
            "provider": "fake",
            "native_response_id": f"fake-{served.request_id}",
            "status_code": 200,
            "success": True,
            "cost_nanos": 0,
            "latency_ms": 0,
            "usage": None,
        }
    )


def _meters(model: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"meter": name, **{k: v for k, v in meter.items() if k != "provider_id"}}
        for name, meter in model["pricing"]["meters"].items()
        if meter is not None
    ]


def _pricing_models(table: RouteTable, request: RecordedRequest) -> Reply:
    models = [
        {
            "provider": m["organization"]["id"],
            "model": m["id"],
            "endpoint": m["capabilities"]["endpoints"][0],
            "display_name": m["name"],
            "meters": _meters(m),
        }
        for m in table.models
    ]
    return Reply.json({"ok": True, "models": models})


def _pricing_calculate(table: RouteTable, request: RecordedRequest) -> Reply:
    body = request.json()
    if not isinstance(body, dict) or not all(body.get(k) for k in ("provider", "model", "endpoint", "usage")):
        return _ok_error(400, "missing_required_fields", "provider, model, endpoint, and usage are required")
    model = next((m for m in table.models if m["id"] == body["model"]), None)
    if model is None:
        return _ok_error(404, "pricing_not_found", "No pricing data found for this model")
    lines, total = [], 0.0
    for meter in _meters(model):
        quantity = body["usage"].get(meter["meter"])
        if not quantity:
            continue
        cost = quantity / meter["unit_size"] * float(meter["price_per_unit"])
        total += cost
        lines.append({"dimension": meter["meter"], "quantity": quantity, "line_cost_usd": f"{cost:.9f}"})
    return Reply.json(
        {
            "ok": True,
            "pricing": {
                "cost_usd": round(total, 9),
                "cost_usd_str": f"{total:.9f}",
                "cost_cents": math.ceil(total * 100),
                "currency": "USD",
                "lines": lines,
            },
        }
    )


def _needs_management(table: RouteTable, request: RecordedRequest) -> Reply | None:
    if table.management_key is None or holds_management_key(table, request):
        return None
    return Reply.error(
        401,
        "unauthorised",
        reason="management_key_required",
        request_id=request.request_id,
        status_code=401,
        error_type="user",
        generation_id=request.request_id,
    )


def _credits(table: RouteTable, request: RecordedRequest) -> Reply:
    denied = _needs_management(table, request)
    if denied is not None:
        return denied
    nanos = 50_000_000_000
    return Reply.json(
        {
            "ok": True,
            "credits": {
                "remaining": nanos,
                "balance_nanos": nanos,
                "reserved_nanos": 0,
                "available_nanos": nanos,
                "thirty_day_usage": 0,
                "thirty_day_requests": 0,
            },
        }
    )


def _activity(table: RouteTable, request: RecordedRequest) -> Reply:
    denied = _needs_management(table, request)
    if denied is not None:
        return denied
    entries = [
        {
            "request_id": f"G-FAKE{i:04d}",
            "provider": "fake",
            "model": "openai/gpt-4.1-mini",
            "endpoint": "chat.completions",
            "usage": {"requests": 1, "input_tokens": 9, "output_tokens": 6},
            "cost_cents": 0.00156,
            "latency_ms": 1,
            "timestamp": "2026-01-01T00:00:00+00:00",
        }
        for i in range(3)
    ]
    return _page(request, "activity", entries, period_days=30, total_cost_cents=0.00468)


def _key(table: RouteTable, request: RecordedRequest) -> Reply:
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    return Reply.json(
        {
            "data": {
                "id": "fake-key",
                "name": "fake",
                "label": "fake",
                "prefix": token[:8],
                "status": "active",
                "disabled": False,
                "limit": None,
                "limit_reset": None,
                "created_at": "2026-01-01T00:00:00+00:00",
                "last_used_at": None,
                "expires_at": None,
            }
        }
    )


def _usage(tokens: int) -> dict[str, Any]:
    return {"input_tokens": tokens, "output_tokens": 0, "total_tokens": tokens}


def _texts(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [v if isinstance(v, str) else json.dumps(v) for v in value]


def _embeddings(table: RouteTable, request: RecordedRequest) -> Reply:
    body = request.json()
    texts = _texts(body["input"])
    size = body.get("dimensions") or 8
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": [round(((len(t) + k) % 7) / 7, 4) for k in range(size)],
        }
        for i, t in enumerate(texts)
    ]
    tokens = sum(len(t.split()) for t in texts)
    return Reply.json(
        {
            "requestId": request.request_id,
            "object": "list",
            "data": data,
            "model": body["model"].partition("/")[2],
            "usage": _usage(tokens),
            "nativeResponseId": None,
            "provider": "fake",
        }
    )


#: The 13 categories of every moderation result (transcript ``e05_moderations_string``).
_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
#: What the fake flags in a text that mentions killing.
_THREATS = ("harassment/threatening", "violence")


def _moderations(table: RouteTable, request: RecordedRequest) -> Reply:
    body = request.json()
    results = []
    for text in _texts(body["input"]):
        flagged = "kill" in text.lower()
        categories = {c: flagged and c in _THREATS for c in _CATEGORIES}
        scores = {c: 0.9 if categories[c] else 0.0001 for c in _CATEGORIES}
        applied = {c: ["text"] for c in _CATEGORIES}
        results.append(
            {
                "flagged": flagged,
                "categories": categories,
                "category_scores": scores,
                "category_applied_input_types": applied,
            }
        )
    return Reply.json(
        {
            "object": "list",
            "id": request.request_id,
            "model": "omni-moderation-latest",  # the provider's name, whatever was asked (e05, e06)
            "results": results,
            "usage": _usage(0),
        }
    )


def _rerank(table: RouteTable, request: RecordedRequest) -> Reply:
    body = request.json()
    words = set(str(body["query"]).lower().split())
    docs = _texts(body["documents"])
    scored = sorted(
        ((len(words & set(d.lower().split())) / (len(words) or 1), i) for i, d in enumerate(docs)),
        key=lambda pair: (-pair[0], pair[1]),
    )
    top = body.get("top_n") or len(scored)
    results = [{"index": i, "relevance_score": round(score, 4)} for score, i in scored[:top]]
    return Reply.json(
        {
            "object": "list",
            "id": request.request_id,
            "model": body["model"].partition("/")[2],
            "results": results,
            "usage": _usage(len(words)),
        }
    )


def _images(table: RouteTable, request: RecordedRequest) -> Reply:
    body = request.json()
    count = body.get("n") or 1
    data = [
        {
            "url": f"https://images.invalid/{request.request_id}/{i}.png",
            "b64_json": None,
            "revised_prompt": body["prompt"],
        }
        for i in range(count)
    ]
    return Reply.json(
        {"id": request.request_id, "created": 1_700_000_000, "model": body["model"], "data": data}
    )


#: path (or pattern) -> (method, handler, request schema, public: no auth needed)
_ROUTES: dict[str, tuple[str, Handler, str | None, bool]] = {
    "/v1/models": ("GET", _models, None, False),
    "/v1/models/me": ("GET", models_me, None, False),
    "/v1/providers": ("GET", _providers, None, False),
    "/v1/organisations": ("GET", _organisations, None, False),
    "/v1/endpoints": ("GET", _endpoints, None, False),
    "/v1/health": ("GET", _health, None, True),
    "/v1/generations": ("GET", _generation, None, False),
    "/v1/pricing/models": ("GET", _pricing_models, None, False),
    "/v1/pricing/calculate": ("POST", _pricing_calculate, None, False),
    "/v1/credits": ("GET", _credits, None, False),
    "/v1/activity": ("GET", _activity, None, False),
    "/v1/key": ("GET", _key, None, False),
    "/v1/analytics": ("GET", analytics, None, False),
    "/v1/embeddings": ("POST", _embeddings, "EmbeddingsRequest", False),
    "/v1/moderations": ("POST", _moderations, "ModerationsRequest", False),
    "/v1/rerank": ("POST", _rerank, "RerankRequest", False),
    "/v1/images/generations": ("POST", _images, "ImagesGenerationRequest", False),
}


def _match(path: str, method: str) -> tuple[str, Handler, str | None, bool] | None:
    job = match_job_route(path)
    if job is not None:  # any method: the job handlers check their own
        return ("*", lambda table, request: job(table.jobs, request), None, False)
    if _ENDPOINTS_PATH.match(path):
        return ("GET", _model_endpoints, None, False)
    management = match_management(path)
    if management is not None:  # any method; the handler checks the key, its scope and the method
        return ("*", management, None, True)
    # the media and files routes check auth themselves (each family has its own envelope)
    media = _media.ROUTES.get(path)
    if media is not None:
        return (media[0], media[1], None, True)
    files = _files.match(path, method)
    if files is not None:
        return (files[0], files[1], None, True)
    return _ROUTES.get(path)


# ---------------------------------------------------------------- validation
def _check_body(request: RecordedRequest, schema: str, validate: bool) -> Reply | None:
    """JSON, then (with ``validate``) the schema, with the same errors as the generation routes."""
    failure = _check_json(request, old=False)
    if failure is None and validate:
        failure = _check_schema(request, False, f"#/components/schemas/{schema}")
    return failure


UNSUPPORTED_MODEL = (
    "Unsupported model or endpoint. Please check https://phaseo.app/models for your model id, "
    "or the API Reference at https://phaseo.app/docs/v1/api-reference for valid endpoints."
)

#: The capabilities (``capabilities.endpoints`` of a catalogue entry) a route needs of its model.
_CAPABILITIES = {
    "/v1/chat/completions": {"text.generate"},
    "/v1/responses": {"text.generate"},
    "/v1/messages": {"text.generate"},
    "/v1/embeddings": {"text.embed"},
    "/v1/moderations": {"text.moderate", "moderations"},
    "/v1/rerank": {"rerank"},
    "/v1/images/generations": {"image.generate"},
}


def _unsupported_model(request: RecordedRequest) -> Reply:
    body = gateway_error_body(
        400, "unsupported_model_or_endpoint", UNSUPPORTED_MODEL, request_id=request.request_id
    )
    body.update(
        error_operational_kind="invalid_model_slug",
        reason="model_not_found_or_inactive",
        provider_candidate_diagnostics={
            "totalProviders": 0,
            "supportsEndpointCount": 0,
            "droppedUnsupportedEndpoint": [],
            "droppedMissingAdapter": [],
            "candidateCount": 0,
        },
    )
    headers = {"x-gateway-error-origin": "user", "x-gateway-error-attribution": "user"}
    return Reply.json(body, status=400, headers=headers)


def route_path(route: str) -> str:
    """``route`` as the path requests arrive on: ``/v1`` added, any query dropped."""
    path = "/" + route.strip().lstrip("/")
    if not path.startswith(PREFIX + "/"):
        path = PREFIX + path
    return path.split("?")[0]


# ------------------------------------------------------------------- headers
_LONG_CACHE = "private, max-age=1800, stale-while-revalidate=1800"
_SHORT_CACHE = "private, max-age=300, stale-while-revalidate=600"
#: ``cache-control`` of a successful answer, by route (``None``: no header, as ``/health``).
_CACHE_CONTROL: dict[str, str | None] = {
    "/v1/models": _LONG_CACHE,
    "/v1/endpoints": _LONG_CACHE,
    "/v1/providers": _SHORT_CACHE,
    "/v1/organisations": _SHORT_CACHE,
    "/v1/pricing/models": _SHORT_CACHE,
    "/v1/health": None,
}


def with_gateway_headers(reply: Reply, request: RecordedRequest) -> Reply:
    """``reply`` with the headers the real gateway adds, where the reply does not set them:
    CORS everywhere; on replies with a body type, the pipeline's (``cache-control: no-store``,
    ``server-timing``, ``timing-allow-origin``) on the inference routes, ``no-store`` on errors
    (not on the bare ``text/plain`` 404s) and the catalogue's caching on its routes."""
    path = request.path
    if _media.ROUTES.get(path) or _files.match(path, request.method) or match_management(path):
        return reply  # these families set their own (a proxied upstream answer has no cache-control)
    have = {name.lower() for name, _ in reply.headers}
    content_type = next((v for n, v in reply.headers if n.lower() == "content-type"), "")
    added = dict(CORS_HEADERS)
    if not content_type:
        pass  # a CORS preflight's 204, or a scripted reply without a body type
    elif path in _CAPABILITIES:
        added.update(PIPELINE_HEADERS)
    elif content_type.startswith("text/plain"):
        pass  # the gateway's bare 404s
    elif reply.status >= 400:
        added["cache-control"] = "no-store"
    else:
        policy = _LONG_CACHE if _ENDPOINTS_PATH.match(path) else _CACHE_CONTROL.get(path, "no-store")
        if policy is not None:
            added["cache-control"] = policy
        if policy == _SHORT_CACHE:
            added["vary"] = "Authorization"
    extra = tuple((name, value) for name, value in added.items() if name not in have)
    return dataclasses.replace(reply, headers=reply.headers + extra) if extra else reply
