"""``benchmarks/soak.py`` at 1 % scale, in a fresh process: it passes, prints its figures,
and its checks bite (``--leak`` keeps abandoned streams open and must fail).

``make soak`` runs the full 20,000 requests and 2,000 streams per client.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOAK = ROOT / "benchmarks" / "soak.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the soak reads /proc/self")

ROW = re.compile(
    r"^(?P<phase>sync|async)\s+(?P<ops>\d+)\s+[\d.]+s\s+(?P<errors>\d+)"
    r"\s+(?P<fds0>\d+) -> (?P<fds1>\d+)\s+(?P<sockets0>\d+) -> (?P<sockets1>\d+)"
    r"\s+(?P<threads0>\d+) -> (?P<threads1>\d+)"
    r"\s+(?P<rss0>[\d.]+) -> [\d.]+ -> (?P<rss1>[\d.]+) \((?P<peak>[\d.]+)\)"
    r"\s+(?P<new>\d+) new",
    re.MULTILINE,
)


def soak(*args: str) -> tuple[int, str, dict[str, dict[str, float]]]:
    done = subprocess.run(
        [sys.executable, str(SOAK), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=100,
        check=False,
    )
    rows = {
        m["phase"]: {k: float(v) for k, v in m.groupdict().items() if k != "phase"}
        for m in ROW.finditer(done.stdout)
    }
    return done.returncode, done.stdout + done.stderr, rows


@pytest.mark.timeout(110)
def test_small_soak_passes_and_prints_its_figures() -> None:
    code, out, rows = soak("--scale", "0.01")
    assert code == 0, out
    assert "200 requests and 20 streams" in out
    assert "soak: OK" in out
    assert set(rows) == {"sync", "async"}, out
    for row in rows.values():
        assert row["ops"] == 220 and row["errors"] == 0
        assert row["fds1"] <= row["fds0"] and row["sockets1"] <= row["sockets0"]
        assert row["threads1"] <= row["threads0"]
        assert row["rss1"] - row["rss0"] <= 8 and row["peak"] >= row["rss1"]
        assert row["new"] == 10  # one new connection per abandoned stream, none for the rest


@pytest.mark.timeout(110)
def test_small_soak_fails_when_abandoned_streams_stay_open() -> None:
    code, out, rows = soak("--scale", "0.01", "--leak")
    assert code == 1, out
    assert "soak: FAIL" in out
    assert "FAIL sync: sockets not flat" in out and "FAIL async: sockets not flat" in out
    assert rows["sync"]["sockets1"] == rows["sync"]["sockets0"] + 10  # the 10 held streams


@pytest.mark.timeout(110)
def test_small_soak_runs_on_the_built_in_gateway_too() -> None:
    code, out, rows = soak("--scale", "0.002", "--gateway", "fake")
    assert code == 0, out
    assert "gateway: aistats.testing.FakeGateway" in out
    assert rows["sync"]["new"] == rows["async"]["new"] == 4
