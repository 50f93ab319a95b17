"""``make bench``: aistats against raw httpx and the OpenAI SDK, side by side.

One local gateway process (``benchmarks/gateway.py``) serves every client. Each client runs
in a worker process of its own (so that one library's imports and garbage do not tax
another's), and the workers take turns: every scenario runs in rounds, and each round
runs every client once, raw httpx and aistats back to back in alternating order. Figures
are medians over rounds. Ratios are cost relative to raw httpx of the same kind (sync
clients against ``httpx.Client``, async ones against ``httpx.AsyncClient``): the median
over rounds of each round's ratio, so lower is better and 1.00 is the floor.

Clients: ``raw`` (httpx ``iter_lines`` + ``json.loads``), ``aistats`` (``AIStats``),
``openai`` (``openai.OpenAI``), ``phaseo`` (``phaseo.Phaseo``, the gateway's own Python SDK),
and their async twins (``raw-async``, ``aistats-async``, ``openai-async``; phaseo has no
async client, so no row in S4). Every result is checked: reply text and chunk count.

Scenarios:
  S1  sequential non-streamed requests: wall and CPU µs per request
  S2  a 5,000-chunk stream per client in each of 30 rounds (many short rounds follow this
      VM's drifting speed better than 9 of 20,000 chunks did: two such runs minutes apart
      gave 1.04x and 1.53x): chunks/s and CPU µs per chunk (the gateway writes 60 frames
      per HTTP chunk); S2b the same with one frame per HTTP chunk, as a live stream arrives.
      The same per-chunk work on both sides and nothing else in the loop: raw httpx reads
      lines and parses each frame's JSON; aistats hands out typed chunks, accumulating the
      final completion (checked at the end with ``get_final_completion()``); the loop only
      counts chunks (the text is checked on a warm-up stream)
  S3  time to first chunk over 200 short streams (the first delta arrives alone)
  S4  256 concurrent streams of 200 chunks through one async client: wall, CPU, errors
  S5  cold import time in a fresh interpreter (median of 7): aistats, httpx, openai, phaseo, in a
      fresh venv holding aistats' wheel (a regular byte-compiled install) and only the
      runtime dependencies (and openai's and phaseo's, for their rows: ``benchmarks/fresh_env.py``)
  S6  RSS growth over 200,000 chunks of one stream, from a baseline taken after a lead of
      20,000 chunks of that stream (fresh worker processes; see ``SyncWorker.s6``)
  S7  upload of a 128 MiB file from a ``Path``; S8  download of 128 MiB to disk: wall and
      peak RSS growth, each transfer in a fresh worker against a server process of its own
      (``benchmarks/transfer.py``); aistats' row uses ``client.files.create`` / ``download``
  S9  100,000 batch result lines read with ``batches.results()`` against a plain loop of
      ``json.loads`` over the same lines, and its peak memory (``benchmarks/bench_results.py``)
Also: new connections per request / per stream after warm-up, counted at the gateway,
and the gateway's own CPU time as a share of each measurement's wall time.

CPU is ``time.process_time()`` of the client's worker process. Usage:
``python benchmarks/run.py [--quick | --smoke] [--only S7,S8] [--json FILE] [--markdown FILE]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime
import gc
import http.client
import importlib.util
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Protocol

ROOT: Final = Path(__file__).resolve().parent.parent
for _path in (ROOT / "generated", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks import transfer  # noqa: E402
from benchmarks.gateway import MODEL, expected_text  # noqa: E402

if TYPE_CHECKING:
    import httpx

SYNC_CLIENTS: Final = ("raw", "aistats", "openai", "phaseo")
ASYNC_CLIENTS: Final = ("raw-async", "aistats-async", "openai-async")
ALL_CLIENTS: Final = SYNC_CLIENTS + ASYNC_CLIENTS
#: Other SDKs measured beside aistats (rows of their own, no targets), by client name prefix.
PEERS: Final = ("openai", "phaseo")
API_KEY: Final = "sk-bench-0123456789"
RSS_EVERY: Final = 4096  # chunks between memory samples in S6


# ============================================================ plans


@dataclass(frozen=True)
class Plan:
    """How much of each scenario to run. S1 and S3 run ``rounds`` short rounds (many short
    back-to-back pairs average a shared machine's drifting load out better than a few long
    ones); S2 runs one stream per client per round."""

    name: str
    rounds: int  # S1 and S3
    s1_requests: int  # per round
    s2_rounds: int  # S2 and S2b
    s2_chunks: int
    s3_streams: int  # per round
    s4_streams: int
    s4_chunks: int
    s4_rounds: int
    s5_runs: int
    s6_chunks: int
    s6_clients: tuple[str, ...]
    s6_rounds: int = 1
    scenarios: tuple[str, ...] = ("S1", "S2", "S2B", "S3", "S4", "S5", "S6", "S7", "S8", "S9")
    transfer_mib: int = 128  # S7 and S8
    transfer_rounds: int = 3
    s9_lines: int = 100_000
    s9_rounds: int = 5
    s1_words: int = 20
    s3_chunks: int = 20
    s3_gap_ms: float = 2.0
    warmup: int = 3


PLANS: Final = {
    "full": Plan(
        "full", rounds=12, s1_requests=50, s2_rounds=30, s2_chunks=5_000, s3_streams=20,
        s4_streams=256, s4_chunks=200, s4_rounds=6, s5_runs=7, s6_chunks=200_000,
        s6_clients=("raw", "aistats", "raw-async", "aistats-async"), s6_rounds=3,
    ),
    "quick": Plan(
        "quick", rounds=4, s1_requests=25, s2_rounds=2, s2_chunks=10_000, s3_streams=10,
        s4_streams=256, s4_chunks=50, s4_rounds=1, s5_runs=3, s6_chunks=100_000,
        s6_clients=("raw", "aistats"), scenarios=("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"),
        transfer_rounds=1, s9_lines=20_000, s9_rounds=3,
    ),
    "smoke": Plan(
        "smoke", rounds=1, s1_requests=2, s2_rounds=1, s2_chunks=300, s3_streams=2,
        s4_streams=8, s4_chunks=10, s4_rounds=1, s5_runs=1, s6_chunks=5_000,
        s6_clients=("raw", "aistats"), warmup=1, transfer_mib=4, transfer_rounds=1,
        s9_lines=2_000, s9_rounds=1,
    ),
}  # fmt: skip


def prompt(chunks: int, *, gap_ms: float = 0, snapshot: bool = True, batch: int = 0) -> str:
    """The user message that asks the bench gateway for a reply of ``chunks`` deltas."""
    text = f"Benchmark reply, chunks={chunks}"
    if batch:
        text += f" batch={batch}"
    if gap_ms:
        text += f" gap_ms={gap_ms:g}"
    if not snapshot:
        text += " snapshot=0"
    return text


# ============================================================ measuring (worker side)


def rss_bytes() -> int:
    """This process's resident set size now (Linux ``/proc``; else the peak so far)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Marks:
    """When the first chunk of a stream arrived (wall and CPU clocks)."""

    __slots__ = ("cpu", "wall")

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __call__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()


def traced_bytes() -> int:
    """Python heap memory allocated now, as tracemalloc counts it (when tracing)."""
    return tracemalloc.get_traced_memory()[0]


class Meter:
    """S6's sink for delta text: counts characters and samples memory, keeping nothing.

    With ``lead``, the baseline is sampled once the first ``lead`` deltas have arrived
    (``base``, ``base_chars``), and the peak only after it; without, by the caller before
    the stream."""

    __slots__ = ("base", "base_chars", "calls", "chars", "lead", "peak", "sample")

    def __init__(self, sample: Callable[[], int] = rss_bytes, lead: int = 0) -> None:
        self.calls = 0
        self.chars = 0
        self.peak = 0
        self.sample = sample
        self.lead = lead
        self.base = 0
        self.base_chars = 0

    def __call__(self, text: str) -> None:
        self.chars += len(text)
        self.calls += 1
        if not self.calls % RSS_EVERY and self.calls > self.lead:
            self.peak = max(self.peak, self.sample())
        elif self.calls == self.lead:
            self.base = self.sample()
            self.base_chars = self.chars


#: Where a stream's delta text goes; ``None``: nowhere (S2's lean loop: the client decodes
#: every chunk, the loop only counts them).
Add = Callable[[str], None] | None
Mark = Callable[[], None]


class SyncBench(Protocol):
    """One sync client, driven the way its users would drive it."""

    def complete(self, text: str) -> str: ...

    def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]: ...

    def close(self) -> None: ...


class AsyncBench(Protocol):
    """One async client."""

    async def complete(self, text: str) -> str: ...

    async def stream(
        self, text: str, add: Add, mark: Mark, *, final: bool = False
    ) -> tuple[int, str | None]: ...

    async def close(self) -> None: ...


def _limits() -> httpx.Limits:
    import httpx

    # What AIStats and OpenAI use by default, so that S4 compares like with like.
    return httpx.Limits(max_connections=1000, max_keepalive_connections=100)


class RawSync:
    """httpx.Client: ``json=`` requests, ``iter_lines`` + ``json.loads``: the floor."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self._http = httpx.Client(limits=_limits(), timeout=600)
        self._url = base_url + "/chat/completions"
        self._headers = {"Authorization": f"Bearer {API_KEY}"}

    def complete(self, text: str) -> str:
        payload = {"model": MODEL, "messages": [{"role": "user", "content": text}]}
        response = self._http.post(self._url, json=payload, headers=self._headers)
        response.raise_for_status()
        content: str = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        payload = {"model": MODEL, "messages": [{"role": "user", "content": text}], "stream": True}
        loads = json.loads
        count = 0
        with self._http.stream("POST", self._url, json=payload, headers=self._headers) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    continue
                frame = loads(data)
                if frame.get("object") != "chat.completion.chunk":
                    continue
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in frame["choices"]:
                        content = choice["delta"].get("content")
                        if content:
                            add(content)
        return count, None

    def close(self) -> None:
        self._http.close()


class RawAsync:
    """httpx.AsyncClient: ``aiter_lines`` + ``json.loads``."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self._http = httpx.AsyncClient(limits=_limits(), timeout=600)
        self._url = base_url + "/chat/completions"
        self._headers = {"Authorization": f"Bearer {API_KEY}"}

    async def complete(self, text: str) -> str:
        payload = {"model": MODEL, "messages": [{"role": "user", "content": text}]}
        response = await self._http.post(self._url, json=payload, headers=self._headers)
        response.raise_for_status()
        content: str = json.loads(response.content)["choices"][0]["message"]["content"]
        return content

    async def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        payload = {"model": MODEL, "messages": [{"role": "user", "content": text}], "stream": True}
        loads = json.loads
        count = 0
        async with self._http.stream("POST", self._url, json=payload, headers=self._headers) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    continue
                frame = loads(data)
                if frame.get("object") != "chat.completion.chunk":
                    continue
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in frame["choices"]:
                        content = choice["delta"].get("content")
                        if content:
                            add(content)
        return count, None

    async def close(self) -> None:
        await self._http.aclose()


class AIStatsSync:
    """``aistats.AIStats``: typed chunk models, the final completion on request."""

    def __init__(self, base_url: str) -> None:
        from aistats import AIStats

        self._client = AIStats(api_key=API_KEY, base_url=base_url)

    def complete(self, text: str) -> str:
        completion = self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}]
        )
        content = completion.choices[0].message.content
        return content if isinstance(content, str) else ""

    def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        count = 0
        with self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}], stream=True
        ) as stream:
            for chunk in stream:
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in chunk.choices:
                        content = choice.delta.content
                        if content:
                            add(content)
            whole = None
            if final:
                got = stream.get_final_completion().choices[0].message.content
                whole = got if isinstance(got, str) else ""
        return count, whole

    def close(self) -> None:
        self._client.close()


class AIStatsAsync:
    """``aistats.AsyncAIStats``."""

    def __init__(self, base_url: str) -> None:
        from aistats import AsyncAIStats

        self._client = AsyncAIStats(api_key=API_KEY, base_url=base_url)

    async def complete(self, text: str) -> str:
        completion = await self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}]
        )
        content = completion.choices[0].message.content
        return content if isinstance(content, str) else ""

    async def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        count = 0
        stream = await self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}], stream=True
        )
        async with stream:
            async for chunk in stream:
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in chunk.choices:
                        content = choice.delta.content
                        if content:
                            add(content)
            whole = None
            if final:
                got = (await stream.get_final_completion()).choices[0].message.content
                whole = got if isinstance(got, str) else ""
        return count, whole

    async def close(self) -> None:
        await self._client.close()


class OpenAISync:
    """``openai.OpenAI`` with ``base_url`` at the bench gateway. Its stream also yields the
    gateway's closing ``chat.completion`` snapshot (as a chunk model), which is skipped."""

    def __init__(self, base_url: str) -> None:
        import openai

        self._client = openai.OpenAI(api_key=API_KEY, base_url=base_url)

    def complete(self, text: str) -> str:
        completion = self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}]
        )
        return completion.choices[0].message.content or ""

    def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        count = 0
        with self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}], stream=True
        ) as stream:
            for chunk in stream:
                if chunk.object != "chat.completion.chunk":
                    continue
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in chunk.choices:
                        content = choice.delta.content
                        if content:
                            add(content)
        return count, None

    def close(self) -> None:
        self._client.close()


class OpenAIAsync:
    """``openai.AsyncOpenAI``."""

    def __init__(self, base_url: str) -> None:
        import openai

        self._client = openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url)

    async def complete(self, text: str) -> str:
        completion = await self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}]
        )
        return completion.choices[0].message.content or ""

    async def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        count = 0
        stream = await self._client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": text}], stream=True
        )
        async with stream:
            async for chunk in stream:
                if chunk.object != "chat.completion.chunk":
                    continue
                if not count:
                    mark()
                count += 1
                if add is not None:
                    for choice in chunk.choices:
                        content = choice.delta.content
                        if content:
                            add(content)
        return count, None

    async def close(self) -> None:
        await self._client.close()


class PhaseoSync:
    """``phaseo.Phaseo`` (the gateway's own Python SDK) with ``base_url`` at the bench gateway.

    ``chat.completions.create`` returns the reply as a plain dict (the response JSON);
    ``stream_chat`` yields every ``data:`` frame but ``[DONE]`` as a dict (the frame's JSON,
    with phaseo's ``text``, ``usage`` and ``reasoning_tokens`` keys added), the gateway's
    closing ``chat.completion`` snapshot included: it is skipped, as for openai. phaseo has
    no async client (so no row in S4) and no final completion. Underneath, a non-streamed call
    is one ``urllib.request.urlopen`` and a stream one module-level ``httpx.stream()`` (a new
    ``httpx.Client`` each time): a new connection per request either way, nothing to close.
    The first call for a model also asks ``GET /data/models`` for its lifecycle (the bench
    gateway answers 404, which phaseo remembers as unknown; it happens in warm-up and the
    gateway does not count it).
    """

    def __init__(self, base_url: str) -> None:
        import phaseo

        self._client = phaseo.Phaseo(api_key=API_KEY, base_url=base_url)

    def complete(self, text: str) -> str:
        completion = self._client.chat.completions.create(
            {"model": MODEL, "messages": [{"role": "user", "content": text}]}
        )
        content = completion["choices"][0]["message"]["content"]
        return content if isinstance(content, str) else ""

    def stream(self, text: str, add: Add, mark: Mark, *, final: bool = False) -> tuple[int, str | None]:
        count = 0
        frames: Iterator[Mapping[str, Any]] = self._client.stream_chat(
            {"model": MODEL, "messages": [{"role": "user", "content": text}]}
        )
        for frame in frames:
            if frame.get("object") != "chat.completion.chunk":
                continue
            if not count:
                mark()
            count += 1
            if add is not None:
                content = frame["text"]  # phaseo's join of the frame's delta contents
                if content:
                    add(content)
        return count, None

    def close(self) -> None:
        pass  # phaseo keeps no connections or pool between calls


SYNC_FACTORIES: Final[dict[str, Callable[[str], SyncBench]]] = {
    "raw": RawSync,
    "aistats": AIStatsSync,
    "openai": OpenAISync,
    "phaseo": PhaseoSync,
}
ASYNC_FACTORIES: Final[dict[str, Callable[[str], AsyncBench]]] = {
    "raw-async": RawAsync,
    "aistats-async": AIStatsAsync,
    "openai-async": OpenAIAsync,
}


class Gauge:
    """Reads the gateway's own counters over a separate (uncounted) connection."""

    def __init__(self, port: int) -> None:
        self._port = port

    def read(self) -> dict[str, float]:
        conn = http.client.HTTPConnection("127.0.0.1", self._port, timeout=30)
        try:
            conn.request("GET", "/_bench/stats")
            stats: dict[str, float] = json.loads(conn.getresponse().read())
            return stats
        finally:
            conn.close()


class Clock:
    """Wall, CPU and gateway figures of one measured section."""

    def __init__(self, gauge: Gauge) -> None:
        self._gauge = gauge
        self._gw0: dict[str, float] = {}
        self._wall0 = self._cpu0 = 0.0
        self.figures: dict[str, Any] = {}

    def __enter__(self) -> Clock:
        self._gw0 = self._gauge.read()
        self._wall0 = time.perf_counter()
        self._cpu0 = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        cpu = time.process_time() - self._cpu0
        wall = time.perf_counter() - self._wall0
        gw = self._gauge.read()
        self.figures.update(
            wall=wall,
            cpu=cpu,
            gw_cpu=gw["cpu"] - self._gw0["cpu"],
            new_conns=int(gw["connections"] - self._gw0["connections"]),
        )


def _check(what: str, got: object, want: object) -> None:
    if got != want:
        shown = got if not isinstance(got, str) or len(got) < 80 else got[:60] + "…"
        raise AssertionError(f"{what}: got {shown!r}, expected {want!r:.80}")


def _check_lean(chunks: int, count: int, whole: str | None) -> None:
    """S2's lean loop: the chunk count, and aistats' final completion (the raw and openai
    loops keep no text; their text is checked by the warm-up stream)."""
    _check("chunk count", count, chunks + 1)
    if whole is not None:
        _check("final completion", whole, expected_text(chunks))


def _memory_result(total: int, meter: Meter, count: int, final: str | None) -> dict[str, Any]:
    """S6's figures, once the stream of ``total`` chunks and its final completion were checked."""
    after = rss_bytes()
    _check("chunk count", count, total + 1)
    _check("streamed characters", meter.chars, len(expected_text(total)))
    if final is not None:
        _check("final completion", final, expected_text(total))
    return {
        "rss_base": meter.base,
        "rss_peak": max(meter.peak, meter.base),
        "rss_after": after,
        "chars": meter.chars - meter.base_chars,
    }


class SyncWorker:
    """Runs scenario commands against one sync client."""

    def __init__(self, client: SyncBench, gauge: Gauge) -> None:
        self.client = client
        self.gauge = gauge

    def run(self, op: str, args: dict[str, Any]) -> dict[str, Any]:
        handler: Callable[..., dict[str, Any]] = getattr(self, op)
        return handler(**args)

    def _one_stream(self, chunks: int, text: str, mark: Mark) -> None:
        pieces: list[str] = []
        count, _ = self.client.stream(text, pieces.append, mark)
        _check("chunk count", count, chunks + 1)
        _check("streamed text", "".join(pieces), expected_text(chunks))

    def s1(self, n: int, words: int, warmup: int) -> dict[str, Any]:
        text, want = prompt(words), expected_text(words)
        for _ in range(warmup):
            _check("reply", self.client.complete(text), want)
        with Clock(self.gauge) as clock:
            replies = [self.client.complete(text) for _ in range(n)]
        for reply in replies:
            _check("reply", reply, want)
        return clock.figures

    def s2(self, chunks: int, warmup: int, batch: int = 0) -> dict[str, Any]:
        self._one_stream(200, prompt(200, batch=batch), Marks())
        with Clock(self.gauge) as clock:
            count, whole = self.client.stream(prompt(chunks, batch=batch), None, Marks(), final=True)
        _check_lean(chunks, count, whole)
        return clock.figures

    def s2b(self, chunks: int, warmup: int) -> dict[str, Any]:
        return self.s2(chunks, warmup, batch=1)

    def s3(self, n: int, chunks: int, gap_ms: float, warmup: int) -> dict[str, Any]:
        text = prompt(chunks, gap_ms=gap_ms)
        for _ in range(warmup):
            self._one_stream(chunks, text, Marks())
        ttfc: list[float] = []
        ttfc_cpu: list[float] = []
        with Clock(self.gauge) as clock:
            for _ in range(n):
                marks = Marks()
                wall0, cpu0 = time.perf_counter(), time.process_time()
                self._one_stream(chunks, text, marks)
                ttfc.append(marks.wall - wall0)
                ttfc_cpu.append(marks.cpu - cpu0)
        clock.figures.update(ttfc=statistics.median(ttfc), ttfc_cpu=statistics.median(ttfc_cpu))
        return clock.figures

    def s6(self, chunks: int, warmup: int, traced: bool = True) -> dict[str, Any]:
        """RSS growth over ``chunks`` chunks of one long stream, from its baseline after a
        lead of a tenth as many (``Meter``), then the Python heap it holds (tracemalloc).

        A stream a tenth as long goes first (imports, connection, first-use caches). The
        baseline is then taken inside the measured stream, once its read path is running:
        an async client's reads (asyncio reads up to 256 KiB at a time, anyio hands them
        on in 64 KiB slices, copies) keep about 0.5 MiB in flight at the top of malloc's
        heap; a baseline taken between streams counted it or not depending on whether the
        heap had just been trimmed (raw httpx async, which keeps nothing, grew 0.00-0.73
        MiB that way). The growth still counts everything the ``chunks`` measured chunks
        add, the text kept for the final completion included."""
        text = prompt(chunks, snapshot=False)
        lead = chunks // 10
        self._one_stream(lead, prompt(lead, snapshot=False), Marks())
        gc.collect()
        meter = Meter(lead=lead)
        count, final = self.client.stream(prompt(lead + chunks, snapshot=False), meter, Marks(), final=True)
        figures = _memory_result(lead + chunks, meter, count, final)
        if not traced:
            return figures
        tracemalloc.start()
        try:
            meter = Meter(traced_bytes)
            base = traced_bytes()
            self.client.stream(text, meter, Marks())
            figures["traced_held"] = meter.peak - base
        finally:
            tracemalloc.stop()
        return figures


class AsyncWorker:
    """Runs scenario commands against one async client, on one event loop."""

    def __init__(self, client: AsyncBench, gauge: Gauge, loop: asyncio.AbstractEventLoop) -> None:
        self.client = client
        self.gauge = gauge
        self.loop = loop

    def run(self, op: str, args: dict[str, Any]) -> dict[str, Any]:
        handler: Callable[..., Awaitable[dict[str, Any]]] = getattr(self, op)
        return self.loop.run_until_complete(handler(**args))

    async def _one_stream(self, chunks: int, text: str, mark: Mark) -> None:
        pieces: list[str] = []
        count, _ = await self.client.stream(text, pieces.append, mark)
        _check("chunk count", count, chunks + 1)
        _check("streamed text", "".join(pieces), expected_text(chunks))

    async def s1(self, n: int, words: int, warmup: int) -> dict[str, Any]:
        text, want = prompt(words), expected_text(words)
        for _ in range(warmup):
            _check("reply", await self.client.complete(text), want)
        with Clock(self.gauge) as clock:
            replies = [await self.client.complete(text) for _ in range(n)]
        for reply in replies:
            _check("reply", reply, want)
        return clock.figures

    async def s2(self, chunks: int, warmup: int, batch: int = 0) -> dict[str, Any]:
        await self._one_stream(200, prompt(200, batch=batch), Marks())
        with Clock(self.gauge) as clock:
            count, whole = await self.client.stream(prompt(chunks, batch=batch), None, Marks(), final=True)
        _check_lean(chunks, count, whole)
        return clock.figures

    async def s2b(self, chunks: int, warmup: int) -> dict[str, Any]:
        return await self.s2(chunks, warmup, batch=1)

    async def s3(self, n: int, chunks: int, gap_ms: float, warmup: int) -> dict[str, Any]:
        text = prompt(chunks, gap_ms=gap_ms)
        for _ in range(warmup):
            await self._one_stream(chunks, text, Marks())
        ttfc: list[float] = []
        ttfc_cpu: list[float] = []
        with Clock(self.gauge) as clock:
            for _ in range(n):
                marks = Marks()
                wall0, cpu0 = time.perf_counter(), time.process_time()
                await self._one_stream(chunks, text, marks)
                ttfc.append(marks.wall - wall0)
                ttfc_cpu.append(marks.cpu - cpu0)
        clock.figures.update(ttfc=statistics.median(ttfc), ttfc_cpu=statistics.median(ttfc_cpu))
        return clock.figures

    async def s4(self, n: int, chunks: int, warmup: int) -> dict[str, Any]:
        text = prompt(chunks)
        await asyncio.gather(*(self._one_stream(chunks, text, Marks()) for _ in range(min(n, 16))))
        with Clock(self.gauge) as clock:
            results = await asyncio.gather(
                *(self._one_stream(chunks, text, Marks()) for _ in range(n)), return_exceptions=True
            )
        failures = [r for r in results if isinstance(r, BaseException)]
        clock.figures.update(errors=len(failures))
        if failures:
            clock.figures.update(first_error=f"{type(failures[0]).__name__}: {failures[0]}")
        return clock.figures

    async def s6(self, chunks: int, warmup: int, traced: bool = True) -> dict[str, Any]:
        """``SyncWorker.s6``, async."""
        text = prompt(chunks, snapshot=False)
        lead = chunks // 10
        await self._one_stream(lead, prompt(lead, snapshot=False), Marks())
        gc.collect()
        meter = Meter(lead=lead)
        count, final = await self.client.stream(
            prompt(lead + chunks, snapshot=False), meter, Marks(), final=True
        )
        figures = _memory_result(lead + chunks, meter, count, final)
        if not traced:
            return figures
        tracemalloc.start()
        try:
            meter = Meter(traced_bytes)
            base = traced_bytes()
            await self.client.stream(text, meter, Marks())
            figures["traced_held"] = meter.peak - base
        finally:
            tracemalloc.stop()
        return figures


def worker_main(kind: str, port: int) -> None:
    """A worker process: build the client, then answer JSON-line commands on stdin."""
    base_url = f"http://127.0.0.1:{port}/v1"
    gauge = Gauge(port)
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies on the command channel
    worker: SyncWorker | AsyncWorker
    loop: asyncio.AbstractEventLoop | None = None
    if kind in SYNC_FACTORIES:
        worker = SyncWorker(SYNC_FACTORIES[kind](base_url), gauge)
    else:
        loop = asyncio.new_event_loop()
        factory = ASYNC_FACTORIES[kind]

        async def build() -> AsyncBench:
            return factory(base_url)

        worker = AsyncWorker(loop.run_until_complete(build()), gauge, loop)
    out.write(json.dumps({"ready": kind}) + "\n")
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "quit":
            break
        try:
            reply: dict[str, Any] = {"ok": True, **worker.run(command["op"], command["args"])}
        except Exception as exc:  # a failed check or client error is a result, not a crash
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(reply) + "\n")
        out.flush()
    if isinstance(worker, SyncWorker):
        worker.client.close()
    elif loop is not None:
        loop.run_until_complete(worker.client.close())
        loop.close()


# ============================================================ orchestrating


class Process:
    """A child process spoken to in JSON lines."""

    def __init__(self, argv: Sequence[str]) -> None:
        self.proc = subprocess.Popen(
            list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, bufsize=1
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in: IO[str] = self.proc.stdin
        self._out: IO[str] = self.proc.stdout

    def readline(self) -> str:
        line = self._out.readline()
        if not line:
            raise RuntimeError(f"{self.proc.args!r} exited early (status {self.proc.poll()})")
        return line

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        self._in.write(json.dumps({"op": op, "args": args}) + "\n")
        self._in.flush()
        reply: dict[str, Any] = json.loads(self.readline())
        return reply

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._in.write(json.dumps({"op": "quit"}) + "\n")
            self._in.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_gateway() -> tuple[Process, int]:
    gateway = Process([sys.executable, str(ROOT / "benchmarks" / "gateway.py")])
    port = int(gateway.readline().split()[1])
    return gateway, port


def start_workers(kinds: Sequence[str], port: int) -> dict[str, Process]:
    """Start the workers together (their imports overlap), then wait until each is ready."""
    workers = {
        kind: Process([sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--port", str(port)])
        for kind in kinds
    }
    for kind, worker in workers.items():
        ready = json.loads(worker.readline())
        if ready.get("ready") != kind:
            raise RuntimeError(f"worker {kind} did not start: {ready!r}")
    return workers


def rotate(items: Sequence[str], by: int) -> list[str]:
    k = by % len(items) if items else 0
    return list(items[k:]) + list(items[:k])


def round_order(kinds: Sequence[str], r: int) -> list[str]:
    """The clients' turns in round ``r``: each sync or async group runs together, with raw
    httpx and aistats back to back (so that their ratio compares like moments of a shared
    machine), in alternating order; the other SDKs (openai, phaseo) go before or after that pair."""
    order: list[str] = []
    for flavour in rotate(("sync", "async"), r):
        group = [k for k in kinds if k.endswith("-async") == (flavour == "async")]
        pair = [k for k in group if not k.startswith(PEERS)]
        others = [k for k in group if k.startswith(PEERS)]
        pair = pair[::-1] if r % 2 else pair
        order += others + pair if (r // 2) % 2 else pair + others
    return order


@dataclass
class Samples:
    """Every round's figures of one client in one scenario."""

    rounds: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def median(self, key: str) -> float | None:
        values = [r[key] for r in self.rounds if key in r]
        return statistics.median(values) if values else None


Results = dict[str, dict[str, Samples]]


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_rounds(
    results: Results,
    workers: dict[str, Process],
    scenario: str,
    kinds: Sequence[str],
    rounds: int,
    **args: Any,
) -> None:
    kinds = [k for k in kinds if k in workers]
    table = results.setdefault(scenario, {})
    for r in range(rounds):
        for kind in round_order(kinds, r):
            reply = workers[kind].ask(scenario.lower(), **args)
            samples = table.setdefault(kind, Samples())
            if reply.pop("ok"):
                samples.rounds.append({"round": r, **reply})
                if reply.get("errors"):
                    samples.errors.append(str(reply.get("first_error")))
            else:
                samples.errors.append(str(reply.get("error")))
        note(f"  {scenario} round {r + 1}/{rounds} done")


IMPORT_CODE: Final = (
    "import time; w=time.perf_counter(); c=time.process_time(); {code}; "
    "print(time.perf_counter()-w, time.process_time()-c)"
)

#: S5's informational rows (no target): the import plus what a chat call loads before it
#: sends (the client, the chat resource and what it imports), loaded lazily by both SDKs.
FIRST_USE: Final = {
    "aistats, first use": "import aistats; aistats.AIStats(api_key='k').chat.completions.create",
    "openai, first use": "import openai; openai.OpenAI(api_key='k').chat.completions.create",
    "phaseo, first use": "import phaseo; phaseo.Phaseo(api_key='k').chat.completions.create",
}


def _import_code(name: str) -> str:
    return FIRST_USE.get(name, f"import {name}")


def run_imports(results: Results, modules: Sequence[str], runs: int, *, warm: bool = True) -> None:
    """S5: ``import X`` in a fresh interpreter, interleaved, ``runs`` times each, in a fresh
    venv where aistats is a regular byte-compiled install from its wheel and only its
    runtime dependencies (and openai's, when measured) sit beside it (``fresh_env``): what a
    user's ``pip install aistats`` gives, not this checkout's editable dev install."""
    from benchmarks.fresh_env import fresh_venv

    table = results.setdefault("S5", {})
    with tempfile.TemporaryDirectory(prefix="aistats-bench-venv-") as where:
        python = fresh_venv(Path(where), extra=[m for m in modules if m in PEERS])
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "PYTHONPYCACHEPREFIX"))}
        for module in modules if warm else ():
            subprocess.run([python, "-c", _import_code(module)], cwd=where, env=env, check=False)
        for r in range(runs):
            for module in rotate(modules, r):
                _import_once(table.setdefault(module, Samples()), python, module, env, where)


def _import_once(samples: Samples, python: Path, module: str, env: dict[str, str], cwd: str) -> None:
    done = subprocess.run(
        [python, "-c", IMPORT_CODE.format(code=_import_code(module))],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )
    if done.returncode:
        samples.errors.append((done.stderr.strip().splitlines() or ["failed"])[-1])
        return
    wall, cpu = (float(x) for x in done.stdout.split())
    samples.rounds.append({"wall": wall, "cpu": cpu})


def run_rss(results: Results, kinds: Sequence[str], port: int, plan: Plan) -> None:
    """S6: one long stream per client per round, each in a fresh worker process (the
    Python heap held is traced in the first round only: tracing is slow)."""
    table = results.setdefault("S6", {})
    for r in range(plan.s6_rounds):
        for kind in rotate(kinds, r):
            workers = start_workers([kind], port)
            try:
                reply = workers[kind].ask("s6", chunks=plan.s6_chunks, warmup=plan.warmup, traced=r == 0)
            finally:
                workers[kind].stop()
            samples = table.setdefault(kind, Samples())
            if reply.pop("ok"):
                samples.rounds.append({"round": r, **reply})
            else:
                samples.errors.append(str(reply.get("error")))
        note(f"  S6 round {r + 1}/{plan.s6_rounds} done")


# ============================================================ reporting


MiB: Final = 1024 * 1024
NA: Final = "-"


def _floor_of(kind: str) -> str:
    return "raw-async" if kind.endswith("-async") else "raw"


def _ratio(value: float | None, floor: float | None) -> str:
    return f"{value / floor:.2f}x" if value is not None and floor else NA


def paired_ratio(samples: Samples, floor: Samples | None, key: str) -> float | None:
    """The median over rounds of ``samples[key] / floor[key]`` measured in the same round:
    a shared machine's load drifts, and a pair measured back to back shares it."""
    if floor is None:
        return None
    floors = {r["round"]: r[key] for r in floor.rounds if r.get(key)}
    ratios = [r[key] / floors[r["round"]] for r in samples.rounds if r["round"] in floors and key in r]
    return statistics.median(ratios) if ratios else None


def _shown_ratio(value: float | None) -> str:
    return f"{value:.2f}x" if value is not None else NA


def _check_text(samples: Samples, expected_rounds: int) -> str:
    if samples.errors:
        return "FAIL: " + samples.errors[0][:160]
    if len(samples.rounds) < expected_rounds:
        return "FAIL: missing rounds"
    return "ok"


@dataclass(frozen=True)
class Metric:
    """How the rows of one client scenario are read from its rounds."""

    scenario: str
    label: str
    value: Callable[[Samples], float | None]  # the headline figure
    show: str  # format of the headline figure
    cpu: Callable[[Samples], float | None]
    show_cpu: str
    per: int  # requests or streams per round, for new connections per one; 0: not shown
    rounds: int
    key: str  # the round figure whose ratio to raw's is the headline's cost ratio
    cpu_key: str  # ditto for CPU


@dataclass
class Row:
    scenario: str
    client: str
    median: str
    ratio: str
    cpu: str
    cpu_ratio: str
    conns: str
    gateway: str
    check: str


def _per(key: str, n: int, scale: float) -> Callable[[Samples], float | None]:
    def get(samples: Samples) -> float | None:
        value = samples.median(key)
        return value / n * scale if value is not None else None

    return get


def _rate(items: int) -> Callable[[Samples], float | None]:
    def get(samples: Samples) -> float | None:
        rates = [items / r["wall"] for r in samples.rounds if r.get("wall")]
        return statistics.median(rates) if rates else None

    return get


def _rounds(n: int) -> str:
    return f"{n} round" if n == 1 else f"{n} rounds"


def metrics(plan: Plan) -> list[Metric]:
    s2 = plan.s2_chunks + 1  # the finish frame is a chunk too
    n1, n3, r = plan.s1_requests, plan.s3_streams, plan.rounds
    return [
        Metric(
            "S1", f"S1 sequential requests, {n1 * r} in {_rounds(r)} (per request)",
            _per("wall", n1, 1e6), "{:,.0f} µs", _per("cpu", n1, 1e6), "{:,.0f} µs", n1, r,
            "wall", "cpu",
        ),
        Metric(
            "S2", f"S2 one {plan.s2_chunks:,}-chunk stream, {_rounds(plan.s2_rounds)} (chunks/s; CPU/chunk)",
            _rate(s2), "{:,.0f}/s", _per("cpu", s2, 1e6), "{:.2f} µs", 1, plan.s2_rounds, "wall", "cpu",
        ),
        Metric(
            "S2B", "S2b the same, one frame per HTTP chunk (as a live stream arrives)",
            _rate(s2), "{:,.0f}/s", _per("cpu", s2, 1e6), "{:.2f} µs", 1, plan.s2_rounds, "wall", "cpu",
        ),
        Metric(
            "S3", f"S3 time to first chunk, {n3 * r} short streams in {_rounds(r)} (median)",
            _per("ttfc", 1, 1e6), "{:,.0f} µs", _per("ttfc_cpu", 1, 1e6), "{:,.0f} µs", n3, r,
            "ttfc", "ttfc_cpu",
        ),
        Metric(
            "S4", f"S4 {plan.s4_streams} concurrent streams of {plan.s4_chunks} chunks, "
            f"{_rounds(plan.s4_rounds)} (wall)",
            _per("wall", 1, 1e3), "{:,.0f} ms", _per("cpu", 1, 1e3), "{:,.0f} ms", 0, plan.s4_rounds,
            "wall", "cpu",
        ),
    ]  # fmt: skip


def _gateway_share(samples: Samples) -> str:
    shares = [r["gw_cpu"] / r["wall"] for r in samples.rounds if r.get("wall")]
    return f"{statistics.median(shares) * 100:.0f}%" if shares else NA


def _new_conns(samples: Samples, per: int) -> str:
    news = [r["new_conns"] for r in samples.rounds if "new_conns" in r]
    return f"{statistics.median(news) / per:.2f}" if news and per else NA


def client_rows(results: Results, metric: Metric) -> list[Row]:
    table = results.get(metric.scenario, {})
    rows: list[Row] = []
    for kind in ALL_CLIENTS:
        samples = table.get(kind)
        if samples is None:
            continue
        floor = table.get(_floor_of(kind))
        value = metric.value(samples)
        cpu = metric.cpu(samples)
        check = _check_text(samples, metric.rounds)
        if metric.scenario == "S4" and check == "ok":
            errors = sum(int(r.get("errors", 0)) for r in samples.rounds)
            check = f"ok, {errors} errors" if not errors else f"FAIL: {errors} errors"
        rows.append(
            Row(
                scenario=metric.label,
                client=kind,
                median=metric.show.format(value) if value is not None else NA,
                ratio=_shown_ratio(paired_ratio(samples, floor, metric.key)),
                cpu=metric.show_cpu.format(cpu) if cpu is not None else NA,
                cpu_ratio=_shown_ratio(paired_ratio(samples, floor, metric.cpu_key)),
                conns=_new_conns(samples, metric.per),
                gateway=_gateway_share(samples),
                check=check,
            )
        )
    return rows


LEGEND: Final = (
    "Median: of the per-round figures. x raw: cost relative to raw httpx of the same kind "
    "(sync: httpx.Client, async: httpx.AsyncClient), as the median of each round's ratio, "
    "so it need not equal the ratio of the medians shown. CPU: the client process's CPU time. "
    "New conns: connections the gateway accepted per request or stream, after warm-up. "
    "Gateway CPU: the gateway process's CPU time as a share of the measurement's wall time."
)


def render_clients(rows: Sequence[Row]) -> str:
    lines = [
        "| Scenario | Client | Median | x raw | CPU | CPU x raw | New conns | Gateway CPU | Check |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    last = ""
    for row in rows:
        label = row.scenario if row.scenario != last else ""
        last = row.scenario
        cells = [label, row.client, row.median, row.ratio, row.cpu, row.cpu_ratio, row.conns, row.gateway]
        lines.append("| " + " | ".join([*cells, row.check]) + " |")
    return "\n".join(lines)


def render_imports(results: Results, plan: Plan) -> str:
    table = results.get("S5", {})
    floor = table.get("httpx")
    lines = [
        f"| S5 cold import, fresh interpreter (median of {plan.s5_runs}) | Wall | x httpx | CPU "
        "| CPU x httpx | Check |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for module, samples in table.items():
        wall, cpu = samples.median("wall"), samples.median("cpu")
        cells = [
            f"`import {module}`" if module not in FIRST_USE else f"{module} (no target)",
            f"{wall * 1e3:,.0f} ms" if wall is not None else NA,
            _ratio(wall, floor.median("wall") if floor else None),
            f"{cpu * 1e3:,.0f} ms" if cpu is not None else NA,
            _ratio(cpu, floor.median("cpu") if floor else None),
            _check_text(samples, plan.s5_runs),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _rss(samples: Samples) -> tuple[float, float, float, float | None] | None:
    """MiB, medians over rounds: RSS growth while streaming, RSS growth once the final
    completion is built, the reply's text, and the Python heap held mid-stream (traced)."""
    if not samples.rounds:
        return None

    def median(key: str, minus: str | None = None) -> float | None:
        values = [r[key] - (r[minus] if minus else 0) for r in samples.rounds if key in r]
        return statistics.median(values) / MiB if values else None

    growth, after, text = median("rss_peak", "rss_base"), median("rss_after", "rss_base"), median("chars")
    assert growth is not None and after is not None and text is not None
    return growth, after, text, median("traced_held")


def render_memory(results: Results, plan: Plan) -> str:
    lines = [
        f"| S6 one stream, {plan.s6_chunks:,} chunks after a lead of {plan.s6_chunks // 10:,} "
        f"(median of {plan.s6_rounds}) | RSS growth while streaming "
        "| RSS growth after `get_final_completion()` | Python heap held (tracemalloc) "
        "| text of those chunks | Check |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for kind, samples in results.get("S6", {}).items():
        figures = _rss(samples)
        shown = [NA] * 4
        if figures:
            growth, after, text, traced = figures
            shown = [f"{growth:.2f} MiB", f"{after:.2f} MiB", NA, f"{text:.2f} MiB"]
            if traced is not None:
                shown[2] = f"{traced:.2f} MiB"
            if kind.startswith("raw"):  # raw httpx keeps no text and builds no completion
                shown[1], shown[3] = NA, f"{text:.2f} MiB (not kept)"
        lines.append("| " + " | ".join([kind, *shown, _check_text(samples, 1)]) + " |")
    lines.append(
        "\nPython heap held: what tracemalloc counts mid-stream (first round only). It does not "
        "see memory maps, and aistats keeps a reply's text past 64 KiB in a map of its own "
        "(`PackedText` in `aistats/_streams/accumulate.py`): the RSS columns include that text, "
        "the heap column does not."
    )
    return "\n".join(lines)


@dataclass
class Target:
    name: str
    limit: str
    measured: str
    met: bool


def _ratio_of(results: Results, scenario: str, kind: str, key: str) -> float | None:
    table = results.get(scenario, {})
    samples = table.get(kind)
    return paired_ratio(samples, table.get(_floor_of(kind)), key) if samples else None


def evaluate_targets(results: Results) -> list[Target]:
    targets: list[Target] = []
    ratio_targets = (
        # issue 28's targets (issue 16's were 1.10, 1.40, 1.10, 1.20, and 1.50 for S5)
        ("S1 CPU per request", "S1", "cpu", 0.75, ("aistats", "aistats-async")),
        ("S2 CPU per chunk", "S2", "cpu", 1.20, ("aistats", "aistats-async")),
        ("S3 time to first chunk", "S3", "ttfc", 1.00, ("aistats", "aistats-async")),
        ("S4 wall, with 0 errors", "S4", "wall", 1.12, ("aistats-async",)),
    )
    for name, scenario, key, limit, kinds in ratio_targets:
        for kind in kinds:
            ratio = _ratio_of(results, scenario, kind, key)
            if ratio is None:
                continue
            samples = results[scenario][kind]
            errors = samples.errors or any(r.get("errors") for r in samples.rounds)
            met = ratio <= limit and not errors
            targets.append(Target(f"{name} ({kind})", f"<= {limit:.2f}x raw", f"{ratio:.2f}x", met))
    s5 = results.get("S5", {})
    if "aistats" in s5 and "httpx" in s5:
        mine, floor = s5["aistats"].median("wall"), s5["httpx"].median("wall")
        if mine is not None and floor:
            ratio = mine / floor
            targets.append(Target("S5 import aistats", "<= 1.25x httpx", f"{ratio:.2f}x", ratio <= 1.25))
    for kind, samples in results.get("S6", {}).items():
        figures = _rss(samples)
        if kind.startswith("aistats") and figures:
            growth = max(figures[0], figures[1])
            targets.append(
                Target(f"S6 RSS growth ({kind})", "<= 1.00 MiB", f"{growth:.2f} MiB", growth <= 1.0)
            )
    for scenario, what in (("S1", "request"), ("S3", "stream"), ("S2", "stream")):
        for kind in ("aistats", "aistats-async"):
            found = results.get(scenario, {}).get(kind)
            if found and found.rounds:
                news = sum(r["new_conns"] for r in found.rounds)
                name = f"New connections per {what} after warm-up, {scenario} ({kind})"
                targets.append(Target(name, "0", f"{news} in all rounds", news == 0))
    return targets


def render_targets(targets: Sequence[Target]) -> str:
    lines = ["| Target | Limit | Measured | Met |", "|---|---:|---:|---|"]
    lines += [f"| {t.name} | {t.limit} | {t.measured} | {'yes' if t.met else '**no**'} |" for t in targets]
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions: dict[str, str] = {}
    for module in ("httpx", "openai", "phaseo"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[module] = version(module)
    # the checkout measured (an editable install's metadata keeps the version it was installed at)
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "aistats" / "_version.py").read_text())
    versions["aistats"] = found.group(1) if found else "?"
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "versions": versions,
    }


def describe(info: dict[str, Any], plan: Plan, command: str) -> str:
    load = info["loadavg"]
    versions = ", ".join(f"{k} {v}" for k, v in info["versions"].items())
    return (
        f"`{command}` ({plan.name} plan) on {info['date']}: "
        f"{info['nproc']} CPUs ({info['cpu']}), Python {info['python']}, {versions}"
        + (f"; load average at start {load[0]:.1f}" if load else "")
    )


# ============================================================ main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="smaller and fewer rounds (under a minute)")
    size.add_argument("--smoke", action="store_true", help="a few requests per scenario: checks it works")
    parser.add_argument("--json", metavar="FILE", help="also save every raw figure as JSON")
    parser.add_argument("--markdown", metavar="FILE", help="also write the tables as markdown")
    parser.add_argument("--clients", default=",".join(ALL_CLIENTS), help="comma-separated subset of these")
    parser.add_argument("--no-openai", action="store_true", help="leave out the OpenAI SDK")
    parser.add_argument("--no-phaseo", action="store_true", help="leave out the phaseo SDK")
    parser.add_argument("--only", help="comma-separated scenarios to run (default: all the plan has)")
    parser.add_argument("--rounds", type=int, help="rounds of S1 and S3 (default: the plan's)")
    parser.add_argument(
        "--profile",
        metavar="CLIENT:SCENARIO",
        help="profile one client in one scenario in-process instead, e.g. aistats:s2 (s1, s2, s2b, s3, s4)",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def chosen_clients(args: argparse.Namespace) -> list[str]:
    kinds = [k.strip() for k in args.clients.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in ALL_CLIENTS]
    if unknown:
        raise SystemExit(f"unknown clients: {', '.join(unknown)}")
    if args.no_openai or importlib.util.find_spec("openai") is None:
        kinds = [k for k in kinds if not k.startswith("openai")]
    if args.no_phaseo or importlib.util.find_spec("phaseo") is None:
        kinds = [k for k in kinds if not k.startswith("phaseo")]
    for floor in ("raw", "raw-async"):  # ratios need the floor of each kind that runs
        flavour = [k for k in kinds if k.endswith("-async") == floor.endswith("-async")]
        if flavour and floor not in kinds:
            kinds.insert(0, floor)
    return [k for k in ALL_CLIENTS if k in kinds]


def run_client_scenarios(
    results: Results, plan: Plan, kinds: Sequence[str], only: set[str], port: int
) -> None:
    """S1 to S4, every client in its own worker, interleaved in rounds."""
    note(f"starting workers: {', '.join(kinds)}")
    workers = start_workers(kinds, port)
    try:
        if "S1" in only:
            run_rounds(
                results, workers, "S1", kinds, plan.rounds,
                n=plan.s1_requests, words=plan.s1_words, warmup=plan.warmup,
            )  # fmt: skip
        if "S2" in only:
            run_rounds(results, workers, "S2", kinds, plan.s2_rounds, chunks=plan.s2_chunks, warmup=1)
        if "S2B" in only:
            run_rounds(results, workers, "S2B", kinds, plan.s2_rounds, chunks=plan.s2_chunks, warmup=1)
        if "S3" in only:
            run_rounds(
                results, workers, "S3", kinds, plan.rounds, n=plan.s3_streams,
                chunks=plan.s3_chunks, gap_ms=plan.s3_gap_ms, warmup=plan.warmup,
            )  # fmt: skip
        if "S4" in only:
            async_kinds = [k for k in kinds if k.endswith("-async")]
            run_rounds(
                results, workers, "S4", async_kinds, plan.s4_rounds,
                n=plan.s4_streams, chunks=plan.s4_chunks, warmup=1,
            )  # fmt: skip
    finally:
        for worker in workers.values():
            worker.stop()


def measure(plan: Plan, kinds: Sequence[str], only: set[str]) -> Results:
    results: Results = {}
    if not only & {"S1", "S2", "S2B", "S3", "S4", "S5", "S6"}:  # none needs the chat gateway
        return results
    gateway, port = start_gateway()
    try:
        if only & {"S1", "S2", "S2B", "S3", "S4"}:
            run_client_scenarios(results, plan, kinds, only, port)
        if "S5" in only:
            with_openai = any(k.startswith("openai") for k in kinds)
            modules = ["httpx", "aistats", "aistats, first use"]
            modules += ["openai", "openai, first use"] if with_openai else []
            if "phaseo" in kinds:
                modules += ["phaseo", "phaseo, first use"]
            note(f"S5: importing {', '.join(modules)} x{plan.s5_runs}")
            run_imports(results, modules, plan.s5_runs, warm=plan.name != "smoke")
        if "S6" in only:
            s6_kinds = [k for k in plan.s6_clients if k in kinds]
            note(f"S6: {plan.s6_chunks:,}-chunk stream in fresh workers: {', '.join(s6_kinds)}")
            run_rss(results, s6_kinds, port, plan)
    finally:
        gateway.stop()
    return results


def orchestrate(args: argparse.Namespace) -> int:
    plan = PLANS["smoke" if args.smoke else "quick" if args.quick else "full"]
    if args.rounds:
        plan = dataclasses.replace(plan, rounds=args.rounds)
    kinds = chosen_clients(args)
    only = {s.strip().upper() for s in args.only.split(",")} if args.only else set(plan.scenarios)
    command = "python benchmarks/run.py" + (" --smoke" if args.smoke else " --quick" if args.quick else "")
    command += f" --only {args.only}" if args.only else ""
    info = machine()
    started = time.perf_counter()
    results = measure(plan, kinds, only)
    transfers = run_transfers(plan, kinds, only)
    rows = [row for metric in metrics(plan) for row in client_rows(results, metric)]
    batch_lines = None
    if "S9" in only:
        from benchmarks import bench_results

        note(f"S9: {plan.s9_lines:,} result lines through batches.results()")
        batch_lines = bench_results.run(plan.s9_lines, plan.s9_rounds)
    elapsed = time.perf_counter() - started
    targets = evaluate_targets(results)
    if transfers is not None:
        targets += [Target(*found) for found in transfers.targets()]
    if batch_lines is not None:
        targets += [Target(*found) for found in bench_results.targets(batch_lines)]
    parts = [describe(info, plan, command) + f"; took {elapsed:.0f} s"]
    if rows:
        parts += [render_clients(rows), LEGEND]
    if "S5" in results:
        parts.append(render_imports(results, plan))
    if "S6" in results:
        parts.append(render_memory(results, plan))
    if transfers is not None:
        parts.append(transfers.render())
    if batch_lines is not None:
        parts.append(bench_results.render(batch_lines))
    parts.append(render_targets(targets))
    text = "\n\n".join(parts)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text + "\n")
    if args.json:
        raw = {
            "machine": info,
            "plan": asdict(plan),
            "command": command,
            "elapsed_s": elapsed,
            "results": {s: {k: asdict(v) for k, v in t.items()} for s, t in results.items()},
            "rows": [asdict(r) for r in rows],
            "targets": [asdict(t) for t in targets],
            "transfers": transfers.as_json() if transfers is not None else None,
            "batch_lines": batch_lines,
        }
        Path(args.json).write_text(json.dumps(raw, indent=2) + "\n")
    failed = [row.client for row in rows if not row.check.startswith("ok")]
    failed += [kind for table in ("S5", "S6") for kind, s in results.get(table, {}).items() if s.errors]
    if transfers is not None:
        failed += [c for rows in transfers.rows.values() for c, row in rows.items() if row.errors]
    return 1 if failed else 0


def run_transfers(plan: Plan, kinds: Sequence[str], only: set[str]) -> transfer.Transfers | None:
    """S7 and S8 (sync clients: raw httpx, the OpenAI SDK when it runs, aistats)."""
    scenarios = [s for s in ("S7", "S8") if s in only]
    if not scenarios:
        return None
    note(f"{'/'.join(scenarios)}: {plan.transfer_mib} MiB transfers in fresh workers")
    with_openai = "openai" in kinds
    found = transfer.run(
        scenarios, plan.transfer_mib * MiB, plan.transfer_rounds, note=note, openai=with_openai
    )
    return found


def profile(kind: str, scenario: str, plan: Plan) -> int:
    """Run one scenario of one client in this process under a profiler and print where the
    time goes: pyinstrument's call tree if it is installed (the bench extra), else cProfile."""
    gateway, port = start_gateway()
    try:
        base_url = f"http://127.0.0.1:{port}/v1"
        gauge = Gauge(port)
        worker: SyncWorker | AsyncWorker
        if kind in SYNC_FACTORIES:
            worker = SyncWorker(SYNC_FACTORIES[kind](base_url), gauge)
        else:
            loop = asyncio.new_event_loop()
            factory = ASYNC_FACTORIES[kind]

            async def build() -> AsyncBench:
                return factory(base_url)

            worker = AsyncWorker(loop.run_until_complete(build()), gauge, loop)
        args = {
            "s1": {"n": plan.s1_requests * plan.rounds, "words": plan.s1_words, "warmup": plan.warmup},
            "s2": {"chunks": plan.s2_chunks * 5, "warmup": 1},
            "s2b": {"chunks": plan.s2_chunks, "warmup": 1},
            "s3": {"n": plan.s3_streams * plan.rounds, "chunks": plan.s3_chunks, "gap_ms": 0, "warmup": 3},
            "s4": {"n": plan.s4_streams, "chunks": plan.s4_chunks, "warmup": 1},
        }[scenario]
        worker.run(scenario, args)  # warm up
        if importlib.util.find_spec("pyinstrument") is not None:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0002)
            profiler.start()
            worker.run(scenario, args)
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))
        else:
            import cProfile
            import pstats

            with cProfile.Profile() as cprofile:
                worker.run(scenario, args)
            pstats.Stats(cprofile).sort_stats("tottime").print_stats(30)
    finally:
        gateway.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker_main(args.worker, args.port)
        return 0
    if args.profile:
        kind, _, scenario = args.profile.partition(":")
        return profile(kind, scenario.lower() or "s2", PLANS["full"])
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
