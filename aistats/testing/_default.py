"""What the fake gateway does by itself: check requests, and answer them by echoing.

The checks mirror the real gateway: auth (401 ``unauthorised``), JSON (400
``invalid_json``), ``model`` (400 ``model_required``) and the request schema of
``openapi.yaml`` (400 ``validation_error``). The default reply echoes the last user
message, deterministically, in the gateway's real response and stream shapes.
"""

from __future__ import annotations

import functools
import hmac
import importlib.resources
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

try:
    import jsonschema  # type: ignore[import-untyped]
    from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "aistats.testing validates requests with jsonschema: pip install 'aistats[testing]'"
    ) from exc

from ._replies import (
    DEFAULT_MODEL,
    RecordedRequest,
    Reply,
    completion,
    split_words,
    text_frames,
    usage_counts,
)

__all__ = ["check_request", "default_reply", "reply_text"]

PROVIDER = "fake"
_SCHEMA_REF = "#/components/schemas/ChatCompletionsRequest"


# ---------------------------------------------------------------- the checks
def check_request(
    request: RecordedRequest, *, api_key: str | None, validate: bool, schema: str = _SCHEMA_REF
) -> Reply | None:
    """The gateway's error reply for ``request`` (body checked against ``schema``), or ``None``."""
    return (
        _check_auth(request, api_key)
        or _check_json(request)
        or (_check_body(request, schema) if validate else None)
    )


def _check_auth(request: RecordedRequest, api_key: str | None) -> Reply | None:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return _error(
            request,
            401,
            "unauthorised",
            "missing_api_key",
            "Send your API key as 'Authorization: Bearer <key>'.",
        )
    if api_key is not None and not hmac.compare_digest(token.encode(), api_key.encode()):
        return _error(request, 401, "unauthorised", "invalid_api_key", "The API key is not valid.")
    return None


def _check_json(request: RecordedRequest) -> Reply | None:
    try:
        request.json()
    except ValueError as exc:
        return _error(
            request, 400, "invalid_json", "invalid_json", f"The request body is not valid JSON: {exc}."
        )
    return None


def _check_body(request: RecordedRequest, schema: str) -> Reply | None:
    body = request.json()
    if isinstance(body, dict) and not body.get("model"):
        return _error(request, 400, "model_required", "model_required", "The request must name a model.")
    error = _first_error(_validator(schema).iter_errors(body))
    if error is None:
        return None
    return _error(request, 400, "validation_error", error.validator, f"{error.json_path}: {error.message}")


def _error(request: RecordedRequest, status: int, code: str, reason: str, message: str) -> Reply:
    return Reply.error(status, code, reason=reason, message=message, request_id=request.request_id)


@functools.cache
def _validator(schema: str = _SCHEMA_REF) -> Any:
    """A Draft 2020-12 validator for the request schema; ``#/components`` refs resolve
    within the spec document (generated JSON copy of openapi.yaml, as package data)."""
    text = importlib.resources.files("aistats_generated").joinpath("openapi.json").read_text()
    components = json.loads(text)["components"]
    return jsonschema.Draft202012Validator({"$ref": schema, "components": components})


def _first_error(errors: Iterable[ValidationError]) -> ValidationError | None:
    """The most relevant error; inside a ``oneOf``/``anyOf`` it follows the one branch
    whose discriminating keywords (``const``, ``not``, ``type``) matched."""
    error: ValidationError | None = best_match(errors)
    while error is not None and error.validator in ("oneOf", "anyOf") and error.context:
        branch = _matching_branch(error.context)
        if branch is None:
            break
        error = best_match(branch)
    return error


def _matching_branch(context: list[ValidationError]) -> list[ValidationError] | None:
    branches: dict[Any, list[ValidationError]] = {}
    for sub in context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    candidates = [errs for errs in branches.values() if not any(_discriminates(sub) for sub in errs)]
    return candidates[0] if len(candidates) == 1 else None


def _discriminates(error: ValidationError) -> bool:
    """True when the error says the value is not of this branch's kind at all."""
    return error.validator in ("const", "not") or (error.validator == "type" and not error.path)


# ----------------------------------------------------------- default reply
def default_reply(request: RecordedRequest) -> Reply:
    """The gateway's answer: ``Echo: <last user text>``, as JSON or (``stream: true``) SSE."""
    body = _body(request)
    text = reply_text(body.get("messages"))
    model = str(body.get("model") or DEFAULT_MODEL)
    usage = usage_counts(_prompt_tokens(body.get("messages")), len(split_words(text)))
    meta = _meta(request, model) if body.get("meta") is True else None
    common: dict[str, Any] = {
        "id": request.request_id,
        "model": model,
        "provider": PROVIDER,
        "native_response_id": f"fake-{request.request_id}",
        "usage": usage,
        "meta": meta,
    }
    if body.get("stream") is True:
        return Reply.sse(text_frames(text, **common), request_id=request.request_id)
    headers = {"x-gateway-request-id": request.request_id}
    return Reply.json(completion(text, **common), headers=headers)


def reply_text(messages: Any) -> str:
    """``Echo: `` and the text of the last user message (text parts joined by spaces)."""
    users = [m for m in _messages(messages) if m.get("role") == "user"]
    return "Echo: " + (_text(users[-1].get("content")) if users else "")


def _body(request: RecordedRequest) -> Mapping[str, Any]:
    try:
        body = request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _messages(messages: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(messages, list):
        yield from (m for m in messages if isinstance(m, dict))


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = (p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text")
        return " ".join(p for p in parts if isinstance(p, str))
    return ""


def _prompt_tokens(messages: Any) -> int:
    return sum(len(split_words(_text(m.get("content")))) for m in _messages(messages))


def _meta(request: RecordedRequest, model: str) -> dict[str, Any]:
    return {
        "requestId": request.request_id,
        "provider": PROVIDER,
        "endpoint": "chat.completions",
        "model": model,
        "appTitle": request.headers.get("x-title"),
        "referer": request.headers.get("http-referer"),
        "timing": {"latency_ms": 0, "generation_ms": 0, "total_ms": 0},
    }
