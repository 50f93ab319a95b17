"""S7 and S8 of ``make bench``: a large upload from a ``Path`` and a large download to disk.

S7  ``POST /files`` of a ``size``-byte file given as a path (multipart, ``purpose=batch``)
S8  ``GET /files/{id}/content`` of ``size`` bytes written to a file on disk

Each row runs in a fresh worker process (``python benchmarks/transfer.py --row ...``), one
transfer per process, so that one library's imports and heap do not tax another's and the
peak is the transfer's own: the worker builds its client, makes one small warm-up call,
resets the kernel's peak-RSS mark (``/proc/self/clear_refs``), then transfers; "RSS growth"
is the peak resident set during the transfer (``VmHWM``) minus the resident set just
before it. Rounds interleave the rows; figures are medians of wall time and the largest
growth seen.

Rows: ``raw`` (httpx: a multipart upload from an open file, which httpx streams;
``iter_bytes`` into a file), ``openai`` (``client.files.create(file=path)``;
``client.files.content(id).write_to_file(path)``), ``openai-stream`` (S8 only:
``with_streaming_response.files.content(id)`` + ``stream_to_file``), and ``aistats``
written against the design API (``client.files.create(file=path, purpose="batch")``,
``client.files.download(id, to=path)``), reported as not available while ``aistats``
lacks those methods.

The server is a small asyncio process of its own (so it does not distort the client's
RSS) that discards uploads as they arrive and sends downloads from a zero-filled buffer
with ``Content-Length`` and ``Accept-Ranges: bytes``; it is far cheaper than any client.

Run alone: ``python benchmarks/run.py --only S7,S8`` (``--smoke`` for 8 MiB).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
API_KEY: Final = "sk-bench-0123456789"
FILE_ID: Final = "file-bench"
ROWS: Final = {"S7": ("raw", "openai", "aistats"), "S8": ("raw", "openai", "openai-stream", "aistats")}
MiB: Final = 1 << 20
_BLOCK: Final = bytes(MiB)


# ============================================================ the server
async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, size: int) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:] if h)}
            received = await _discard_body(reader, headers)
            path = target.partition("?")[0]
            if method == "POST" and path == "/v1/files":
                obj = _file_object(received)
                await _send_json(writer, obj)
            elif method == "GET" and path == f"/v1/files/{FILE_ID}":
                await _send_json(writer, _file_object(size))
            elif method == "GET" and path == f"/v1/files/{FILE_ID}/content":
                await _send_content(writer, size, headers.get("range"))
            else:
                await _send_json(writer, {"error": "not_found"}, status="404 Not Found")
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _discard_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> int:
    received = 0
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                while await reader.readuntil(b"\r\n") != b"\r\n":
                    pass
                return received
            while size:
                data = await reader.read(min(size, MiB))
                if not data:
                    raise asyncio.IncompleteReadError(b"", size)
                size -= len(data)
                received += len(data)
            await reader.readexactly(2)
    left = int(headers.get("content-length", "0"))
    while left:
        data = await reader.read(min(left, MiB))
        if not data:
            raise asyncio.IncompleteReadError(b"", left)
        left -= len(data)
        received += len(data)
    return received


def _file_object(size: int) -> dict[str, Any]:
    return {
        "object": "file", "id": FILE_ID, "purpose": "batch", "filename": "bench.jsonl", "bytes": size,
        "created_at": 1_700_000_000, "expires_at": 1_702_592_000, "status": "processed",
        "status_details": None,
    }  # fmt: skip


async def _send_json(writer: asyncio.StreamWriter, obj: Any, status: str = "200 OK") -> None:
    body = json.dumps(obj).encode()
    writer.write(
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n".encode()
        + body
    )
    await writer.drain()


async def _send_content(writer: asyncio.StreamWriter, size: int, wanted: str | None) -> None:
    start = 0
    found = re.fullmatch(r"bytes=(\d+)-", wanted or "")
    status, extra = "200 OK", ""
    if found and int(found[1]) < size:
        start = int(found[1])
        status, extra = "206 Partial Content", f"content-range: bytes {start}-{size - 1}/{size}\r\n"
    writer.write(
        f"HTTP/1.1 {status}\r\ncontent-type: application/octet-stream\r\naccept-ranges: bytes\r\n"
        f"{extra}content-length: {size - start}\r\n\r\n".encode()
    )
    left = size - start
    view = memoryview(_BLOCK)
    while left:
        piece = min(left, len(_BLOCK))
        writer.write(view[:piece])
        left -= piece
        await writer.drain()


def serve(size: int, port: int = 0) -> None:
    """Serve until stdin closes or SIGTERM; print ``PORT <n>`` once listening."""

    async def main() -> None:
        server = await asyncio.start_server(lambda r, w: _handle(r, w, size), "127.0.0.1", port)
        print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_reader(
            sys.stdin.fileno(), lambda: stop.set() if not os.read(sys.stdin.fileno(), 1) else None
        )
        async with server:
            await stop.wait()

    asyncio.run(main())


# ============================================================ a worker (one row, one transfer)
def _status_kib(key: str) -> int:
    found = re.search(rf"^{key}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    return int(found.group(1)) if found else 0


def _measure(transfer: Callable[[], None]) -> dict[str, Any]:
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    before = _status_kib("VmRSS")
    started = time.perf_counter()
    transfer()
    wall = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    return {"ok": True, "wall": wall, "growth": (peak - before) * 1024}


def _row(
    scenario: str, client: str, base_url: str, *, size: int, source: Path, target: Path
) -> dict[str, Any]:
    if client == "raw":
        import httpx

        with httpx.Client(
            base_url=base_url, headers={"authorization": f"Bearer {API_KEY}"}, timeout=300
        ) as raw:
            raw.get(f"/files/{FILE_ID}").raise_for_status()
            if scenario == "S7":

                def upload() -> None:
                    with source.open("rb") as file:
                        files = {"file": (source.name, file, "application/jsonl")}
                        answer = raw.post("/files", data={"purpose": "batch"}, files=files)
                    answer.raise_for_status()
                    _check(answer.json()["bytes"] > size, "the server got the whole file")

                return _measure(upload)

            def download() -> None:
                with raw.stream("GET", f"/files/{FILE_ID}/content") as answer, target.open("wb") as out:
                    answer.raise_for_status()
                    for chunk in answer.iter_bytes():
                        out.write(chunk)

            return _checked_download(_measure(download), target, size)
    if client.startswith("openai"):
        import openai

        with openai.OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0, timeout=300) as sdk:
            sdk.files.retrieve(FILE_ID)
            if scenario == "S7":

                def upload_openai() -> None:
                    created = sdk.files.create(file=source, purpose="batch")
                    _check(created.bytes > size, "the server got the whole file")

                return _measure(upload_openai)
            if client == "openai-stream":

                def stream_openai() -> None:
                    with sdk.with_streaming_response.files.content(FILE_ID) as answer:
                        answer.stream_to_file(target)

                return _checked_download(_measure(stream_openai), target, size)

            def download_openai() -> None:
                sdk.files.content(FILE_ID).write_to_file(target)

            return _checked_download(_measure(download_openai), target, size)
    import aistats

    with aistats.AIStats(api_key=API_KEY, base_url=base_url) as ours:
        files = getattr(ours, "files", None)
        method = "create" if scenario == "S7" else "download"
        if files is None or not hasattr(files, method):
            return {"ok": False, "skipped": f"not available: this aistats has no client.files.{method}"}
        if hasattr(files, "retrieve"):
            files.retrieve(FILE_ID)  # warm-up: the connection, the route's first-use imports
        if scenario == "S7":

            def upload_aistats() -> None:
                created = files.create(file=source, purpose="batch")
                sent = getattr(created, "bytes", None) or getattr(created, "bytes_", None)
                _check(isinstance(sent, int) and sent > size, "the server got the whole file")

            return _measure(upload_aistats)

        def download_aistats() -> None:
            files.download(FILE_ID, to=target)

        return _checked_download(_measure(download_aistats), target, size)


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def _checked_download(result: dict[str, Any], target: Path, size: int) -> dict[str, Any]:
    _check(target.stat().st_size == size, f"{target} holds {size} bytes")
    target.unlink()
    return result


def worker(argv: argparse.Namespace) -> None:
    try:
        result = _row(
            argv.row,
            argv.client,
            argv.url,
            size=argv.size,
            source=Path(argv.source),
            target=Path(argv.target),
        )
    except Exception as exc:  # reported as the row's failure
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    print(json.dumps(result), flush=True)


# ============================================================ orchestration
@dataclass
class Row:
    walls: list[float] = field(default_factory=list)
    growths: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: str | None = None

    def wall(self) -> float | None:
        return statistics.median(self.walls) if self.walls else None

    def growth(self) -> int | None:
        return max(self.growths) if self.growths else None


@dataclass
class Transfers:
    size: int
    rounds: int
    rows: dict[str, dict[str, Row]] = field(default_factory=dict)

    def render(self) -> str:
        mib = self.size // MiB
        lines = [
            f"| S7/S8, {mib} MiB (median wall of {self.rounds}, largest RSS growth) | Wall | vs raw "
            "| Peak RSS growth | Check |",
            "|---|---:|---:|---:|---|",
        ]
        what = {"S7": f"S7 upload {mib} MiB from a Path", "S8": f"S8 download {mib} MiB to disk"}
        for scenario, rows in self.rows.items():
            floor = rows.get("raw")
            for client, row in rows.items():
                wall, growth = row.wall(), row.growth()
                floor_wall = floor.wall() if floor is not None else None
                ratio = f"{wall / floor_wall:.2f}x" if wall and floor_wall else "-"
                check = row.skipped or (f"FAIL: {row.errors[0]}" if row.errors else "ok")
                cells = [
                    f"{what[scenario]}: {client}",
                    f"{wall:.3f} s" if wall is not None else "-",
                    ratio,
                    f"{growth / MiB:.1f} MiB" if growth is not None else "-",
                    check,
                ]
                lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def targets(self) -> list[tuple[str, str, str, bool]]:
        """Issue 23's targets: (name, limit, measured, met), for the rows that ran."""
        found: list[tuple[str, str, str, bool]] = []
        for scenario in ("S7", "S8"):
            rows = self.rows.get(scenario, {})
            ours = rows.get("aistats")
            if ours is None or ours.growth() is None:
                continue
            growth = (ours.growth() or 0) / MiB
            found.append(
                (f"{scenario} peak RSS growth (aistats)", "<= 8 MiB", f"{growth:.1f} MiB", growth <= 8)
            )
            wall = ours.wall() or 0.0
            raw = rows["raw"].wall() if "raw" in rows else None
            if scenario == "S7":
                others = [w for c in ("raw", "openai") if c in rows and (w := rows[c].wall()) is not None]
                if others:
                    best = min(others)
                    found.append(("S7 wall (aistats)", "<= the faster of raw and openai",
                                  f"{wall / best:.2f}x the faster", wall <= best))  # fmt: skip
            elif raw:
                found.append(("S8 wall (aistats)", "<= 1.05x raw", f"{wall / raw:.2f}x", wall <= 1.05 * raw))
        return found

    def as_json(self) -> dict[str, Any]:
        return {
            s: {c: {"walls": r.walls, "growths": r.growths, "errors": r.errors, "skipped": r.skipped}
                for c, r in rows.items()}
            for s, rows in self.rows.items()
        }  # fmt: skip


def _start_server(size: int) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--size", str(size)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("PORT "):
        process.kill()
        raise RuntimeError(f"the transfer server did not start: {line!r}")
    return process, int(line.split()[1])


def run(
    scenarios: Sequence[str],
    size: int,
    rounds: int,
    *,
    note: Callable[[str], None] = print,
    openai: bool = True,
) -> Transfers:
    """Run S7 and/or S8: every row in a fresh worker, ``rounds`` interleaved rounds."""
    found = Transfers(size, rounds)
    with tempfile.TemporaryDirectory(prefix="aistats-bench-") as scratch:
        source = Path(scratch) / "upload.jsonl"
        with source.open("wb") as file:
            file.truncate(size)  # sparse: read back as zeros without disk I/O
        server, port = _start_server(size)
        try:
            for scenario in scenarios:
                rows = found.rows.setdefault(scenario, {})
                for r in range(rounds):
                    clients = tuple(c for c in ROWS[scenario] if openai or not c.startswith("openai"))
                    order = clients[r % len(clients) :] + clients[: r % len(clients)]
                    for client in order:
                        row = rows.setdefault(client, Row())
                        if row.skipped:
                            continue
                        result = _run_worker(
                            scenario, client, port, size=size, source=source, target=Path(scratch) / "out.bin"
                        )
                        if result.get("skipped"):
                            row.skipped = result["skipped"]
                        elif result.get("ok"):
                            row.walls.append(result["wall"])
                            row.growths.append(result["growth"])
                        else:
                            row.errors.append(str(result.get("error")))
                    note(f"  {scenario} round {r + 1}/{rounds} done")
                found.rows[scenario] = {c: rows[c] for c in ROWS[scenario] if c in rows}
        finally:
            with contextlib.suppress(Exception):
                assert server.stdin is not None
                server.stdin.close()
            server.wait(10)
    return found


def _run_worker(
    scenario: str, client: str, port: int, *, size: int, source: Path, target: Path
) -> dict[str, Any]:
    command = [
        sys.executable, __file__, "--row", scenario, "--client", client, "--url", f"http://127.0.0.1:{port}/v1",
        "--size", str(size), "--source", str(source), "--target", str(target),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)])}
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"ok": False, "error": f"worker exited {done.returncode}: {done.stderr.strip()[-300:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="S7/S8 transfer benchmark (server and worker entry points)")
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--row", choices=tuple(ROWS))
    parser.add_argument("--client")
    parser.add_argument("--url")
    parser.add_argument("--size", type=int, default=128 * MiB)
    parser.add_argument("--source")
    parser.add_argument("--target")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.size)
        return 0
    if args.row:
        worker(args)
        return 0
    print(run(("S7", "S8"), args.size, args.rounds).render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
