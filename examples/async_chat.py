"""Several completions at once with the async client over one connection pool.

Run: python examples/async_chat.py   (uses the built-in local gateway unless AI_STATS_API_KEY is set)
"""

from __future__ import annotations

import asyncio
import os

from aistats import AsyncAIStats
from aistats.testing import FakeGateway


async def main(client: AsyncAIStats) -> None:
    questions = ["What is 2 + 2?", "Capital of France?", "Largest planet?"]
    completions = await asyncio.gather(
        *(
            client.chat.completions.create(
                model="openai/gpt-5-nano-2025-08-07",
                messages=[{"role": "user", "content": question}],
            )
            for question in questions
        )
    )
    for question, completion in zip(questions, completions, strict=True):
        print(f"{question} -> {completion.choices[0].message.content}")


async def run() -> None:
    if os.environ.get("AI_STATS_API_KEY"):
        async with AsyncAIStats() as client:
            await main(client)
        return
    with FakeGateway() as gateway:
        async with AsyncAIStats(api_key="fake-key", base_url=gateway.base_url) as client:
            await main(client)


if __name__ == "__main__":
    asyncio.run(run())
