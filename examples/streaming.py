"""Stream a reply as it is generated, then get the whole completion.

Run: python examples/streaming.py   (uses the built-in local gateway unless AI_STATS_API_KEY is set)
"""

from __future__ import annotations

import os

from aistats import AIStats
from aistats.testing import FakeGateway


def main(client: AIStats) -> None:
    with client.chat.completions.create(
        model="openai/gpt-5-nano-2025-08-07",
        messages=[{"role": "user", "content": "Write a haiku about rivers."}],
        stream=True,
    ) as stream:
        for chunk in stream:
            for choice in chunk.choices:
                print(choice.delta.content or "", end="", flush=True)
        print()
        # The gateway's closing snapshot when it sent one, else built from the chunks.
        completion = stream.get_final_completion()
    print("finish reason:", completion.choices[0].finish_reason)
    print("request id:", stream.request_id)


if __name__ == "__main__":
    if os.environ.get("AI_STATS_API_KEY"):
        with AIStats() as real_client:
            main(real_client)
    else:
        with FakeGateway() as gateway, AIStats(api_key="fake-key", base_url=gateway.base_url) as fake_client:
            main(fake_client)
