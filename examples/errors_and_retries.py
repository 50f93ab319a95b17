"""Errors, retries and deadlines.

Run: python examples/errors_and_retries.py
The built-in gateway is scripted to fail the way a real one sometimes does.
"""

from __future__ import annotations

import logging

import aistats
from aistats import AIStats
from aistats.testing import FakeGateway, Reply
from aistats.types import ChatMessageParams

MESSAGES: list[ChatMessageParams] = [{"role": "user", "content": "Hello"}]


def main(client: AIStats) -> None:
    # Retries: 503 and 429 are retried with backoff (Retry-After is honoured); each retry
    # is logged at INFO on the "aistats" logger.
    completion = client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    print("after retries:", completion.choices[0].message.content)

    # Errors that retrying cannot fix are raised at once, with the gateway's code.
    try:
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    except aistats.InsufficientFundsError as error:
        print(f"not retried ({error.code}):", error)

    # A deadline bounds the whole call, retries and waits included.
    fast = client.with_options(max_retries=10, deadline=1.0)
    try:
        fast.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    except (aistats.APITimeoutError, aistats.InternalServerError) as error:
        print("gave up within the deadline:", type(error).__name__)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
    with FakeGateway() as gateway:
        gateway.enqueue(
            Reply.error(503, "upstream_error", headers={"retry-after-ms": "200"}),
            Reply.error(429, "key_limit_exceeded", headers={"retry-after": "1"}),
            Reply.default(),  # then the usual answer
        )
        gateway.enqueue(Reply.error(402, "insufficient_funds", reason="Balance is 0", request_id="req_402"))
        gateway.enqueue(*[Reply.error(503, "upstream_error")] * 20)
        with AIStats(api_key="fake-key", base_url=gateway.base_url) as client:
            main(client)
