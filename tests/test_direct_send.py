"""Calls of a client that made its own pool skip ``httpx.Client.send`` (``aistats._transport.send``)
without losing what ``send`` gave: the same request on the wire, proxies from the environment,
the cookie jar, ``response.elapsed``, the ``httpx`` log line, errors that name their request.
A caller's ``http_client`` keeps its own ``send``: event hooks, auth, mounts."""

from __future__ import annotations

import asyncio
import http.server
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import pytest

import aistats._client
from aistats import AIStats, APIConnectionError, AsyncAIStats
from aistats_generated import api

MESSAGES: Any = [{"role": "user", "content": "Hi"}]
COMPLETION = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "openai/gpt-5-nano",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello"}, "finish_reason": "stop"}],
}


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every POST with ``COMPLETION``; keeps each request's target and header lines."""

    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, list[tuple[str, str]]]]] = []
    set_cookie: ClassVar[str | None] = None

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).seen.append((self.path, list(self.headers.items())))
        body = json.dumps(COMPLETION).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if self.set_cookie:
            self.send_header("Set-Cookie", self.set_cookie)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Recorder", (_Recorder,), {"seen": [], "set_cookie": None})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _create(client: AIStats | AsyncAIStats) -> Any:
    if isinstance(client, AsyncAIStats):

        async def run() -> Any:
            async with client:
                return await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)

        return asyncio.run(run())
    with client:
        return client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)


def _client(mode: str, **options: Any) -> AIStats | AsyncAIStats:
    return (AIStats if mode == "sync" else AsyncAIStats)(api_key="sk-test-direct", **options)


def test_an_own_pool_skips_httpx_send_and_a_given_client_keeps_it(
    mode: str, recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = recorder

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("httpx.Client.send was called")

    monkeypatch.setattr(httpx.Client, "send", refuse)
    monkeypatch.setattr(httpx.AsyncClient, "send", refuse)
    assert _create(_client(mode, base_url=url + "/v1")).choices[0].message.content == "Hello"
    monkeypatch.undo()

    hooked: list[str] = []
    if mode == "sync":
        with httpx.Client(event_hooks={"request": [lambda r: hooked.append(r.url.path)]}) as given:
            _create(_client(mode, base_url=url + "/v1", http_client=given))
    else:

        async def hook(request: httpx.Request) -> None:
            hooked.append(request.url.path)

        async def run() -> None:
            async with httpx.AsyncClient(event_hooks={"request": [hook]}) as given:
                client = AsyncAIStats(api_key="sk-test-direct", base_url=url + "/v1", http_client=given)
                await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)

        asyncio.run(run())
    assert hooked == ["/v1/chat/completions"]  # the caller's client, its hooks included


def test_the_request_on_the_wire_is_the_one_httpx_send_would_make(
    mode: str, recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    options = {"base_url": url + "/v1", "default_headers": {"X-Team": "a"}, "app_title": "t"}
    _create(_client(mode, **options))
    monkeypatch.setattr(aistats._client, "can_send_direct", lambda http: False)
    indirect = _client(mode, **options)
    assert not indirect._config.direct
    _create(indirect)
    (path_direct, direct), (path_sent, sent) = handler.seen
    assert path_direct == path_sent == "/v1/chat/completions"
    assert direct == sent  # every header, its case, its value and its place
    assert [name.lower() for name, _ in direct][:1] == ["host"] and (
        "Authorization",
        "Bearer sk-test-direct",
    ) in direct


def test_a_proxy_from_the_environment_still_carries_the_calls(
    mode: str, recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = _client(mode, base_url="http://gateway.example:8080/v1", allow_insecure_http=True)
    assert _create(client).choices[0].message.content == "Hello"
    ((target, headers),) = handler.seen
    assert target == "http://gateway.example:8080/v1/chat/completions"  # the proxy's absolute form
    assert ("Host", "gateway.example:8080") in headers


def test_cookies_the_gateway_sets_are_sent_back(mode: str, recorder: tuple[str, type[_Recorder]]) -> None:
    url, handler = recorder
    handler.set_cookie = "route=abc; Path=/"
    client = _client(mode, base_url=url + "/v1")
    if isinstance(client, AIStats):
        with client:
            for _ in range(2):
                client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    else:

        async def twice() -> None:
            async with client:
                for _ in range(2):
                    await client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)

        asyncio.run(twice())
    first, second = (dict(headers) for _, headers in handler.seen)
    assert "Cookie" not in first and second["Cookie"] == "route=abc"


def test_the_response_knows_its_request_and_elapsed_time_and_httpx_logs_it(
    recorder: tuple[str, type[_Recorder]], caplog: pytest.LogCaptureFixture
) -> None:
    url, _ = recorder
    with (
        caplog.at_level(logging.INFO, logger="httpx"),
        AIStats(api_key="sk-test-direct", base_url=url + "/v1") as client,
    ):
        raw = client.chat.completions.with_raw_response.create(model="openai/gpt-5-nano", messages=MESSAGES)
    response = raw.http_response
    assert response.request.url == url + "/v1/chat/completions"
    assert response.elapsed.total_seconds() > 0
    assert any(
        f'HTTP Request: POST {url}/v1/chat/completions "HTTP/1.1 200 OK"' in r.getMessage()
        for r in caplog.records
    )
    assert "sk-test-direct" not in caplog.text


def test_a_connection_failure_names_its_request(mode: str) -> None:
    with socket_closed_port() as port:
        client = _client(mode, base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        with pytest.raises(APIConnectionError) as caught:
            _create(client)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url.path == "/v1/chat/completions"
    assert "authorization" not in cause.request.headers  # taken off once sent


class socket_closed_port:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.mark.parametrize(
    "call",
    [
        (
            api.CREATE_CHAT_COMPLETION,
            None,
            None,
            {"model": "m", "messages": [{"role": "user", "content": "Hi"}]},
        ),
        (api.LIST_MODELS, None, {"limit": 5}, None),
        (api.CANCEL_BATCH, {"batch_id": "b 1"}, None, None),  # a POST without a body
        (api.DELETE_API_KEY, {"id": "k1"}, None, None),
        (api.UPDATE_API_KEY, {"id": "k1"}, None, {"name": "n"}),
    ],
)
@pytest.mark.parametrize("cookie", [False, True])
def test_a_request_framed_here_is_the_one_httpx_makes(
    call: tuple[Any, Any, Any, Any], cookie: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aistats._transport.request import prepare_route

    route, path, query, body = call

    options: dict[str, Any] = {
        "api_key": "sk-a",
        "management_key": "sk-m",
        "default_headers": {"X-Team": "a"},
    }
    direct = AIStats(base_url="https://gateway.example/v1", **options)
    monkeypatch.setattr(aistats._client, "can_send_direct", lambda http: False)
    plain = AIStats(base_url="https://gateway.example/v1", **options)
    requests = []
    for client in (direct, plain):
        with client:
            if cookie:
                client._http.cookies.set("c", "1", domain="gateway.example")
            prepared = prepare_route(client._config, route, path=path, query=query, body=body)
            requests.append(prepared.build(client._http, httpx.Timeout(5.0), direct=client._config.direct))
    ours, httpx_own = requests
    assert ours.headers.raw == httpx_own.headers.raw or cookie  # names, case, values and order
    assert sorted(ours.headers.multi_items()) == sorted(httpx_own.headers.multi_items())
    assert (ours.method, ours.url, ours.content, ours.extensions) == (
        httpx_own.method,
        httpx_own.url,
        httpx_own.content,
        httpx_own.extensions,
    )


def test_a_framing_header_of_the_callers_own_is_sent_as_given(recorder: tuple[str, type[_Recorder]]) -> None:
    url, handler = recorder
    host = url.removeprefix("http://")
    with AIStats(api_key="sk-test-direct", base_url=url + "/v1", default_headers={"Host": host}) as client:
        client.chat.completions.create(model="openai/gpt-5-nano", messages=MESSAGES)
    with AIStats(api_key="sk-test-direct", base_url=url + "/v1") as client:
        client.chat.completions.create(
            model="openai/gpt-5-nano", messages=MESSAGES, extra_headers={"host": host}
        )
    assert len(handler.seen) == 2
    for _, headers in handler.seen:
        assert [value for name, value in headers if name.lower() == "host"] == [host]  # once, not twice
