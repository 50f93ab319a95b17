"""Testing your own application with aistats.testing.

Run: python -m pytest examples/test_my_app.py
Your code talks to a real HTTP server on 127.0.0.1 (no mocks of the SDK), and you can
script the gateway's answers and inspect what your code sent.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aistats import AIStats, InsufficientFundsError
from aistats.testing import FakeGateway, Reply, completion


def summarise(client: AIStats, text: str) -> str:
    """The application code under test."""
    reply = client.chat.completions.create(
        model="openai/gpt-5-nano",
        messages=[{"role": "system", "content": "Summarise."}, {"role": "user", "content": text}],
    )
    return reply.choices[0].message.content or ""


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    with FakeGateway(api_key="test-key") as fake:
        yield fake


def test_summarise_sends_the_text(gateway: FakeGateway) -> None:
    with AIStats(api_key="test-key", base_url=gateway.base_url) as client:
        assert summarise(client, "long text") == "Echo: long text"
    sent = gateway.requests[0].json()
    assert sent["messages"][1] == {"role": "user", "content": "long text"}


def test_summarise_with_a_scripted_reply(gateway: FakeGateway) -> None:
    gateway.enqueue(Reply.json(completion("A short summary.")))
    with AIStats(api_key="test-key", base_url=gateway.base_url) as client:
        assert summarise(client, "anything") == "A short summary."


def test_out_of_funds_is_reported(gateway: FakeGateway) -> None:
    gateway.enqueue(Reply.error(402, "insufficient_funds", reason="Balance is 0"))
    with (
        AIStats(api_key="test-key", base_url=gateway.base_url) as client,
        pytest.raises(InsufficientFundsError),
    ):
        summarise(client, "anything")
