"""A chat completion with the synchronous client.

Run: python examples/sync_chat.py   (uses the built-in local gateway unless AI_STATS_API_KEY is set)
"""

from __future__ import annotations

import os

from aistats import AIStats
from aistats.testing import FakeGateway


def main(client: AIStats) -> None:
    completion = client.chat.completions.create(
        model="openai/gpt-5-nano-2025-08-07",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Name three prime numbers."},
        ],
        temperature=0.2,
        max_output_tokens=50,
    )
    print(completion.choices[0].message.content)
    print("request id:", completion.id)
    if completion.usage:
        print("tokens:", completion.usage.total_tokens)


if __name__ == "__main__":
    if os.environ.get("AI_STATS_API_KEY"):
        with AIStats() as real_client:
            main(real_client)
    else:
        with FakeGateway() as gateway, AIStats(api_key="fake-key", base_url=gateway.base_url) as fake_client:
            main(fake_client)
