"""A local AI Stats gateway for tests, demos and offline use.

``FakeGateway`` is a real HTTP/1.1 server on 127.0.0.1 (ephemeral port, keep-alive,
one background thread). It answers ``POST /v1/chat/completions`` like the real
gateway: by default it echoes the last user message, as JSON or, with
``stream: true``, as the gateway's event stream. Script other answers, including
transport faults, with :class:`Reply`::

    import httpx
    from aistats.testing import FakeGateway, Reply, chunk_frame, error_frame

    with FakeGateway(api_key="test-key") as gw:
        gw.enqueue(
            Reply.upstream_error(429, "Rate limit reached"),          # first request: a 502
            Reply.sse([chunk_frame("Hel", role="assistant"), error_frame("boom")]),
            Reply.json({"oops": True}).with_faults(delay=0.5),
            Reply.reset(),                                            # TCP RST
        )
        # ...then the default reply: {"id": "req_5", "choices": [{"message": {"content": "Echo: Hi"}}], ...}
        client = httpx.Client(base_url=gw.base_url, headers={"authorization": "Bearer test-key"})
        client.post("/chat/completions", json={"model": "openai/gpt-5-nano", "messages": [...]})
        gw.requests[0].json()        # what the client sent
        gw.connections_opened        # TCP connections accepted

The media routes (``/audio/speech``, ``/audio/transcriptions``, ``/audio/translations``,
``/images/edits``, ``/ocr``) and ``/files`` answer like the real gateway, each family
with its own error envelope and headers; multipart bodies are parsed as they arrive
(``gw.requests[i].form``), uploaded files are kept (``gw.routes.files``) and served back
with ``Range`` support. Script any answer on them with ``enqueue(..., route=path)``.

``POST /v1/responses`` and ``POST /v1/messages`` are served too (default: the same echo in
those APIs' shapes, as JSON or named-event streams); script them with the same queue and
the builders ``response_events``/``response_object`` and ``message_events``/``message_object``.
``tool_calls_reply(("get_weather", {"city": "Paris"}), ...)`` is a model asking for tools, on
chat or ``/responses`` (for ``run_tools``).

Rules: scripted replies are served as scripted, with no auth or validation, unless
built with ``Reply.checked()`` (or ``Reply.default()``); the default reply always
checks auth (``Authorization: Bearer``; the key must equal ``api_key`` when one is
given) and, unless ``validate=False``, validates the body like the real gateway (400
``invalid_json`` / ``validation_error`` with ``details``: a missing model, an unknown
role, an assistant's null content, anything ``openapi.yaml`` refuses), then the model: one
that is not in the fake's catalogue (``gateway.routes.models``, listed by ``GET /models``;
add yours with ``catalogue_model()``) with the route's capability gets 400
``unsupported_model_or_endpoint``. ``enqueue(reply)`` scripts the next generation call
(chat, ``/responses`` or ``/messages``); ``enqueue(reply, route="/models")`` one path.

It speaks the gateway's current wire: the request id in every frame's ``id`` and the
errors' ``generation_id`` (no request-id header), streams that end as
``FakeGateway(stream_ending=...)`` says (``"usage"``, ``"snapshot"`` or ``"done"``),
``reasoning_content`` deltas when the request asks for reasoning, provider failures as
502 ``upstream_error`` (``Reply.upstream_error``). ``FakeGateway(dialect="2025-12")``
answers in the Dec 2025 gateway's shapes instead.

In pytest, add ``pytest_plugins = ["aistats.testing.pytest_plugin"]`` to your root
``conftest.py`` and take the ``fake_gateway`` fixture. Needs ``pip install
'aistats-sdk[testing]'`` (jsonschema).
"""

from ._default import DIALECTS, default_reply, reply_text
from ._files import FileStore, StoredFile
from ._genapis import (
    message_events,
    message_object,
    messages_reply,
    named_event,
    response_events,
    response_object,
    responses_reply,
)
from ._jobs import JobBoard, JobScript
from ._multipart import Form, FormPart
from ._pricing import DEFAULT_COST_USD, price_body, pricing
from ._replies import (
    CREATED,
    DEFAULT_MODEL,
    DONE,
    STREAM_ENDINGS,
    BodyPart,
    Drip,
    Faults,
    FileSlice,
    Frame,
    Pause,
    RecordedRequest,
    Repeat,
    Reply,
    Responder,
    chunk_frame,
    completion,
    encode_frame,
    error_frame,
    finish_frame,
    gateway_error_body,
    text_frames,
    tool_call_fragment_frames,
    tool_call_frames,
    tool_call_snapshot_frames,
    upstream_error_frame,
    usage_counts,
    usage_frame,
)
from ._routes import RouteTable, catalogue_model
from ._server import FakeGateway
from ._tools import tool_calls_reply

__all__ = [
    "CREATED",
    "DEFAULT_COST_USD",
    "DEFAULT_MODEL",
    "DIALECTS",
    "DONE",
    "STREAM_ENDINGS",
    "BodyPart",
    "Drip",
    "FakeGateway",
    "Faults",
    "FileSlice",
    "FileStore",
    "Form",
    "FormPart",
    "Frame",
    "JobBoard",
    "JobScript",
    "Pause",
    "RecordedRequest",
    "Repeat",
    "Reply",
    "Responder",
    "RouteTable",
    "StoredFile",
    "catalogue_model",
    "chunk_frame",
    "completion",
    "default_reply",
    "encode_frame",
    "error_frame",
    "finish_frame",
    "gateway_error_body",
    "message_events",
    "message_object",
    "messages_reply",
    "named_event",
    "price_body",
    "pricing",
    "reply_text",
    "response_events",
    "response_object",
    "responses_reply",
    "text_frames",
    "tool_call_fragment_frames",
    "tool_call_frames",
    "tool_call_snapshot_frames",
    "tool_calls_reply",
    "upstream_error_frame",
    "usage_counts",
    "usage_frame",
]
