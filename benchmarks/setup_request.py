"""A setup for ``benchmarks/instructions.py``: one non-streamed chat request against the bench
gateway (``benchmarks/gateway.py``, started here as a subprocess whose work is not counted),
through aistats (``aistats_request()``) or raw httpx (``raw_request()``)::

    .venv/bin/python benchmarks/instructions.py benchmarks/setup_request.py "aistats_request()" 500
    .venv/bin/python benchmarks/instructions.py benchmarks/setup_request.py "raw_request()" 500
"""

from __future__ import annotations

import atexit
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

import aistats
from aistats import AIStats

_ROOT = Path(aistats.__file__).resolve().parent.parent
_gateway = subprocess.Popen(
    [sys.executable, str(_ROOT / "benchmarks/gateway.py"), "--port", "0"],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
)  # fmt: skip
atexit.register(_gateway.kill)
_port = int(_gateway.stdout.readline().split()[1])  # type: ignore[union-attr]
_base = f"http://127.0.0.1:{_port}/v1"
_MODEL = "openai/gpt-5-nano-2025-08-07"
_MESSAGES: Any = [{"role": "user", "content": "Say hello. chunks=20"}]

_client = AIStats(api_key="sk-bench-0123456789", base_url=_base, allow_insecure_http=True)
_http = httpx.Client(limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100), timeout=600)
_headers = {"Authorization": "Bearer sk-bench-0123456789"}


def aistats_request() -> str:
    reply = _client.chat.completions.create(model=_MODEL, messages=_MESSAGES)
    return reply.choices[0].message.content or ""


def raw_request() -> str:
    response = _http.post(
        _base + "/chat/completions", json={"model": _MODEL, "messages": _MESSAGES}, headers=_headers
    )
    response.raise_for_status()
    content: str = json.loads(response.content)["choices"][0]["message"]["content"]
    return content


for _ in range(20):  # warm both: connections open, modules and caches loaded
    aistats_request()
    raw_request()
