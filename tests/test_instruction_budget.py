"""A CI-safe guard on the work per request and per streamed chunk, against raw httpx (issue 28).

``benchmarks/opcodes.py`` counts the Python bytecode instructions of a non-streamed chat request
and of each chunk of a stream, through aistats and through raw httpx, against the bench gateway
(a process of its own). The counts repeat from run to run, so the ratios can be held to the
ceilings of ``tests/ceilings.py`` (10% above today's figures): a change that makes a request or a
chunk do 10% more work than it does now fails here on any machine. Not a timed test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks import opcodes

from .ceilings import MAX_OPCODE_RATIO


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with opcodes.gateway() as base:
        yield base


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_work_per_request_and_per_chunk_against_raw_httpx(kind: str, base_url: str) -> None:
    found = (opcodes.measure_sync if kind == "sync" else opcodes.measure_async)(base_url)
    per_request, per_chunk = opcodes.ratios(found)
    shown = f"{kind}: aistats {found['aistats']}, raw httpx {found['raw']} (per request, per chunk)"
    assert per_request <= MAX_OPCODE_RATIO[kind, "request"], f"per request {per_request:.3f}x; {shown}"
    assert per_chunk <= MAX_OPCODE_RATIO[kind, "chunk"], f"per chunk {per_chunk:.3f}x; {shown}"
