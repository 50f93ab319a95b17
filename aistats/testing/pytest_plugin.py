"""pytest fixtures for the fake gateway.

Enable with ``pytest_plugins = ["aistats.testing.pytest_plugin"]`` in a root
``conftest.py`` (or ``pytest -p aistats.testing.pytest_plugin``)::

    def test_hello(fake_gateway):
        client = AIStats(api_key="k", base_url=fake_gateway.base_url)
        assert client.chat.completions.create(model="openai/gpt-5-nano", messages=[...]).id == "req_1"
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import FakeGateway

__all__ = ["fake_gateway"]


@pytest.fixture
def fake_gateway() -> Iterator[FakeGateway]:
    """A started :class:`FakeGateway` (any bearer key accepted), closed after the test."""
    with FakeGateway() as gateway:
        yield gateway
