"""What the Makefile's entry points install, read from ``make --dry-run`` (nothing runs)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def dry_run(target: str) -> list[str]:
    """The commands ``make <target>`` runs when everything is out of date (``-B``)."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", "--no-print-directory", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.splitlines()


def test_demo_installs_the_runtime_and_aistats_testing_only() -> None:
    commands = "\n".join(dry_run("demo"))
    assert "-e '.[testing]'" in commands
    assert "[dev]" not in commands and "npm" not in commands
    assert commands.rstrip().endswith("-m aistats demo")


def test_setup_adds_the_dev_extras_to_the_same_venv() -> None:
    demo, setup = "\n".join(dry_run("demo")), "\n".join(dry_run("setup"))
    assert "-e '.[dev]'" in setup
    for commands in (demo, setup):  # both create .venv only when it is missing
        assert any(line.startswith("test -x .venv/bin/python || ") for line in commands.splitlines())
