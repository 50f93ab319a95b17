"""Strict keywords: an unknown keyword raises TypeError naming the closest valid one, and
nothing is sent; extra_body still passes anything."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest

from aistats import AIStats, AsyncAIStats
from aistats._transport.keywords import request_keys
from aistats.testing import FakeGateway
from aistats_generated.models.chat_completions_request import ChatCompletionsRequestBaseParams
from tests.support import KEY, MESSAGES, complete


@dataclass
class Point:
    x: int


def call_with(mode: str, base_url: str, method: str = "create", **params: Any) -> None:
    params.setdefault("model", "m")
    params.setdefault("messages", MESSAGES)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            getattr(client.chat.completions, method)(**params)
        return

    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            await getattr(client.chat.completions, method)(**params)

    asyncio.run(run())


@pytest.mark.parametrize(
    ("keyword", "meant"),
    [
        ("dealine", "deadline"),
        ("temprature", "temperature"),
        ("extra_headrs", "extra_headers"),
        ("sed", "seed"),
    ],
)
def test_misspelt_keyword_sends_nothing_and_names_the_closest(
    mode: str, fake_gateway: FakeGateway, keyword: str, meant: str
) -> None:
    with pytest.raises(TypeError) as caught:
        call_with(mode, fake_gateway.base_url, "create", **{keyword: 1})
    assert f"unexpected keyword argument {keyword!r}" in str(caught.value)
    assert f"did you mean {meant!r}" in str(caught.value)
    assert "extra_body" in str(caught.value)
    assert fake_gateway.requests == []


def test_client_options_given_to_a_call_point_to_with_options(mode: str, fake_gateway: FakeGateway) -> None:
    with pytest.raises(TypeError, match=r"max_retries is a client option; use client\.with_options"):
        call_with(mode, fake_gateway.base_url, max_retries=0)
    assert fake_gateway.requests == []


def test_parse_checks_keywords_too(mode: str, fake_gateway: FakeGateway) -> None:
    with pytest.raises(TypeError, match="parse\\(\\) got an unexpected keyword argument 'dealine'"):
        call_with(mode, fake_gateway.base_url, method="parse", response_format=Point, dealine=1)
    assert fake_gateway.requests == []


def test_nothing_close_gets_no_guess(fake_gateway: FakeGateway) -> None:
    with pytest.raises(TypeError) as caught:
        call_with("sync", fake_gateway.base_url, zzzzqqq=1)
    assert "did you mean" not in str(caught.value)


def test_extra_body_passes_anything(mode: str, fake_gateway: FakeGateway) -> None:
    complete(mode, fake_gateway.base_url, extra_body={"provider_thing": {"x": 1}, "dealine": 2})
    body = fake_gateway.requests[0].json()
    assert body["provider_thing"] == {"x": 1} and body["dealine"] == 2


def test_every_request_property_of_the_spec_is_accepted(fake_gateway: FakeGateway) -> None:
    """The valid set is the generated TypedDict's keys: a property added to the spec is
    accepted after regeneration with no change to the facade."""
    keys = request_keys(ChatCompletionsRequestBaseParams)
    assert {"model", "messages", "temperature", "tools", "seed"} <= keys
    assert keys == set(ChatCompletionsRequestBaseParams.__annotations__) | {
        key
        for base in ChatCompletionsRequestBaseParams.__mro__[1:]
        for key in getattr(base, "__annotations__", {})
    }
    complete("sync", fake_gateway.base_url, temperature=0.5, seed=3, top_p=0.9)
    assert fake_gateway.requests[0].json()["seed"] == 3
