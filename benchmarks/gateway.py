"""A fast local AI Stats gateway for the benchmarks: asyncio, HTTP/1.1 keep-alive, no TLS.

It answers ``POST .../chat/completions`` in the real gateway's shapes
(``../shared/reference/GATEWAY_FACTS.md``):

* non-streamed: a ``chat.completion`` JSON body with ``Content-Length``;
* ``stream: true``: ``Transfer-Encoding: chunked`` server-sent events, exactly as the
  gateway writes them: delta frames ``data: {"object": "chat.completion.chunk", ...}\\n\\n``
  (no ``id``; the first carries ``role``), a finish frame (empty delta,
  ``finish_reason: "stop"``, ``usage``), the closing ``chat.completion`` snapshot, then
  ``data: [DONE]``.

Each request is shaped by options written as ``name=value`` words in the last message's
text (so that every client sends an ordinary request), or by ``x-bench-<name>`` headers
(``x-bench-chunks``, ``x-bench-snapshot``, ``x-bench-gap-ms``, ``x-bench-batch``), which win:

``chunks=N``   content deltas (default 20); a stream then holds ``N + 1`` chunk frames, the
               finish frame included. The text of delta ``i`` is ``VOCAB[i % len(VOCAB)]``,
               so a client can check every result (see :func:`expected_text`).
``snapshot=0`` leave out the closing ``chat.completion`` snapshot
``gap_ms=T``   send the headers and the first delta, then wait ``T`` ms before the rest
               (time to first chunk is then measured on a first chunk that arrives alone,
               as from a live model)
``batch=F``    frames per HTTP chunk (default 60; 1 = one write per frame)

``GET /_bench/stats`` returns ``{"cpu": <this process's CPU seconds>, "connections":
<connections that carried a chat request>, "requests": ..., "streams": ...}``: the
harness reads it before and after each measurement, so it can show the gateway's CPU share
and count new connections. Stats connections are not counted.

Run: ``python benchmarks/gateway.py [--port 0]``; it prints ``PORT <n>`` once listening
and serves until stdin closes or it gets SIGTERM.

Frames are pre-encoded: a stream costs the gateway a few joins and socket writes, not a
``json.dumps`` per frame, so that it stays far cheaper than any client it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from typing import Any, Final

__all__ = ["MODEL", "VOCAB", "chunk_bytes", "expected_text", "main", "serve"]

#: The words of every reply, cycled: short, like a tokenizer's tokens (3.8 chars average).
VOCAB: Final = (" the", " of", " a", " model", " token", " stream", ",", " is", " fast", ".")
MODEL: Final = "openai/gpt-5-nano-2025-08-07"
PROVIDER: Final = "bench"
CREATED: Final = 1732550000
DEFAULT_CHUNKS: Final = 20
DEFAULT_BATCH: Final = 60
MAX_HEAD: Final = 64 * 1024
MAX_BODY: Final = 8 * 1024 * 1024
_OPTION: Final = re.compile(r"\b(chunks|snapshot|gap_ms|batch)=(\d+(?:\.\d+)?)")


def expected_text(chunks: int) -> str:
    """The reply text of a request for ``chunks`` deltas (streamed or not)."""
    v = len(VOCAB)
    full, rest = divmod(chunks, v)
    return "".join(VOCAB) * full + "".join(VOCAB[:rest])


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def _usage(chunks: int) -> dict[str, int]:
    return {"input_text_tokens": 12, "output_text_tokens": chunks, "total_tokens": 12 + chunks}


def _chunk_frame(delta: dict[str, Any], finish: str | None = None, usage: Any = None) -> bytes:
    frame: dict[str, Any] = {
        "object": "chat.completion.chunk",
        "nativeResponseId": "bench-native",
        "created": CREATED,
        "model": MODEL,
        "provider": PROVIDER,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "reasoning": False}],
    }
    if usage is not None:
        frame["usage"] = usage
    return b"data: " + _dumps(frame) + b"\n\n"


def _completion(request_id: str, text: str, chunks: int) -> dict[str, Any]:
    return {
        "id": request_id,
        "object": "chat.completion",
        "nativeResponseId": "bench-native",
        "created": CREATED,
        "model": MODEL,
        "provider": PROVIDER,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
                "reasoning": False,
            }
        ],
        "usage": _usage(chunks),
    }


#: ``_FRAMES[i]``: the delta frame of word ``i``; ``_FIRST``: word 0 with the role.
_FRAMES: Final = tuple(_chunk_frame({"content": word}) for word in VOCAB)
_FIRST: Final = _chunk_frame({"role": "assistant", "content": VOCAB[0]})
_DONE: Final = b"data: [DONE]\n\n"
_REASONS: Final = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    413: "Payload Too Large",
    431: "Too Large",
}


def chunk_bytes(data: bytes) -> bytes:
    """``data`` as one HTTP/1.1 chunk."""
    return b"%x\r\n%s\r\n" % (len(data), data)


class _Blocks:
    """Pre-encoded HTTP chunks of ``batch`` delta frames, starting at a word index that is
    a multiple of ``len(VOCAB)``, cached per batch size."""

    def __init__(self) -> None:
        self._cache: dict[int, bytes] = {}

    def block(self, batch: int) -> bytes:
        found = self._cache.get(batch)
        if found is None:
            found = self._cache[batch] = chunk_bytes(b"".join(_FRAMES[i % len(VOCAB)] for i in range(batch)))
        return found


_BLOCKS: Final = _Blocks()


def stream_body(request_id: str, chunks: int, *, batch: int, snapshot: bool) -> Iterator[bytes]:
    """The HTTP chunks of one stream, after the first delta (sent by the caller)."""
    v = len(VOCAB)
    i = 1
    if batch % v == 0:
        # Deltas 1 .. batch-1 by hand; then cached blocks, which start at multiples of v.
        if i < chunks:
            stop = min(chunks, batch)
            yield chunk_bytes(b"".join([_FRAMES[j % v] for j in range(i, stop)]))
            i = stop
        block = _BLOCKS.block(batch)
        while i + batch <= chunks:
            yield block
            i += batch
    while i < chunks:
        stop = min(chunks, i + batch)
        yield chunk_bytes(b"".join([_FRAMES[j % v] for j in range(i, stop)]))
        i = stop
    tail = [_chunk_frame({}, "stop", _usage(chunks))]
    if snapshot:
        tail.append(b"data: " + _dumps(_completion(request_id, expected_text(chunks), chunks)) + b"\n\n")
    tail.append(_DONE)
    yield chunk_bytes(b"".join(tail))
    yield b"0\r\n\r\n"


class Stats:
    """What the harness reads from ``/_bench/stats``."""

    def __init__(self) -> None:
        self.connections = 0
        self.requests = 0
        self.streams = 0
        self.open = 0

    def as_json(self) -> bytes:
        return _dumps(
            {
                "cpu": time.process_time(),
                "connections": self.connections,
                "requests": self.requests,
                "streams": self.streams,
                "open": self.open,
            }
        )


class GatewayProtocol(asyncio.Protocol):
    """One client connection: parse requests, answer them in order, honour back-pressure."""

    def __init__(self, stats: Stats) -> None:
        self._stats = stats
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._counted = False
        self._paused = False
        self._producer: Iterator[bytes] | None = None
        self._gap_handle: asyncio.TimerHandle | None = None
        self._close_after = False

    # -- asyncio callbacks --------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._stats.open += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self._stats.open -= 1
        self._producer = None
        if self._gap_handle is not None:
            self._gap_handle.cancel()
        self._transport = None

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if self._producer is None and self._gap_handle is None:
            self._serve_buffered()

    def pause_writing(self) -> None:
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        if self._gap_handle is None:
            self._pump()

    # -- requests -----------------------------------------------------------------------

    def _serve_buffered(self) -> None:
        """Answer every complete request in the buffer, stopping at a stream in progress."""
        while self._transport is not None and self._producer is None and self._gap_handle is None:
            buffer = self._buffer
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > MAX_HEAD:
                    self._reply_error(431, "header_too_large", close=True)
                return
            lines = bytes(buffer[:end]).decode("latin-1").split("\r\n")
            try:
                method, target, _version = lines[0].split(" ", 2)
            except ValueError:
                self._reply_error(400, "bad_request_line", close=True)
                return
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0") or 0)
            if length > MAX_BODY or "chunked" in headers.get("transfer-encoding", ""):
                self._reply_error(413, "body_not_supported", close=True)
                return
            if len(buffer) < end + 4 + length:
                return
            body = bytes(buffer[end + 4 : end + 4 + length])
            del buffer[: end + 4 + length]
            self._close_after = headers.get("connection", "").lower() == "close"
            self._handle(method, target, headers, body)
            if self._close_after and self._producer is None and self._gap_handle is None:
                self._finish_connection()

    def _handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> None:
        path = target.split("?", 1)[0]
        if path == "/_bench/stats":
            self._reply(200, self._stats.as_json())
            return
        if not path.endswith("/chat/completions") or method != "POST":
            self._reply_error(404, "not_found")
            return
        if not self._counted:
            self._counted = True
            self._stats.connections += 1
        self._stats.requests += 1
        try:
            request: Any = json.loads(body)
        except ValueError:
            self._reply_error(400, "invalid_json")
            return
        if not isinstance(request, dict) or "model" not in request or not request.get("messages"):
            self._reply_error(400, "validation_error")
            return
        options = _options(headers, request)
        chunks = max(0, int(options.get("chunks", DEFAULT_CHUNKS)))
        request_id = f"req_{self._stats.requests}"
        if request.get("stream") is True:
            self._start_stream(request_id, chunks, options)
            return
        reply = _dumps(_completion(request_id, expected_text(chunks), chunks))
        self._reply(200, reply, extra=f"x-gateway-request-id: {request_id}\r\n")

    def _start_stream(self, request_id: str, chunks: int, options: dict[str, float]) -> None:
        assert self._transport is not None
        self._stats.streams += 1
        batch = max(1, int(options.get("batch", DEFAULT_BATCH)))
        snapshot = options.get("snapshot", 1) != 0
        gap = options.get("gap_ms", 0) / 1000.0
        head = (
            "HTTP/1.1 200 OK\r\n"
            "Content-Type: text/event-stream\r\n"
            "Cache-Control: no-store\r\n"
            f"x-gateway-request-id: {request_id}\r\n"
            "x-gateway-stream-shape: delta\r\n"
            "Transfer-Encoding: chunked\r\n"
            "\r\n"
        ).encode()
        self._producer = stream_body(request_id, chunks, batch=batch, snapshot=snapshot)
        if chunks <= 0:  # no deltas at all: just the finish frame and the end
            self._transport.write(head)
        else:
            self._transport.write(head + chunk_bytes(_FIRST))
        if gap > 0:
            self._gap_handle = asyncio.get_running_loop().call_later(gap, self._after_gap)
        else:
            self._pump()

    def _after_gap(self) -> None:
        self._gap_handle = None
        if not self._paused:
            self._pump()

    def _pump(self) -> None:
        """Write the stream until the socket pushes back or the stream ends."""
        transport = self._transport
        producer = self._producer
        if transport is None or producer is None:
            return
        for data in producer:
            transport.write(data)
            if self._paused:
                return
            if transport.is_closing():  # the client went away: stop producing
                self._producer = None
                return
        self._producer = None
        if self._close_after:
            self._finish_connection()
        else:
            self._serve_buffered()

    def _reply(self, status: int, body: bytes, *, extra: str = "", close: bool = False) -> None:
        if self._transport is None:
            return
        reason = _REASONS.get(status, "Error")
        connection = "Connection: close\r\n" if close else ""
        head = (
            f"HTTP/1.1 {status} {reason}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"{extra}{connection}\r\n"
        ).encode()
        self._transport.write(head + body)
        if close:
            self._finish_connection()

    def _reply_error(self, status: int, code: str, *, close: bool = False) -> None:
        self._reply(status, _dumps({"error": code, "ok": False}), close=close)

    def _finish_connection(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None


def _options(headers: dict[str, str], request: dict[str, Any]) -> dict[str, float]:
    """The request's bench options: ``name=value`` words of the last message, then headers."""
    found: dict[str, float] = {}
    messages = request.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[-1], dict):
        content = messages[-1].get("content")
        if isinstance(content, str) and "=" in content:
            found.update((name, float(value)) for name, value in _OPTION.findall(content))
    for name in ("chunks", "snapshot", "gap_ms", "batch"):
        raw = headers.get("x-bench-" + name.replace("_", "-"))
        if raw is not None:
            found[name] = float(raw)
    return found


async def serve(host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until stdin reaches EOF or the process is told to stop."""
    stats = Stats()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: GatewayProtocol(stats), host, port, backlog=2048)
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    # The parent keeps our stdin open; when it goes away, so do we.
    stdin = sys.stdin.fileno()
    loop.add_reader(stdin, lambda: stop.set() if not os.read(stdin, 1024) else None)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Fast local gateway for the aistats benchmarks.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
