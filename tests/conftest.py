"""Shared fixtures: the built-in fake gateway and a sync/async switch."""

from __future__ import annotations

import pytest

pytest_plugins = ["aistats.testing.pytest_plugin"]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test once through ``AIStats`` and once through ``AsyncAIStats``."""
    return str(request.param)
