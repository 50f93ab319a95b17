"""A real contract peer: Prism mocks ``openapi.yaml`` and validates every request the SDK
makes (it answers 422 on a violation), and the SDK parses Prism's schema-generated replies.

Prism comes from npm (``package.json``; ``make test`` runs ``npm ci``). Skipped, loudly,
only when ``node`` is not installed at all.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aistats import (
    AIStats,
    APIConnectionError,
    APIResponseValidationError,
    AsyncAIStats,
    UnprocessableEntityError,
)
from aistats.types import ChatMessageParams

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"

MESSAGES: list[ChatMessageParams] = [
    {"role": "system", "content": "Be brief."},
    {"role": "developer", "content": "Prefer metric units."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is in this image?"},
            {"type": "image_url", "image_url": {"url": "https://img.example/cat.png", "detail": "low"}},
            {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
            {"type": "input_video", "video_url": {"url": "https://img.example/v.mp4"}},
        ],
        "name": "alice",
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
    },
    {"role": "tool", "content": "42", "tool_call_id": "call_1"},
]

CALLS: list[dict[str, Any]] = [
    {"model": "openai/gpt-5-nano-2025-08-07", "messages": [{"role": "user", "content": "Hi"}]},
    {"model": "any/new-model-id", "messages": MESSAGES},
    {
        "model": "openai/gpt-5-nano",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.2,
        "top_p": 0.9,
        "frequency_penalty": 0.5,
        "presence_penalty": -0.5,
        "seed": 42,
        "max_output_tokens": 100,
        "max_completions_tokens": 100,
        "max_tool_calls": 2,
        "parallel_tool_calls": False,
        "logprobs": True,
        "top_logprobs": 5,
        "logit_bias": {"50256": -100},
        "meta": True,
        "usage": True,
        "reasoning": {"effort": "low", "summary": "auto"},
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        "tool_choice": {"type": "function", "function": {"name": "f"}},
    },
    {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "tool_choice": "auto"},
    {
        "model": "m",
        "messages": [{"role": "user", "content": "Hi"}],
        "max_completion_tokens": 5,
        "max_tokens": 5,
        "stop": ["\n"],
        "user": "u_1",
        "metadata": {"run": "7"},
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "w", "schema": {"type": "object"}},
        },
        "stream_options": {"include_usage": True},
        "reasoning_effort": "low",
        "service_tier": "flex",
        "provider": {"order": ["openai"], "allow_fallbacks": False},
        "tools": [{"type": "gateway:datetime", "parameters": {"timezone": "Europe/London"}}],
        "tool_choice": "gateway:datetime",
    },
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if shutil.which("node") is None:
        warnings.warn("node is not installed: the Prism contract tests are SKIPPED", stacklevel=1)
        pytest.skip("node is not installed: Prism contract tests skipped (install Node.js to run them)")
    assert PRISM.exists(), "node_modules/.bin/prism is missing: run `make test` (it runs npm ci)"
    port = _free_port()
    proc = subprocess.Popen(
        [str(PRISM), "mock", str(ROOT / "openapi.yaml"), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Prism did not start") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("index", range(len(CALLS)))
def test_requests_validate_and_replies_parse(prism_url: str, index: int) -> None:
    with AIStats(
        api_key="contract-key", base_url=prism_url, max_retries=0, app_title="t", referer="https://r.example"
    ) as c:
        completion = c.chat.completions.create(**CALLS[index])
    assert completion.choices  # Prism's schema-generated reply parsed into the models


@pytest.mark.parametrize("index", range(len(CALLS)))
def test_async_and_stream_requests_validate(prism_url: str, index: int) -> None:
    async def run() -> None:
        async with AsyncAIStats(api_key="contract-key", base_url=prism_url, max_retries=0) as c:
            await c.chat.completions.create(**CALLS[index])
            try:  # Prism cannot produce a real event stream; only the request matters here
                stream = await c.chat.completions.create(stream=True, **CALLS[index])
                await stream.close()
            except (APIConnectionError, APIResponseValidationError):
                pass

    asyncio.run(run())


def test_prism_does_reject_a_violation(prism_url: str) -> None:
    with AIStats(api_key="contract-key", base_url=prism_url, max_retries=0) as c:
        with pytest.raises(UnprocessableEntityError):
            c.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}], temperature=5)
        with pytest.raises(UnprocessableEntityError):
            c.chat.completions.create(model="m", messages=[])
