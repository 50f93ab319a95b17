"""Construction rules: keys, URLs, headers and options, checked before anything is sent."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from aistats import DEFAULT_BASE_URL, AIStats, AIStatsError, AsyncAIStats
from aistats.testing import FakeGateway

from .support import KEY, MESSAGES


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AI_STATS_API_KEY", "AI_STATS_BASE_URL", "AI_STATS_ALLOW_INSECURE_HTTP"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("cls", [AIStats, AsyncAIStats])
def test_no_key_anywhere_is_an_error_naming_the_env_var(cls: type[AIStats] | type[AsyncAIStats]) -> None:
    with pytest.raises(AIStatsError, match="AI_STATS_API_KEY"):
        cls()


def test_key_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, fake_gateway: FakeGateway
) -> None:
    monkeypatch.setenv("AI_STATS_API_KEY", KEY)
    monkeypatch.setenv("AI_STATS_BASE_URL", fake_gateway.base_url)
    with AIStats() as client:
        assert str(client.base_url) == fake_gateway.base_url
        client.chat.completions.create(model="openai/gpt-4.1-mini", messages=MESSAGES)
    assert fake_gateway.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_STATS_API_KEY", "env-key")
    monkeypatch.setenv("AI_STATS_BASE_URL", "https://env.example/v1")
    client = AIStats(api_key=KEY, base_url="https://arg.example/v1/")
    assert str(client.base_url) == "https://arg.example/v1"
    assert client._config.key_for("api").reveal() == KEY
    client.close()


def test_default_base_url_is_production() -> None:
    with AIStats(api_key=KEY) as client:
        assert str(client.base_url) == DEFAULT_BASE_URL == "https://api.ai-stats.phaseo.app/v1"


def test_plain_http_to_a_remote_host_is_refused_with_the_option_named() -> None:
    with pytest.raises(AIStatsError, match="allow_insecure_http") as info:
        AIStats(api_key=KEY, base_url="http://gateway.example/v1")
    assert KEY not in str(info.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/v1", "http://localhost:8080/v1", "http://[::1]:9/v1"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    AIStats(api_key=KEY, base_url=url).close()


def test_plain_http_opt_in_by_argument_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    AIStats(api_key=KEY, base_url="http://gateway.example/v1", allow_insecure_http=True).close()
    monkeypatch.setenv("AI_STATS_ALLOW_INSECURE_HTTP", "1")
    AIStats(api_key=KEY, base_url="http://gateway.example/v1").close()


@pytest.mark.parametrize("url", ["ftp://x/v1", "not a url", "https://"])
def test_bad_base_urls_are_refused(url: str) -> None:
    with pytest.raises(AIStatsError, match="base_url"):
        AIStats(api_key=KEY, base_url=url)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"default_headers": {"x-a": "ok\r\nx-injected: 1"}},
        {"default_headers": {"x-a\n": "v"}},
        {"app_title": "My app\nX-Evil: 1"},
        {"referer": "https://a.example\r\n"},
    ],
)
def test_header_values_with_line_breaks_are_refused(kwargs: dict[str, str]) -> None:
    with pytest.raises(AIStatsError, match="line break"):
        AIStats(api_key=KEY, **kwargs)  # type: ignore[arg-type]


def test_per_call_headers_with_line_breaks_are_refused(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client, pytest.raises(AIStatsError):
        client.chat.completions.create(
            model="openai/gpt-5-nano", messages=MESSAGES, extra_headers={"x-a": "1\n2"}
        )
    assert fake_gateway.requests == []


def test_key_with_a_newline_is_refused_without_echoing_it() -> None:
    with pytest.raises(AIStatsError) as info:
        AIStats(api_key=KEY + "\n")
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": "10"}, "timeout"),
        ({"deadline": 0}, "deadline"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
    ],
)
def test_bad_options_are_refused(kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(AIStatsError, match=word):
        AIStats(api_key=KEY, **kwargs)  # type: ignore[arg-type]


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(AIStatsError) as info:
        AIStats(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert str(info.value) == (
        "http_client must be an httpx.Client, got httpx.AsyncClient: "
        "an httpx.AsyncClient goes with AsyncAIStats."
    )
    with httpx.Client() as sync_http, pytest.raises(AIStatsError) as info:
        AsyncAIStats(api_key=KEY, http_client=sync_http)  # type: ignore[arg-type]
    assert str(info.value) == (
        "http_client must be an httpx.AsyncClient, got httpx.Client: an httpx.Client goes with AIStats."
    )


class _OtherLibraryClient:
    """Stands for a client of another HTTP library (requests.Session, aiohttp...)."""


@pytest.mark.parametrize("client_class", [AIStats, AsyncAIStats])
def test_http_client_of_another_library_names_both_types(client_class: type[AIStats]) -> None:
    expected = "Client" if client_class is AIStats else "AsyncClient"
    with pytest.raises(AIStatsError) as info:
        client_class(api_key=KEY, http_client=_OtherLibraryClient())  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith(
        f"http_client must be an httpx.{expected}, got tests.test_config._OtherLibraryClient: "
    )
    assert "AIStats" not in message  # no other aistats client takes it either


def test_timeout_accepts_seconds_and_httpx_timeout() -> None:
    assert AIStats(api_key=KEY, timeout=5).timeout == httpx.Timeout(5.0)
    custom = httpx.Timeout(3.0, connect=1.0)
    assert AIStats(api_key=KEY, timeout=custom).timeout == custom
    default = AIStats(api_key=KEY).timeout
    assert default.connect == 10.0 and default.read == 600.0


def test_with_options_changes_options_and_shares_the_pool(fake_gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        fast = client.with_options(timeout=2, max_retries=0, deadline=5)
        assert (fast.max_retries, fast.deadline, fast.timeout) == (0, 5.0, httpx.Timeout(2.0))
        assert (client.max_retries, client.deadline) == (2, None)
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        fast.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        fast.close()  # the copy does not own the pool
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    assert len(fake_gateway.requests) == 3
    assert fake_gateway.connections_opened == 1


def test_async_with_options_shares_the_pool(fake_gateway: FakeGateway) -> None:
    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            copy = client.with_options(max_retries=5)
            await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
            await copy.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
            assert copy.max_retries == 5

    asyncio.run(run())
    assert fake_gateway.connections_opened == 1


def test_a_closed_client_says_so(fake_gateway: FakeGateway) -> None:
    client = AIStats(api_key=KEY, base_url=fake_gateway.base_url)
    client.close()
    with pytest.raises(AIStatsError, match="closed"):
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)


def test_injected_http_client_still_gets_auth_base_url_and_is_left_open(fake_gateway: FakeGateway) -> None:
    with httpx.Client(base_url="https://elsewhere.example", headers={"x-from-user": "1"}) as http:
        with AIStats(api_key=KEY, base_url=fake_gateway.base_url, http_client=http) as client:
            client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
        assert not http.is_closed
    sent = fake_gateway.requests[0]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["x-from-user"] == "1"


def test_reprs_hide_the_key() -> None:
    client = AIStats(api_key=KEY, timeout=3)
    for text in (
        repr(client),
        repr(client.with_options(max_retries=1)),
        repr(client._config),
        str(client._config),
    ):
        assert KEY not in text
    assert "****" in repr(client)
    client.close()
