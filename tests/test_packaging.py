"""The wheel: one distribution shipping both import packages, their py.typed markers, the
spec the fake gateway validates against, the console script, and only httpx and attrs as
runtime dependencies."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contents(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("aistats-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "aistats/__init__.py",
        "aistats/py.typed",
        "aistats/testing/__init__.py",
        "aistats_generated/__init__.py",
        "aistats_generated/py.typed",
        "aistats_generated/openapi.json",
        "aistats_generated/models/chat_completion_chunk.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "generated/", "benchmarks/")) for name in names)
    info = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(info).decode()
    runtime = [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0] for r in runtime) == ["attrs", "httpx"]
    assert "Requires-Python: >=3.11" in metadata
    entry_points = zipfile.ZipFile(wheel).read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "aistats = aistats.__main__:main" in entry_points
