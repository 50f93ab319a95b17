"""A small HTTP/1.1 server on 127.0.0.1 for the upload and download tests: it answers scripted
replies byte for byte (raw media included, ``Content-Length`` or chunked, optionally cut after
some bytes) and records every request it received: method, target, headers and the body (kept
whole up to ``keep`` bytes; beyond that only its size and sha256, so a 150 MiB upload costs the
test process nothing). Request bodies are read as they arrive (``Content-Length`` or chunked).
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import BinaryIO

__all__ = ["Recorded", "ReplayServer", "Scripted", "form_fields"]


@dataclass
class Recorded:
    """One request the server read."""

    method: str
    target: str
    headers: dict[str, str]
    size: int
    sha256: str
    body: bytes | None  # None when larger than the server's ``keep``

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Scripted:
    """One reply: ``body`` parts sent as they are (one chunk each when ``chunked``); ``cut_after``
    closes the connection after that many body bytes (a dropped connection); ``pause`` seconds
    are waited after each part."""

    status: int = 200
    headers: Sequence[tuple[str, str]] = ()
    body: Sequence[bytes] = ()
    chunked: bool = False
    cut_after: int | None = None
    pause: float = 0.0


Responder = Callable[[Recorded], Scripted]


@dataclass
class ReplayServer:
    """``with ReplayServer() as server:`` then ``server.enqueue(...)``; ``server.base_url``."""

    keep: int = 4 * 1024 * 1024
    requests: list[Recorded] = field(default_factory=list)
    _queue: deque[Scripted | Responder] = field(default_factory=deque)

    def __enter__(self) -> ReplayServer:
        owner = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                with contextlib.suppress(OSError):  # the client went away mid-reply
                    owner._serve(self.rfile, self.connection)  # type: ignore[arg-type]

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def enqueue(self, *replies: Scripted | Responder) -> None:
        self._queue.extend(replies)

    # -- serving -------------------------------------------------------------------------
    def _serve(self, reader: BinaryIO, conn: socket.socket) -> None:
        while True:
            line = reader.readline()
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                continue
            method, target, _ = line.decode("latin-1").split(" ", 2)
            head = b""
            while True:
                part = reader.readline()
                head += part
                if part in (b"\r\n", b"\n", b""):
                    break
            message = BytesParser(policy=HTTP).parsebytes(head)
            headers = {k.lower(): str(v) for k, v in message.items()}
            digest = hashlib.sha256()
            kept = bytearray()
            size = 0
            for data in _body(reader, headers):
                digest.update(data)
                size += len(data)
                if size <= self.keep:
                    kept += data
            recorded = Recorded(
                method, target, headers, size, digest.hexdigest(), bytes(kept) if size <= self.keep else None
            )
            self.requests.append(recorded)
            item = self._queue.popleft() if self._queue else Scripted(500, (), (b"no reply scripted",))
            reply = item if isinstance(item, Scripted) else item(recorded)
            if not self._send(conn, reply):
                return

    def _send(self, conn: socket.socket, reply: Scripted) -> bool:
        """Send ``reply``; False when the connection was closed (a cut)."""
        lines = [f"HTTP/1.1 {reply.status} X"]
        names = {name.lower() for name, _ in reply.headers}
        lines += [f"{name}: {value}" for name, value in reply.headers if name.lower() != "transfer-encoding"]
        total = sum(len(b) for b in reply.body)
        if reply.chunked:
            lines.append("transfer-encoding: chunked")
        elif "content-length" not in names:
            lines.append(f"content-length: {total}")
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        sent = 0
        for part in reply.body:
            if reply.cut_after is not None and sent + len(part) > reply.cut_after:
                head = part[: reply.cut_after - sent]
                conn.sendall(f"{len(head):x}\r\n".encode() + head if reply.chunked else head)
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
                return False
            if reply.chunked:
                if part:
                    conn.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            else:
                conn.sendall(part)
            sent += len(part)
            if reply.pause:
                time.sleep(reply.pause)
        if reply.chunked:
            conn.sendall(b"0\r\n\r\n")
        return True


def _body(reader: BinaryIO, headers: dict[str, str]) -> Iterator[bytes]:
    read = reader.read
    readline = reader.readline
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size = int(readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                readline()
                return
            left = size
            while left:
                data = read(min(left, 1 << 20))
                if not data:
                    return
                left -= len(data)
                yield data
            readline()
    left = int(headers.get("content-length", "0") or 0)
    while left > 0:
        data = read(min(left, 1 << 20))
        if not data:
            return
        left -= len(data)
        yield data


def form_fields(recorded: Recorded) -> list[dict[str, object]]:
    """The parts of a recorded multipart body: ``{name, value}`` or ``{name, filename,
    content_type, size, sha256}`` (the transcripts' ``form_fields`` shape)."""
    assert recorded.body is not None, "the body was too large to keep"
    ctype = recorded.headers["content-type"]
    boundary = ctype.split("boundary=", 1)[1].strip('"').encode()
    fields: list[dict[str, object]] = []
    for raw in recorded.body.split(b"--" + boundary)[1:]:
        if raw.startswith(b"--"):
            break
        head, _, content = raw[2:].partition(b"\r\n\r\n")
        content = content[:-2]  # the CRLF before the next boundary
        message = BytesParser(policy=HTTP).parsebytes(head + b"\r\n\r\n")
        disposition = message.get("content-disposition")
        params = dict(disposition.params) if disposition is not None else {}
        if "filename" in params:
            fields.append(
                {
                    "name": params["name"],
                    "filename": params["filename"],
                    "content_type": str(message.get("content-type")),
                    "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                }
            )
        else:
            fields.append({"name": params["name"], "value": content.decode()})
    return fields
