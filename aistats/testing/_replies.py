"""Scripted replies for the fake gateway, and builders for gateway-shaped frames.

A :class:`Reply` is plain data: a status, headers, a body made of parts (``bytes``,
:class:`Pause` markers and :class:`Repeat` runs) and a set of :class:`Faults`. The
server applies the faults in one fixed order, so they compose freely::

    delay -> reset | hang -> gzip the body -> headers -> pause_after_headers
          -> body (drip splits it, cut_after_bytes stops it) -> close if asked
"""

from __future__ import annotations

import dataclasses
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

import httpx

if TYPE_CHECKING:
    from ._multipart import Form

__all__ = [
    "CREATED",
    "DEFAULT_MODEL",
    "DONE",
    "STREAM_ENDINGS",
    "BodyPart",
    "Drip",
    "Faults",
    "FileSlice",
    "Frame",
    "Pause",
    "RecordedRequest",
    "Repeat",
    "Reply",
    "Responder",
    "chunk_frame",
    "completion",
    "encode_frame",
    "error_frame",
    "finish_frame",
    "gateway_error_body",
    "text_frames",
    "tool_call_fragment_frames",
    "tool_call_frames",
    "tool_call_snapshot_frames",
    "upstream_error_frame",
    "usage_counts",
    "usage_frame",
]

CREATED = 1_700_000_000
"""The fixed ``created`` timestamp of every frame and completion built here."""
DEFAULT_MODEL = "openai/gpt-5-nano-2025-08-07"
DONE = "data: [DONE]\n\n"
"""The stream terminator, as raw text (``Reply.sse(done=True)`` adds it for you)."""

JsonObject: TypeAlias = dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the gateway received, as it arrived."""

    method: str
    path: str
    query: str
    headers: httpx.Headers
    body: bytes
    request_id: str
    """The gateway's id for this request (``req_<n>``, counting from 1)."""
    connection: int
    """Which TCP connection (counting from 1) carried the request."""
    form: Form | None = None
    """A ``multipart/form-data`` body, parsed (file parts with their size and sha256)."""
    body_size: int | None = None
    """A multipart body's length (it is parsed as it arrives; ``body`` is left empty when
    the body is longer than 1 MiB)."""

    def json(self) -> Any:
        """The body parsed as JSON (raises ``ValueError`` if it is not JSON)."""
        return json.loads(self.body)


Responder: TypeAlias = Callable[[RecordedRequest], "Reply"]


@dataclass(frozen=True, slots=True)
class Pause:
    """A body part: stay silent for ``seconds`` before sending the next part."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Repeat:
    """A body part: ``data`` sent ``count`` times, without building the whole run."""

    data: bytes
    count: int

    def __len__(self) -> int:
        return len(self.data) * self.count


@dataclass(frozen=True, slots=True)
class FileSlice:
    """A body part: ``length`` bytes of the file at ``path`` from ``offset``, read as sent."""

    path: Path
    offset: int
    length: int

    def __len__(self) -> int:
        return self.length

    def chunks(self, size: int = 256 * 1024) -> Iterator[bytes]:
        with self.path.open("rb") as file:
            file.seek(self.offset)
            left = self.length
            while left > 0:
                data = file.read(min(size, left))
                if not data:
                    raise OSError(f"{self.path} is shorter than {self.offset + self.length} bytes")
                left -= len(data)
                yield data


BodyPart: TypeAlias = bytes | Pause | Repeat | FileSlice
Frame: TypeAlias = Mapping[str, Any] | str | bytes | Pause | Repeat
"""An SSE frame: a mapping (sent as one ``data:`` line of JSON), raw text or bytes
(sent as-is), or a :class:`Pause` / :class:`Repeat` body part."""


class Drip(NamedTuple):
    """Send the body ``size`` bytes at a time with ``interval`` seconds between pieces."""

    size: int
    interval: float


@dataclass(frozen=True, slots=True)
class Faults:
    """Transport misbehaviour applied when a reply is served."""

    delay: float = 0.0
    """Seconds to wait before sending the headers."""
    reset: bool = False
    """Close with a TCP RST (SO_LINGER 0) instead of answering."""
    hang: bool = False
    """Read the request, then never answer (until the client or the gateway closes)."""
    pause_after_headers: float = 0.0
    """Seconds of silence between the headers and the body."""
    drip: Drip | None = None
    """Send the body in small pieces with pauses between them."""
    cut_after_bytes: int | None = None
    """Close the connection after this many body bytes as sent (after gzip, before chunk
    framing): with SSE this cuts a frame in the middle."""
    declared_length: int | None = None
    """Send this ``Content-Length`` (instead of chunking) whatever the body's length;
    the connection is closed after the body when it does not match."""
    gzip: bool = False
    """Compress the body (``Content-Encoding: gzip``), flushed part by part."""
    close: bool = False
    """Send ``Connection: close`` and close after the reply."""


@dataclass(frozen=True, slots=True)
class Reply:
    """What the gateway answers to one ``POST /chat/completions``.

    Build one with the class methods, add faults with :meth:`with_faults`. Scripted
    replies are served as they are; :meth:`checked` makes the gateway check the
    request (auth, JSON, schema) first and answer its 401/400 instead when it fails.
    """

    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: tuple[BodyPart, ...] = ()
    chunked: bool = False
    """Use ``Transfer-Encoding: chunked`` (one chunk per body part) for the body."""
    faults: Faults = field(default_factory=Faults)
    check_request: bool = False
    """Check auth and validate the request before serving this reply."""
    responder: Responder | None = None
    """Build the reply from the request at serve time (see :meth:`dynamic`)."""
    stamp_request_id: bool = False
    """Add the served request's id as the JSON body's ``generation_id`` (as every real
    gateway error carries) when the body has none: :meth:`error` sets it."""
    cost_usd: Decimal | None = None
    """Price the reply at this many dollars when it is served, as the gateway does
    (:meth:`with_cost`); ``None``: as built (the gateway's default for :meth:`default`)."""

    # ------------------------------------------------------------ constructors
    @classmethod
    def json(cls, obj: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
        """A JSON body (``application/json``)."""
        return cls(
            status=status,
            headers=_headers({"content-type": "application/json"}, headers),
            body=(_json_bytes(obj),),
        )

    @classmethod
    def error(
        cls,
        status: int,
        code: str,
        reason: str | None = None,
        message: str | None = None,
        *,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        origin: str | None = None,
        **extra: Any,
    ) -> Reply:
        """A gateway error body in the current shape: ``{"generation_id", "status_code",
        "error": code, "error_type", "error_origin", "description", "reason"?, ...}``.

        ``description`` (``message`` is an alias) defaults to ``reason``, else the code, as
        the gateway does; ``origin`` defaults to ``"upstream"`` for 502, ``"gateway"`` for
        other 5xx and ``"user"`` below; ``request_id`` is the ``generation_id`` (when
        ``None``, the id of the request the reply is served to). ``extra`` keys are added
        as they are.
        """
        body = gateway_error_body(
            status, code, description or message or reason or code, request_id=request_id,
            reason=reason, origin=origin,
        )  # fmt: skip
        body.update(extra)
        defaults = {
            "x-gateway-error-origin": body["error_origin"],
            "x-gateway-error-attribution": body["error_origin"],
        }
        reply = cls.json(body, status=status, headers={**defaults, **(headers or {})})
        return reply if request_id is not None else dataclasses.replace(reply, stamp_request_id=True)

    @classmethod
    def upstream_error(
        cls,
        provider_status: int,
        message: str,
        *,
        code: str | None = None,
        provider: str = "fake",
        model: str = DEFAULT_MODEL,
        request_id: str | None = None,
    ) -> Reply:
        """A provider failure as the gateway relays it: a 502 ``upstream_error`` whose
        ``failed_statuses``/``failure_sample`` carry the provider's own status and words."""
        description = (
            f'Provider "{provider}" failed with HTTP {provider_status} for endpoint "chat.completions" '
            f'on model "{model}". Upstream code: {code}. Upstream message: {message}.'
        )
        sample = {
            "provider": provider,
            "type": "upstream_non_2xx",
            "status": provider_status,
            "upstream_error_code": code,
            "upstream_error_message": message,
            "upstream_error_description": None,
            "upstream_error_param": None,
            "retryable": None,
        }
        return cls.error(
            502, "upstream_error", "all_candidates_failed", description=description,
            request_id=request_id, attempt_count=1, failed_providers=[provider],
            failed_statuses=[provider_status], failure_sample=[sample],
            upstream_error={"code": code, "message": message, "description": None, "param": None},
        )  # fmt: skip

    @classmethod
    def insufficient_funds(
        cls,
        *,
        reserved_nanos: int | None = None,
        balance_nanos: int | None = None,
        available_nanos: int | None = None,
        request_id: str | None = None,
    ) -> Reply:
        """The gateway's 402 ``insufficient_funds``: the wallet could not reserve the request's
        largest possible cost (``reserved_nanos``); the balance figures are added when given."""
        amounts: dict[str, Any] = {
            name: value
            for name, value in (
                ("reserved_nanos", reserved_nanos),
                ("balance_nanos", balance_nanos),
                ("available_nanos", available_nanos),
            )
            if value is not None
        }
        return cls.error(
            402, "insufficient_funds", "insufficient_balance",
            description="Insufficient balance to reserve the maximum cost of this request.",
            request_id=request_id, **amounts,
        )  # fmt: skip

    @classmethod
    def raw(
        cls,
        status: int = 200,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
        *,
        chunked: bool = False,
    ) -> Reply:
        """Any bytes, with no ``Content-Type`` unless one is given (HTML, empty, audio, ...),
        sent with a ``Content-Length`` or, with ``chunked``, chunked (the gateway adds the
        framing header itself: leave ``content-length``/``transfer-encoding`` out of ``headers``)."""
        defaults = {"content-type": content_type} if content_type is not None else {}
        return cls(status=status, headers=_headers(defaults, headers), body=(body,), chunked=chunked)

    @classmethod
    def sse(
        cls,
        frames: Iterable[Frame],
        *,
        done: bool = True,
        line_end: str = "\n",
        frame_delay: float = 0.0,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> Reply:
        """An event stream with the gateway's stream headers, chunked, one chunk per frame.

        Mappings become ``data: <json>`` frames ended by ``line_end`` twice; text and
        bytes are written as-is. ``done`` appends ``data: [DONE]``; ``frame_delay``
        pauses between frames; ``request_id`` sets an ``x-gateway-request-id`` header
        (the Dec 2025 gateway's; the current one sends none: the id is in the frames).
        """
        parts: list[BodyPart] = []
        for frame in [*frames, *([f"data: [DONE]{line_end * 2}"] if done else [])]:
            if parts and frame_delay > 0:
                parts.append(Pause(frame_delay))
            parts.append(frame if isinstance(frame, Pause | Repeat) else encode_frame(frame, line_end))
        defaults = {"content-type": "text/event-stream", "cache-control": "no-store"}
        if request_id is not None:
            defaults["x-gateway-request-id"] = request_id
        return cls(status=status, headers=_headers(defaults, headers), body=tuple(parts), chunked=True)

    @classmethod
    def large_completion(cls, size: int, *, model: str = DEFAULT_MODEL) -> Reply:
        """A valid completion JSON of about ``size`` bytes, streamed from a repeated run."""
        head, tail = _json_bytes(completion("@FILL@", model=model)).split(b"@FILL@")
        filler = max(size - len(head) - len(tail), 0)
        piece = b"x" * 65536
        parts: tuple[BodyPart, ...] = (
            head,
            Repeat(piece, filler // len(piece)),
            b"x" * (filler % len(piece)),
            tail,
        )
        return cls(headers=(("content-type", "application/json"),), body=parts)

    @classmethod
    def reset(cls) -> Reply:
        """Read the request, then close the connection with a TCP RST."""
        return cls(faults=Faults(reset=True))

    @classmethod
    def hang(cls) -> Reply:
        """Read the request, then never answer."""
        return cls(faults=Faults(hang=True))

    @classmethod
    def dynamic(cls, responder: Responder, *, check_request: bool = False) -> Reply:
        """A reply built from the request when it is served.

        Faults set on the dynamic reply replace those of the reply it builds.
        """
        return cls(responder=responder, check_request=check_request)

    @classmethod
    def default(cls) -> Reply:
        """The gateway's default reply, checked (auth, validation) as usual."""
        return cls(responder=_gateway_default, check_request=True)

    # ------------------------------------------------------------- modifiers
    def with_faults(
        self,
        *,
        delay: float | None = None,
        pause_after_headers: float | None = None,
        drip: Drip | tuple[int, float] | None = None,
        cut_after_bytes: int | None = None,
        declared_length: int | None = None,
        gzip: bool | None = None,
        close: bool | None = None,
    ) -> Reply:
        """A copy with these faults set (see :class:`Faults`); ``None`` keeps the current one."""
        changes: dict[str, Any] = {
            "delay": delay,
            "pause_after_headers": pause_after_headers,
            "drip": Drip(*drip) if drip is not None else None,
            "cut_after_bytes": cut_after_bytes,
            "declared_length": declared_length,
            "gzip": gzip,
            "close": close,
        }
        given = {key: value for key, value in changes.items() if value is not None}
        return dataclasses.replace(self, faults=dataclasses.replace(self.faults, **given))

    def with_cost(self, cost_usd: Decimal | str | float) -> Reply:
        """A copy priced at ``cost_usd`` dollars as the gateway prices a reply: ``cost_nanos``,
        ``pricing_lines`` and ``usage.pricing`` on a JSON body, the stream's usage frame or
        terminal ``/responses`` event (``aistats.testing._pricing``)."""
        cost = Decimal(str(cost_usd))
        if not cost.is_finite() or cost < 0:
            raise ValueError(f"cost_usd must be a finite amount >= 0, not {cost_usd!r}")
        return dataclasses.replace(self, cost_usd=cost)

    def checked(self) -> Reply:
        """A copy served only if the request passes the gateway's auth and validation."""
        return dataclasses.replace(self, check_request=True)

    def resolve(self, request: RecordedRequest, default: Responder) -> Reply:
        """The concrete reply for ``request`` (runs responders; ``default`` for :meth:`default`)."""
        if self.responder is None:
            reply = self._stamped(request.request_id) if self.stamp_request_id else self
            return reply._priced()
        responder = default if self.responder is _gateway_default else self.responder
        built = responder(request).resolve(request, default)
        if self.cost_usd is not None:
            built = dataclasses.replace(built, cost_usd=self.cost_usd)._priced()
        if self.faults == Faults():
            return built
        return dataclasses.replace(built, faults=self.faults)

    def _priced(self) -> Reply:
        if self.cost_usd is None:
            return self
        from ._pricing import price_reply  # noqa: PLC0415

        return dataclasses.replace(price_reply(self, self.cost_usd), cost_usd=None)

    @property
    def is_default(self) -> bool:
        """Whether this is :meth:`default` (the gateway's own answer) without a price of its own."""
        return self.responder is _gateway_default and self.cost_usd is None

    def _stamped(self, request_id: str) -> Reply:
        body = json.loads(b"".join(part for part in self.body if isinstance(part, bytes)))
        if isinstance(body, dict) and "generation_id" not in body:
            body = {"generation_id": request_id, **body}
        return dataclasses.replace(self, body=(_json_bytes(body),), stamp_request_id=False)

    # ------------------------------------------------------------------ wire
    def wire_body(self) -> tuple[BodyPart, ...]:
        """The body parts as sent: compressed when ``faults.gzip`` is set."""
        return _gzip_parts(self.body) if self.faults.gzip else self.body


def _gateway_default(request: RecordedRequest) -> Reply:
    """Placeholder for the gateway's default responder (replaced in :meth:`Reply.resolve`)."""
    raise AssertionError("resolved by Reply.resolve")  # pragma: no cover


def body_length(parts: Iterable[BodyPart]) -> int:
    """The number of bytes ``parts`` send."""
    return sum(len(part) for part in parts if not isinstance(part, Pause))


def iter_wire(parts: Iterable[BodyPart], drip: Drip | None) -> Iterator[bytes | Pause]:
    """Expand repeats and apply ``drip``: the byte pieces and pauses to send, in order."""
    first = True
    for part in parts:
        if isinstance(part, Pause):
            yield part
            continue
        for data in _expand(part):
            if drip is None:
                yield data
                continue
            for start in range(0, len(data), max(drip.size, 1)):
                if not first:
                    yield Pause(drip.interval)
                first = False
                yield data[start : start + max(drip.size, 1)]


def _expand(part: bytes | Repeat | FileSlice) -> Iterator[bytes]:
    if isinstance(part, Repeat):
        for _ in range(part.count):
            yield part.data
    elif isinstance(part, FileSlice):
        yield from part.chunks()
    elif part:
        yield part


def _gzip_parts(parts: Iterable[BodyPart]) -> tuple[BodyPart, ...]:
    compressor = zlib.compressobj(wbits=31)  # 31: gzip container
    out: list[BodyPart] = []
    for part in parts:
        if isinstance(part, Pause):
            out.append(part)
            continue
        data = b"".join(compressor.compress(piece) for piece in _expand(part))
        out.append(data + compressor.flush(zlib.Z_SYNC_FLUSH))
    out.append(compressor.flush())
    return tuple(out)


def _headers(defaults: Mapping[str, str], extra: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    merged = {name.lower(): (name, value) for name, value in defaults.items()}
    merged.update({name.lower(): (name, value) for name, value in (extra or {}).items()})
    return tuple(merged.values())


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def encode_frame(frame: Mapping[str, Any] | str | bytes, line_end: str = "\n") -> bytes:
    """One SSE frame as bytes: a mapping becomes ``data: <json>`` plus a blank line."""
    if isinstance(frame, bytes):
        return frame
    if isinstance(frame, str):
        return frame.encode()
    return b"data: " + _json_bytes(frame) + (line_end * 2).encode()


# ------------------------------------------------------------ frame builders
def gateway_error_body(
    status: int,
    code: str,
    description: str,
    *,
    request_id: str | None = None,
    reason: str | None = None,
    origin: str | None = None,
    details: Sequence[Mapping[str, Any]] | None = None,
) -> JsonObject:
    """The gateway's error body (current shape)."""
    if origin is None:
        origin = "upstream" if status == 502 else "gateway" if status >= 500 else "user"
    body: JsonObject = {}
    if request_id is not None:
        body["generation_id"] = request_id
    body.update(
        status_code=status,
        error=code,
        error_type="user" if origin == "user" else "system",
        error_origin=origin,
        description=description,
    )
    if reason is not None:
        body["reason"] = reason
    if details is not None:
        body["details"] = [dict(detail) for detail in details]
    return body


def usage_counts(prompt_tokens: int, completion_tokens: int, **extra: Any) -> JsonObject:
    """A gateway ``usage`` object: ``prompt_tokens``, ``completion_tokens``, total."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        **extra,
    }


def _frame_base(
    id: str | None, model: str, provider: str | None, native_response_id: str | None
) -> JsonObject:
    frame: JsonObject = {}
    if id is not None:
        frame["id"] = id
    frame.update(object="chat.completion.chunk", created=CREATED, model=model)
    if provider is not None:  # the current gateway removes it from frames
        frame["provider"] = provider
    frame["nativeResponseId"] = native_response_id
    return frame


def chunk_frame(
    content: str | None = None,
    *,
    role: str | None = None,
    finish_reason: str | None = None,
    tool_calls: Sequence[Mapping[str, Any]] | None = None,
    reasoning_content: str | None = None,
    reasoning: bool | None = None,
    index: int = 0,
    id: str | None = None,
    model: str = DEFAULT_MODEL,
    provider: str | None = None,
    native_response_id: str | None = None,
    usage: Mapping[str, Any] | None = None,
) -> JsonObject:
    """A delta frame (``chat.completion.chunk``) for one choice.

    ``id`` is the request id every current frame carries; ``reasoning_content`` a
    reasoning delta. ``reasoning`` (the Dec 2025 flag marking ``content`` as reasoning)
    and ``provider`` are left out unless given.
    """
    delta: JsonObject = {}
    if role is not None:
        delta["role"] = role
    if content is not None:
        delta["content"] = content
    if reasoning_content is not None:
        delta["reasoning_content"] = reasoning_content
    if tool_calls is not None:
        delta["tool_calls"] = [dict(call) for call in tool_calls]
    choice: JsonObject = {"index": index, "delta": delta, "finish_reason": finish_reason}
    if reasoning is not None:
        choice["reasoning"] = reasoning
    frame = _frame_base(id, model, provider, native_response_id) | {"choices": [choice]}
    frame["usage"] = dict(usage) if usage is not None else None
    return frame


def finish_frame(finish_reason: str = "stop", **kwargs: Any) -> JsonObject:
    """A delta frame with an empty delta and a finish reason."""
    return chunk_frame(finish_reason=finish_reason, **kwargs)


def usage_frame(
    usage: Mapping[str, Any],
    *,
    id: str | None = None,
    model: str = DEFAULT_MODEL,
    provider: str | None = None,
    native_response_id: str | None = None,
    meta: Mapping[str, Any] | None = None,
) -> JsonObject:
    """A usage-only chunk frame: ``choices: []`` and ``usage`` (and ``meta`` if given)."""
    frame = _frame_base(id, model, provider, native_response_id) | {"choices": [], "usage": dict(usage)}
    if meta is not None:
        frame["meta"] = dict(meta)
    return frame


def tool_call_frames(
    call_id: str, name: str, argument_pieces: Iterable[str], **kwargs: Any
) -> list[JsonObject]:
    """Dec 2025 gateway tool-call frames: the call re-sent under the same ``id`` (no
    ``index``) with the arguments accumulated so far (a growing snapshot)."""
    frames, so_far = [], ""
    for piece in argument_pieces:
        so_far += piece
        call = {"id": call_id, "type": "function", "function": {"name": name, "arguments": so_far}}
        frames.append(chunk_frame(tool_calls=[call], **kwargs))
    return frames


def tool_call_snapshot_frames(
    call_id: str, name: str, argument_pieces: Iterable[str], *, index: int = 0, **kwargs: Any
) -> list[JsonObject]:
    """Tool-call frames of the gateway's Responses-backed path: every frame repeats the
    call with ``index`` and ``id`` and the whole argument string so far (the last one
    twice, as the gateway does)."""
    frames, so_far = [], ""
    pieces = ["", *argument_pieces]
    for piece in [*pieces, ""]:
        so_far += piece
        call = {"index": index, "id": call_id, "type": "function",
                "function": {"name": name, "arguments": so_far}}  # fmt: skip
        frames.append(chunk_frame(tool_calls=[call], role="assistant", **kwargs))
    return frames


def tool_call_fragment_frames(
    call_id: str, name: str, argument_pieces: Iterable[str], *, index: int = 0, **kwargs: Any
) -> list[JsonObject]:
    """OpenAI-style tool-call frames: a header fragment keyed by ``index`` with ``id`` and
    name, then argument fragments keyed by the same ``index``."""
    head = {
        "index": index,
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": ""},
    }
    frames = [chunk_frame(tool_calls=[head], **kwargs)]
    for piece in argument_pieces:
        fragment = {"index": index, "function": {"arguments": piece}}
        frames.append(chunk_frame(tool_calls=[fragment], **kwargs))
    return frames


def completion(
    content: str | None,
    *,
    id: str = "req_1",
    model: str = DEFAULT_MODEL,
    provider: str = "fake",
    finish_reason: str | None = "stop",
    tool_calls: Sequence[Mapping[str, Any]] | None = None,
    reasoning_content: str | None = None,
    usage: Mapping[str, Any] | None = None,
    meta: Mapping[str, Any] | None = None,
    native_response_id: str | None = None,
) -> JsonObject:
    """A whole ``chat.completion`` in the gateway's shape: a non-streamed body, or the
    closing snapshot frame of a stream."""
    message: JsonObject = {"role": "assistant", "content": content}
    if tool_calls is not None:
        message["tool_calls"] = [dict(call) for call in tool_calls]
    if reasoning_content is not None:
        message["reasoning_content"] = reasoning_content
    message.update(refusal=None, annotations=[])
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
    body: JsonObject = {
        "id": id,
        "nativeResponseId": native_response_id,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "provider": provider,
        "provider_id": provider,
        "choices": [choice],
    }
    if usage is not None:
        body["usage"] = dict(usage)
    if meta is not None:
        body["meta"] = dict(meta)
    return body


def error_frame(message: str, **extra: Any) -> JsonObject:
    """The gateway's own in-band stream error: ``{"object": "error", "message": ...}``."""
    return {"object": "error", "message": message, **extra}


def upstream_error_frame(
    message: str, *, code: str = "internal_error", type: str = "server_error", id: str | None = None
) -> JsonObject:
    """A provider's in-band error relayed mid-stream: ``{"error": {message, type, code,
    param}, "id", "nativeResponseId"}`` (transcript ``g2_midstream_error_frame_compat``)."""
    frame: JsonObject = {"error": {"message": message, "type": type, "param": None, "code": code}}
    frame["nativeResponseId"] = None
    if id is not None:
        frame["id"] = id
    return frame


#: The three ways a complete stream ends, by provider path (``GATEWAY_FACTS.md``).
STREAM_ENDINGS = ("usage", "snapshot", "done")


def text_frames(
    text: str,
    *,
    id: str = "req_1",
    model: str = DEFAULT_MODEL,
    provider: str = "fake",
    native_response_id: str | None = None,
    usage: Mapping[str, Any] | None = None,
    meta: Mapping[str, Any] | None = None,
    reasoning_content: str | None = None,
    snapshot: bool = True,
    ending: str | None = None,
) -> list[JsonObject]:
    """The current gateway's frames for a text reply, each carrying ``id``: a role frame,
    reasoning deltas (``reasoning_content``), one delta per word, then the ending.

    ``ending`` is one of ``STREAM_ENDINGS``: ``"usage"`` (the OpenAI-compatible path: a
    finish frame, then a usage frame, then the body just ends), ``"snapshot"`` (the
    Responses-backed path: a closing ``chat.completion`` with usage and meta) or
    ``"done"`` (the OpenAI passthrough: a finish frame, a usage frame when ``usage`` is
    given; add ``[DONE]`` with ``Reply.sse(done=True)``). ``None`` keeps the older
    builder's frames: a finish frame, then the snapshot when ``snapshot`` is true.
    """
    common: JsonObject = {"id": id, "model": model, "native_response_id": native_response_id}
    if ending is not None and ending not in STREAM_ENDINGS:
        raise ValueError(f"ending must be one of {STREAM_ENDINGS}, not {ending!r}")
    frames = [chunk_frame("", role="assistant", **common)]
    frames += [
        chunk_frame(reasoning_content=piece, **common) for piece in split_words(reasoning_content or "")
    ]
    frames += [chunk_frame(piece, **common) for piece in split_words(text)]
    snapshot_frame = completion(
        text, id=id, model=model, provider=provider, native_response_id=native_response_id,
        reasoning_content=reasoning_content, usage=usage, meta=meta,
    )  # fmt: skip
    if ending == "snapshot":
        return [*frames, snapshot_frame]
    frames.append(finish_frame("stop", **common))
    if ending is None:
        return [*frames, snapshot_frame] if snapshot else frames
    if usage is not None or meta is not None:
        frames.append(usage_frame(usage or {}, meta=meta, **common))
    return frames


_WORD = re.compile(r"\s*\S+|\s+$")


def split_words(text: str) -> list[str]:
    """``text`` as words with their leading spaces; joined they give ``text`` back."""
    return _WORD.findall(text)
