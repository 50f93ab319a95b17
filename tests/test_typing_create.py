"""``mypy --strict`` on real calls of ``client.chat.completions.create()``: the request keywords
the gateway accepts today are typed as it validates them.

A good snippet (every line must type-check) and a bad one (exactly the lines marked ``# E``
must fail) are checked with the repository's own mypy configuration.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HEAD = """\
from __future__ import annotations

from aistats import AIStats
from aistats.types import ChatMessageParams

client = AIStats(api_key="k")
HI: list[ChatMessageParams] = [{"role": "user", "content": "Hi"}]
"""
GOOD = """
client.chat.completions.create(
    model="openai/gpt-5-nano",
    messages=[
        {"role": "developer", "content": "Answer in French."},
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
    ],
    max_completion_tokens=5,
    max_tokens=5,
    stop=["\\n\\n", "END"],
    user="user-42",
    metadata={"run": "7", "team": "search"},
    response_format={
        "type": "json_schema",
        "json_schema": {"name": "weather", "schema": {"type": "object"}, "strict": True},
    },
    stream_options={"include_usage": True},
    reasoning_effort="low",
    parallel_tool_calls=False,
    service_tier="flex",
    provider={"order": ["openai", "azure"], "allow_fallbacks": False},
    tools=[
        {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}},
        {"type": "gateway:datetime", "parameters": {"timezone": "Europe/London"}},
    ],
    tool_choice="auto",
    session_id="conversation-1",
    prompt_cache_key=None,
)
client.chat.completions.create(model="m", messages=HI, stop="END", response_format={"type": "json_object"})
client.chat.completions.create(model="m", messages=HI, max_completions_tokens=5)  # deprecated, still typed
"""
# Every line marked `# E` must get a mypy error, and no other line may.
BAD = """
client.chat.completions.create(model="m", messages=HI, max_completion_tokens="five")  # E not an int
client.chat.completions.create(model="m", messages=[{"role": "narrator", "content": "x"}])  # E closed roles
client.chat.completions.create(model="m", messages=HI, reasoning_effort="extreme")  # E not an effort
client.chat.completions.create(model="m", messages=HI, stop=3)  # E not a string or list
client.chat.completions.create(model="m", messages=HI, metadata={"run": 7})  # E values are strings
client.chat.completions.create(model="m", messages=HI, response_format={"type": "yaml"})  # E unknown format
client.chat.completions.create(model="m", messages=HI, parallel_tool_calls="no")  # E not a bool
client.chat.completions.create(model="m", messages=HI, service_tier="auto")  # E the gateway refuses `auto`
"""


def test_create_keywords_under_mypy_strict(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed (run `make setup`)")
    good = tmp_path / "good_create.py"
    bad = tmp_path / "bad_create.py"
    good.write_text(HEAD + GOOD, encoding="utf-8")
    bad.write_text(HEAD + BAD, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {ROOT}:{ROOT / 'generated'}\n",
        encoding="utf-8",
    )
    stdout, stderr, status = mypy_api.run(
        ["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), str(good), str(bad)]
    )
    assert status in (0, 1), stderr
    errors: dict[str, set[int]] = {good.name: set(), bad.name: set()}
    for line in stdout.splitlines():
        match = re.match(r"(?:.*/)?([\w.]+\.py):(\d+): error:", line)
        if match:
            errors.setdefault(match[1], set()).add(int(match[2]))
    assert set(errors) == {good.name, bad.name}, stdout  # no error inside the SDK itself
    assert errors[good.name] == set(), stdout
    lines = bad.read_text(encoding="utf-8").splitlines()
    expected = {number for number, text in enumerate(lines, start=1) if "  # E " in text}
    assert len(expected) == BAD.count("  # E ") == 8
    assert errors[bad.name] == expected, stdout
