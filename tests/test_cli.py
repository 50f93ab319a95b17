"""The ``aistats`` command as a user runs it: a subprocess against the built-in gateway."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aistats._cli.main import EXIT_CODES
from aistats.testing import FakeGateway, Reply, chunk_frame

from .support import KEY

ENV = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aistats", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env or ENV,
        check=False,
    )


def test_fake_chat_streams_a_reply() -> None:
    result = run("chat", "--fake", "-m", "openai/gpt-5-nano", "hello")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: hello\n"
    assert result.stderr == ""


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "aistats"
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("aistats ")


def test_prompt_from_stdin_with_system_and_options(fake_gateway: FakeGateway) -> None:
    result = run(
        "chat", "-m", "openai/gpt-4.1-mini", "--system", "Be brief.", "--temperature", "0.3", "--max-output-tokens", "20",
        "--base-url", fake_gateway.base_url, "--api-key", KEY, stdin="from stdin\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: from stdin\n"
    body = fake_gateway.requests[0].json()
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "from stdin"},
    ]
    assert (body["temperature"], body["max_output_tokens"], body["stream"]) == (0.3, 20, True)


def test_json_output_is_the_final_completion() -> None:
    result = run("chat", "--fake", "-m", "openai/gpt-4.1-mini", "--json", "hi there")
    assert result.returncode == 0, result.stderr
    completion = json.loads(result.stdout)
    assert completion["choices"][0]["message"]["content"] == "Echo: hi there"
    assert completion["usage"]["total_tokens"] > 0


def test_no_stream(fake_gateway: FakeGateway) -> None:
    result = run(
        "chat",
        "--no-stream",
        "-m",
        "openai/gpt-4.1-mini",
        "hey",
        "--base-url",
        fake_gateway.base_url,
        "--api-key",
        KEY,
    )
    assert (result.returncode, result.stdout) == (0, "Echo: hey\n")
    assert "stream" not in fake_gateway.requests[0].json()


def test_demo_runs_on_the_built_in_gateway() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "built-in local gateway" in result.stdout
    assert "usage:" in result.stdout and "request id: req_1" in result.stdout


def test_no_key_is_one_clear_line() -> None:
    result = run("chat", "-m", "m", "hi")
    assert result.returncode == EXIT_CODES["config"]
    assert (
        result.stderr.count("\n") == 1 and "AI_STATS_API_KEY" in result.stderr and "--fake" in result.stderr
    )
    assert "run `aistats serve`" in result.stderr  # a newcomer without a key learns of the local gateway
    assert "Traceback" not in result.stderr


def _serve(*args: str) -> tuple[subprocess.Popen[str], list[str]]:
    """``aistats serve`` in a subprocess, and its lines up to the Ctrl-C hint."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "aistats", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("Press Ctrl-C"):
        line = proc.stdout.readline()
        assert line, proc.communicate(timeout=10)
        lines.append(line.rstrip("\n"))
    return proc, lines


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "terminate"])
def test_serve_prints_the_exports_serves_them_and_stops_cleanly(stop: signal.Signals) -> None:
    proc, lines = _serve("--port", "0")
    try:
        exports = dict(
            line.removeprefix("export ").split("=", 1) for line in lines if line.startswith("export ")
        )
        assert set(exports) == {"AI_STATS_BASE_URL", "AI_STATS_API_KEY"}, lines
        assert exports["AI_STATS_BASE_URL"].startswith("http://127.0.0.1:")
        assert exports["AI_STATS_BASE_URL"] in lines[0] and "no key, no network" in lines[0]
        # a program that knows nothing but the two exported variables, as in a second shell
        code = (
            "from aistats import AIStats\n"
            "with AIStats() as client:\n"
            "    reply = client.chat.completions.create(model='openai/gpt-5-nano', messages=[{'role': 'user', 'content': 'hi'}])\n"
            "print(reply.choices[0].message.content)\n"
        )
        used = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**ENV, **exports},
            check=False,
        )  # fmt: skip
        assert used.returncode == 0 and used.stdout == "Echo: hi\n", used.stderr
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:  # only when a check above failed
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert out == "Stopped after 1 request(s).\n" and err == ""


def test_serve_on_a_busy_port_says_what_to_do() -> None:
    with FakeGateway() as taken:
        result = run("serve", "--port", str(taken.port))
    assert result.returncode == EXIT_CODES["config"]
    assert f"127.0.0.1:{taken.port}" in result.stderr and "--port" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("reply", "kind", "words"),
    [
        (Reply.error(401, "unauthorised", reason="Invalid key"), "auth", "API key"),
        (Reply.error(402, "insufficient_funds", reason="Balance is 0"), "funds", "Top up"),
        (
            Reply.error(429, "key_limit_exceeded", headers={"retry-after": "90"}),
            "rate_limit",
            "try again in 90s",
        ),
        (Reply.error(400, "validation_error", reason="bad"), "bad_request", "Fix the request"),
    ],
    ids=["401", "402", "429", "400"],
)
def test_expected_failures(fake_gateway: FakeGateway, reply: Reply, kind: str, words: str) -> None:
    fake_gateway.enqueue(reply)
    result = run("chat", "-m", "m", "hi", "--base-url", fake_gateway.base_url, "--api-key", "wrong-key-123")
    assert result.returncode == EXIT_CODES[kind]
    assert result.stderr.startswith("aistats: ") and result.stderr.count("\n") == 1
    assert words in result.stderr and "Traceback" not in result.stderr
    assert "wrong-key-123" not in result.stderr + result.stdout


def test_wrong_key_against_a_checking_gateway() -> None:
    with FakeGateway(api_key=KEY) as gateway:
        result = run("chat", "-m", "m", "hi", "--base-url", gateway.base_url, "--api-key", "wrong")
    assert result.returncode == EXIT_CODES["auth"]
    assert result.stderr.startswith("aistats: 401 unauthorised") and "Traceback" not in result.stderr


def test_network_down() -> None:
    result = run("chat", "-m", "m", "hi", "--base-url", "http://127.0.0.1:9/v1", "--api-key", KEY)
    assert result.returncode == EXIT_CODES["network"]
    assert "Check your network" in result.stderr and result.stderr.count("\n") == 1


def test_timeout(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.hang()] * 3)
    result = run(
        "chat", "-m", "m", "hi", "--base-url", fake_gateway.base_url, "--api-key", KEY, "--timeout", "0.2"
    )
    assert result.returncode == EXIT_CODES["timeout"]
    assert "timed out" in result.stderr and result.stderr.count("\n") == 1


def test_usage_error_exit_code() -> None:
    assert run("chat", "hi").returncode == EXIT_CODES["usage"]  # -m is required


def test_ctrl_c_stops_cleanly_and_closes_the_stream(fake_gateway: FakeGateway) -> None:
    frames = [chunk_frame("start", role="assistant")] + [chunk_frame(" more")] * 200
    fake_gateway.enqueue(Reply.sse(frames, frame_delay=0.05))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aistats",
            "chat",
            "-m",
            "m",
            "hi",
            "--base-url",
            fake_gateway.base_url,
            "--api-key",
            KEY,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    assert proc.stdout.read(5) == "start"
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert "Traceback" not in err and "interrupted" in err


def test_cli_import_does_not_load_with_the_package() -> None:
    code = (
        "import sys, aistats; "
        "print(*(m in sys.modules for m in ('aistats._cli.main', 'aistats.testing', 'jsonschema', 'asyncio')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30)
    assert out.stdout.split()[:3] == ["False", "False", "False"]


@pytest.mark.parametrize("json_output", [True, False], ids=["json", "streamed"])
def test_closed_output_pipe_ends_quietly(fake_gateway: FakeGateway, json_output: bool) -> None:
    # `aistats chat ... | head -1`: the reader leaves after the first bytes, while the reply
    # (far larger than a pipe's buffer) is still being written
    frames = [chunk_frame("start\n", role="assistant")] + [chunk_frame(" more words" * 50)] * 400
    fake_gateway.enqueue(Reply.sse(frames))
    args = ["chat", "-m", "m", "hi", "--base-url", fake_gateway.base_url, "--api-key", KEY]
    proc = subprocess.Popen(
        [sys.executable, "-m", "aistats", *args, *(["--json"] if json_output else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait(timeout=30)
    assert err == ""  # no BrokenPipeError traceback, no "Exception ignored"
    assert code == 141  # 128 + SIGPIPE, what a shell reports for a tool its pipe stopped


@pytest.mark.parametrize("stream", [True, False])
def test_verbose_chat_prints_the_cost_and_request_id_after_the_reply(
    fake_gateway: FakeGateway, stream: bool
) -> None:
    fake_gateway.enqueue(Reply.default().with_cost("0.0042"))
    flags = () if stream else ("--no-stream",)
    result = run(
        "chat", "-m", "openai/gpt-4.1-mini", "hi", "--verbose", *flags,
        "--base-url", fake_gateway.base_url, "--api-key", KEY,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Echo: hi\n"
    assert result.stderr == "cost: $0.0042 USD (4200000 nanos), request id: req_1\n"
    with FakeGateway(cost_usd=None) as unpriced:
        quiet = run(
            "chat", "-m", "openai/gpt-4.1-mini", "hi", "-v", "--base-url", unpriced.base_url, "--api-key", KEY
        )
    assert quiet.stderr == "cost: not reported by the gateway, request id: req_1\n"
