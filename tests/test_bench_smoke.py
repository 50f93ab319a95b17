"""The benchmark harness still runs: ``benchmarks/run.py --smoke`` end to end.

A few requests per scenario against the bench gateway, every client that is installed
(the OpenAI SDK and phaseo are bench-only extras; phaseo has no async client), every result
checked for text and chunk count.
Benchmarks are not tests: nothing here looks at a timing.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "benchmarks" / "run.py"


@pytest.mark.timeout(130)
def test_harness_smoke_run_prints_every_row(tmp_path: Path) -> None:
    saved = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(RUN), "--smoke", "--json", str(saved)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    with_openai = importlib.util.find_spec("openai") is not None
    clients = ["raw", "aistats", "raw-async", "aistats-async"]
    clients += ["openai", "openai-async"] if with_openai else []
    with_phaseo = importlib.util.find_spec("phaseo") is not None
    clients += ["phaseo"] if with_phaseo else []
    for scenario in ("S1", "S2", "S2b", "S3"):
        block = out.split(f"| {scenario} ", 1)[1].split("\n| S", 1)[0]
        for client in clients:
            assert f"| {client} |" in block, f"{scenario} has no row for {client}:\n{out}"
    s4 = out.split("| S4 ", 1)[1].split("\n\n", 1)[0]
    for client in (c for c in clients if c.endswith("-async")):
        assert f"| {client} |" in s4
    assert "0 errors" in s4
    for module in (
        ["httpx", "aistats"] + (["openai"] if with_openai else []) + (["phaseo"] if with_phaseo else [])
    ):
        assert f"| `import {module}` |" in out
    assert "| S6 one " in out and "| aistats |" in out.split("| S6 one ", 1)[1]
    assert "| Target | Limit | Measured | Met |" in out
    assert "FAIL" not in out
    transfers = out.split("| S7/S8, ", 1)[1].split("\n\n", 1)[0]
    for row in ("S7 upload 4 MiB from a Path", "S8 download 4 MiB to disk"):
        for client in ["raw", "aistats"] + (["openai"] if with_openai else []):
            assert f"| {row}: {client} |" in transfers, transfers
    figures = json.loads(saved.read_text())
    assert figures["transfers"]["S7"]["raw"]["walls"] and figures["transfers"]["S8"]["raw"]["growths"]
    assert set(figures["results"]) == {"S1", "S2", "S2B", "S3", "S4", "S5", "S6"}
    assert figures["results"]["S2"]["aistats"]["rounds"][0]["cpu"] > 0
