"""Watching calls: the user's hooks, the OpenTelemetry settings, and the per-call observer.

``Hooks`` holds plain (synchronous) callables that the shared call loop of both clients
calls with typed events: before each request is sent, after each response, before each
retry, and when a stream ends. ``Telemetry`` holds the OpenTelemetry settings; the
instrumentation itself (``_otel``) is imported only when the application has imported
``opentelemetry`` or handed a provider in, so neither costs anything otherwise.

Hooks are synchronous on purpose: they run inline on every attempt of every call, sync or
async, including in places that cannot await (a stream closed while garbage-collected).
An ``async def`` hook is refused at construction; a hook that needs to do async work
schedules it itself (``asyncio.get_running_loop().create_task(...)``).

A hook that raises never breaks the call: the first failure of each hook is logged (with
its traceback) on the ``aistats`` logger, later ones only at DEBUG, and the call goes on.
"""

from __future__ import annotations

import inspect
import os
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeVar

import httpx

from .._config import check_headers
from .._constants import ENV_CAPTURE_CONTENT
from .._credentials import CREDENTIAL_HEADERS, without_credentials
from .._exceptions import AIStatsError, APIError
from .._transport.response import request_id_of
from .logs import logger
from .watch import StreamOutcome, StreamSummary, WatchedStream

if TYPE_CHECKING:
    from .._transport.request import PreparedCall
    from .._transport.retry import Attempts
    from .otel import OTelCall

__all__ = [
    "CallObserver",
    "Hooks",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "StreamEndEvent",
    "StreamOutcome",
    "StreamSummary",
    "Telemetry",
    "observe_call",
]

T = TypeVar("T")


# -- events ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """An attempt about to be sent. Add or change headers in ``headers``; they are sent.

    ``headers`` holds the request's headers except the credentials (``Authorization``,
    cookies: a hook can neither see nor change them); ``attempt`` is 1 for the first
    attempt, 2 for the first retry.
    """

    method: str
    """The HTTP method."""
    url: str
    """The request's URL."""
    attempt: int
    """1 for the first attempt, 2 for the first retry, ..."""
    headers: httpx.Headers
    """The request's headers without credentials; changes are sent."""


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """A response's status line and headers arrived (its body is not read yet); ``headers``
    leaves out cookies. Nothing a hook receives, errors included, holds the API key.

    ``elapsed`` is the seconds from sending this attempt to its response headers.
    """

    method: str
    """The HTTP method."""
    url: str
    """The request's URL."""
    attempt: int
    """Which attempt answered (1 for the first)."""
    status_code: int
    """The HTTP status."""
    headers: httpx.Headers
    """The response's headers."""
    elapsed: float
    """Seconds from sending the attempt to its headers."""
    request_id: str | None
    """The gateway's request id, when the headers carry one."""


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """An attempt failed and the call will try again after ``delay`` seconds.

    ``retry`` is the number of the retry about to happen (1 for the first one).
    """

    method: str
    """The HTTP method."""
    url: str
    """The request's URL."""
    retry: int
    """1 for the first retry, 2 for the second, ..."""
    delay: float
    """Seconds the SDK waits before the retry."""
    error: APIError
    """The error that is retried."""


@dataclass(frozen=True, slots=True)
class StreamEndEvent:
    """A stream of any API (chat, ``/responses``, ``/messages``) ended: read to its end
    (``completed``), failed (``error``, with ``error`` set) or closed before its end
    (``closed``).

    ``chunks`` counts the chunks (or events) received; ``time_to_first_chunk`` and
    ``duration`` are seconds from the start of the call (retries included); ``usage`` is
    the gateway's usage object as sent (``None`` when it sent none); ``finish_reasons`` has
    one entry per choice (see ``StreamSummary``). ``summary`` is the whole
    ``StreamSummary`` (route, final object, ...).
    """

    outcome: StreamOutcome
    """How it ended: ``completed``, ``error`` or ``closed``."""
    chunks: int
    """The chunks (or events) received."""
    time_to_first_chunk: float | None
    """Seconds from the start of the call to the first chunk (``None``: none came)."""
    duration: float
    """Seconds from the start of the call to the end of the stream."""
    usage: Mapping[str, Any] | None
    """The gateway's usage object as sent, or ``None``."""
    finish_reasons: tuple[str | None, ...]
    """One entry per choice (see ``StreamSummary``)."""
    model: str | None
    """The model that answered, when the stream said."""
    request_id: str | None
    """The gateway's request id, when known."""
    error: BaseException | None
    """What ended the stream when it failed, else ``None``."""
    summary: StreamSummary
    """The whole ``StreamSummary`` (route, final object, ...)."""


# -- configuration -----------------------------------------------------------------------

_HOOK_NAMES: Final = ("on_request", "on_response", "on_retry", "on_stream_end")


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callables run by every call of a client, sync or async (each one optional).

    ``on_request(RequestEvent)`` before each attempt is sent (it may add headers),
    ``on_response(ResponseEvent)`` when each response's headers arrive,
    ``on_retry(RetryEvent)`` before each retry's wait, ``on_stream_end(StreamEndEvent)``
    when a stream ends. Return values are ignored. A hook that raises is logged once and
    the call goes on.
    """

    on_request: Callable[[RequestEvent], object] | None = None
    """Run before each attempt is sent; it may add headers."""
    on_response: Callable[[ResponseEvent], object] | None = None
    """Run when each response's headers arrive."""
    on_retry: Callable[[RetryEvent], object] | None = None
    """Run before each retry's wait."""
    on_stream_end: Callable[[StreamEndEvent], object] | None = None
    """Run when a stream ends, however it ends."""
    _failed: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in _HOOK_NAMES:
            hook = getattr(self, name)
            if hook is None:
                continue
            if not callable(hook):
                raise AIStatsError(f"Hooks({name}=...) must be a function, got {type(hook).__name__}")
            if inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(type(hook).__call__):
                raise AIStatsError(
                    f"Hooks({name}=...) got an async function; hooks run inline and are not awaited. "
                    "Pass a plain function (it can schedule async work with "
                    "asyncio.get_running_loop().create_task(...))."
                )

    def _run(self, name: str, hook: Callable[[Any], object], event: object) -> None:
        try:
            result = hook(event)
            if inspect.isawaitable(result):  # e.g. a lambda around an async function
                if inspect.iscoroutine(result):
                    result.close()  # never awaited: closed rather than left to warn
                raise TypeError("the hook returned an awaitable; hooks are called, not awaited")
        except Exception:
            self._report(name)

    def _report(self, name: str) -> None:
        """Log the exception being handled as a failure of hook ``name``: once in full."""
        if name in self._failed:
            logger.debug("aistats hook %s raised again; the call goes on", name, exc_info=True)
        else:
            self._failed.add(name)
            logger.warning(
                "aistats hook %s raised; the call goes on (further failures are logged at DEBUG)",
                name,
                exc_info=True,
            )


@dataclass(frozen=True, slots=True)
class Telemetry:
    """OpenTelemetry settings of a client.

    By default (``enabled=True``) every call is traced and measured when OpenTelemetry is
    installed and the application configured a tracer or meter provider (or passes
    ``tracer_provider`` / ``meter_provider`` here). Message content (the messages sent and
    the reply) is recorded only when ``capture_content=True``, or, when it is ``None``,
    when ``$OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` is ``true``.
    """

    enabled: bool = True
    """Trace and measure calls (when OpenTelemetry is installed)."""
    capture_content: bool | None = None
    """Record message content: ``True``, ``False``, or ``None`` to follow the environment."""
    tracer_provider: Any = None
    """The tracer provider to use instead of the global one."""
    meter_provider: Any = None
    """The meter provider to use instead of the global one."""

    def content_wanted(self) -> bool:
        """Whether message content may be recorded."""
        if self.capture_content is not None:
            return self.capture_content
        return os.environ.get(ENV_CAPTURE_CONTENT, "").strip().lower() in ("1", "true")


DEFAULT_TELEMETRY: Final = Telemetry()


def check_hooks(hooks: object) -> Hooks | None:
    """Validate the ``hooks=`` argument."""
    if hooks is None or isinstance(hooks, Hooks):
        return hooks
    raise AIStatsError(f"hooks must be an aistats.Hooks, got {type(hooks).__name__}")


def check_telemetry(telemetry: object) -> Telemetry | None:
    """Validate the ``telemetry=`` argument."""
    if telemetry is None or isinstance(telemetry, Telemetry):
        return telemetry
    raise AIStatsError(f"telemetry must be an aistats.Telemetry, got {type(telemetry).__name__}")


# -- one call ----------------------------------------------------------------------------


def observe_call(
    hooks: Hooks | None, telemetry: Telemetry | None, prepared: PreparedCall
) -> CallObserver | None:
    """The observer of one call, or ``None`` when nothing watches (``_watch.start_call``)."""
    otel: OTelCall | None = None
    if telemetry is None:
        if "opentelemetry" in sys.modules:  # the application uses OpenTelemetry: look closer
            otel = _start_otel(DEFAULT_TELEMETRY, prepared)
    elif telemetry.enabled:
        otel = _start_otel(telemetry, prepared)
    if hooks is None and otel is None:
        return None
    return CallObserver(hooks, otel, prepared)


_otel_failed = False


def _otel_error(what: str) -> None:
    """Log a failure of the OpenTelemetry instrumentation: once with its traceback."""
    global _otel_failed  # noqa: PLW0603
    if _otel_failed:
        logger.debug(
            "aistats OpenTelemetry instrumentation failed (%s); the call goes on", what, exc_info=True
        )
    else:
        _otel_failed = True
        logger.warning(
            "aistats OpenTelemetry instrumentation failed (%s); the call goes on "
            "(further failures are logged at DEBUG)",
            what,
            exc_info=True,
        )


def _start_otel(telemetry: Telemetry, prepared: PreparedCall) -> OTelCall | None:
    try:
        from .otel import start_otel_call  # noqa: PLC0415 - imported only when it is used

        return start_otel_call(telemetry, prepared)
    except ImportError:  # an explicit Telemetry without the package installed
        return None
    except Exception:
        _otel_error("starting a span")
        return None


class CallObserver:
    """Reports one call to the user's hooks and to its OpenTelemetry span and metrics.

    The client's call loop calls ``sending``, ``received``, ``retrying``, then ``succeeded``
    or ``failed``; a stream returned by the call is then watched until it ends
    (``stream_read`` per read, ``stream_ended`` once). Nothing here ever raises.
    """

    __slots__ = (
        "_last_read",
        "_method",
        "_url",
        "ended",
        "first_chunk",
        "hooks",
        "otel",
        "started",
    )

    def __init__(self, hooks: Hooks | None, otel: OTelCall | None, prepared: PreparedCall) -> None:
        self.hooks = hooks
        self.otel = otel
        self._method = prepared.method
        self._url = prepared.url
        self.started = time.monotonic()
        self.first_chunk: float | None = None
        self._last_read = 0.0
        self.ended = False

    # -- attempts -------------------------------------------------------------------------

    def sending(self, request: httpx.Request, attempt: int) -> None:
        """Before an attempt is sent: the ``on_request`` hook, then the trace context."""
        hooks = self.hooks
        if hooks is not None and hooks.on_request is not None:
            _apply_request_hook(hooks, hooks.on_request, request, attempt)
        if self.otel is not None:
            try:
                self.otel.inject(request.headers)
            except Exception:
                _otel_error("injecting traceparent")

    def received(self, response: httpx.Response, elapsed: float, attempt: int) -> None:
        """An attempt's response headers arrived."""
        hooks = self.hooks
        if hooks is not None and hooks.on_response is not None:
            request = response.request
            event = ResponseEvent(
                method=request.method,
                url=str(request.url),
                attempt=attempt,
                status_code=response.status_code,
                headers=without_credentials(response.headers),
                elapsed=elapsed,
                request_id=request_id_of(response),
            )
            hooks._run("on_response", hooks.on_response, event)

    def next_delay(self, attempts: Attempts, error: APIError) -> float:
        """``attempts.next_delay(error)``, reported: a retry, or the call's failure."""
        try:
            delay = attempts.next_delay(error)
        except BaseException:
            self.failed(error)
            raise
        self.retrying(error, delay, attempts.retries_done)
        return delay

    def sleep(self, delay: float) -> None:
        """The wait before a retry (an interrupt here ends the call: reported)."""
        try:
            time.sleep(delay)
        except BaseException as exc:
            self.failed(exc)
            raise

    async def async_sleep(self, sleep: Callable[[float], Awaitable[None]], delay: float) -> None:
        """Async ``sleep`` (a cancellation here ends the call: reported)."""
        try:
            await sleep(delay)
        except BaseException as exc:
            self.failed(exc)
            raise

    def retrying(self, error: APIError, delay: float, retry: int) -> None:
        """A retry will happen after ``delay`` seconds."""
        hooks = self.hooks
        if hooks is not None and hooks.on_retry is not None:
            event = RetryEvent(method=self._method, url=self._url, retry=retry, delay=delay, error=error)
            hooks._run("on_retry", hooks.on_retry, event)
        if self.otel is not None:
            try:
                self.otel.retry(error, delay, retry)
            except Exception:
                _otel_error("recording a retry")

    # -- the end --------------------------------------------------------------------------

    def succeeded(self, result: T) -> T:
        """The call returned ``result``; a stream is watched from here to its end."""
        if isinstance(result, WatchedStream):
            first, facts = result._watch(self)
            now = self._last_read = time.monotonic()
            if first:
                self.first_chunk = now - self.started
            if self.otel is not None:
                try:
                    self.otel.stream_opened(facts, self.first_chunk, first)
                except Exception:
                    _otel_error("recording the first chunk")
            return result
        self.ended = True
        if self.otel is not None:
            try:
                self.otel.finish_result(result, time.monotonic() - self.started)
            except Exception:
                _otel_error("ending a span")
        return result

    def failed(self, error: BaseException) -> None:
        """The call raised ``error`` (before any stream reached the caller)."""
        if self.ended:
            return
        self.ended = True
        if self.otel is not None:
            try:
                self.otel.finish_error(error, time.monotonic() - self.started)
            except Exception:
                _otel_error("ending a span")

    def stream_read(self, chunks: int) -> None:
        """A read of the stream produced ``chunks`` chunks (the shells read only when their
        queue is empty, so they pass the queue's length after the read)."""
        if not chunks:
            return
        now = time.monotonic()
        gap, self._last_read = now - self._last_read, now
        if self.otel is not None:
            try:
                self.otel.chunks_read(gap, chunks)
            except Exception:
                _otel_error("recording chunk timing")

    def stream_ended(self, summary: StreamSummary) -> None:
        """The stream ended; reported once."""
        if self.ended:
            return
        self.ended = True
        duration = time.monotonic() - self.started
        hooks = self.hooks
        if hooks is not None and hooks.on_stream_end is not None:
            event = StreamEndEvent(
                outcome=summary.status,
                chunks=summary.events,
                time_to_first_chunk=self.first_chunk,
                duration=duration,
                usage=summary.usage,
                finish_reasons=summary.finish_reasons,
                model=summary.model,
                request_id=summary.request_id,
                error=summary.error,
                summary=summary,
            )
            hooks._run("on_stream_end", hooks.on_stream_end, event)
        if self.otel is not None:
            try:
                self.otel.finish_stream(summary, duration)
            except Exception:
                _otel_error("ending a stream's span")


def _apply_request_hook(
    hooks: Hooks, hook: Callable[[RequestEvent], object], request: httpx.Request, attempt: int
) -> None:
    """Run ``on_request`` on a copy of the headers without the credentials; send what it
    added or changed, credentials aside (header values with line breaks are refused as a
    hook failure)."""
    visible = without_credentials(request.headers)
    before = dict(visible)
    event = RequestEvent(method=request.method, url=str(request.url), attempt=attempt, headers=visible)
    hooks._run("on_request", hook, event)
    changed = {k: v for k, v in visible.items() if before.get(k) != v and k not in CREDENTIAL_HEADERS}
    if changed:
        try:
            request.headers.update(check_headers(changed, "Hooks(on_request=...)"))
        except AIStatsError:
            hooks._report("on_request")
