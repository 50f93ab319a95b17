"""A stream left with ``break`` closes its connection at once, even while the stream is
still referenced: counted on the server side, sync and async (DESIGN: Connections)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aistats import AIStats, AsyncAIStats, AsyncStream, Stream

from .holding_server import HoldingServer
from .support import KEY, MESSAGES

STREAMS = 100


def test_break_closes_a_held_stream_at_once() -> None:
    with HoldingServer() as server, AIStats(api_key=KEY, base_url=server.base_url) as client:
        held: list[Stream] = []
        for _ in range(STREAMS):
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            held.append(stream)  # the variable stays alive after the loop
            for chunk in stream:
                assert chunk.choices
                break
        assert server.accepted == STREAMS
        assert server.wait_open(0, timeout=1.0) == 0
        assert all(s.response.is_closed for s in held)


def test_an_exception_in_the_loop_closes_a_held_stream() -> None:
    with HoldingServer() as server, AIStats(api_key=KEY, base_url=server.base_url) as client:
        stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        try:
            for _ in stream:
                raise KeyError("stop")
        except KeyError:
            pass
        assert server.wait_open(0, timeout=1.0) == 0
        assert stream.response.is_closed


def test_async_break_closes_a_held_stream_promptly() -> None:
    async def run(server: HoldingServer) -> tuple[int, list[AsyncStream]]:
        async with AsyncAIStats(api_key=KEY, base_url=server.base_url) as client:
            held: list[AsyncStream] = []
            for _ in range(STREAMS):
                stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                held.append(stream)
                async for chunk in stream:
                    assert chunk.choices
                    break
            # the abandoned iterators are closed by the loop's async-generator hooks on its
            # next turns: give the loop those turns, then count on the server side
            for _ in range(100):
                if server.open == 0:
                    break
                await asyncio.sleep(0.01)
            return server.open, held

    with HoldingServer() as server:
        still_open, held = asyncio.run(run(server))
        assert server.accepted == STREAMS
        assert still_open == 0
        assert all(s.response.is_closed for s in held)


def test_next_keeps_working_on_a_stream_that_was_not_looped_over() -> None:
    with HoldingServer() as server, AIStats(api_key=KEY, base_url=server.base_url) as client:
        stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        assert next(stream).choices
        assert server.open == 1  # next() alone does not abandon the stream
        stream.close()
        assert server.wait_open(0, timeout=1.0) == 0


_QUIET_ASYNC_BREAK = """
import asyncio, gc, sys, warnings
sys.path.insert(0, {root!r})
warnings.simplefilter("error")
from tests.holding_server import HoldingServer
from aistats import AsyncAIStats

async def main(url):
    client = AsyncAIStats(api_key="sk-test", base_url=url)
    stream = await client.chat.completions.create(
        model="m", messages=[{{"role": "user", "content": "x"}}], stream=True
    )
    async for _ in stream:
        break
    if {close_client}:
        await client.close()
    return stream  # the loop ends right away: the close must still run, quietly

with HoldingServer() as server:
    held = asyncio.run(main(server.base_url))
    gc.collect()
    print("open", server.wait_open(0, 1.0), "closed", held.response.is_closed)
"""


@pytest.mark.parametrize("close_client", [True, False], ids=["client-closed", "client-left-open"])
def test_async_break_right_before_the_loop_ends_is_quiet(close_client: bool) -> None:
    root = str(Path(__file__).resolve().parents[1])
    script = textwrap.dedent(_QUIET_ASYNC_BREAK.format(root=root, close_client=close_client))
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-c", script], check=False, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["open", "0", "closed", "True"], done.stdout + done.stderr
    assert "Task was destroyed" not in done.stderr
    assert "ResourceWarning" not in done.stderr
    assert "Exception ignored" not in done.stderr
