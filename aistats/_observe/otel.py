"""OpenTelemetry spans and metrics for aistats calls, after the GenAI semantic conventions.

Follows the OpenTelemetry GenAI semantic conventions **v0.1.0** (the first release of
their own repository, open-telemetry/semantic-conventions-genai; it builds on semantic
conventions v1.45.0). Imported only when the application has imported ``opentelemetry``
(or passed a provider in ``Telemetry``), and does nothing unless a tracer or meter
provider is configured. Needs only ``opentelemetry-api``.

Each call is one CLIENT span named ``"{gen_ai.operation.name} {gen_ai.request.model}"``
from the call's start to its end (for a stream: until the stream ends), retries included
(each retry is a span event ``aistats.retry``). The operation comes from the route:
``chat`` (``/chat/completions``, ``/responses``, ``/messages``), ``text_completion``,
``embeddings``, else the route's first path segment (``moderations``, ``rerank``, ...).

Metrics by operation: inference operations record ``gen_ai.client.inference.duration``,
``.time_to_first_chunk`` and ``.time_per_output_chunk`` (streams), the
``gen_ai.client.inference.usage.{input,output}_tokens`` counters and the
``gen_ai.client.inference.operation.{input,output}_tokens`` histograms; embeddings record
``gen_ai.client.embeddings.duration`` and ``gen_ai.client.embeddings.operation.input_tokens``;
any other route ``gen_ai.client.operation.duration``.

Cost: a call the gateway priced (``.cost``: a result's, or a stream's final frames') sets
``gen_ai.usage.cost`` on its span, in US dollars as a float, and adds it to the counter
``gen_ai.client.inference.usage.cost`` (unit ``USD``). Neither name is in the conventions
yet: they are the names of the open GenAI proposal for a call's cost, so they may change
when it is settled.

``gen_ai.provider.name`` is the provider the gateway reports in its response (``provider``);
when it reports none (streams that end without a snapshot, errors) it is ``ai_stats``, the
gateway itself. ``gen_ai.response.id`` is the gateway's request id. ``error.type`` is the
gateway's error code when it sent one (``insufficient_funds``, ``upstream_error``, ...),
else the aistats exception class (``APITimeoutError``, ``APIConnectionError``,
``StreamError``, ...). Message content is recorded (``gen_ai.input.messages``,
``gen_ai.output.messages``, as JSON) only when content capture is on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import httpx
from opentelemetry import metrics, propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .._exceptions import APIError, APIStatusError
from .._version import __version__
from .watch import Facts, StreamSummary, result_cost, result_facts

if TYPE_CHECKING:
    from aistats_generated.types import Cost

    from .._transport.request import PreparedCall
    from .hooks import Telemetry

__all__ = ["SEMCONV_VERSION", "OTelCall", "operation_for", "start_otel_call"]

SEMCONV_VERSION: Final = "gen-ai 0.1.0"
GATEWAY_PROVIDER: Final = "ai_stats"
RETRY_EVENT: Final = "aistats.retry"

_OPERATIONS: Final = {
    "chat/completions": "chat",
    "responses": "chat",
    "messages": "chat",
    "completions": "text_completion",
    "embeddings": "embeddings",
}
_INFERENCE: Final = frozenset({"chat", "text_completion", "generate_content"})
_DURATION_BUCKETS: Final = (
    0.01,
    0.02,
    0.04,
    0.08,
    0.16,
    0.32,
    0.64,
    1.28,
    2.56,
    5.12,
    10.24,
    20.48,
    40.96,
    81.92,
)
_TOKEN_BUCKETS: Final = (
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
)  # fmt: skip
_CHUNK_BUCKETS: Final = (0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5)

#: Request properties recorded as ``gen_ai.request.*`` (when present and of the right type).
_REQUEST_NUMBERS: Final = (
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
)
_REQUEST_INTS: Final = (
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("seed", "gen_ai.request.seed"),
    ("top_k", "gen_ai.request.top_k"),
    ("dimensions", "gen_ai.embeddings.dimension.count"),
)


def operation_for(path: str) -> str:
    """``gen_ai.operation.name`` for a route, from its path (``/chat/completions``)."""
    path = path.strip("/")
    if path in _OPERATIONS:
        return _OPERATIONS[path]
    return path.split("/", 1)[0] or "request"


class _Instruments:
    """The metric instruments of one meter."""

    def __init__(self, meter: metrics.Meter) -> None:
        def histogram(name: str, unit: str, text: str, buckets: Sequence[float]) -> metrics.Histogram:
            return meter.create_histogram(
                name, unit=unit, description=text, explicit_bucket_boundaries_advisory=buckets
            )

        self.inference_duration = histogram(
            "gen_ai.client.inference.duration", "s", "GenAI client inference operation duration.",
            _DURATION_BUCKETS,
        )  # fmt: skip
        self.time_to_first_chunk = histogram(
            "gen_ai.client.inference.time_to_first_chunk", "s",
            "Time to receive the first chunk of a streamed response.", _DURATION_BUCKETS,
        )  # fmt: skip
        self.time_per_output_chunk = histogram(
            "gen_ai.client.inference.time_per_output_chunk", "s",
            "Time between the chunks of a streamed response, after the first.", _CHUNK_BUCKETS,
        )  # fmt: skip
        self.input_tokens = meter.create_counter(
            "gen_ai.client.inference.usage.input_tokens", unit="{token}",
            description="The number of input (prompt) tokens used, including cached tokens.",
        )  # fmt: skip
        self.output_tokens = meter.create_counter(
            "gen_ai.client.inference.usage.output_tokens", unit="{token}",
            description="The number of output (completion) tokens used, including reasoning tokens.",
        )  # fmt: skip
        self.cost = meter.create_counter(
            "gen_ai.client.inference.usage.cost", unit="USD",
            description="What the calls cost, as the gateway priced them (open GenAI proposal's name).",
        )  # fmt: skip
        self.operation_input_tokens = histogram(
            "gen_ai.client.inference.operation.input_tokens", "{token}",
            "The number of input tokens used per inference operation.", _TOKEN_BUCKETS,
        )  # fmt: skip
        self.operation_output_tokens = histogram(
            "gen_ai.client.inference.operation.output_tokens", "{token}",
            "The number of output tokens used per inference operation.", _TOKEN_BUCKETS,
        )  # fmt: skip
        self.embeddings_duration = histogram(
            "gen_ai.client.embeddings.duration", "s", "GenAI client embeddings operation duration.",
            _DURATION_BUCKETS,
        )  # fmt: skip
        self.embeddings_input_tokens = histogram(
            "gen_ai.client.embeddings.operation.input_tokens", "{token}",
            "The number of input tokens used per embeddings operation.", _TOKEN_BUCKETS,
        )  # fmt: skip
        self.operation_duration = histogram(
            "gen_ai.client.operation.duration", "s", "GenAI operation duration.", _DURATION_BUCKETS
        )


# One tracer / set of instruments per provider (providers are few and long-lived).
_tracers: dict[int, tuple[object, trace.Tracer]] = {}
_instruments: dict[int, tuple[object, _Instruments]] = {}


def _tracer(telemetry: Telemetry) -> trace.Tracer | None:
    provider = telemetry.tracer_provider or trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None  # nothing configured: spans would go nowhere
    found = _tracers.get(id(provider))
    if found is None or found[0] is not provider:
        found = _tracers[id(provider)] = (provider, provider.get_tracer("aistats", __version__))
    return found[1]


def _meter_instruments(telemetry: Telemetry) -> _Instruments | None:
    provider = telemetry.meter_provider or metrics.get_meter_provider()
    if type(provider).__name__ in ("_ProxyMeterProvider", "NoOpMeterProvider"):
        return None
    found = _instruments.get(id(provider))
    if found is None or found[0] is not provider:
        found = _instruments[id(provider)] = (
            provider,
            _Instruments(provider.get_meter("aistats", __version__)),
        )
    return found[1]


def start_otel_call(telemetry: Telemetry, prepared: PreparedCall) -> OTelCall | None:
    """The span and metrics of one call, or ``None`` when no provider is configured."""
    tracer = _tracer(telemetry)
    instruments = _meter_instruments(telemetry)
    if tracer is None and instruments is None:
        return None
    return OTelCall(tracer, instruments, prepared, telemetry.content_wanted())


def _request_body(prepared: PreparedCall) -> Mapping[str, Any]:
    if not prepared.content:
        return {}
    try:
        body = json.loads(prepared.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _request_attributes(body: Mapping[str, Any], stream: bool) -> dict[str, Any]:
    """The ``gen_ai.request.*`` attributes of a request body."""
    out: dict[str, Any] = {}
    for key, name in _REQUEST_NUMBERS:
        value = body.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[name] = float(value)
    for key, name in _REQUEST_INTS:
        value = body.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and name not in out:
            out[name] = value
    n = body.get("n")
    if isinstance(n, int) and not isinstance(n, bool) and n != 1:
        out["gen_ai.request.choice.count"] = n
    stop = body.get("stop")
    if isinstance(stop, str):
        out["gen_ai.request.stop_sequences"] = [stop]
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        out["gen_ai.request.stop_sequences"] = stop
    reasoning = body.get("reasoning")
    effort = body.get("reasoning_effort") or (
        reasoning.get("effort") if isinstance(reasoning, dict) else None
    )
    if isinstance(effort, str):
        out["gen_ai.request.reasoning.level"] = effort
    fmt = body.get("response_format")
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if isinstance(kind, str):
        out["gen_ai.output.type"] = "json" if kind.startswith("json") else kind
    encoding = body.get("encoding_format")
    if isinstance(encoding, str):
        out["gen_ai.request.encoding_formats"] = [encoding]
    if stream:
        out["gen_ai.request.stream"] = True
    return out


def _tokens(usage: Mapping[str, Any] | None) -> tuple[int | None, int | None]:
    """(input, output) tokens of a usage object, whichever keys the gateway used."""
    if not usage:
        return None, None

    def first(*keys: str) -> int | None:
        for key in keys:
            value = usage.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        return None

    return (
        first("prompt_tokens", "input_tokens", "input_text_tokens"),
        first("completion_tokens", "output_tokens", "output_text_tokens"),
    )


def _error_type(error: BaseException) -> str:
    if isinstance(error, APIStatusError) and error.code:
        return error.code
    return type(error).__name__


def _input_messages(body: Mapping[str, Any]) -> str | None:
    """``gen_ai.input.messages`` (as JSON) from a chat request body."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        source = body.get("input")
        if source is None:
            return None
        messages = [{"role": "user", "content": source}]
    out = []
    for message in messages:
        if not isinstance(message, dict):
            continue
        parts = _parts(message.get("content"))
        for call in message.get("tool_calls") or []:
            if isinstance(call, dict):
                function = call.get("function") or {}
                parts.append(
                    {"type": "tool_call", "id": call.get("id"), "name": function.get("name"),
                     "arguments": function.get("arguments")}
                )  # fmt: skip
        if message.get("role") == "tool":
            parts = [
                {
                    "type": "tool_call_response",
                    "id": message.get("tool_call_id"),
                    "response": message.get("content"),
                }
            ]
        out.append({"role": message.get("role"), "parts": parts})
    return json.dumps(out, ensure_ascii=False, default=str)


def _parts(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "content": content}]
    if isinstance(content, list):
        parts: list[dict[str, Any]] = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                parts.append({"type": "text", "content": part.get("text")})
            elif isinstance(part, str):
                parts.append({"type": "text", "content": part})
            elif isinstance(part, dict):
                parts.append({"type": str(part.get("type"))})  # images, audio: the kind only
        return parts
    return []


def _output_messages(result: Any) -> str | None:
    """``gen_ai.output.messages`` (as JSON) from a completion."""
    to_dict = getattr(result, "to_dict", None)
    data = to_dict() if callable(to_dict) else None
    choices = data.get("choices") if isinstance(data, dict) else None
    if not isinstance(choices, list):
        return None
    out = []
    for choice in choices:
        message = choice.get("message") or {}
        parts = _parts(message.get("content"))
        for call in message.get("tool_calls") or []:
            function = call.get("function") or {}
            parts.append(
                {"type": "tool_call", "id": call.get("id"), "name": function.get("name"),
                 "arguments": function.get("arguments")}
            )  # fmt: skip
        out.append(
            {
                "role": message.get("role", "assistant"),
                "parts": parts,
                "finish_reason": choice.get("finish_reason"),
            }
        )
    return json.dumps(out, ensure_ascii=False, default=str)


class OTelCall:
    """The span and metric attributes of one call."""

    __slots__ = ("_content", "_instruments", "_settled", "attributes", "operation", "span")

    def __init__(
        self,
        tracer: trace.Tracer | None,
        instruments: _Instruments | None,
        prepared: PreparedCall,
        content: bool,
    ) -> None:
        self.operation = operation_for(prepared.route.path)
        self._instruments = instruments
        self._content = content
        self._settled = False  # once a stream's metrics started, their attributes stay put
        url = httpx.URL(prepared.url)
        body = _request_body(prepared)
        model = body.get("model")
        # The attributes every metric of this call carries (updated when the response
        # names its model and provider).
        self.attributes: dict[str, Any] = {
            "gen_ai.operation.name": self.operation,
            "gen_ai.provider.name": GATEWAY_PROVIDER,
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
        }
        if isinstance(model, str) and model:
            self.attributes["gen_ai.request.model"] = model
        self.span: trace.Span | None = None
        if tracer is not None:
            name = f"{self.operation} {model}" if isinstance(model, str) and model else self.operation
            attributes = dict(self.attributes)
            attributes.update(_request_attributes(body, prepared.stream))
            if content:
                messages = _input_messages(body)
                if messages is not None:
                    attributes["gen_ai.input.messages"] = messages
            self.span = tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)

    # -- during the call ----------------------------------------------------------------

    def inject(self, headers: httpx.Headers) -> None:
        """Put this span's ``traceparent`` (and ``tracestate``) into a request's headers."""
        if self.span is not None:
            propagate.inject(headers, context=trace.set_span_in_context(self.span))

    def retry(self, error: APIError, delay: float, retry: int) -> None:
        """Record a retry as a span event."""
        if self.span is not None:
            attributes: dict[str, Any] = {
                "aistats.retry.number": retry,
                "aistats.retry.delay": delay,
                "error.type": _error_type(error),
            }
            if isinstance(error, APIStatusError):
                attributes["http.response.status_code"] = error.status_code
            self.span.add_event(RETRY_EVENT, attributes)

    def stream_opened(self, facts: Facts, first_chunk: float | None, chunks: int) -> None:
        """A stream's first read is in: its time to first chunk, and the model and
        provider its first events name (so that every metric of the stream agrees)."""
        self._learn(facts.model, facts.provider)
        self._settled = True
        if first_chunk is None:
            return
        if self.span is not None:
            self.span.set_attribute("gen_ai.response.time_to_first_chunk", first_chunk)
        instruments = self._instruments
        if instruments is not None and self.operation in _INFERENCE:
            instruments.time_to_first_chunk.record(first_chunk, self.attributes)
            for _ in range(chunks - 1):  # the rest of the first read came with the first
                instruments.time_per_output_chunk.record(0.0, self.attributes)

    def chunks_read(self, gap: float, chunks: int) -> None:
        """``chunks`` chunks arrived in one read, ``gap`` seconds after the previous one."""
        instruments = self._instruments
        if instruments is None or self.operation not in _INFERENCE:
            return
        record = instruments.time_per_output_chunk.record
        record(gap, self.attributes)
        for _ in range(chunks - 1):  # the others arrived with it
            record(0.0, self.attributes)

    # -- the end --------------------------------------------------------------------------

    def _learn(self, model: Any, provider: Any) -> None:
        if self._settled:
            return
        if isinstance(model, str) and model:
            self.attributes["gen_ai.response.model"] = model
        if isinstance(provider, str) and provider:
            self.attributes["gen_ai.provider.name"] = provider

    def finish_result(self, result: Any, duration: float) -> None:
        """The call returned ``result`` (not a stream)."""
        facts = result_facts(result)
        output = _output_messages(result) if self._content and self.operation in _INFERENCE else None
        self._finish(facts, None, duration, output, result_cost(result))

    def finish_error(self, error: BaseException, duration: float) -> None:
        """The call failed before returning."""
        request_id = error.request_id if isinstance(error, APIStatusError) else None
        self._finish(Facts(response_id=request_id), error, duration, None)

    def finish_stream(self, summary: StreamSummary, duration: float) -> None:
        """The stream returned by the call ended."""
        outcome = summary.status
        reasons = (
            summary.finish_reasons
            if outcome == "completed"
            else tuple(r or "error" for r in summary.finish_reasons)
        )
        if not reasons and outcome == "error":
            reasons = ("error",)
        facts = Facts(summary.request_id, summary.model, summary.provider, summary.usage, reasons)
        if self.span is not None:
            self.span.set_attribute("aistats.stream.outcome", outcome)
        output = None
        if self._content and self.operation in _INFERENCE and summary.final is not None:
            output = _output_messages(summary.final)
        self._finish(facts, summary.error, duration, output, summary.cost)

    def _finish(
        self,
        facts: Facts,
        error: BaseException | None,
        duration: float,
        output: str | None,
        cost: Cost | None = None,
    ) -> None:
        self._learn(facts.model, facts.provider)
        attributes = self.attributes
        if error is not None:
            attributes["error.type"] = _error_type(error)
        input_tokens, output_tokens = _tokens(facts.usage)
        span = self.span
        if span is not None:
            span.set_attributes(attributes)
            if facts.response_id:
                span.set_attribute("gen_ai.response.id", facts.response_id)
            if facts.finish_reasons:
                span.set_attribute("gen_ai.response.finish_reasons", [r or "" for r in facts.finish_reasons])
            if input_tokens is not None:
                span.set_attribute("gen_ai.usage.input_tokens", input_tokens)
            if output_tokens is not None:
                span.set_attribute("gen_ai.usage.output_tokens", output_tokens)
            if cost is not None:
                span.set_attribute("gen_ai.usage.cost", float(cost.usd))
            if output is not None:
                span.set_attribute("gen_ai.output.messages", output)
            if error is not None:
                span.set_status(Status(StatusCode.ERROR, str(error)))
            span.end()
        instruments = self._instruments
        if instruments is None:
            return
        if cost is not None:
            instruments.cost.add(float(cost.usd), {k: v for k, v in attributes.items() if k != "error.type"})
        if self.operation in _INFERENCE:
            instruments.inference_duration.record(duration, attributes)
            token_attributes = {k: v for k, v in attributes.items() if k != "error.type"}
            token_attributes["gen_ai.token.modality"] = "unknown"  # the gateway reports totals only
            instruments.input_tokens.add(input_tokens or 0, token_attributes)
            instruments.output_tokens.add(output_tokens or 0, token_attributes)
            instruments.operation_input_tokens.record(input_tokens or 0, attributes)
            instruments.operation_output_tokens.record(output_tokens or 0, attributes)
        elif self.operation == "embeddings":
            instruments.embeddings_duration.record(duration, attributes)
            if input_tokens is not None:
                instruments.embeddings_input_tokens.record(input_tokens, attributes)
        else:
            instruments.operation_duration.record(duration, attributes)
