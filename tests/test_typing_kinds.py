"""``mypy --strict`` on the OpenAI/Anthropic SDK idioms (issue 22): an absent field is typed
``X | None``, attributes carry the wire's names, and a Messages content block or a Responses
output item narrows on ``.type`` (``if block.type == "text": block.text`` is a ``str``).

A good snippet (every line must type-check) and a bad one (exactly the lines marked ``# E``
must fail) are checked with the repository's own mypy configuration; the run-time side of the
same idioms is ``tests/test_wire_names.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aistats._kinds import FunctionCallItem, TextBlock, ToolUseBlock, narrow
from aistats._streams.protocols import Message, Response
from aistats_generated.models.messages_content_block import MessagesContentBlock

ROOT = Path(__file__).resolve().parent.parent

HEAD = """\
from __future__ import annotations

from typing import Any

from aistats import AIStats

client = AIStats(api_key="k")
message = client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": "Hi"}])
response = client.responses.create(model="m", input="Hi")
chunk = next(iter(client.chat.completions.create(model="m", messages=[], stream=True)))


def takes_str(value: str) -> None: ...
"""
GOOD = """
text = ""
for choice in chunk.choices:
    if choice.delta.content is not None:
        text += choice.delta.content
    for call in choice.delta.tool_calls or []:
        kind: str | None = call.type
object_name: str | None = chunk.object
for block in message.content or []:
    if block.type == "text":
        takes_str(block.text)
    elif block.type == "tool_use":
        takes_str(block.name)
        takes_str(block.id)
        arguments: Any = block.input
    elif block.type == "thinking":
        takes_str(block.thinking)
for item in response.output or []:
    if item.type == "message":
        takes_str(item.role)
        parts = len(item.content)
    elif item.type == "function_call":
        takes_str(item.arguments)
        takes_str(item.call_id)
    elif item.type == "reasoning":
        steps = len(item.summary)
"""
# Every line marked `# E` must get a mypy error, and no other line may.
BAD = """
text = ""
text += chunk.choices[0].delta.content  # E may be None
takes_str(chunk.object)  # E may be None
for block in message.content or []:
    takes_str(block.text)  # E not narrowed: a tool_use block has no text
    if block.type == "text":
        takes_str(block.name)  # E a text block has no name
    if block.type == "tool_use":
        takes_str(block.thinking)  # E a tool_use block has no thinking
for item in response.output or []:
    takes_str(item.arguments)  # E not narrowed
    if item.type == "message":
        takes_str(item.call_id)  # E a message item has no call_id
message.content[0]  # E absent reads None
"""


def test_idioms_under_mypy_strict(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed (run `make setup`)")
    good = tmp_path / "good_kinds.py"
    bad = tmp_path / "bad_kinds.py"
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


def test_known_kinds_become_their_class_and_round_trip() -> None:
    body = {
        "id": "msg_1",
        "type": "message",
        "content": [
            {"type": "text", "text": "Hi", "citations": None},
            {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}},
            {"type": "server_tool_use", "id": "s1"},  # a kind this SDK does not know
            {"type": "text"},  # its text absent: not typed as a text block
        ],
    }
    message = Message.from_dict(body)
    assert message.content is not None
    kinds = [type(block) for block in message.content]
    assert kinds == [TextBlock, ToolUseBlock, MessagesContentBlock, MessagesContentBlock]
    assert message.to_dict() == body
    item = {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"}
    response = Response.from_dict({"id": "r", "output": [item]})
    assert response.output is not None and isinstance(response.output[0], FunctionCallItem)
    assert response.to_dict() == {"id": "r", "output": [item]}
    narrow(None)  # an absent list: nothing to do
