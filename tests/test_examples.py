"""Every example runs against the built-in gateway, so the examples cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}

EXPECTED = {
    "sync_chat.py": ["Echo: Name three prime numbers.", "request id: req_1", "tokens:"],
    "async_chat.py": ["What is 2 + 2? -> Echo: What is 2 + 2?", "Largest planet? -> Echo: Largest planet?"],
    "streaming.py": ["Echo: Write a haiku about rivers.", "finish reason: stop", "request id: req_1"],
    "tool_calls.py": ["model called get_weather({'city': 'Paris'})", "Echo: What's the weather in Paris?"],
    "errors_and_retries.py": [
        "after retries: Echo: Hello",
        "not retried (insufficient_funds): 402 insufficient_funds: Balance is 0",
        "gave up within the deadline:",
    ],
    "custom_http_client.py": ["-> POST /v1/chat/completions", "Echo: ping"],
    "tool_runner.py": [
        "turn: the model called get_weather, get_weather, delete_file",
        "waiting for a human: delete_file({'path': 'reports/old.txt'})",
        "answer: Echo: Weather in Paris and Oslo?",
        "history: 6 messages, cost $0.0000552",
        "stopped: The tool run stopped at max_turns=2 with 1 tool call(s) still pending (get_weather)",
    ],
}


def test_every_example_is_covered() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("test_")}
    assert scripts == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for line in EXPECTED[name]:
        assert line in result.stdout


def test_errors_example_logs_its_retries() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "errors_and_retries.py")],
        capture_output=True, text=True, timeout=60, env=ENV, check=False,
    )  # fmt: skip
    assert "aistats INFO Retrying POST" in result.stderr
    assert "after status 429 key_limit_exceeded" in result.stderr


def test_testing_example_passes_under_pytest() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLES / "test_my_app.py")],
        capture_output=True, text=True, timeout=120, env=ENV, check=False, cwd=EXAMPLES,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
