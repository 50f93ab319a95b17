"""S9: reading a batch's result file with ``client.batches.results()`` against a plain loop
of ``json.loads`` over the same lines already in memory.

The file (100,000 lines shaped like the real gateway's output lines, wire3 z46, ~450 bytes
each) is served by ``python -m http.server`` in another process, so the client's CPU time
(``time.process_time``) is the client's alone. Per line: the median over rounds of CPU µs,
and the ratio of ``results()`` to the plain loop (the target: at most 1.3). Memory: the
peak of Python allocations (``tracemalloc``) while ``results()`` reads the whole file, in
a separate pass, against the file's size (flat: it does not grow with the file).

Usage: ``python benchmarks/run.py --only S9`` (or this file alone: ``python benchmarks/bench_results.py``).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
for _path in (ROOT / "generated", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

LINES: Final = 100_000
ROUNDS: Final = 5
TARGET: Final = 1.3
FILE_ID: Final = "file-out-bench"


def result_line(index: int) -> bytes:
    completion = {
        "id": f"chatcmpl-batch{index}", "object": "chat.completion", "created": 1764000000,
        "model": "gpt-4.1-mini-2025-04-14",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": f"Answer number {index}.",
                     "refusal": None, "annotations": []}, "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
    }  # fmt: skip
    line = {
        "id": f"batch_req_{index}", "custom_id": f"req-{index}",
        "response": {"status_code": 200, "request_id": f"req_up_{index}", "body": completion}, "error": None,
    }  # fmt: skip
    return json.dumps(line, separators=(",", ":")).encode()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class FileServer:
    """``python -m http.server`` over a directory holding ``v1/files/<id>/content``."""

    def __init__(self, content: bytes) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="aistats-s9-"))
        target = self.root / "v1" / "files" / FILE_ID / "content"
        target.parent.mkdir(parents=True)
        target.write_bytes(content)
        self.port = _free_port()
        command = [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*command, "--directory", str(self.root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        end = time.monotonic() + 10
        while time.monotonic() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.close()
        raise RuntimeError("the file server did not start")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(5)
        shutil.rmtree(self.root, ignore_errors=True)


def _cpu(work: Callable[[], int]) -> tuple[float, int]:
    started = time.process_time()
    count = work()
    return time.process_time() - started, count


def run(lines: int = LINES, rounds: int = ROUNDS) -> dict[str, Any]:
    """S9's figures: µs per line of each reader, the ratios, and the peak memory."""
    from aistats import AIStats, AsyncAIStats
    from aistats.types import Batch

    raw_lines = [result_line(i) for i in range(lines)]
    content = b"\n".join(raw_lines) + b"\n"
    done = Batch.from_dict({"id": "batch_bench", "lifecycle_status": "completed", "output_file_id": FILE_ID})
    server = FileServer(content)
    try:
        client = AIStats(api_key="sk-bench", base_url=server.base_url, max_retries=0)
        aclient = AsyncAIStats(api_key="sk-bench", base_url=server.base_url, max_retries=0)
        loop = asyncio.new_event_loop()

        def plain() -> int:
            count = 0
            for line in raw_lines:
                json.loads(line)
                count += 1
            return count

        def sync_results() -> int:
            count = 0
            with client.batches.results(done) as results:
                for _ in results:
                    count += 1
            return count

        async def async_read() -> int:
            count = 0
            async with aclient.batches.results(done) as results:
                async for _ in results:
                    count += 1
            return count

        def async_results() -> int:
            return loop.run_until_complete(async_read())

        readers = {"json.loads loop": plain, "results() sync": sync_results, "results() async": async_results}
        for reader in readers.values():  # warm-up, and every reader sees every line
            assert reader() == lines
        per_line: dict[str, list[float]] = {name: [] for name in readers}
        ratios: dict[str, list[float]] = {"results() sync": [], "results() async": []}
        for _ in range(rounds):
            base, _ = _cpu(plain)
            per_line["json.loads loop"].append(base / lines * 1e6)
            for name, ratio in ratios.items():
                spent, _ = _cpu(readers[name])
                per_line[name].append(spent / lines * 1e6)
                ratio.append(spent / base)
        tracemalloc.start()
        sync_results()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        loop.run_until_complete(aclient.close())
        loop.close()
        client.close()
    finally:
        server.close()
    return {
        "lines": lines,
        "rounds": rounds,
        "file_bytes": len(content),
        "us_per_line": {name: statistics.median(values) for name, values in per_line.items()},
        "ratio": {name: statistics.median(values) for name, values in ratios.items()},
        "peak_traced_bytes": peak,
    }


def targets(figures: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """S9's rows of ``make bench``'s target table: each reader's ratio to the json.loads loop."""
    return [
        (
            f"S9 CPU per batch result line ({name})",
            f"<= {TARGET:.2f}x json.loads",
            f"{ratio:.2f}x",
            ratio <= TARGET,
        )
        for name, ratio in figures["ratio"].items()
    ]


def render(figures: dict[str, Any]) -> str:
    rows = [
        "| reader | CPU µs per line | ratio to the json.loads loop |",
        "|---|---:|---:|",
    ]
    for name, value in figures["us_per_line"].items():
        ratio = figures["ratio"].get(name)
        rows.append(f"| {name} | {value:.2f} | {'1.00' if ratio is None else f'{ratio:.2f}'} |")
    verdict = ", ".join(
        f"{name} {ratio:.3f}x {'met' if ratio <= TARGET else 'MISSED'}"
        for name, ratio in figures["ratio"].items()
    )
    return (
        f"S9: {figures['lines']:,} result lines ({figures['file_bytes'] / 1e6:.1f} MB) read with "
        f"batches.results(), median of {figures['rounds']} rounds\n\n" + "\n".join(rows) + "\n\n"
        f"Peak Python memory while reading the whole file: {figures['peak_traced_bytes'] / 1024:.0f} KiB "
        f"(the file: {figures['file_bytes'] / 1024:.0f} KiB). Target <= {TARGET}x: {verdict}."
    )


if __name__ == "__main__":
    print(render(run()))
