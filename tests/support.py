"""Helpers that run one call through the sync or the async client, so each behaviour is
tested on both with one test body."""

from __future__ import annotations

import asyncio
from typing import Any

from aistats import AIStats, AsyncAIStats
from aistats.types import ChatMessageParams
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

KEY = "sk-test-0123456789abcdef"
MESSAGES: list[ChatMessageParams] = [{"role": "user", "content": "Hello gateway"}]


def complete(
    mode: str, base_url: str, *, client: dict[str, Any] | None = None, **params: Any
) -> ChatCompletionsResponse:
    """One non-streamed ``create()`` through the client of ``mode``."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, **(client or {})}
    params.setdefault("model", "openai/gpt-5-nano")
    params.setdefault("messages", MESSAGES)
    if mode == "sync":
        with AIStats(**options) as sync_client:
            result: ChatCompletionsResponse = sync_client.chat.completions.create(**params)
            return result

    async def run() -> ChatCompletionsResponse:
        async with AsyncAIStats(**options) as async_client:
            answer: ChatCompletionsResponse = await async_client.chat.completions.create(**params)
            return answer

    return asyncio.run(run())


def stream_all(
    mode: str, base_url: str, *, client: dict[str, Any] | None = None, **params: Any
) -> tuple[list[ChatCompletionChunk], ChatCompletionsResponse]:
    """One streamed ``create()``: every chunk, then ``get_final_completion()``."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, **(client or {})}
    params.setdefault("model", "openai/gpt-5-nano")
    params.setdefault("messages", MESSAGES)
    if mode == "sync":
        with (
            AIStats(**options) as sync_client,
            sync_client.chat.completions.create(stream=True, **params) as s,
        ):
            chunks = list(s)
            return chunks, s.get_final_completion()

    async def run() -> tuple[list[ChatCompletionChunk], ChatCompletionsResponse]:
        async with AsyncAIStats(**options) as async_client:
            stream = await async_client.chat.completions.create(stream=True, **params)
            async with stream:
                chunks = [chunk async for chunk in stream]
                return chunks, await stream.get_final_completion()

    return asyncio.run(run())


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    """The text of choice deltas, concatenated in order."""
    return "".join(
        choice.delta.content
        for chunk in chunks
        for choice in chunk.choices
        if isinstance(choice.delta.content, str)
    )
