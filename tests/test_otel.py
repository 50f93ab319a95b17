"""OpenTelemetry: one GenAI span per call and the GenAI client metrics, checked against
the semantic conventions (GenAI v0.1.0) with the SDK's in-memory exporters, through the
sync and the async client and the built-in gateway."""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from aistats import AIStats, AsyncAIStats, AuthenticationError, Hooks, InsufficientFundsError, Telemetry
from aistats._observe.otel import operation_for
from aistats._transport.call_loop import acall, call
from aistats._transport.io import aread_body, read_body
from aistats._transport.request import PreparedCall
from aistats._transport.retry import Attempts
from aistats.testing import DEFAULT_COST_USD, FakeGateway, Reply
from aistats_generated import api
from tests.support import KEY, complete, stream_all

FAST = {"retry-after-ms": "1"}
MODEL = "openai/gpt-5-nano"
EMBEDDING = {
    "requestId": "G-EMBED",
    "object": "list",
    "data": [{"object": "embedding", "embedding": [0.1, 0.2], "index": 0}],
    "model": "text-embedding-3-small",
    "usage": {"input_tokens": 11, "output_tokens": 0, "total_tokens": 11},
    "provider": "openai",
}


@dataclass
class Otel:
    spans: InMemorySpanExporter
    reader: InMemoryMetricReader
    telemetry: Telemetry

    def span(self) -> ReadableSpan:
        (span,) = self.spans.get_finished_spans()
        return span

    def metrics(self) -> dict[str, tuple[str, list[Any]]]:
        """Metric name -> (unit, data points)."""
        out: dict[str, tuple[str, list[Any]]] = {}
        data = self.reader.get_metrics_data()
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    out[metric.name] = (metric.unit or "", list(metric.data.data_points))
        return out


@pytest.fixture
def otel() -> Iterator[Otel]:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield Otel(spans, reader, Telemetry(tracer_provider=tracer_provider, meter_provider=meter_provider))
    tracer_provider.shutdown()
    meter_provider.shutdown()


def _tokens(usage: Any) -> tuple[int, int]:
    """(input, output) tokens of a usage object, under the gateway's current or older keys."""
    data = usage if isinstance(usage, dict) else usage.to_dict()
    found = [
        next(data[key] for key in keys if key in data)
        for keys in (
            ("prompt_tokens", "input_tokens", "input_text_tokens"),
            ("completion_tokens", "output_tokens", "output_text_tokens"),
        )
    ]
    assert all(n > 0 for n in found)
    return found[0], found[1]


#: The gateway's stream frames carry no provider (only a closing snapshot would): the fallback name.
STREAM_PROVIDER = "ai_stats"


def _common(attributes: Any, gateway: FakeGateway, provider: str = "fake") -> None:
    """The attributes every span and metric of a chat call carries."""
    url = httpx.URL(gateway.base_url)
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.request.model"] == MODEL
    assert attributes["gen_ai.provider.name"] == provider  # what the gateway reported
    assert attributes["server.address"] == url.host and attributes["server.port"] == url.port


def test_a_chat_call_is_one_client_span_with_the_conventions_attributes(
    mode: str, fake_gateway: FakeGateway, otel: Otel
) -> None:
    completion = complete(
        mode, fake_gateway.base_url, client={"telemetry": otel.telemetry}, temperature=0.5, seed=7
    )
    span = otel.span()
    assert span.name == f"chat {MODEL}" and span.kind is SpanKind.CLIENT
    attributes = span.attributes or {}
    _common(attributes, fake_gateway)
    assert attributes["gen_ai.response.model"] == completion.model
    assert attributes["gen_ai.response.id"] == completion.id
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    input_tokens, output_tokens = _tokens(completion.usage)
    assert attributes["gen_ai.usage.input_tokens"] == input_tokens
    assert attributes["gen_ai.usage.output_tokens"] == output_tokens
    assert attributes["gen_ai.request.temperature"] == 0.5 and attributes["gen_ai.request.seed"] == 7
    assert "error.type" not in attributes and span.status.status_code is StatusCode.UNSET
    # no content unless asked
    assert not any(key in attributes for key in ("gen_ai.input.messages", "gen_ai.output.messages"))
    # the gateway got this span's W3C trace context
    context = span.get_span_context()
    assert context is not None
    expected = f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"
    assert fake_gateway.requests[0].headers["traceparent"] == expected

    metrics = otel.metrics()
    unit, (duration,) = metrics["gen_ai.client.inference.duration"]
    assert unit == "s" and duration.count == 1
    _common(duration.attributes, fake_gateway)
    assert span.end_time is not None and span.start_time is not None
    assert duration.sum <= (span.end_time - span.start_time) / 1e9 + 0.01
    for name, expected_tokens in (("input_tokens", input_tokens), ("output_tokens", output_tokens)):
        unit, (counter,) = metrics[f"gen_ai.client.inference.usage.{name}"]
        assert unit == "{token}" and counter.value == expected_tokens
        assert counter.attributes["gen_ai.token.modality"] == "unknown"
        unit, (histogram,) = metrics[f"gen_ai.client.inference.operation.{name}"]
        assert unit == "{token}" and histogram.sum == expected_tokens and histogram.count == 1
    # streams only
    assert "gen_ai.client.inference.time_to_first_chunk" not in metrics
    assert "gen_ai.client.operation.duration" not in metrics  # the pre-v0.1.0 name


def test_a_stream_is_one_span_until_its_end_with_chunk_timings(
    mode: str, fake_gateway: FakeGateway, otel: Otel
) -> None:
    chunks, final = stream_all(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry})
    span = otel.span()
    attributes = span.attributes or {}
    _common(attributes, fake_gateway, STREAM_PROVIDER)
    assert attributes["gen_ai.request.stream"] is True
    assert attributes["gen_ai.response.id"] == final.id
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert attributes["gen_ai.usage.output_tokens"] == _tokens(final.usage)[1]
    first = attributes["gen_ai.response.time_to_first_chunk"]
    assert isinstance(first, float) and first > 0
    metrics = otel.metrics()
    _, (ttfc,) = metrics["gen_ai.client.inference.time_to_first_chunk"]
    assert ttfc.count == 1 and ttfc.sum == pytest.approx(first)
    _, (per_chunk,) = metrics["gen_ai.client.inference.time_per_output_chunk"]
    assert per_chunk.count == len(chunks) - 1  # one per chunk after the first
    _, (duration,) = metrics["gen_ai.client.inference.duration"]
    assert duration.count == 1 and duration.sum >= first
    _common(duration.attributes, fake_gateway, STREAM_PROVIDER)


def test_a_retried_call_is_one_span_with_a_retry_event(
    mode: str, fake_gateway: FakeGateway, otel: Otel
) -> None:
    fake_gateway.enqueue(Reply.error(503, "upstream_error", headers=FAST), Reply.default())
    complete(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry})
    span = otel.span()
    (event,) = span.events
    assert event.name == "aistats.retry"
    assert event.attributes is not None
    assert event.attributes["aistats.retry.number"] == 1
    assert event.attributes["error.type"] == "upstream_error"
    assert event.attributes["http.response.status_code"] == 503
    assert span.status.status_code is StatusCode.UNSET
    # both attempts carry the same trace context: the call's span
    parents = {request.headers["traceparent"] for request in fake_gateway.requests}
    assert len(parents) == 1 and len(fake_gateway.requests) == 2
    _, (duration,) = otel.metrics()["gen_ai.client.inference.duration"]
    assert duration.count == 1


def test_a_failed_call_records_its_error_type(mode: str, fake_gateway: FakeGateway, otel: Otel) -> None:
    fake_gateway.enqueue(Reply.error(402, "insufficient_funds", request_id="G-FAILED"))
    with pytest.raises(InsufficientFundsError):
        complete(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry})
    span = otel.span()
    attributes = span.attributes or {}
    assert span.status.status_code is StatusCode.ERROR
    assert attributes["error.type"] == "insufficient_funds"
    assert attributes["gen_ai.response.id"] == "G-FAILED"
    assert attributes["gen_ai.provider.name"] == "ai_stats"  # nothing reported: the gateway itself
    metrics = otel.metrics()
    _, (duration,) = metrics["gen_ai.client.inference.duration"]
    assert duration.attributes["error.type"] == "insufficient_funds"
    _, (counter,) = metrics["gen_ai.client.inference.usage.input_tokens"]
    assert counter.value == 0 and counter.attributes["gen_ai.token.modality"] == "unknown"


def test_a_connection_failure_ends_the_span(mode: str, fake_gateway: FakeGateway, otel: Otel) -> None:
    fake_gateway.enqueue(Reply.reset())
    with pytest.raises(Exception, match="onnection"):
        complete(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry, "max_retries": 0})
    attributes = otel.span().attributes or {}
    assert attributes["error.type"] == "APIConnectionError"


def test_message_content_is_recorded_only_when_asked(
    fake_gateway: FakeGateway, otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", raising=False)
    complete("sync", fake_gateway.base_url, client={"telemetry": otel.telemetry})
    stream_all("sync", fake_gateway.base_url, client={"telemetry": otel.telemetry})
    for span in otel.spans.get_finished_spans():
        assert not any("messages" in key for key in span.attributes or {})
        assert "Hello gateway" not in json.dumps(dict(span.attributes or {}))
    otel.spans.clear()

    asked = Telemetry(
        capture_content=True,
        tracer_provider=otel.telemetry.tracer_provider,
        meter_provider=otel.telemetry.meter_provider,
    )
    complete("async", fake_gateway.base_url, client={"telemetry": asked})
    stream_all("async", fake_gateway.base_url, client={"telemetry": asked})
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    complete("sync", fake_gateway.base_url, client={"telemetry": otel.telemetry})
    spans = otel.spans.get_finished_spans()
    assert len(spans) == 3
    for span in spans:
        attributes = span.attributes or {}
        inputs = json.loads(str(attributes["gen_ai.input.messages"]))
        assert inputs == [{"role": "user", "parts": [{"type": "text", "content": "Hello gateway"}]}]
        outputs = json.loads(str(attributes["gen_ai.output.messages"]))
        assert outputs[0]["parts"] == [{"type": "text", "content": "Echo: Hello gateway"}]
        assert outputs[0]["finish_reason"] == "stop"


def test_telemetry_can_be_switched_off(fake_gateway: FakeGateway, otel: Otel) -> None:
    off = Telemetry(enabled=False, tracer_provider=otel.telemetry.tracer_provider)
    complete("sync", fake_gateway.base_url, client={"telemetry": off})
    assert otel.spans.get_finished_spans() == ()
    assert "traceparent" not in fake_gateway.requests[0].headers


class _EmbeddingsHandler(http.server.BaseHTTPRequestHandler):
    """POST /v1/embeddings answered with the gateway's embeddings shape (until the built-in
    gateway serves that route)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        body = json.dumps(EMBEDDING).encode()
        status = 200 if self.path == "/v1/embeddings" else 404
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture
def embeddings_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _EmbeddingsHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()
    thread.join()


def test_embeddings_calls_get_the_embeddings_span_and_metrics(
    mode: str, embeddings_server: str, otel: Otel
) -> None:
    """Any route through the shared call loop: the operation comes from the route.
    (Driven through ``_call`` until ``client.embeddings`` exists.)"""
    body = json.dumps({"model": "openai/text-embedding-3-small", "input": "hi", "dimensions": 2})
    prepared = PreparedCall(
        route=api.CREATE_EMBEDDING,
        method="POST",
        url=embeddings_server + "/embeddings",
        headers=httpx.Headers({"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}),
        content=body.encode(),
        stream=False,
        timeout=httpx.Timeout(10.0),
        deadline=None,
    )

    def read_json(response: httpx.Response, attempts: Attempts) -> Any:
        return json.loads(read_body(response, attempts))

    async def aread_json(response: httpx.Response, attempts: Attempts) -> Any:
        return json.loads(await aread_body(response, attempts))

    async def run_async() -> Any:
        async with AsyncAIStats(api_key=KEY, base_url=embeddings_server, telemetry=otel.telemetry) as client:
            return await acall(client, prepared, aread_json)

    if mode == "sync":
        with AIStats(api_key=KEY, base_url=embeddings_server, telemetry=otel.telemetry) as client:
            result = call(client, prepared, read_json)
    else:
        result = asyncio.run(run_async())
    assert result["requestId"] == "G-EMBED"
    span = otel.span()
    assert span.name == "embeddings openai/text-embedding-3-small"
    attributes = span.attributes or {}
    assert attributes["gen_ai.operation.name"] == "embeddings"
    assert attributes["gen_ai.provider.name"] == "openai"
    assert attributes["gen_ai.response.model"] == "text-embedding-3-small"
    assert attributes["gen_ai.response.id"] == "G-EMBED"
    assert attributes["gen_ai.usage.input_tokens"] == 11
    assert attributes["gen_ai.embeddings.dimension.count"] == 2
    metrics = otel.metrics()
    unit, (duration,) = metrics["gen_ai.client.embeddings.duration"]
    assert unit == "s" and duration.attributes["gen_ai.operation.name"] == "embeddings"
    _, (tokens,) = metrics["gen_ai.client.embeddings.operation.input_tokens"]
    assert tokens.sum == 11
    assert "gen_ai.client.inference.duration" not in metrics


@pytest.mark.parametrize(
    ("route", "operation"),
    [
        (api.CREATE_CHAT_COMPLETION, "chat"),
        (api.CREATE_RESPONSE, "chat"),
        (api.CREATE_MESSAGE, "chat"),
        (api.CREATE_EMBEDDING, "embeddings"),
        (api.CREATE_MODERATION, "moderations"),
        (api.LIST_MODEL_ENDPOINTS, "models"),
    ],
    ids=lambda value: getattr(value, "name", value),
)
def test_the_operation_name_comes_from_the_route(route: api.Route, operation: str) -> None:
    assert operation_for(route.path) == operation


def _run(code: str, gateway: FakeGateway) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AI_STATS_", "OTEL_"))}
    env |= {"AI_STATS_API_KEY": KEY, "AI_STATS_BASE_URL": gateway.base_url}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def test_without_opentelemetry_nothing_is_imported_or_sent(fake_gateway: FakeGateway) -> None:
    out = _run(
        """
        import json, sys
        from aistats import AIStats
        after_import = sorted(m for m in sys.modules if m.startswith("opentelemetry"))
        with AIStats() as client:
            client.chat.completions.create(model="openai/gpt-5-nano", messages=[{"role": "user", "content": "x"}])
        loaded = sorted(m for m in sys.modules if m.startswith(("opentelemetry", "aistats._observe.otel")))
        print(json.dumps({"after_import": after_import, "after_call": loaded}))
        """,
        fake_gateway,
    )
    assert out == {"after_import": [], "after_call": []}
    assert "traceparent" not in fake_gateway.requests[0].headers


def test_a_configured_global_provider_is_used_and_an_unconfigured_one_costs_nothing(
    fake_gateway: FakeGateway,
) -> None:
    out = _run(
        """
        import json
        import opentelemetry.trace as trace
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
        from aistats import AIStats
        from aistats._observe.watch import start_call
        from aistats._transport.request import prepare_route
        from aistats_generated.api import CREATE_CHAT_COMPLETION

        with AIStats() as client:
            prepared = prepare_route(
                client._config, CREATE_CHAT_COMPLETION,
                body={"model": "openai/gpt-5-nano", "messages": [{"role": "user", "content": "x"}]},
            )
            unconfigured = start_call(None, None, prepared)
            client.chat.completions.create(model="openai/gpt-5-nano", messages=[{"role": "user", "content": "x"}])
            exporter = InMemorySpanExporter()
            provider = TracerProvider()
            provider.add_span_processor(SimpleSpanProcessor(exporter))
            trace.set_tracer_provider(provider)
            with trace.get_tracer("app").start_as_current_span("parent") as parent:
                client.chat.completions.create(model="openai/gpt-5-nano", messages=[{"role": "user", "content": "x"}])
            remote = trace.SpanContext(
                0x1234, 0x5678, is_remote=True, trace_flags=trace.TraceFlags(1),
                trace_state=trace.TraceState([("vendor", "v1")]),
            )
            with trace.use_span(trace.NonRecordingSpan(remote)):
                client.chat.completions.create(model="openai/gpt-5-nano", messages=[{"role": "user", "content": "y"}])
        spans = exporter.get_finished_spans()
        child = next(s for s in spans if s.name == "chat openai/gpt-5-nano")
        print(json.dumps({
            "unconfigured": unconfigured is None,
            "names": sorted(s.name for s in spans),
            "same_trace": child.context.trace_id == parent.get_span_context().trace_id,
            "parent": child.parent.span_id == parent.get_span_context().span_id,
        }))
        """,
        fake_gateway,
    )
    assert out == {
        "unconfigured": True,
        "names": ["chat openai/gpt-5-nano", "chat openai/gpt-5-nano", "parent"],
        "same_trace": True,
        "parent": True,
    }
    first, second, third = fake_gateway.requests
    assert "traceparent" not in first.headers and "traceparent" in second.headers
    # a trace that came in from elsewhere goes on to the gateway, with its tracestate
    assert third.headers["traceparent"].startswith(f"00-{0x1234:032x}-")
    assert third.headers["tracestate"] == "vendor=v1"


def test_the_key_never_reaches_hooks_or_telemetry(fake_gateway: FakeGateway, otel: Otel) -> None:
    secret = "sk-aistats-SECRET-0b1c7d3f9a"
    events: list[Any] = []
    hooks = Hooks(on_request=events.append, on_response=events.append, on_stream_end=events.append)
    telemetry = Telemetry(
        capture_content=True,
        tracer_provider=otel.telemetry.tracer_provider,
        meter_provider=otel.telemetry.meter_provider,
    )
    fake_gateway.enqueue(Reply.error(401, "unauthorised", headers=FAST), Reply.default())
    options = {"api_key": secret, "hooks": hooks, "telemetry": telemetry, "max_retries": 0}
    with pytest.raises(AuthenticationError):
        complete("sync", fake_gateway.base_url, client=options)
    stream_all("async", fake_gateway.base_url, client=options)
    texts = [repr(event) for event in events]
    texts += [span.to_json() for span in otel.spans.get_finished_spans()]
    texts.append(otel.reader.get_metrics_data().to_json())  # type: ignore[union-attr]
    everything = "\n".join(texts)
    assert "Echo: Hello gateway" in everything  # content was captured, as asked...
    assert secret not in everything and secret[10:] not in everything  # ...the key never
    assert fake_gateway.requests[-1].headers["authorization"] == f"Bearer {secret}"


# -- cost ------------------------------------------------------------------------------------
def test_a_priced_call_has_its_cost_on_the_span_and_the_cost_counter(
    mode: str, fake_gateway: FakeGateway, otel: Otel
) -> None:
    fake_gateway.enqueue(Reply.default().with_cost("0.25"))
    completion = complete(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry})
    assert completion.cost is not None and completion.cost.usd == Decimal("0.25")
    _, final = stream_all(mode, fake_gateway.base_url, client={"telemetry": otel.telemetry})
    assert final.cost is not None and final.cost.usd == DEFAULT_COST_USD  # from the usage frame
    json_span, stream_span = otel.spans.get_finished_spans()
    assert (json_span.attributes or {})["gen_ai.usage.cost"] == 0.25
    assert (stream_span.attributes or {})["gen_ai.usage.cost"] == float(DEFAULT_COST_USD)
    unit, points = otel.metrics()["gen_ai.client.inference.usage.cost"]
    assert unit == "USD" and sum(p.value for p in points) == pytest.approx(0.25 + float(DEFAULT_COST_USD))
    by_provider = {p.attributes["gen_ai.provider.name"]: p for p in points}  # the stream reports none
    assert by_provider["fake"].value == 0.25
    _common(by_provider["fake"].attributes, fake_gateway)


def test_an_unpriced_call_has_no_cost_on_its_span(mode: str, otel: Otel) -> None:
    with FakeGateway(cost_usd=None) as gateway:
        assert complete(mode, gateway.base_url, client={"telemetry": otel.telemetry}).cost is None
    assert "gen_ai.usage.cost" not in (otel.span().attributes or {})
    assert "gen_ai.client.inference.usage.cost" not in otel.metrics()
