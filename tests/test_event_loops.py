"""One ``AsyncAIStats`` across event loops: each ``asyncio.run()`` gets a pool of its own,
closed when that loop ends; what cannot work raises an ``AIStatsError`` saying why."""

from __future__ import annotations

import asyncio
import gc
import threading

import httpx
import pytest

from aistats import AIStatsError, AsyncAIStats
from aistats.testing import FakeGateway, Reply

from .support import KEY, MESSAGES, text_of


async def _ask(client: AsyncAIStats) -> str | None:
    completion = await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else None


async def _stream(client: AsyncAIStats) -> str:
    stream = await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES, stream=True)
    return text_of([chunk async for chunk in stream])


def test_one_client_under_two_asyncio_runs(fake_gateway: FakeGateway) -> None:
    client = AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url)  # made outside any loop
    assert asyncio.run(_ask(client)) == "Echo: Hello gateway"
    assert asyncio.run(_ask(client)) == "Echo: Hello gateway"  # no "Event loop is closed"
    assert asyncio.run(_stream(client)) == "Echo: Hello gateway"
    # each loop had its own connection, closed with its loop (no ResourceWarning at GC)
    assert fake_gateway.connections_opened == 3
    asyncio.run(client.close())
    gc.collect()


def test_copies_from_with_options_follow_the_loop(fake_gateway: FakeGateway) -> None:
    client = AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url)
    quick = client.with_options(max_retries=0)
    assert asyncio.run(_ask(client)) == "Echo: Hello gateway"
    assert asyncio.run(_ask(quick)) == "Echo: Hello gateway"
    asyncio.run(client.close())
    gc.collect()


def test_a_closed_client_stays_closed_in_a_new_loop(fake_gateway: FakeGateway) -> None:
    client = AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url)

    async def ask_and_close() -> None:
        await _ask(client)
        await client.close()

    asyncio.run(ask_and_close())
    with pytest.raises(AIStatsError, match="closed"):
        asyncio.run(_ask(client))


def test_a_given_http_client_in_a_later_loop_is_a_clear_error(fake_gateway: FakeGateway) -> None:
    # the first answer closes its connection, so that the first loop leaves none behind
    fake_gateway.enqueue(Reply.default().with_faults(close=True))
    http = httpx.AsyncClient()
    client = AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url, http_client=http)
    assert asyncio.run(_ask(client)) == "Echo: Hello gateway"
    with pytest.raises(AIStatsError, match=r"ended \(each asyncio.run\(\) starts a new one\)") as info:
        asyncio.run(_ask(client))
    assert type(info.value) is AIStatsError
    assert len(fake_gateway.requests) == 1  # refused before sending
    asyncio.run(http.aclose())


def test_two_running_loops_at_once_is_a_clear_error(fake_gateway: FakeGateway) -> None:
    client = AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url)
    used, release = threading.Event(), threading.Event()

    async def hold() -> None:  # uses the client, then keeps its loop running
        await _ask(client)
        used.set()
        await asyncio.to_thread(release.wait, 10)  # the loop keeps running meanwhile
        await client.close()

    holder = threading.Thread(target=asyncio.run, args=(hold(),))
    holder.start()
    try:
        assert used.wait(10)
        with pytest.raises(AIStatsError, match="another running event loop"):
            asyncio.run(_ask(client))
    finally:
        release.set()
        holder.join(10)
