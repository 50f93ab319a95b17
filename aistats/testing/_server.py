"""The fake gateway's HTTP/1.1 server: one asyncio loop in one background thread."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import http
import logging
import shutil
import socket
import struct
import tempfile
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType

import httpx

from ._default import DIALECTS, check_request, default_reply
from ._genapis import ROUTES as GENAPI_ROUTES
from ._jobs import JobBoard
from ._multipart import Form, FormCollector, boundary_of
from ._pricing import DEFAULT_COST_USD, price_reply
from ._replies import (
    STREAM_ENDINGS,
    BodyPart,
    Faults,
    Pause,
    RecordedRequest,
    Reply,
    Responder,
    body_length,
    iter_wire,
)
from ._routes import RouteTable, with_gateway_headers

__all__ = ["FakeGateway"]

logger = logging.getLogger("aistats.testing")

CHAT_PATH = "/v1/chat/completions"
CHAT_SCHEMA = "#/components/schemas/ChatCompletionsRequest"
_HEAD_LIMIT = 1 << 20
_SHUTDOWN_TIMEOUT = 5.0
_DRAIN_TIMEOUT = 1.0
_READ_SIZE = 256 * 1024
RECORD_LIMIT = 1 << 20
"""Multipart bodies up to this size are recorded whole (``RecordedRequest.body``); larger
ones only as their parsed ``form`` (each file part's size and sha256)."""


class _BadRequestError(Exception):
    """The bytes on the connection are not an HTTP/1.1 request we can read."""


@dataclass(frozen=True, slots=True)
class _Incoming:
    method: str
    target: str
    headers: httpx.Headers
    body: bytes
    form: Form | None = None
    size: int | None = None

    @property
    def wants_close(self) -> bool:
        return str(self.headers.get("connection", "")).strip().lower() == "close"


class FakeGateway:
    """A local stand-in for the AI Stats gateway, serving real HTTP/1.1 on 127.0.0.1.

    It starts on construction; use it as a context manager or call :meth:`close`.
    ``POST /v1/chat/completions`` serves the scripted replies (:meth:`enqueue`) first
    in, first out, then the default reply. Scripted replies are served as scripted
    (no auth, no validation) unless built with :meth:`Reply.checked`; the default
    reply always passes auth (``api_key``; any bearer token when ``None``) and, with
    ``validate``, the gateway's request validation and model check first (a model must be
    in :attr:`routes` ``.models`` with the route's capability). With ``management_key``, the
    management routes (``/keys``, ``/workspaces``, ``/credits``, ``/activity``) take only that
    key (every scope; narrow them with ``routes.management_scopes``) and ``/analytics`` refuses it.

    It speaks the gateway's current wire: the request id in the body's ``id``, every
    frame's ``id`` and the errors' ``generation_id``, no request-id header. A default
    stream ends as ``stream_ending`` says (``"usage"``: the OpenAI-compatible path's plain
    end after a usage frame; ``"snapshot"``: a closing ``chat.completion``; ``"done"``:
    ``[DONE]``). ``dialect="2025-12"`` answers like the Dec 2025 gateway instead.

    The default replies are priced like the real gateway's (``cost_usd`` dollars each,
    default ``DEFAULT_COST_USD``; ``None`` for none): ``cost_nanos``, ``pricing_lines`` and
    ``usage.pricing`` on JSON bodies and on a stream's usage frame. Price a scripted reply with
    ``Reply.with_cost``; script a 402 with ``Reply.insufficient_funds``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        validate: bool = True,
        default_reply: Responder | None = None,
        port: int = 0,
        stream_ending: str = "usage",
        dialect: str = "current",
        management_key: str | None = None,
        cost_usd: Decimal | str | float | None = DEFAULT_COST_USD,
    ) -> None:
        if stream_ending not in STREAM_ENDINGS:
            raise ValueError(f"stream_ending must be one of {STREAM_ENDINGS}, not {stream_ending!r}")
        if dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {DIALECTS}, not {dialect!r}")
        self.api_key = api_key
        self.validate = validate
        self.stream_ending = stream_ending
        self.dialect = dialect
        self.cost_usd: Decimal | None = None if cost_usd is None else Decimal(str(cost_usd))
        """What the default replies of chat, ``/responses`` and ``/messages`` cost (the
        gateway's price on their bodies; ``None``: unpriced). Price a scripted reply with
        ``Reply.with_cost``."""
        #: Only the built-in default replies of the current wire are priced (a responder of
        #: yours, or the Dec 2025 dialect, answers as it is built).
        self._prices_default = default_reply is None and dialect == "current"
        self._default: Responder = default_reply or functools.partial(
            _default_responder, dialect=dialect, stream_ending=stream_ending
        )
        self._lock = threading.Condition()
        self._queue: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self.routes = RouteTable(lambda: self.requests)
        """The other routes: their catalogue (``routes.models``), scripted replies, and the
        management key (``routes.management_key``, ``routes.management_scopes``)."""
        self.routes.management_key = management_key
        self._connections = 0
        self._request_seq = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._unadopted: set[socket.socket] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._spool: Path | None = None
        self._sock = socket.create_server(("127.0.0.1", port), backlog=1024)
        self._port: int = self._sock.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._started = threading.Event()
        self._startup_error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="aistats-fake-gateway", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._startup_error is not None:
            self._thread.join()
            raise RuntimeError("the fake gateway did not start") from self._startup_error

    # ------------------------------------------------------------ public API
    @property
    def port(self) -> int:
        """The TCP port the gateway listens on."""
        return self._port

    @property
    def jobs(self) -> JobBoard:
        """Batches, videos and music: ``jobs.script(polls=3, outcome="failed")`` for the next job."""
        return self.routes.jobs

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """The API base URL to give a client: ``http://127.0.0.1:<port>/v1``."""
        return f"{self.url}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def connections_opened(self) -> int:
        """How many TCP connections were accepted (since the last :meth:`reset`)."""
        with self._lock:
            return self._connections

    @property
    def queued(self) -> int:
        """How many scripted replies are still waiting."""
        with self._lock:
            return len(self._queue) + self.routes.queued()

    def enqueue(self, reply: Reply, *more: Reply, route: str | None = None) -> None:
        """Script the next replies, in order.

        Without ``route`` they answer the next generation calls (``POST /chat/completions``,
        ``/responses`` or ``/messages``, whichever comes); with ``route`` (``"/models"``,
        ``"/responses"``, ...: any path, with or without ``/v1``) only that path, and
        before the unrouted ones."""
        if route is not None:
            if not route.strip() or "://" in route:
                raise ValueError(f"route must be a path such as '/models', not {route!r}")
            self.routes.enqueue(route, (reply, *more))
            return
        with self._lock:
            self._queue.extend((reply, *more))

    def reset(self) -> None:
        """Forget the queued replies, the recorded requests and the connection count."""
        with self._lock:
            self._queue.clear()
            self.routes.reset()
            self._requests.clear()
            self._connections = 0

    def wait_for_requests(self, count: int = 1, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until ``count`` requests were recorded; raise ``TimeoutError`` after ``timeout``."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"{len(self._requests)} of {count} requests after {timeout} s")
            return list(self._requests)

    def close(self) -> None:
        """Stop serving, drop every connection (even hanging ones) and join the thread."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(RuntimeError):  # the loop already ended
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(_SHUTDOWN_TIMEOUT)
        self.routes.close()
        if self._spool is not None:
            shutil.rmtree(self._spool, ignore_errors=True)

    def __enter__(self) -> FakeGateway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<FakeGateway {self.base_url} requests={len(self.requests)} queued={self.queued}>"

    # ------------------------------------------------------------- the loop
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._serve())
        finally:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()
            self._sock.close()
            self._started.set()

    async def _serve(self) -> None:
        # A hand-rolled accept loop rather than asyncio.start_server: on 3.11 a connection
        # accepted just before Server.close() leaks its socket (an assertion in _attach).
        try:
            self._sock.setblocking(False)
            self._loop.add_reader(self._sock, self._accept)
        except Exception as exc:
            self._startup_error = exc
            return
        finally:
            self._started.set()
        await self._stop.wait()
        self._loop.remove_reader(self._sock)
        self._sock.close()
        await self._drop_connections()
        for conn in list(self._unadopted):  # only if a task was cancelled before it started
            conn.close()

    def _accept(self) -> None:
        for _ in range(128):
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                logger.debug("fake gateway accept() failed", exc_info=True)
                return
            # Replies go out in several writes; without TCP_NODELAY the later ones wait for
            # the client's delayed ACK (~40 ms a request). asyncio sets it only for sockets
            # it knows to be TCP, and accept() on this one reports protocol 0.
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._connections += 1
                connection = self._connections
            self._unadopted.add(conn)
            task = self._loop.create_task(self._adopt(conn, connection))
            self._tasks.add(task)  # the loop keeps only weak references to tasks
            task.add_done_callback(self._tasks.discard)

    async def _adopt(self, conn: socket.socket, connection: int) -> None:
        try:
            reader, writer = await asyncio.open_connection(sock=conn, limit=_HEAD_LIMIT)
        except OSError:
            conn.close()
            return
        finally:
            self._unadopted.discard(conn)
        await self._on_connection(reader, writer, connection)

    async def _drop_connections(self) -> None:
        """Abort every connection until no task is left; handlers end by themselves (their
        sleeps end with the stop event, their I/O with the aborted transport). Tasks are
        cancelled only as a last resort: a task cancelled before it starts leaks its socket."""
        deadline = self._loop.time() + _DRAIN_TIMEOUT
        while pending := set(self._tasks):
            for writer in list(self._writers):
                writer.transport.abort()
            if self._loop.time() > deadline:
                for task in pending:
                    task.cancel()
            await asyncio.wait(pending, timeout=0.05)
        for _ in range(3):  # let aborted transports close their sockets
            await asyncio.sleep(0)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, unless the gateway closes first (then raise ``ConnectionAbortedError``)."""
        if seconds <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)
            raise ConnectionAbortedError("the fake gateway is closing")

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        self._writers.add(writer)
        try:
            if not self._stop.is_set():
                await self._serve_connection(reader, writer, connection)
        except _BadRequestError as exc:
            with contextlib.suppress(ConnectionError, OSError):
                reply = Reply.error(400, "bad_request", message=str(exc))
                await _send(writer, reader, reply, close=True, sleep=self._sleep)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass  # the client went away, or the gateway is closing
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        while True:
            incoming = await _read_request(reader, self._form_collector)
            if incoming is None:
                return
            request = self._record(incoming, connection)
            try:
                reply = self._reply_for(request)
            finally:
                if request.form is not None:
                    request.form.discard()  # spooled parts: adopted by now, or not needed
            if not await _send(writer, reader, reply, close=incoming.wants_close, sleep=self._sleep):
                return

    def _record(self, incoming: _Incoming, connection: int) -> RecordedRequest:
        path, _, query = incoming.target.partition("?")
        with self._lock:
            self._request_seq += 1
            request = RecordedRequest(
                method=incoming.method,
                path=path,
                query=query,
                headers=incoming.headers,
                body=incoming.body,
                request_id=f"req_{self._request_seq}",
                connection=connection,
                form=incoming.form,
                body_size=incoming.size,
            )
            self._requests.append(request)
            self._lock.notify_all()
        return request

    def _spool_dir(self) -> Path:
        """This gateway's directory for spooled upload parts (made on first use)."""
        if self._spool is None:
            self._spool = Path(tempfile.mkdtemp(prefix="aistats-fake-gateway-"))
        return self._spool

    def _form_collector(self, target: str, headers: httpx.Headers) -> FormCollector | None:
        boundary = boundary_of(headers.get("content-type", ""))
        if boundary is None:
            return None
        limit = self.routes.body_limit(target.partition("?")[0])
        return FormCollector(boundary, spool_dir=self._spool_dir, limit=limit)

    def _reply_for(self, request: RecordedRequest) -> Reply:
        return with_gateway_headers(self._route(request), request)

    def _route(self, request: RecordedRequest) -> Reply:
        if request.method == "OPTIONS":  # a CORS preflight (transcript x29_cors_preflight)
            return Reply(status=204)
        if request.path == CHAT_PATH:
            default, schema = self._default, CHAT_SCHEMA
        elif request.path in GENAPI_ROUTES:
            default, schema = GENAPI_ROUTES[request.path]
        else:
            return self.routes.reply_for(request, api_key=self.api_key, validate=self.validate)
        if request.method != "POST":
            return Reply.error(405, "method_not_allowed", message="Use POST.", headers={"allow": "POST"})
        reply = self.routes.next_scripted(request.path)
        if reply is None:
            with self._lock:
                reply = self._queue.popleft() if self._queue else Reply.default()
        if reply.check_request:
            failure = check_request(
                request, api_key=self.api_key, validate=self.validate, dialect=self.dialect, schema=schema
            )
            if failure is None and self.validate and self.dialect == "current":
                failure = self.routes.check_model(request)
            if failure is not None:
                return failure
        try:
            resolved = reply.resolve(request, default)
            if reply.is_default and self.cost_usd is not None and self._prices_default:
                resolved = price_reply(resolved, self.cost_usd)
            return resolved
        except Exception as exc:  # a user responder failed: say so rather than drop the line
            logger.exception("fake gateway responder failed")
            return Reply.error(500, "fake_gateway_error", message=f"{type(exc).__name__}: {exc}")


def _default_responder(request: RecordedRequest, *, dialect: str, stream_ending: str) -> Reply:
    return default_reply(request, dialect=dialect, stream_ending=stream_ending)


# ------------------------------------------------------------ reading requests
FormReader = Callable[[str, httpx.Headers], FormCollector | None]


async def _read_request(reader: asyncio.StreamReader, forms: FormReader | None = None) -> _Incoming | None:
    """The next request on the connection, or ``None`` at a clean end of stream.

    A ``multipart/form-data`` body is parsed as it arrives (``forms`` gives the collector)."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise _BadRequestError("incomplete request head") from exc
        return None
    except asyncio.LimitOverrunError as exc:
        raise _BadRequestError("request head too large") from exc
    request_line, *lines = head.decode("latin-1").strip("\r\n").split("\r\n")
    words = request_line.split(" ")
    if len(words) != 3 or not words[2].startswith("HTTP/1."):
        raise _BadRequestError(f"bad request line {request_line[:100]!r}")
    headers = httpx.Headers(_header_fields(lines))
    collector = forms(words[1], headers) if forms is not None else None
    if collector is None:
        return _Incoming(words[0], words[1], headers, await _read_body(reader, headers))
    try:
        kept, size = await _stream_body(reader, headers, collector.feed)
    except BaseException:
        collector.abort()
        raise
    form = collector.finish()
    return _Incoming(words[0], words[1], headers, kept or b"", form, size)


async def _stream_body(
    reader: asyncio.StreamReader, headers: httpx.Headers, sink: Callable[[bytes], None]
) -> tuple[bytes | None, int]:
    """Pass the body to ``sink`` piece by piece; return it whole (``None`` past
    ``RECORD_LIMIT``) and its length."""
    kept: bytearray | None = bytearray()
    size = 0

    def take(data: bytes) -> None:
        nonlocal kept, size
        size += len(data)
        if kept is not None and size > RECORD_LIMIT:
            kept = None
        elif kept is not None:
            kept += data
        sink(data)

    if "chunked" in headers.get("transfer-encoding", "").lower():
        await _read_chunked(reader, take)
    else:
        length = headers.get("content-length")
        if length is not None and not length.strip().isdigit():
            raise _BadRequestError(f"bad Content-Length {length[:40]!r}")
        left = int(length) if length is not None else 0
        while left:
            data = await reader.read(min(left, _READ_SIZE))
            if not data:
                raise asyncio.IncompleteReadError(b"", left)
            left -= len(data)
            take(data)
    return (bytes(kept) if kept is not None else None), size


def _header_fields(lines: Iterable[str]) -> list[tuple[str, str]]:
    fields = []
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise _BadRequestError(f"bad header line {line[:100]!r}")
        fields.append((name.strip(), value.strip()))
    return fields


async def _read_body(reader: asyncio.StreamReader, headers: httpx.Headers) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    length = headers.get("content-length")
    if length is None:
        return b""
    if not length.strip().isdigit():
        raise _BadRequestError(f"bad Content-Length {length[:40]!r}")
    return await reader.readexactly(int(length))


async def _read_chunked(reader: asyncio.StreamReader, sink: Callable[[bytes], None] | None = None) -> bytes:
    body = bytearray()
    while True:
        size_line = (await reader.readuntil(b"\r\n")).split(b";")[0].strip()
        try:
            size = int(size_line, 16)
        except ValueError as exc:
            raise _BadRequestError("bad chunk size") from exc
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                pass
            return bytes(body)
        while size:
            data = await reader.readexactly(min(size, _READ_SIZE))
            size -= len(data)
            if sink is None:
                body += data
            else:
                sink(data)
        await reader.readexactly(2)


# ------------------------------------------------------------ sending replies
async def _send(
    writer: asyncio.StreamWriter,
    reader: asyncio.StreamReader,
    reply: Reply,
    *,
    close: bool,
    sleep: Callable[[float], Awaitable[None]],
) -> bool:
    """Serve ``reply`` with its faults; True when the connection can carry another request."""
    faults = reply.faults
    await sleep(faults.delay)
    if faults.reset:
        _abort_with_rst(writer)
        return False
    if faults.hang:
        while await reader.read(65536):
            pass
        return False
    parts = reply.wire_body()
    actual = body_length(parts)
    chunked = reply.chunked and faults.declared_length is None
    length = None if chunked else (faults.declared_length if faults.declared_length is not None else actual)
    close = close or faults.close or (length is not None and length != actual)
    writer.write(_head(reply, length, close))
    await writer.drain()
    await sleep(faults.pause_after_headers)
    if not await _write_body(writer, parts, chunked=chunked, faults=faults, sleep=sleep):
        return False
    await writer.drain()
    return not close


def _head(reply: Reply, length: int | None, close: bool) -> bytes:
    try:
        phrase = http.HTTPStatus(reply.status).phrase
    except ValueError:
        phrase = "Unknown"
    lines = [f"HTTP/1.1 {reply.status} {phrase}", *(f"{k}: {v}" for k, v in reply.headers)]
    lines.append("transfer-encoding: chunked" if length is None else f"content-length: {length}")
    if reply.faults.gzip:
        lines.append("content-encoding: gzip")
    if close:
        lines.append("connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _write_body(
    writer: asyncio.StreamWriter,
    parts: Iterable[BodyPart],
    *,
    chunked: bool,
    faults: Faults,
    sleep: Callable[[float], Awaitable[None]],
) -> bool:
    """Write the body; False when ``faults.cut_after_bytes`` cut it short.

    Each piece is flushed on its own, except the last, which goes out with the body's end
    (as a server that knows its body is complete does): a client may then reuse the
    connection as soon as it has read the last piece."""
    budget = faults.cut_after_bytes
    held: bytes | None = None
    for piece in iter_wire(parts, faults.drip):
        if held is not None:
            _write_piece(writer, held, chunked)
            await writer.drain()
            held = None
        if isinstance(piece, Pause):
            await sleep(piece.seconds)
            continue
        if budget is not None and len(piece) >= budget:
            _write_piece(writer, piece[:budget], chunked)
            await writer.drain()
            return False
        if budget is not None:
            budget -= len(piece)
        held = piece
    if held is not None:
        _write_piece(writer, held, chunked)
    if chunked:
        writer.write(b"0\r\n\r\n")
    return True


def _write_piece(writer: asyncio.StreamWriter, data: bytes, chunked: bool) -> None:
    if not data:
        return
    if chunked:
        writer.writelines((b"%x\r\n" % len(data), data, b"\r\n"))
    else:
        writer.write(data)


def _abort_with_rst(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
