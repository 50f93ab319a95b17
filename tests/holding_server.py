"""A loopback HTTP/1.1 server that counts the connections its clients still hold open.

Every request gets the head of an event stream (one chunk frame) and then silence: the
server keeps the connection until the client closes it, so ``open`` is exactly the number
of streams the client has not let go of."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType

from aistats.testing import chunk_frame, encode_frame

_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


class HoldingServer:
    """Serve on 127.0.0.1 until closed; ``open`` counts connections the client holds."""

    def __init__(self, head: bytes = _HEAD, first: bytes | None = None) -> None:
        """``head``: the response head sent to every request; ``first``: the body data sent
        after it as one chunk (default: one chat chunk frame)."""
        self._head = head
        self._first = encode_frame(chunk_frame("held")) if first is None else first
        self._sock = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}/v1"
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self.accepted = 0
        self._closing = False
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def open(self) -> int:
        """Connections accepted and not yet closed by the client."""
        with self._lock:
            return len(self._conns)

    def wait_open(self, at_most: int, timeout: float) -> int:
        """Poll until at most ``at_most`` connections are open or ``timeout`` passes."""
        end = time.monotonic() + timeout
        while self.open > at_most and time.monotonic() < end:
            time.sleep(0.01)
        return self.open

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self._conns.add(conn)
                self.accepted += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                part = conn.recv(65536)
                if not part:
                    return
                data += part
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(body) < length:
                body += conn.recv(65536)
            conn.sendall(self._head + _chunk(self._first))
            while conn.recv(65536):  # hold until the client closes (b"" at EOF)
                pass
        except OSError:
            pass
        finally:
            with self._lock:
                self._conns.discard(conn)
            conn.close()

    def close(self) -> None:
        """Stop accepting, drop every connection and join the threads."""
        with contextlib.suppress(OSError):  # shutdown wakes the blocked accept() on Linux
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(5)
        for thread in self._threads:
            thread.join(5)

    def __enter__(self) -> HoldingServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
