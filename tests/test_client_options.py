"""with_options takes every constructor argument; AI_STATS_LOG turns logging on without code."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest

from aistats import AIStats, AIStatsError, AsyncAIStats
from aistats.testing import FakeGateway
from tests.support import KEY, MESSAGES


def test_with_options_changes_constructor_arguments(fake_gateway: FakeGateway) -> None:
    with FakeGateway() as other, AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        copy = client.with_options(
            api_key="sk-other", base_url=other.base_url, app_title="App", referer="https://r.example",
            default_headers={"x-team": "blue"}, max_retry_after=5, max_retries=0,
        )  # fmt: skip
        copy.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert fake_gateway.requests == []
        sent = other.requests[0].headers
        assert sent["authorization"] == "Bearer sk-other"
        assert sent["x-title"] == "App" and sent["http-referer"] == "https://r.example"
        assert sent["x-team"] == "blue"
        assert copy.max_retries == 0 and copy._config.retry.max_retry_after == 5
        # the original is unchanged and still works
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert fake_gateway.requests[0].headers["authorization"] == f"Bearer {KEY}"
        assert "x-title" not in fake_gateway.requests[0].headers


def test_with_options_keeps_what_is_not_given(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url, app_title="Kept", deadline=9) as client:
        copy = client.with_options(timeout=3)
        assert copy.deadline == 9 and copy.timeout == httpx.Timeout(3)
        copy.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert fake_gateway.requests[0].headers["x-title"] == "Kept"


def test_with_options_http_client_owns_nothing_of_the_original(fake_gateway: FakeGateway) -> None:
    mine = httpx.Client()
    client = AIStats(api_key=KEY, base_url=fake_gateway.base_url)
    copy = client.with_options(http_client=mine)
    assert copy._http is mine and copy._http is not client._http
    client.close()  # closing the original leaves the copy working
    copy.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    copy.close()  # and a copy never closes a client it did not create
    assert not mine.is_closed
    mine.close()


def test_async_with_options_http_client(fake_gateway: FakeGateway) -> None:
    async def run() -> None:
        mine = httpx.AsyncClient()
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            copy = client.with_options(http_client=mine, app_title="A")
            await copy.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert not mine.is_closed
        await copy.chat.completions.create(
            model="openai/gpt-5-nano", messages=MESSAGES
        )  # the original is closed
        await mine.aclose()

    asyncio.run(run())
    assert [r.headers["x-title"] for r in fake_gateway.requests] == ["A", "A"]


def test_with_options_checks_its_arguments(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        with pytest.raises(AIStatsError, match=r"http_client must be an httpx\.Client"):
            client.with_options(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
        with pytest.raises(AIStatsError, match="max_retries"):
            client.with_options(max_retries=-1)
        with pytest.raises(AIStatsError, match="clear text"):
            client.with_options(base_url="http://example.com/v1")
        assert "sk-other" not in repr(client.with_options(api_key="sk-other"))


@pytest.mark.parametrize(("value", "seen"), [("debug", "Sending POST"), ("info", "Retrying")])
def test_ai_stats_log_turns_on_logging(fake_gateway: FakeGateway, value: str, seen: str) -> None:
    from aistats.testing import Reply

    fake_gateway.enqueue(Reply.error(503, "upstream_error", headers={"retry-after-ms": "1"}))
    code = (
        "from aistats import AIStats\n"
        f"c = AIStats(api_key='sk-secret-log', base_url={fake_gateway.base_url!r})\n"
        "c.chat.completions.create(model='openai/gpt-5-nano', messages=[{'role': 'user', 'content': 'hi'}])\n"
        "AIStats(api_key='k2', base_url=c.base_url.__str__()).close(); c.close()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")} | {"AI_STATS_LOG": value}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert seen in result.stderr and "aistats" in result.stderr
    assert result.stderr.count("Retrying") == 1  # one handler, however many clients
    assert "sk-secret-log" not in result.stderr
    if value == "info":
        assert "Sending POST" not in result.stderr


def test_without_ai_stats_log_nothing_is_printed(fake_gateway: FakeGateway) -> None:
    code = (
        "from aistats import AIStats\n"
        f"with AIStats(api_key='k', base_url={fake_gateway.base_url!r}) as c:\n"
        "    c.chat.completions.create(model='openai/gpt-5-nano', messages=[{'role': 'user', 'content': 'hi'}])\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0 and result.stderr == ""


def test_every_call_sends_the_client_headers_whoever_made_the_pool(fake_gateway: FakeGateway) -> None:
    """The pool a client makes sends its headers by itself (cheaper calls); a copy with other
    headers, and a client on the user's own pool, still send every header of their own."""
    with (
        AIStats(api_key=KEY, base_url=fake_gateway.base_url, app_title="First") as client,
        httpx.Client() as mine,
    ):
        copy = client.with_options(app_title="Second", default_headers={"x-team": "blue"})
        on_mine = client.with_options(http_client=mine)
        for each in (client, copy, on_mine, client):
            each.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    sent = [r.headers for r in fake_gateway.requests]
    assert [h["x-title"] for h in sent] == ["First", "Second", "First", "First"]
    assert [h.get("x-team") for h in sent] == [None, "blue", None, None]
    for headers in sent:
        assert headers["user-agent"].startswith("aistats/") and headers["accept"] == "application/json"
        assert headers["content-type"] == "application/json" and headers["authorization"] == f"Bearer {KEY}"
        assert len(headers.get_list("x-title")) == len(headers.get_list("user-agent")) == 1


def test_chained_with_options_merge_default_headers(fake_gateway: FakeGateway) -> None:
    """Each ``with_options(default_headers=...)`` adds to the headers before it; a name given
    again (in any case) takes the new value, sync and async."""
    base: dict[str, Any] = {
        "api_key": KEY,
        "base_url": fake_gateway.base_url,
        "default_headers": {"x-root": "r", "X-Clash": "root"},
    }
    with AIStats(**base) as client:
        chained = client.with_options(default_headers={"x-a": "1", "x-clash": "a"}).with_options(
            default_headers={"x-b": "2", "X-A": "b"}
        )
        chained.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)

    async def run() -> None:
        async with AsyncAIStats(**base) as client:
            chained = client.with_options(default_headers={"x-a": "1", "x-clash": "a"}).with_options(
                default_headers={"x-b": "2", "X-A": "b"}
            )
            await chained.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)

    asyncio.run(run())
    first, original, in_async = (request.headers for request in fake_gateway.requests)
    for sent in (first, in_async):
        assert {name: sent.get_list(name) for name in ("x-root", "x-clash", "x-a", "x-b")} == {
            "x-root": ["r"], "x-clash": ["a"], "x-a": ["b"], "x-b": ["2"],
        }  # fmt: skip
    assert original["x-clash"] == "root" and "x-a" not in original  # the first client is unchanged
