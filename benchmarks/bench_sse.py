"""Micro-benchmark: aistats SSEDecoder vs httpx-sse vs a bare line splitter.

Builds a gateway-shaped stream (``data: {...}\\n\\n`` frames), cuts it into
~16 KiB chunks like a socket read would, and reports events/s (median of 5).
Time is this thread's CPU time, so other load on the machine skews it less.

Run from anywhere: ``python benchmarks/bench_sse.py [--quick] [--no-e2e]
[--chunk-size N]`` (``--chunk-size 0``: one frame per chunk, as when tokens
trickle in live).
The optional end-to-end table pushes the same chunks through an in-memory
``httpx.Response`` and ``json.loads`` each event, mirroring the SDK hot path.
"""

from __future__ import annotations

import argparse
import codecs
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Run from a checkout: the repo root holds ``aistats``, ``generated/`` the models it imports.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aistats._streams.sse import SSEDecoder

FRAME = (
    b'data: {"object":"chat.completion.chunk","nativeResponseId":"x",'
    b'"created":1732550000,"model":"openai/gpt-5-nano","provider":"openai",'
    b'"choices":[{"index":0,"delta":{"content":"word "},"finish_reason":null,'
    b'"reasoning":false}]}\n\n'
)
CHUNK_SIZE = 16 * 1024
RUNS = 5

Bench = Callable[[list[bytes]], int]


def build_chunks(frames: int, chunk_size: int = CHUNK_SIZE) -> list[bytes]:
    """The whole stream cut at fixed offsets, so frames straddle chunks."""
    if chunk_size <= 0:
        return [FRAME] * frames
    body = FRAME * frames
    return [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)]


def run_aistats(chunks: list[bytes]) -> int:
    decoder = SSEDecoder()
    n = 0
    for chunk in chunks:
        for _event in decoder.feed(chunk):
            n += 1
    decoder.end()
    return n


def run_httpx_sse(chunks: list[bytes]) -> int:
    """httpx-sse's own pipeline, minus httpx.Response.

    ``EventSource.iter_sse`` = ``Response.iter_text()`` (an incremental UTF-8
    decoder) -> ``SSELineDecoder.decode`` -> ``line.rstrip("\\n")`` ->
    ``SSEDecoder.decode``.
    """
    from httpx_sse._decoders import SSEDecoder as HxDecoder
    from httpx_sse._decoders import SSELineDecoder

    text_decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    line_decoder = SSELineDecoder()
    decoder = HxDecoder()
    n = 0

    def lines() -> Iterator[str]:
        for chunk in chunks:
            text = text_decoder.decode(chunk)
            if text:
                yield from line_decoder.decode(text)
        text = text_decoder.decode(b"", True)
        if text:
            yield from line_decoder.decode(text)
        yield from line_decoder.flush()

    for line in lines():
        if decoder.decode(line.rstrip("\n")) is not None:
            n += 1
    return n


def run_bare(chunks: list[bytes]) -> int:
    """Lower bound: split on LF, keep ``data:`` payloads as str, no SSE rules."""
    buf = b""
    out: list[str] = []
    for chunk in chunks:
        lines = (buf + chunk).split(b"\n")
        buf = lines.pop()
        out.extend([line[6:].decode() for line in lines if line.startswith(b"data:")])
    return len(out)


def _response(chunks: list[bytes]) -> object:
    import httpx

    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(chunks))


def e2e_aistats(chunks: list[bytes]) -> int:
    import httpx

    response = _response(chunks)
    assert isinstance(response, httpx.Response)
    decoder = SSEDecoder()
    n = 0
    loads = json.loads
    for chunk in response.iter_bytes():
        for event in decoder.feed(chunk):
            loads(event.data)
            n += 1
    decoder.end()
    return n


def e2e_httpx_sse(chunks: list[bytes]) -> int:
    import httpx
    from httpx_sse import EventSource

    response = _response(chunks)
    assert isinstance(response, httpx.Response)
    n = 0
    loads = json.loads
    for event in EventSource(response).iter_sse():
        loads(event.data)
        n += 1
    return n


def e2e_iter_lines(chunks: list[bytes]) -> int:
    import httpx

    response = _response(chunks)
    assert isinstance(response, httpx.Response)
    n = 0
    loads = json.loads
    for line in response.iter_lines():
        if line.startswith("data:"):
            loads(line[6:])
            n += 1
    return n


def measure(fn: Bench, chunks: list[bytes], expected: int) -> float:
    """Median events/s over RUNS runs; checks the event count each time."""
    rates: list[float] = []
    for _ in range(RUNS):
        start = time.thread_time()
        n = fn(chunks)
        elapsed = time.thread_time() - start
        if n != expected:
            raise AssertionError(f"{fn.__name__}: {n} events, expected {expected}")
        rates.append(n / elapsed)
    return statistics.median(rates)


def table(title: str, rows: list[tuple[str, Bench]], chunks: list[bytes], n: int) -> None:
    results = [(name, measure(fn, chunks, n)) for name, fn in rows]
    ref = results[0][1]
    print(f"\n### {title}\n")
    print("| parser | events/s | vs aistats |")
    print("|---|---:|---:|")
    for name, rate in results:
        print(f"| {name} | {rate:,.0f} | {rate / ref:.2f}x |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k frames, not 100k")
    parser.add_argument("--no-e2e", action="store_true", help="skip httpx table")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help="bytes per chunk; 0 = one frame")
    args = parser.parse_args(argv)
    frames = 10_000 if args.quick else 100_000
    chunks = build_chunks(frames, args.chunk_size)
    print(
        f"{frames:,} frames, {sum(map(len, chunks)):,} bytes, {len(chunks):,} chunks "
        f"(--chunk-size {args.chunk_size}); Python {sys.version.split()[0]}; "
        f"median of {RUNS}, thread CPU time"
    )
    table(
        "Parse only (bytes chunks -> events)",
        [
            ("aistats SSEDecoder", run_aistats),
            ("httpx-sse (iter_text + SSELineDecoder + SSEDecoder)", run_httpx_sse),
            ("bare split + `data:` prefix", run_bare),
        ],
        chunks,
        frames,
    )
    if not args.no_e2e:
        table(
            "End to end (in-memory httpx.Response -> events -> json.loads)",
            [
                ("aistats: iter_bytes + SSEDecoder", e2e_aistats),
                ("httpx-sse: EventSource.iter_sse", e2e_httpx_sse),
                ("raw httpx: iter_lines + `data:` prefix", e2e_iter_lines),
            ],
            chunks,
            frames,
        )


if __name__ == "__main__":
    main()
