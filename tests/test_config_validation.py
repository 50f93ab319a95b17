"""Configuration and input that cannot work are refused before anything is sent, with an
``AIStatsError`` that names the argument (or the place in the body) and never echoes the key:
at construction, in ``with_options`` and in per-call options, sync and async."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from aistats import AIStats, AIStatsError, AsyncAIStats
from aistats.testing import FakeGateway
from tests.support import KEY, MESSAGES

BASE = "http://127.0.0.1:9/v1"  # never reached: every case here fails before sending


def refused(build: Callable[[], Any], *words: str) -> str:
    """The message of the ``AIStatsError`` that ``build`` raises; it names ``words``, not the key."""
    with pytest.raises(AIStatsError) as caught:
        made = build()
        if isinstance(made, AIStats):
            made.close()
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert KEY not in message and KEY[8:] not in message
    return message


# -- base_url ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "word"),
    [
        ("https://gateway.example/v1?team=a", "query"),
        ("https://gateway.example/v1#frag", "fragment"),
        ("https://user:secret@gateway.example/v1", "user name or password"),
    ],
)
def test_a_base_url_that_calls_would_not_keep_is_refused(url: str, word: str) -> None:
    message = refused(lambda: AIStats(api_key=KEY, base_url=url), "base_url", word)
    assert "team=a" not in message and "secret" not in message  # what follows is not echoed
    refused(lambda: AIStats(api_key=KEY).with_options(base_url=url), "base_url", word)


def test_a_base_url_from_the_environment_is_named_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_STATS_BASE_URL", "https://gateway.example/v1?team=a")
    refused(lambda: AIStats(api_key=KEY), "AI_STATS_BASE_URL", "query")


# -- numbers -----------------------------------------------------------------------------

NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"timeout": NAN}, "timeout"),
        ({"timeout": INF}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": httpx.Timeout(-1)}, "timeout"),
        ({"timeout": httpx.Timeout(10, read=NAN)}, "timeout"),
        ({"timeout": httpx.Timeout(10, connect=-0.5)}, "timeout"),
        ({"timeout": httpx.Timeout(10, pool=INF)}, "timeout"),
        ({"deadline": NAN}, "deadline"),
        ({"deadline": INF}, "deadline"),
        ({"deadline": -3}, "deadline"),
        ({"max_retry_after": "30"}, "max_retry_after"),
        ({"max_retry_after": NAN}, "max_retry_after"),
        ({"max_retry_after": -1}, "max_retry_after"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": "2"}, "max_retries"),
    ],
)
def test_numbers_that_cannot_work_are_refused_everywhere(kwargs: dict[str, Any], word: str) -> None:
    refused(lambda: AIStats(api_key=KEY, base_url=BASE, **kwargs), word)
    refused(lambda: AsyncAIStats(api_key=KEY, base_url=BASE, **kwargs), word)
    with AIStats(api_key=KEY, base_url=BASE) as client:
        refused(lambda: client.with_options(**kwargs), word)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": NAN},
        {"timeout": httpx.Timeout(-1)},
        {"timeout": httpx.Timeout(5, write=NAN)},
        {"deadline": NAN},
        {"deadline": INF},
    ],
)
def test_per_call_numbers_that_cannot_work_are_refused(
    mode: str, fake_gateway: FakeGateway, options: dict[str, Any]
) -> None:
    word = next(iter(options))
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            refused(
                lambda: client.chat.completions.create(
                    model="openai/gpt-5-nano", messages=MESSAGES, **options
                ),
                word,
            )
    else:

        async def run() -> None:
            async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                with pytest.raises(AIStatsError, match=word):
                    await client.chat.completions.create(
                        model="openai/gpt-5-nano", messages=MESSAGES, **options
                    )

        asyncio.run(run())
    assert fake_gateway.requests == []


def test_sound_numbers_still_pass() -> None:
    timeout = httpx.Timeout(30, connect=5, pool=None)  # None: no limit on that phase
    with AIStats(api_key=KEY, base_url=BASE, timeout=timeout, deadline=2.5, max_retry_after=0) as client:
        assert client.timeout == timeout and client.deadline == 2.5
        assert client.with_options(max_retry_after=1.5, timeout=7).timeout == httpx.Timeout(7)


# -- the key -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "words"),
    [
        (KEY[:10] + "\u200b" + KEY[10:], ("position 10", "invisible", "U+200B")),
        (KEY + "\u00a0", ("position 24", "whitespace", "U+00A0")),
        (KEY[:3] + " " + KEY[3:], ("position 3", "whitespace")),
        (KEY[:5] + "\u00e9" + KEY[5:], ("position 5", "non-ASCII", "U+00E9")),
        (KEY[:5] + "\x07" + KEY[5:], ("position 5", "control", "U+0007")),
        ("\ufeff" + KEY, ("position 0", "invisible", "U+FEFF")),
    ],
)
def test_a_key_with_a_character_keys_never_have_is_refused_before_sending(
    key: str, words: tuple[str, ...], fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused(lambda: AIStats(api_key=key, base_url=fake_gateway.base_url), "api_key", *words)
    refused(lambda: AsyncAIStats(api_key=key, base_url=fake_gateway.base_url), "api_key", *words)
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        refused(lambda: client.with_options(api_key=key), "api_key", *words)
    monkeypatch.setenv("AI_STATS_API_KEY", key)
    refused(lambda: AIStats(base_url=fake_gateway.base_url), "AI_STATS_API_KEY", *words)
    monkeypatch.setenv("AI_STATS_API_KEY", KEY)
    refused(lambda: AIStats(management_key=key, base_url=fake_gateway.base_url), "management_key", *words)
    monkeypatch.setenv("AI_STATS_MANAGEMENT_KEY", key)
    refused(lambda: AIStats(base_url=fake_gateway.base_url), "AI_STATS_MANAGEMENT_KEY", *words)
    assert fake_gateway.requests == []


# -- text that cannot be sent -------------------------------------------------------------

LONE = os.fsdecode(b"report-\xff.txt")  # a non-UTF-8 file name: "report-\udcff.txt"


def test_a_lone_surrogate_in_a_message_names_its_place(mode: str, fake_gateway: FakeGateway) -> None:
    messages: Any = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "ok"}, {"type": "text", "text": LONE}]},
    ]
    plain: Any = [{"role": "user", "content": f"summarise {LONE}"}]
    for given, where in [(plain, "messages[0].content"), (messages, "messages[1].content[1].text")]:
        if mode == "sync":
            with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                create = functools.partial(
                    client.chat.completions.create, model="openai/gpt-5-nano", messages=given
                )
                message = refused(create, where)
        else:

            async def run(given: Any = given) -> str:
                async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                    with pytest.raises(AIStatsError) as caught:
                        await client.chat.completions.create(model="openai/gpt-5-nano", messages=given)
                    return str(caught.value)

            message = asyncio.run(run())
            assert where in message
        assert "U+DCFF" in message and "surrogate" in message
    assert fake_gateway.requests == []


def test_unsendable_text_in_extra_body_path_and_query_names_its_place(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        refused(
            lambda: client.chat.completions.create(
                model="openai/gpt-5-nano", messages=MESSAGES, extra_body={"metadata": {"file": LONE}}
            ),
            "metadata.file",
        )
        refused(lambda: client.generations.retrieve(LONE), "id")
        refused(lambda: list(client.models.list(extra_query={"q": LONE})), "extra_query", "q")
    assert fake_gateway.requests == []


@pytest.mark.parametrize("kwargs", [{"app_title": "Café Bot"}, {"referer": "https://café.example"}])
def test_header_values_the_gateway_would_misread_are_refused_at_construction(kwargs: dict[str, Any]) -> None:
    name = next(iter(kwargs))
    refused(lambda: AIStats(api_key=KEY, base_url=BASE, **kwargs), name, "ASCII", "U+00E9")
    with AIStats(api_key=KEY, base_url=BASE) as client:
        refused(lambda: client.with_options(**kwargs), name, "ASCII")


def test_non_ascii_header_values_are_refused_in_default_and_extra_headers(fake_gateway: FakeGateway) -> None:
    refused(lambda: AIStats(api_key=KEY, base_url=BASE, default_headers={"x-team": "Zürich"}), "x-team")
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        refused(
            lambda: client.chat.completions.create(
                model="openai/gpt-5-nano", messages=MESSAGES, extra_headers={"x-note": "naïve"}
            ),
            "extra_headers",
            "x-note",
        )
    assert fake_gateway.requests == []


def test_ascii_app_title_is_sent(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url, app_title="Cafe Bot") as client:
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    assert fake_gateway.requests[0].headers["x-title"] == "Cafe Bot"
