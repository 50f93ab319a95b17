"""Every limit, default, header name and environment variable name of the SDK, in one place.

Rule: a number or a name that more than one module needs, or that a user may look up, is
defined here and imported; no module writes its own copy. Only ``httpx`` is imported, so
that anything may import this module.
"""

from __future__ import annotations

from typing import Final

import httpx

# -- client defaults ------------------------------------------------------------------------

DEFAULT_BASE_URL: Final = "https://api.ai-stats.phaseo.app/v1"
"""The gateway's URL, used when neither ``base_url`` nor ``$AI_STATS_BASE_URL`` is given."""
#: Each attempt: 10 s to connect, then up to 600 s for any single read, write or pool wait
#: (long reasoning replies are slow to start). Use ``deadline`` to bound a whole call.
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=10.0)
"""Each attempt's timeout by default: 600 s in all, 10 s to connect."""
DEFAULT_MAX_RETRIES: Final = 2
#: A server's ``Retry-After`` longer than this (seconds) is not slept through.
DEFAULT_MAX_RETRY_AFTER: Final = 60.0

# -- environment variables -------------------------------------------------------------------

ENV_API_KEY: Final = "AI_STATS_API_KEY"
ENV_MANAGEMENT_KEY: Final = "AI_STATS_MANAGEMENT_KEY"
ENV_BASE_URL: Final = "AI_STATS_BASE_URL"
ENV_ALLOW_INSECURE_HTTP: Final = "AI_STATS_ALLOW_INSECURE_HTTP"
ENV_LOG: Final = "AI_STATS_LOG"
ENV_LOG_BODIES: Final = "AI_STATS_LOG_BODIES"
#: Opts in to recording message content (OpenTelemetry's own name for it in its GenAI
#: instrumentations): ``true`` or ``1``.
ENV_CAPTURE_CONTENT: Final = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"

# -- headers ------------------------------------------------------------------------------------

#: Response headers that may carry the gateway's request id, in order of preference (the
#: current gateway sends none: the id rides in the body; the Dec 2025 one sent the first).
REQUEST_ID_HEADERS: Final = ("x-gateway-request-id", "x-request-id")
EVENT_STREAM: Final = "text/event-stream"

# -- body and stream limits -------------------------------------------------------------------

#: The largest single SSE event accepted (a closing snapshot of a long reply fits easily).
MAX_EVENT_BYTES: Final = 16 * 1024 * 1024
#: At most this much of an error body is read: enough for any GatewayError, bounded
#: against a proxy's endless page.
ERROR_BODY_LIMIT: Final = 64 * 1024
#: How much of a 2xx body that is not an event stream (``stream=True``) is read to show it.
NOT_A_STREAM_SNIFF: Final = 4096
#: Characters of a body quoted in an error message.
EXCERPT_CHARS: Final = 200
#: After a stream's terminal event (``[DONE]``, ``response.completed``, ``message_stop``):
#: how long the end of the body may take to arrive, and how many bytes may come before it,
#: for the connection to be reused; anything else (more, or silence) closes it.
END_GRACE: Final = 0.05
DRAIN_LIMIT: Final = 64 * 1024
