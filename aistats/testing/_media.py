"""The fake gateway's media routes: ``/audio/speech``, ``/audio/transcriptions``,
``/audio/translations``, ``/images/edits`` and ``/ocr``, as the real gateway answers them
(``GATEWAY_FACTS_3`` §§0-4, transcripts ``au*``, ``im*``, ``oc*``, ``z01``-``z16``, ``z6*``, ``z7*``).

These are "pipeline" routes: every answer carries the CORS headers, ``cache-control:
no-store``, ``server-timing`` and ``timing-allow-origin``; errors are the flat
``{generation_id, status_code, error, error_type, error_origin, description[, details]}``
with ``x-gateway-error-origin``/``-attribution`` headers. Multipart bodies arrive parsed
(``RecordedRequest.form``); a body over ``MULTIPART_LIMIT`` is a 413 ``payload_too_large``.

Which models exist, and how each answers speech, is in :data:`MEDIA_MODELS` (editable
per gateway as ``gateway.routes.media_models``). The handlers check auth themselves, with
their family's envelope: the default answer (``Reply.default()``, or nothing queued) does;
a reply scripted on these paths is served as scripted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ._replies import CREATED, RecordedRequest, Reply

if TYPE_CHECKING:
    from ._multipart import Form, FormPart
    from ._routes import RouteTable

__all__ = ["CORS_HEADERS", "MEDIA_MODELS", "MULTIPART_LIMIT", "PIPELINE_HEADERS", "ROUTES"]

MULTIPART_LIMIT = 32 << 20
"""The pipeline's multipart body limit: a longer body is a 413 (``z63``)."""
TRANSCRIPTION_FILE_LIMIT = 25 << 20
"""OpenAI-style transcription and translation files must be at most this long (``z62``)."""
MAX_EDIT_IMAGES = 16
DEFAULT_EDIT_MODEL = "openai/gpt-image-1.5"

CORS_HEADERS: Mapping[str, str] = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": (
        "Authorization, Content-Type, traceparent, tracestate, x-title, http-referer, x-app-id, "
        "x-app-name, x-phaseo-client, x-phaseo-client-version, x-gateway-debug, x-phaseo-debug, "
        "X-Phaseo-Strictness, x-phaseo-cache-revalidate"
    ),
    "access-control-max-age": "86400",
}
"""Every ``/v1`` answer of the real gateway carries these."""
PIPELINE_HEADERS: Mapping[str, str] = {
    **CORS_HEADERS,
    "cache-control": "no-store",
    "server-timing": "guardAuth;dur=0.1, before_start;dur=0.2",
    "timing-allow-origin": "*",
}

#: model id -> (endpoints it serves, provider, speech answer): ``"raw"`` = the provider's
#: audio bytes passed through whatever ``Accept`` says (OpenAI via openai-eu, MiniMax hex);
#: ``"normalised"`` = JSON form when ``Accept`` asks for JSON only (xAI); ``"json_only"`` =
#: a transcription model that only answers ``response_format=json``; ``"no_providers"``: listed,
#: but no provider of it can serve the endpoint (``au07``).
MEDIA_MODELS: Mapping[str, Mapping[str, Any]] = {
    "openai/gpt-4o-mini-tts": {"endpoints": ("audio.speech",), "provider": "openai-eu", "speech": "raw"},
    "openai/tts-1": {"endpoints": ("audio.speech",), "provider": "openai", "no_providers": True},
    "minimax/speech-2.6-hd": {"endpoints": ("audio.speech",), "provider": "minimax", "speech": "raw"},
    "x-ai/grok-tts": {"endpoints": ("audio.speech",), "provider": "x-ai", "speech": "normalised"},
    "openai/whisper-1": {"endpoints": ("audio.transcription", "audio.translation"), "provider": "openai"},
    "openai/gpt-4o-mini-transcribe": {
        "endpoints": ("audio.transcription",), "provider": "openai", "json_only": True,
    },
    "openai/gpt-4o-transcribe": {
        "endpoints": ("audio.transcription",), "provider": "openai", "json_only": True,
    },
    "openai/gpt-image-1": {"endpoints": ("images.edits",), "provider": "openai"},
    "openai/gpt-image-1.5": {"endpoints": ("images.edits",), "provider": "openai"},
    "openai/gpt-image-1-mini": {"endpoints": ("images.edits",), "provider": "openai"},
    "mistral/mistral-ocr": {"endpoints": ("ocr",), "provider": "mistral"},
    "mistral/mistral-ocr-latest": {"endpoints": ("ocr",), "provider": "mistral"},
}  # fmt: skip

SPEECH_FORMATS = {
    "mp3": "audio/mpeg", "wav": "audio/wav", "aac": "audio/aac",
    "flac": "audio/flac", "opus": "audio/opus", "pcm": "audio/pcm",
}  # fmt: skip
_MAGIC = {"mp3": b"ID3\x04\x00\x00", "wav": b"RIFF\x00\x00\x00\x00WAVEfmt ", "flac": b"fLaC",
          "opus": b"OggS\x00\x02", "aac": b"\xff\xf1\x50\x80", "pcm": b""}  # fmt: skip
TRANSCRIPTION_FORMATS = ("json", "text", "srt", "verbose_json", "vtt", "diarized_json")
TRANSLATION_FORMATS = ("json", "text", "srt", "verbose_json", "vtt")
AUDIO_EXTENSIONS = ("flac", "mp3", "mp4", "mpeg", "mpga", "m4a", "ogg", "wav", "webm")
AUDIO_TYPES = frozenset(
    {"audio/flac", "audio/x-flac", "audio/mpeg", "audio/mp3", "audio/mp4", "audio/m4a", "audio/x-m4a",
     "audio/ogg", "audio/wav", "audio/x-wav", "audio/wave", "audio/webm", "video/mp4", "video/mpeg",
     "video/webm"}
)  # fmt: skip
_META = dict.fromkeys(
    ("throughput_tps", "output_speed_tps", "generation_ms", "latency_ms", "provider_ttft_ms",
     "gateway_ttft_ms", "tpot_ms", "itl_ms", "phaseo_overhead_ms", "end_to_end_ms"),
)  # fmt: skip


# ------------------------------------------------------------------- replies
def pipeline_json(obj: Any, status: int = 200, **headers: str) -> Reply:
    """A JSON answer with the pipeline's headers."""
    return Reply.json(obj, status=status, headers={**PIPELINE_HEADERS, **headers})


def flat_error(
    request: RecordedRequest,
    status: int,
    code: str,
    description: str,
    *,
    origin: str = "user",
    details: Sequence[Mapping[str, Any]] | None = None,
    **extra: Any,
) -> Reply:
    """The pipeline's flat error, with its headers."""
    body: dict[str, Any] = {
        "generation_id": request.request_id,
        "status_code": status,
        "error": code,
        "error_type": "user" if origin == "user" else "system",
        "error_origin": origin,
        "description": description,
    }
    if details is not None:
        body["details"] = [dict(d) for d in details]
    body.update(extra)
    attribution = "upstream" if origin in ("upstream", "gateway") and status >= 500 else origin
    return pipeline_json(
        body, status, **{"x-gateway-error-origin": origin, "x-gateway-error-attribution": attribution}
    )


def invalid(request: RecordedRequest, path: Sequence[str | int], message: str, keyword: str) -> Reply:
    """400 ``validation_error`` as the gateway words it: ``<message> at <path>``."""
    at = ".".join(str(p) for p in path)
    detail = {"message": message, "path": list(path), "keyword": keyword, "params": {}}
    return flat_error(request, 400, "validation_error", f"{message} at {at}", details=[detail])


def _expected_string(request: RecordedRequest, name: str, value: Any) -> Reply:
    received = "undefined" if value is None else type(value).__name__
    return invalid(request, [name], f"Invalid input: expected string, received {received}", "invalid_type")


def _option(request: RecordedRequest, name: str, options: Sequence[str]) -> Reply:
    choices = "|".join(f'"{o}"' for o in options)
    return invalid(request, [name], f"Invalid option: expected one of {choices}", "invalid_value")


def check_auth(request: RecordedRequest, api_key: str | None) -> str | None:
    """Why the request's key is refused (the gateway's reason), or ``None``."""
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme != "Bearer" or not token:
        return "missing_or_invalid_authorization_header"
    if api_key is not None and not hmac.compare_digest(token.encode(), api_key.encode()):
        return "key_not_found_or_revoked"
    return None


_UNSUPPORTED = (
    "Unsupported model or endpoint. Please check https://phaseo.app/models for your model id, "
    "or the API Reference at https://phaseo.app/docs/v1/api-reference for valid endpoints."
)


def _unknown_model(request: RecordedRequest) -> Reply:
    return flat_error(
        request, 400, "unsupported_model_or_endpoint", _UNSUPPORTED,
        error_operational_kind="invalid_model_slug", reason="model_not_found_or_inactive",
    )  # fmt: skip


def upstream_failure(
    request: RecordedRequest,
    *,
    provider: str,
    endpoint: str,
    model: str,
    status: int,
    code: str,
    message: str,
    param: str | None = None,
) -> Reply:
    """A provider's refusal as the gateway relays it: 502 ``upstream_error``."""
    description = (
        f'Provider "{provider}" failed with HTTP {status} for endpoint "{endpoint}" on model "{model}". '
        f"Upstream code: {code}. Upstream message: {message}."
        + (f" Upstream detail: {param}." if param else "")
    )
    sample = {
        "provider": provider, "type": "upstream_non_2xx", "status": status,
        "upstream_error_code": code, "upstream_error_message": message,
        "upstream_error_description": param, "upstream_error_param": param, "retryable": None,
    }  # fmt: skip
    return flat_error(
        request, 502, "upstream_error", description, origin="upstream", reason="all_candidates_failed",
        attempt_count=1, failed_providers=[provider], failed_statuses=[status], failure_sample=[sample],
        upstream_error={"code": code, "message": message, "description": param, "param": param},
    )  # fmt: skip


def _pricing(nanos: int = 0) -> dict[str, Any]:
    return {
        "total_nanos": nanos,
        "total_usd_str": f"{nanos / 1e9:.9f}".rstrip("0").rstrip(".") or "0",
        "total_cents": 0,
        "currency": "USD",
        "lines": [],
    }


def _slug(model: str) -> str:
    return model.partition("/")[2] or model


def _filler(seed: str, size: int) -> bytes:
    block = hashlib.sha256(seed.encode()).digest()
    return (block * (size // len(block) + 1))[:size]


# -------------------------------------------------------------- request bodies
class _Fields:
    """The request's fields, from a multipart form, a urlencoded body or JSON."""

    def __init__(self, request: RecordedRequest) -> None:
        self.form: Form | None = request.form
        self.json: dict[str, Any] = {}
        self.query: dict[str, list[str]] = {}
        self.bad_json = False
        if self.form is None:
            kind = request.headers.get("content-type", "").partition(";")[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                self.query = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            else:
                try:
                    body = request.json()
                except ValueError:
                    self.bad_json = True
                    body = None
                if isinstance(body, dict):
                    self.json = body
                else:
                    self.bad_json = True

    def get(self, name: str) -> Any:
        if self.form is not None:
            return self.form.get(name)
        if self.query:
            values = self.query.get(name)
            return values[0] if values else None
        return self.json.get(name)

    def getall(self, name: str) -> list[Any]:
        """A list field: repeated keys (``name`` and ``name[]``) or a JSON array."""
        if self.form is not None:
            return self.form.getall(name) + self.form.getall(name + "[]")
        if self.query:
            return self.query.get(name, []) + self.query.get(name + "[]", [])
        value = self.json.get(name)
        return value if isinstance(value, list) else [] if value is None else [value]

    def files(self, *names: str) -> list[FormPart]:
        return self.form.files(*names) if self.form is not None else []


def _body_problem(request: RecordedRequest, fields: _Fields) -> Reply | None:
    form = fields.form
    if form is not None and form.too_large:
        return flat_error(request, 413, "payload_too_large", "payload_too_large")
    if (form is not None and form.error is not None) or (
        form is None and fields.bad_json and not fields.query
    ):
        return flat_error(request, 400, "invalid_json", "invalid_json")
    return None


def _guard(table: RouteTable, request: RecordedRequest) -> tuple[Reply | None, _Fields]:
    reason = check_auth(request, table.api_key)
    fields = _Fields(request)
    if reason is not None:
        return flat_error(request, 401, "unauthorised", reason), fields
    return _body_problem(request, fields), fields


def _model(
    table: RouteTable, request: RecordedRequest, model: Any, endpoint: str
) -> Mapping[str, Any] | Reply:
    if not isinstance(model, str):
        return _expected_string(request, "model", model)
    found = table.media_models.get(model)
    if found is None or endpoint not in found["endpoints"]:
        return _unknown_model(request)
    if found.get("no_providers"):
        return flat_error(
            request, 400, "unsupported_model_or_endpoint", _UNSUPPORTED, reason="no_enabled_providers"
        )
    return found


def _usage(output_tokens: int, **details: Any) -> dict[str, Any]:
    return {
        "input_tokens": 0,
        "output_tokens": output_tokens,
        "total_tokens": output_tokens,
        **details,
        "pricing_breakdown": _pricing(),
    }


# --------------------------------------------------------------------- speech
def _speech_schema(request: RecordedRequest, body: Mapping[str, Any]) -> Reply | None:
    """The gateway's schema check of a speech request (before any model lookup)."""
    if not isinstance(body.get("model"), str):
        return _expected_string(request, "model", body.get("model"))
    text = body.get("input")
    if not isinstance(text, str):
        return _expected_string(request, "input", text)
    if not text:
        return invalid(request, ["input"], "Too small: expected string to have >=1 characters", "too_small")
    if len(text) > 40_000:
        return invalid(request, ["input"], "Too big: expected string to have <=40000 characters", "too_big")
    if body.get("response_format", "mp3") not in SPEECH_FORMATS:
        return _option(request, "response_format", tuple(SPEECH_FORMATS))
    if body.get("stream_format", "audio") not in ("audio", "sse"):
        return _option(request, "stream_format", ("audio", "sse"))
    speed = body.get("speed")
    if speed is not None and (not isinstance(speed, int | float) or not 0.25 <= speed <= 4):
        return invalid(request, ["speed"], "Too big: expected number to be <=4", "too_big")
    return None


def _adapter_refusal(request: RecordedRequest, provider: str, body: Mapping[str, Any]) -> Reply | None:
    """What the provider adapter refuses: as a 502 ``upstream_error`` (``au05``, ``au06``, ``z05``)."""
    refusal: tuple[str, str, int, str] | None = None
    if body.get("voice") in (None, ""):
        refusal = ("OpenAI audio.speech requires a voice.", "voice", 400, "invalid_request_error")
    elif provider == "openai-eu" and "format" in body:
        message = 'OpenAI audio.speech expects "response_format" (not legacy "format").'
        refusal = (message, "format", 400, "invalid_request_error")
    elif provider == "openai-eu" and body.get("stream_format") == "audio":
        message = (
            "OpenAI audio.speech must return SSE usage for accurate billing, "
            "but the upstream response was not SSE."
        )
        refusal = (message, "usage", 502, "upstream_usage_missing")
    if refusal is None:
        return None
    message, param, status, code = refusal
    return upstream_failure(
        request, provider=provider, endpoint="audio.speech", model=str(body["model"]), status=status,
        code=code, message=message, param=param,
    )  # fmt: skip


def _speech(table: RouteTable, request: RecordedRequest) -> Reply:
    failure, fields = _guard(table, request)
    if failure is not None:
        return failure
    body = fields.json
    failure = _speech_schema(request, body)
    if failure is not None:
        return failure
    model = _model(table, request, body["model"], "audio.speech")
    if isinstance(model, Reply):
        return model
    provider, kind = model["provider"], model.get("speech", "raw")
    failure = _adapter_refusal(request, provider, body)
    if failure is not None:
        return failure
    name, text, voice = str(body["model"]), str(body["input"]), body["voice"]
    fmt, stream_format = body.get("response_format", "mp3"), body.get("stream_format")
    audio = _MAGIC[fmt] + _filler(f"{name}|{voice}|{text}", max(1024, 48 * len(text)))
    if kind == "raw":
        if stream_format == "sse":  # the gateway fails on its own reassembly (au03)
            return flat_error(
                request,
                500,
                "pipeline_execution_error",
                "Internal pipeline execution error.",
                origin="gateway",
            )
        headers = {**CORS_HEADERS, "x-request-id": f"req_speech_{request.request_id}"}
        if provider == "minimax":
            headers = dict(CORS_HEADERS)
        return Reply.raw(200, audio, headers=headers, content_type=SPEECH_FORMATS[fmt], chunked=True)
    if _wants_json(request.headers.get("accept", ""), stream_format):
        return pipeline_json(
            {
                "requestId": request.request_id,
                "id": request.request_id,
                "object": "audio.speech",
                "model": _slug(name),
                "provider": provider,
                "audio_base64": base64.b64encode(audio).decode(),
                "mime_type": SPEECH_FORMATS[fmt],
                "usage": _usage(0),
                "nativeResponseId": None,
                "meta": dict(_META),
            }
        )
    return Reply.raw(200, audio, headers=PIPELINE_HEADERS, content_type=SPEECH_FORMATS[fmt])


def _wants_json(accept: str, stream_format: Any) -> bool:
    """The after-stage's rule for a normalised speech answer (``z11``-``z16``)."""
    if stream_format == "sse":
        return True
    if stream_format == "audio":
        return False
    accept = accept.lower()
    return (
        "application/json" in accept and "audio/" not in accept and "application/octet-stream" not in accept
    )


# ----------------------------------------------------------- transcriptions
def _transcriptions(table: RouteTable, request: RecordedRequest) -> Reply:
    return _audio_text(table, request, translation=False)


def _translations(table: RouteTable, request: RecordedRequest) -> Reply:
    return _audio_text(table, request, translation=True)


def _audio_text(table: RouteTable, request: RecordedRequest, *, translation: bool) -> Reply:
    failure, fields = _guard(table, request)
    if failure is not None:
        return failure
    endpoint = "audio.translation" if translation else "audio.transcription"
    name = fields.get("model")
    if not isinstance(name, str):
        return _expected_string(request, "model", name)
    files = fields.files("file")
    if not files:
        return invalid(request, ["file"], "file is required", "custom")
    upload = files[0]
    if not _is_audio(upload):
        message = (
            "audio translation file must be flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"
            if translation
            else "Unsupported transcription file format"
        )
        return invalid(request, ["file"], message, "custom")
    if upload.size > TRANSCRIPTION_FILE_LIMIT:
        what = "Translation" if translation else "Transcription"
        return invalid(request, ["file"], f"{what} files must be 25 MB or smaller", "custom")
    fmt = fields.get("response_format")
    formats = TRANSLATION_FORMATS if translation else TRANSCRIPTION_FORMATS
    if fmt is not None and fmt not in formats:
        return _option(request, "response_format", formats)
    granularities = fields.getall("timestamp_granularities")
    for i, value in enumerate(granularities):
        if value not in ("word", "segment"):
            return invalid(
                request, ["timestamp_granularities", i],
                'Invalid option: expected one of "word"|"segment"', "invalid_value",
            )  # fmt: skip
    model = _model(table, request, name, endpoint)
    if isinstance(model, Reply):
        return model
    if model.get("json_only") and fmt not in (None, "json"):
        message = f'{_slug(name)} only supports response_format="json".'
        return upstream_failure(
            request, provider=model["provider"], endpoint=endpoint, model=name, status=400,
            code="invalid_request_error", message=message, param="response_format",
        )  # fmt: skip
    words = f"{'Translation' if translation else 'Transcript'} of {upload.filename} ({upload.size} bytes)."
    text = _formatted(words, fmt)
    if str(fields.get("stream")).lower() == "true":
        return _text_stream(words)
    body: dict[str, Any] = {
        "requestId": request.request_id,
        "id": request.request_id,
        "object": "translation" if translation else "transcription",
        "model": _slug(name),
        "provider": model["provider"],
        "text": text,
    }
    verbose = fmt == "verbose_json" or (
        fmt in (None, "json") and not translation and not model.get("json_only")
    )
    if verbose:
        body.update(_verbose(words, translation=translation, with_words="word" in granularities))
    tokens = len(words.split())
    body.update(usage=_usage(tokens, input_tokens_details={"input_audio": 0}), nativeResponseId=None)
    body["meta"] = dict(_META)
    return pipeline_json(body)


def _is_audio(part: FormPart) -> bool:
    """Accepted by extension OR by the part's content type (``z64``-``z66``)."""
    extension = (part.filename or "").rpartition(".")[2].lower()
    kind = (part.content_type or "").partition(";")[0].strip().lower()
    return extension in AUDIO_EXTENSIONS or kind in AUDIO_TYPES


def _formatted(words: str, fmt: Any) -> str:
    """The text as the gateway puts it into ``text`` for each ``response_format``."""
    if fmt == "text":
        return words + "\n"
    if fmt == "srt":
        return f"1\n00:00:00,000 --> 00:00:02,400\n{words}\n\n"
    if fmt == "vtt":
        return f"WEBVTT\n\n00:00:00.000 --> 00:00:02.400\n{words}\n\n"
    return words


def _verbose(words: str, *, translation: bool, with_words: bool) -> dict[str, Any]:
    pieces = words.split()
    step = round(2.4 / max(len(pieces), 1), 3)
    extra: dict[str, Any] = {
        "task": "translate" if translation else "transcribe",
        "language": "english",
        "duration": 2.4,
    }
    if with_words:
        extra["words"] = [
            {"word": w, "start": round(i * step, 3), "end": round((i + 1) * step, 3)}
            for i, w in enumerate(pieces)
        ]
    extra["segments"] = [
        {
            "id": 0, "seek": 0, "start": 0, "end": 2.4, "text": " " + words, "tokens": [50364, 50484],
            "temperature": 0, "avg_logprob": -0.21, "compression_ratio": 0.9, "no_speech_prob": 0.01,
        }
    ]  # fmt: skip
    return extra


def _text_stream(words: str) -> Reply:
    frames: list[dict[str, Any]] = [{"type": "transcript.text.delta", "delta": w} for w in words.split(" ")]
    frames.append({"type": "transcript.text.done", "text": words})
    return Reply.sse(frames, done=False, headers=PIPELINE_HEADERS)


# ----------------------------------------------------------------- image edits
def _image_edits(table: RouteTable, request: RecordedRequest) -> Reply:
    failure, fields = _guard(table, request)
    if failure is not None:
        return failure
    prompt = fields.get("prompt")
    if not isinstance(prompt, str):
        return _expected_string(request, "prompt", prompt)
    images: list[Any] = fields.files("image", "image[]")
    if fields.form is None:
        images = [i for i in fields.getall("image") if isinstance(i, str) and i.startswith("data:")]
    if not images:
        return invalid(request, ["image"], "Invalid input", "invalid_union")
    if len(images) > MAX_EDIT_IMAGES:
        return invalid(
            request, ["image"], f"Too big: expected array to have <={MAX_EDIT_IMAGES} items", "too_big"
        )
    name = fields.get("model") or DEFAULT_EDIT_MODEL
    model = _model(table, request, name, "images.edits")
    if isinstance(model, Reply):
        return model
    try:
        count = int(fields.get("n") or 1)
    except (TypeError, ValueError):
        return invalid(request, ["n"], "Invalid input: expected number, received NaN", "invalid_type")
    if not 1 <= count <= 10:
        return invalid(request, ["n"], "Too big: expected number to be <=10", "too_big")
    png = b"\x89PNG\r\n\x1a\n"
    data = [
        {"b64_json": base64.b64encode(png + _filler(f"{prompt}|{i}|{len(images)}", 256)).decode()}
        for i in range(count)
    ]
    return pipeline_json(
        {
            "requestId": request.request_id,
            "created": CREATED,
            "model": _slug(str(name)),
            "background": fields.get("background") or "opaque",
            "output_format": fields.get("output_format") or "png",
            "size": fields.get("size") or "1024x1024",
            "quality": fields.get("quality") or "low",
            "data": data,
            "usage": {
                "input_tokens": 100 + 97 * len(images),
                "output_tokens": 272 * count,
                "total_tokens": 100 + 97 * len(images) + 272 * count,
                "input_tokens_details": {"input_images": 97 * len(images)},
                "output_tokens_details": {"output_images": 272 * count},
                "pricing_breakdown": _pricing(),
            },
            "nativeResponseId": None,
            "provider": model["provider"],
            "meta": dict(_META),
        }
    )


# ------------------------------------------------------------------------ OCR
def _ocr(table: RouteTable, request: RecordedRequest) -> Reply:
    failure, fields = _guard(table, request)
    if failure is not None:
        return failure
    body = fields.json
    if not isinstance(body.get("model"), str):
        return _expected_string(request, "model", body.get("model"))
    if ("image" in body) == ("document" in body):
        return invalid(request, ["document"], "Exactly one of image or document is required", "custom")
    document = body.get("document", body.get("image"))
    where = "document" if "document" in body else "image"
    if where == "document" and (not isinstance(document, dict) or not isinstance(document.get("type"), str)):
        return invalid(request, ["document"], "Invalid input", "invalid_union")
    model = _model(table, request, body["model"], "ocr")
    if isinstance(model, Reply):
        return model
    pages = body.get("pages")
    indices = [p for p in pages if isinstance(p, int)] if isinstance(pages, list) else [0]
    source = json.dumps(document, sort_keys=True)
    digest = hashlib.sha256(source.encode()).hexdigest()[:8]
    markdowns = [f"# Page {i + 1}\n\nText of document {digest}." for i in indices]
    return pipeline_json(
        {
            "requestId": request.request_id,
            "id": request.request_id,
            "object": "ocr",
            "model": _slug(body["model"]),
            "provider": model["provider"],
            "text": "\n\n".join(markdowns),
            "pages": [
                {
                    "index": i,
                    "markdown": md,
                    "images": [],
                    "dimensions": {"dpi": 200, "height": 2200, "width": 1700},
                }
                for i, md in zip(indices, markdowns, strict=True)
            ],
            "usage": _usage(0),
            "nativeResponseId": None,
            "meta": dict(_META),
        }
    )


Handler = Callable[["RouteTable", RecordedRequest], Reply]

#: path -> (method, handler, multipart body limit)
ROUTES: Mapping[str, tuple[str, Handler, int | None]] = {
    "/v1/audio/speech": ("POST", _speech, None),
    "/v1/audio/transcriptions": ("POST", _transcriptions, MULTIPART_LIMIT),
    "/v1/audio/translations": ("POST", _translations, MULTIPART_LIMIT),
    "/v1/images/edits": ("POST", _image_edits, MULTIPART_LIMIT),
    "/v1/ocr": ("POST", _ocr, None),
}
