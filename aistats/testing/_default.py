"""What the fake gateway does by itself: check requests, and answer them by echoing.

The checks mirror the real gateway (``GATEWAY_FACTS.md``, transcripts ``h_*``/``i_*``):
auth (401 ``unauthorised``), JSON (400 ``invalid_json``), then 400 ``validation_error``
with ``details`` for a missing ``model``, a role outside ``system``/``developer``/
``user``/``assistant``/``tool``, an assistant ``content: null`` (even beside
``tool_calls``) and anything else ``openapi.yaml``'s request schema refuses. The default
reply echoes the last user message, deterministically, in the gateway's current
response and stream shapes, or in the Dec 2025 gateway's (``dialect="2025-12"``).
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
        "aistats.testing validates requests with jsonschema: pip install 'aistats-sdk[testing]'"
    ) from exc

from ._replies import (
    DEFAULT_MODEL,
    STREAM_ENDINGS,
    RecordedRequest,
    Reply,
    chunk_frame,
    completion,
    gateway_error_body,
    split_words,
    text_frames,
    usage_counts,
)

__all__ = ["DIALECTS", "check_request", "default_reply", "reply_text"]

PROVIDER = "fake"
#: ``"current"``: the gateway as deployed now; ``"2025-12"``: the Dec 2025 gateway.
DIALECTS = ("current", "2025-12")
_SCHEMA_REF = "#/components/schemas/ChatCompletionsRequest"
_MESSAGES_SCHEMA = "#/components/schemas/MessagesRequest"
_GENERATION_SCHEMAS = (_SCHEMA_REF, "#/components/schemas/ResponsesRequest", _MESSAGES_SCHEMA)
_ROLES = ("system", "developer", "user", "assistant", "tool")
_MESSAGES_ROLES = ("user", "assistant")


# ---------------------------------------------------------------- the checks
def check_request(
    request: RecordedRequest,
    *,
    api_key: str | None,
    validate: bool,
    dialect: str = "current",
    schema: str = _SCHEMA_REF,
) -> Reply | None:
    """The gateway's error reply for ``request`` (body checked against ``schema``), or ``None``."""
    old = dialect == "2025-12"
    return (
        _check_auth(request, api_key, old)
        or _check_json(request, old)
        or (_check_body(request, old, schema) if validate else None)
    )


def _check_auth(request: RecordedRequest, api_key: str | None, old: bool) -> Reply | None:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme != "Bearer" or not token:
        if old:
            return _old_error(request, 401, "unauthorised", "missing_api_key",
                              "Send your API key as 'Authorization: Bearer <key>'.")  # fmt: skip
        return _error(request, 401, "unauthorised", "missing_or_invalid_authorization_header")
    if api_key is not None and not hmac.compare_digest(token.encode(), api_key.encode()):
        if old:
            return _old_error(request, 401, "unauthorised", "invalid_api_key", "The API key is not valid.")
        return _error(request, 401, "unauthorised", "key_not_found_or_revoked")
    return None


def _check_json(request: RecordedRequest, old: bool) -> Reply | None:
    try:
        request.json()
    except ValueError as exc:
        if old:
            return _old_error(request, 400, "invalid_json", "invalid_json",
                              f"The request body is not valid JSON: {exc}.")  # fmt: skip
        return _error(request, 400, "invalid_json", "invalid_json")
    return None


def _check_body(request: RecordedRequest, old: bool, schema: str) -> Reply | None:
    body = request.json()
    if old and isinstance(body, dict) and not body.get("model"):
        return _old_error(request, 400, "model_required", "model_required", "The request must name a model.")
    found = _gateway_rule(body, old, schema)
    if found is None:
        error = _first_error(_validator(schema).iter_errors(body))
        if error is None:
            return None
        found = _zod_words(error)
    path, message, keyword = found
    if old:
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
        return _old_error(request, 400, "validation_error", keyword, f"{where}: {message}")
    at = ".".join(str(part) for part in path)
    detail = {"message": message, "path": path, "keyword": keyword, "params": {}}
    return _error(request, 400, "validation_error", f"{message} at {at}" if at else message, details=[detail])


#: JSON Schema types in the gateway's (zod's) words.
_TYPE_WORDS = {"integer": "number", "number": "number", "string": "string", "array": "array",
               "object": "object", "boolean": "boolean"}  # fmt: skip


def _zod_words(error: ValidationError) -> tuple[list[Any], str, str]:
    """(path, message, keyword) of a schema error, as the gateway reports it: a missing
    property is reported at its own path (``["max_tokens"]``), not at its parent's."""
    path = list(error.absolute_path)
    if error.validator != "required" or not isinstance(error.instance, dict):
        return path, error.message, error.validator
    missing = next(name for name in error.validator_value if name not in error.instance)
    expected = _TYPE_WORDS.get(str(error.schema.get("properties", {}).get(missing, {}).get("type")))
    if expected is None:  # a union (oneOf / anyOf)
        return [*path, missing], "Invalid input", "invalid_union"
    return [*path, missing], f"Invalid input: expected {expected}, received undefined", "invalid_type"


def _gateway_rule(body: Any, old: bool, schema: str) -> tuple[list[Any], str, str] | None:
    """The gateway's own rules for the generation routes that the schema does not state:
    (path, message, keyword)."""
    if not isinstance(body, dict) or schema not in _GENERATION_SCHEMAS:
        return None
    if not isinstance(body.get("model"), str):
        received = "undefined" if "model" not in body else type(body["model"]).__name__
        return ["model"], f"Invalid input: expected string, received {received}", "invalid_type"
    if schema == _MESSAGES_SCHEMA:
        return _messages_role_rule(body)
    if schema != _SCHEMA_REF:
        return None
    roles = _ROLES if not old else tuple(r for r in _ROLES if r != "developer")
    for i, message in enumerate(body.get("messages") or []):
        if not isinstance(message, dict):
            continue
        if message.get("role") not in roles:
            expected = " | ".join(f"'{role}'" for role in roles)
            return (
                ["messages", i, "role"],
                f"Invalid discriminator value. Expected {expected}",
                "invalid_union",
            )
        if message.get("role") == "assistant" and "content" in message and message["content"] is None:
            return ["messages", i, "content"], "Invalid input", "invalid_union"
    return None


def _messages_role_rule(body: Mapping[str, Any]) -> tuple[list[Any], str, str] | None:
    """``/messages`` takes only ``user`` and ``assistant`` turns (the system prompt is the
    top-level ``system``): transcript ``x25_messages_bad_role``."""
    for i, message in enumerate(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") not in _MESSAGES_ROLES:
            expected = "|".join(json.dumps(role) for role in _MESSAGES_ROLES)
            return ["messages", i, "role"], f"Invalid option: expected one of {expected}", "invalid_value"
    return None


def _error(request: RecordedRequest, status: int, code: str, description: str, **extra: Any) -> Reply:
    body = gateway_error_body(status, code, description, request_id=request.request_id, **extra)
    headers = {"x-gateway-error-origin": "user", "x-gateway-error-attribution": "user"}
    return Reply.json(body, status=status, headers=headers)


def _old_error(request: RecordedRequest, status: int, code: str, reason: str, message: str) -> Reply:
    """The Dec 2025 gateway's error body: ``{"error", "reason", "message", "request_id"}``."""
    body = {"error": code, "reason": reason, "message": message, "request_id": request.request_id}
    return Reply.json(body, status=status)


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
def default_reply(
    request: RecordedRequest, *, dialect: str = "current", stream_ending: str = "usage"
) -> Reply:
    """The gateway's answer: ``Echo: <last user text>``, as JSON or (``stream: true``) SSE.

    With ``reasoning`` in the request, the reply has reasoning too. ``stream_ending`` is
    one of ``STREAM_ENDINGS`` (``"usage"``: the compatible path's plain end after a usage
    frame; ``"snapshot"``: a closing ``chat.completion``; ``"done"``: ``[DONE]``).
    """
    if dialect not in DIALECTS:
        raise ValueError(f"dialect must be one of {DIALECTS}, not {dialect!r}")
    if stream_ending not in STREAM_ENDINGS:
        raise ValueError(f"stream_ending must be one of {STREAM_ENDINGS}, not {stream_ending!r}")
    body = _body(request)
    text = reply_text(body.get("messages"))
    asked = body.get("reasoning") is not None
    thought = f"The user wrote {len(split_words(text)) - 1} words." if asked else None
    model = str(body.get("model") or DEFAULT_MODEL)
    prompt, output = _prompt_tokens(body.get("messages")), len(split_words(text))
    rid = request.request_id
    if dialect == "2025-12":
        return _old_reply(request, body, text, thought=thought, model=model, prompt=prompt, output=output)
    usage = usage_counts(prompt, output)
    meta = _meta() if body.get("meta") is True else None
    native = f"fake-{rid}"
    if body.get("stream") is True:
        frames = text_frames(
            text, id=rid, model=model, provider=PROVIDER, native_response_id=native,
            usage=usage, meta=meta, reasoning_content=thought, ending=stream_ending,
        )  # fmt: skip
        return Reply.sse(frames, done=stream_ending == "done")
    return Reply.json(
        completion(
            text,
            id=rid,
            model=model,
            provider=PROVIDER,
            native_response_id=native,
            reasoning_content=thought,
            usage=usage,
            meta=meta,
        )
    )


def _old_reply(
    request: RecordedRequest,
    body: Mapping[str, Any],
    text: str,
    *,
    thought: str | None,
    model: str,
    prompt: int,
    output: int,
) -> Reply:
    """The Dec 2025 gateway: an ``x-gateway-request-id`` header and no id in frames,
    ``input_tokens``/``output_tokens``, reasoning as ``content`` flagged ``reasoning:
    true``, frames with ``provider``, a closing snapshot and ``[DONE]``."""
    rid = request.request_id
    usage = {"input_tokens": prompt, "output_tokens": output, "total_tokens": prompt + output}
    meta = _old_meta(request, model) if body.get("meta") is True else None
    headers = {"x-gateway-request-id": rid}
    snapshot = completion(text, id=rid, model=model, provider=PROVIDER, usage=usage, meta=meta)
    if body.get("stream") is not True:
        return Reply.json(snapshot, headers=headers)
    common: dict[str, Any] = {"model": model, "provider": PROVIDER, "reasoning": False}
    frames: list[Any] = []
    if thought:
        frames.append(chunk_frame(thought, role="assistant", **{**common, "reasoning": True}))
    pieces = split_words(text)
    frames.append(chunk_frame(pieces[0], role="assistant", **common))
    frames += [chunk_frame(piece, **common) for piece in pieces[1:]]
    frames += [chunk_frame(None, finish_reason="stop", **common), snapshot]
    return Reply.sse(frames, request_id=rid)


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


def _meta() -> dict[str, Any]:
    """The current gateway's ``meta`` (timings and routing; no request id)."""
    return {"generation_ms": 0, "latency_ms": 0, "routing": {"selected_provider": PROVIDER}}


def _old_meta(request: RecordedRequest, model: str) -> dict[str, Any]:
    return {
        "requestId": request.request_id,
        "provider": PROVIDER,
        "endpoint": "chat.completions",
        "model": model,
        "appTitle": request.headers.get("x-title"),
        "referer": request.headers.get("http-referer"),
        "timing": {"latency_ms": 0, "generation_ms": 0, "total_ms": 0},
    }
