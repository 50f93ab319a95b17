"""``make soak``: many calls through one client, and nothing may pile up.

Each phase (``AIStats``, then ``AsyncAIStats``) sends 20,000 non-streamed requests and
2,000 streams through one client, one after another, against a local gateway in a child
process (``benchmarks/gateway.py`` when present, else the built-in ``FakeGateway``), so
that every socket this process holds is the client's. Half of the streams are read to
the end (``get_final_completion()`` included); the other half are abandoned after their
first chunk, a quarter each by ``break`` out of a ``for`` over the stream (the stream is a
dropped temporary), ``close()``, leaving ``with``, and ``del`` of the last reference.
Every result is checked against the text the gateway sends.

After a short warm-up the phase records open file descriptors, sockets, threads and RSS,
and the gateway's connection count; it records them again at the end (after a settle of
at most a few seconds) and samples RSS along the way. It fails (exit status 1) when:

* a call failed or returned the wrong text;
* file descriptors, sockets or threads are above their start figures;
* RSS grew by more than ``--rss-bound`` MB (default 8) from start to end;
* the gateway saw more new connections than abandoned streams (+2): finished streams and
  requests must reuse their connection, and each abandoned one closes its own.

``--scale 0.01`` runs a 1 % version (``tests/test_soak_small.py`` runs it in ``make
test``); ``--leak`` keeps the abandoned streams open, a self-test that must fail.
Linux only (it reads ``/proc/self``).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
for _path in (ROOT / "generated", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from aistats import AIStats, AsyncAIStats, AsyncStream, Stream  # noqa: E402
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk  # noqa: E402

REQUESTS: Final = 20_000
STREAMS: Final = 2_000
WARM_UP_ROUNDS: Final = 8  # (request, stream, request) rounds before the start: every way once
ABANDON: Final = ("break", "close", "with", "drop")
API_KEY: Final = "sk-soak-0123456789"
REQUEST_CHUNKS: Final = 20
STREAM_CHUNKS: Final = 40
STREAM_BATCH: Final = 4  # frames per HTTP chunk: an abandoned stream has most of its body unread
SAMPLE_EVERY: Final = 200  # operations between RSS samples
SETTLE: Final = 5.0  # seconds at most for closed sockets to disappear at the end
STEADY: Final = 0.5  # ... and no longer than this once their count stops changing
CONNECTION_SLACK: Final = 2
PAGE: Final = os.sysconf("SC_PAGE_SIZE")
MB: Final = 1024 * 1024
BENCH_GATEWAY: Final = ROOT / "benchmarks" / "gateway.py"


# ============================================================ figures


def open_fds() -> list[str]:
    """What every open file descriptor of this process points at."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the descriptor listdir itself used, closed since
            continue
    return found


def rss() -> int:
    """Current resident set size, in bytes."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def peak_rss() -> int:
    """This process's peak resident set size (``VmHWM``), in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


@dataclass(frozen=True)
class Figures:
    fds: int
    sockets: int
    threads: int
    rss: int

    @classmethod
    def now(cls) -> Figures:
        links = open_fds()
        return cls(
            fds=len(links),
            sockets=sum(link.startswith("socket:") for link in links),
            threads=threading.active_count(),
            rss=rss(),
        )


@dataclass
class Phase:
    """What one phase did and measured."""

    name: str
    operations: int = 0
    requests: int = 0
    streams: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    start: Figures | None = None
    end: Figures | None = None
    peak: int = 0
    half: int = 0
    """RSS half-way through: a leak keeps growing, allocator warm-up levels off."""
    connections_start: int = 0
    connections_end: int = 0
    seconds: float = 0.0

    @property
    def abandoned(self) -> int:
        return sum(count for way, count in self.streams.items() if way != "full")

    def sample(self, index: int, total: int) -> None:
        now = rss()
        self.peak = max(self.peak, now)
        if index == total // 2:
            self.half = now

    def fail(self, message: str) -> None:
        if len(self.errors) < 20:
            self.errors.append(message)
        else:
            self.errors[-1] = f"... and more ({message})"


# ============================================================ the gateway


class Gateway:
    """A local gateway in a child process: ``bench`` (benchmarks/gateway.py, fast) or
    ``fake`` (the built-in FakeGateway, served by this script with ``--serve-fake``)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        script = [str(BENCH_GATEWAY)] if kind == "bench" else [str(Path(__file__).resolve()), "--serve-fake"]
        # The gateway's stderr goes to a file: the fake one logs every write to a client
        # that hung up (each abandoned stream), which is noise unless it fails to start.
        self._err = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, *script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            cwd=ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in: IO[str] = self.proc.stdin
        self._out: IO[str] = self.proc.stdout
        line = self._out.readline()
        if not line.startswith("PORT "):
            self.close()
            self._err.seek(0)
            errors = self._err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"the {kind} gateway did not start: {line!r}\n{errors}")
        self.port = int(line.split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def connections(self) -> int:
        """Connections the gateway has accepted for chat requests so far."""
        if self.kind == "bench":
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                conn.request("GET", "/_bench/stats")
                stats: dict[str, Any] = json.loads(conn.getresponse().read())
            finally:
                conn.close()
            return int(stats["connections"])
        self._in.write("stats\n")
        self._in.flush()
        return int(self._out.readline().split()[1])

    def message(self, stream: bool) -> str:
        if self.kind == "bench":
            return f"soak chunks={STREAM_CHUNKS} batch={STREAM_BATCH}" if stream else "soak"
        return "soak stream with a few words in it" if stream else "soak"

    def expected(self, stream: bool) -> str:
        if self.kind == "bench":
            from benchmarks.gateway import expected_text

            return expected_text(STREAM_CHUNKS if stream else REQUEST_CHUNKS)
        return "Echo: " + self.message(stream)

    def close(self) -> None:
        try:
            self._in.close()
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(10)
        self._out.close()
        self._err.close()


def serve_fake() -> None:
    """``--serve-fake``: run a FakeGateway, print ``PORT``, answer ``stats`` lines on stdin."""
    from aistats.testing import FakeGateway

    with FakeGateway(validate=False) as gateway:
        print(f"PORT {gateway.port}", flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                print(f"CONNECTIONS {gateway.connections_opened}", flush=True)


# ============================================================ the workload


def schedule(requests: int, streams: int) -> list[str]:
    """The phase's operations in order: streams spread evenly among the requests; every
    other stream is read in full, the rest are abandoned in turn by each way in ABANDON."""
    ops: list[str] = []
    per = requests // max(streams, 1)
    for index in range(streams):  # requests on both sides: the runs start and end pooled
        ops += ["request"] * (per // 2)
        ops.append("full" if index % 2 == 0 else ABANDON[(index // 2) % len(ABANDON)])
        ops += ["request"] * (per - per // 2)
    ops += ["request"] * (requests - per * streams)
    return ops


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(
        choice.delta.content
        for chunk in chunks
        for choice in chunk.choices
        if isinstance(choice.delta.content, str)
    )


class Checks:
    """The expected texts, and the checks of one operation's results."""

    def __init__(self, gateway: Gateway, phase: Phase) -> None:
        self.phase = phase
        self.request_message: Any = [{"role": "user", "content": gateway.message(False)}]
        self.stream_message: Any = [{"role": "user", "content": gateway.message(True)}]
        self.request_text = gateway.expected(False)
        self.stream_text = gateway.expected(True)

    def request(self, content: object) -> None:
        if content != self.request_text:
            self.phase.fail(f"request returned {str(content)[:60]!r}")

    def full(self, chunks: list[ChatCompletionChunk], final: object) -> None:
        if text_of(chunks) != self.stream_text or final != self.stream_text:
            self.phase.fail(f"stream returned {text_of(chunks)[:60]!r} / {str(final)[:60]!r}")

    def first(self, chunk: ChatCompletionChunk) -> None:
        # The gateway's first chunk may be its role frame, with empty text.
        if not self.stream_text.startswith(text_of([chunk])):
            self.phase.fail(f"first chunk was {text_of([chunk])!r}")


def sync_operation(client: AIStats, op: str, checks: Checks, held: list[Stream] | None) -> None:
    create = client.chat.completions.create
    if op == "request":
        checks.request(create(model="m", messages=checks.request_message).choices[0].message.content)
        return
    messages = checks.stream_message
    if op == "full":
        with create(model="m", messages=messages, stream=True) as s:
            chunks = list(s)
            checks.full(chunks, s.get_final_completion().choices[0].message.content)
        return
    if held is not None:  # --leak: abandon without closing, and keep it alive
        s = create(model="m", messages=messages, stream=True)
        checks.first(next(s))
        held.append(s)
        return
    if op == "break":
        for chunk in create(model="m", messages=messages, stream=True):
            checks.first(chunk)
            break
    elif op == "close":
        s = create(model="m", messages=messages, stream=True)
        checks.first(next(s))
        s.close()
    elif op == "with":
        with create(model="m", messages=messages, stream=True) as s:
            checks.first(next(s))
    else:  # drop
        s = create(model="m", messages=messages, stream=True)
        checks.first(next(s))
        del s


async def async_operation(
    client: AsyncAIStats, op: str, checks: Checks, held: list[AsyncStream] | None
) -> None:
    create = client.chat.completions.create
    if op == "request":
        completion = await create(model="m", messages=checks.request_message)
        checks.request(completion.choices[0].message.content)
        return
    messages = checks.stream_message
    if op == "full":
        s = await create(model="m", messages=messages, stream=True)
        async with s:
            chunks = [chunk async for chunk in s]
            final = await s.get_final_completion()
            checks.full(chunks, final.choices[0].message.content)
        return
    if held is not None:
        s = await create(model="m", messages=messages, stream=True)
        checks.first(await anext(s))
        held.append(s)
        return
    if op == "break":
        async for chunk in await create(model="m", messages=messages, stream=True):
            checks.first(chunk)
            break
    elif op == "close":
        s = await create(model="m", messages=messages, stream=True)
        checks.first(await anext(s))
        await s.close()
    elif op == "with":
        async with await create(model="m", messages=messages, stream=True) as s:
            checks.first(await anext(s))
    else:  # drop
        s = await create(model="m", messages=messages, stream=True)
        checks.first(await anext(s))
        del s


class Settle:
    """Waits for sockets closed at the end to disappear: until the count is back to
    ``target``, has not changed for STEADY seconds, or SETTLE seconds have passed."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.started = self.changed = time.monotonic()
        self.last = -1

    def done(self) -> bool:
        gc.collect()
        now, sockets = time.monotonic(), Figures.now().sockets
        if sockets != self.last:
            self.last, self.changed = sockets, now
        return sockets <= self.target or now - self.changed > STEADY or now - self.started > SETTLE


def count(phase: Phase, op: str) -> None:
    phase.operations += 1
    if op == "request":
        phase.requests += 1
    else:
        phase.streams[op] = phase.streams.get(op, 0) + 1


def sync_phase(gateway: Gateway, ops: list[str], leak: bool) -> Phase:
    phase = Phase("sync")
    checks = Checks(gateway, phase)
    held: list[Stream] | None = [] if leak else None
    with AIStats(api_key=API_KEY, base_url=gateway.base_url, max_retries=0, timeout=30) as client:
        run: Callable[[str], None] = lambda op: sync_operation(client, op, checks, held)  # noqa: E731
        for op in schedule(WARM_UP_ROUNDS * 2, WARM_UP_ROUNDS):
            run(op)
        gc.collect()
        phase.connections_start = gateway.connections()
        phase.start = Figures.now()
        phase.peak = phase.start.rss
        started = time.monotonic()
        for index, op in enumerate(ops):
            try:
                run(op)
            except Exception as exc:
                phase.fail(f"{op}: {type(exc).__name__}: {exc}")
            count(phase, op)
            if index % SAMPLE_EVERY == 0 or index == len(ops) // 2:
                phase.sample(index, len(ops))
        phase.seconds = time.monotonic() - started
        phase.sample(-1, len(ops))
        settle = Settle(phase.start.sockets)
        while not settle.done():
            time.sleep(0.05)
        phase.end = Figures.now()
        phase.connections_end = gateway.connections()
        for s in held or []:
            s.close()
    return phase


def async_phase(gateway: Gateway, ops: list[str], leak: bool) -> Phase:
    phase = Phase("async")
    checks = Checks(gateway, phase)
    held: list[AsyncStream] | None = [] if leak else None

    async def main() -> None:
        async with AsyncAIStats(api_key=API_KEY, base_url=gateway.base_url, max_retries=0, timeout=30) as c:
            for op in schedule(WARM_UP_ROUNDS * 2, WARM_UP_ROUNDS):
                await async_operation(c, op, checks, held)
            await asyncio.sleep(0.05)  # closes scheduled by dropped streams run
            gc.collect()
            phase.connections_start = gateway.connections()
            phase.start = Figures.now()
            phase.peak = phase.start.rss
            started = time.monotonic()
            for index, op in enumerate(ops):
                try:
                    await async_operation(c, op, checks, held)
                except Exception as exc:
                    phase.fail(f"{op}: {type(exc).__name__}: {exc}")
                count(phase, op)
                if index % SAMPLE_EVERY == 0 or index == len(ops) // 2:
                    phase.sample(index, len(ops))
            phase.seconds = time.monotonic() - started
            phase.sample(-1, len(ops))
            settle = Settle(phase.start.sockets)
            for _ in range(int(SETTLE / 0.05) + 1):  # Settle.done() also ends it after SETTLE s
                if settle.done():
                    break
                await asyncio.sleep(0.05)
            phase.end = Figures.now()
            phase.connections_end = gateway.connections()
            for s in held or []:
                await s.close()

    asyncio.run(main())
    return phase


# ============================================================ verdict and report


def verdict(phase: Phase, rss_bound: float) -> list[str]:
    """Why the phase failed (empty: it passed)."""
    assert phase.start is not None and phase.end is not None
    start, end = phase.start, phase.end
    problems = [f"{phase.name}: {error}" for error in phase.errors]
    for name in ("fds", "sockets", "threads"):
        before, after = getattr(start, name), getattr(end, name)
        if after > before:
            problems.append(f"{phase.name}: {name} not flat: {before} at the start, {after} at the end")
    growth = (end.rss - start.rss) / MB
    if growth > rss_bound:
        problems.append(f"{phase.name}: RSS grew by {growth:.1f} MB, over the {rss_bound:g} MB bound")
    new = phase.connections_end - phase.connections_start
    if new > phase.abandoned + CONNECTION_SLACK:
        problems.append(
            f"{phase.name}: {new} new connections for {phase.abandoned} abandoned streams: "
            "finished calls are not reusing their connection"
        )
    return problems


def report(phases: list[Phase], gateway_kind: str, rss_bound: float) -> None:
    first = phases[0]
    ways = ", ".join(f"{first.streams.get(way, 0)} {way}" for way in ABANDON)
    print(
        f"soak: per client {first.requests} requests and {sum(first.streams.values())} streams "
        f"({first.streams.get('full', 0)} read to the end; abandoned after one chunk: {ways}); "
        f"gateway: {gateway_kind}"
    )
    header = (
        f"{'phase':<6} {'ops':>6} {'time':>7} {'errors':>6}  {'fds':>9}  {'sockets':>9}  {'threads':>9}  "
        f"{'RSS MB start->half->end (peak)':>32}  {'gateway connections':>19}"
    )
    print(header)
    for phase in phases:
        assert phase.start is not None and phase.end is not None
        s, e = phase.start, phase.end
        new = phase.connections_end - phase.connections_start
        rss_text = f"{s.rss / MB:.1f} -> {phase.half / MB:.1f} -> {e.rss / MB:.1f} ({phase.peak / MB:.1f})"
        print(
            f"{phase.name:<6} {phase.operations:>6} {phase.seconds:>6.1f}s {len(phase.errors):>6}  "
            f"{s.fds:>3} -> {e.fds:<3}  {s.sockets:>3} -> {e.sockets:<3}  {s.threads:>3} -> {e.threads:<3}  "
            f"{rss_text:>32}  {new:>6} new ({phase.connections_end} total)"
        )
    print(f"process peak RSS (VmHWM): {peak_rss() / MB:.1f} MB; RSS bound per phase: +{rss_bound:g} MB")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Soak aistats: fds, sockets, threads and RSS stay flat.")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full run (0.01: 1 %%)")
    parser.add_argument("--gateway", choices=["auto", "bench", "fake"], default="auto")
    parser.add_argument("--rss-bound", type=float, default=8.0, help="MB of RSS growth allowed per phase")
    parser.add_argument("--leak", action="store_true", help="self-test: keep abandoned streams open")
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_fake:
        serve_fake()
        return 0
    if not Path("/proc/self/fd").is_dir():
        print("soak: needs Linux (/proc/self)", file=sys.stderr)
        return 2
    kind = args.gateway
    if kind == "auto":
        kind = "bench" if BENCH_GATEWAY.is_file() else "fake"
    requests = max(1, round(REQUESTS * args.scale))
    streams = max(len(ABANDON) * 2, round(STREAMS * args.scale))
    ops = schedule(requests, streams)
    phases = []
    for run in (sync_phase, async_phase):
        gateway = Gateway(kind)
        try:
            phases.append(run(gateway, ops, args.leak))
        finally:
            gateway.close()
    label = "benchmarks/gateway.py" if kind == "bench" else "aistats.testing.FakeGateway"
    report(phases, label, args.rss_bound)
    problems = [problem for phase in phases for problem in verdict(phase, args.rss_bound)]
    for problem in problems:
        print(f"FAIL {problem}")
    print("soak: FAIL" if problems else "soak: OK (fds, sockets and threads flat; RSS within bound)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
