"""The API key appears nowhere: not in messages, reprs, logs (every logger at DEBUG) or
tracebacks formatted with their locals, on every public path."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest

from aistats import (
    AIStats,
    AIStatsError,
    APIConnectionError,
    APIError,
    AsyncAIStats,
    Hooks,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    StreamEndEvent,
)
from aistats._config import ApiKey, ClientConfig, ManagementKey
from aistats._transport.response import transport_error
from aistats.testing import FakeGateway, Reply, chunk_frame, error_frame

SECRET = "sk-aistats-SECRET-7d3f9a0b1c"  # recognisable, and taken from the environment


class Sink(list[str]):
    """The texts collected; a short repr keeps tracebacks with locals from nesting them."""

    log = io.StringIO()

    def __repr__(self) -> str:
        return f"<{len(self)} texts>"

    def everything(self) -> str:
        return "\n".join([*self, self.log.getvalue()])


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sink]:
    """Everything written anywhere: every logger at DEBUG, and the texts the test adds."""
    monkeypatch.setenv("AI_STATS_API_KEY", SECRET)
    monkeypatch.setenv("AI_STATS_LOG_BODIES", "1")
    texts = Sink()
    texts.log = io.StringIO()
    handler = logging.StreamHandler(texts.log)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield texts
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def describe(error: BaseException) -> str:
    """Every way an error gets printed: str, repr, attributes, tracebacks with locals."""
    with_locals = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    plain = "".join(traceback.format_exception(error))
    logger = logging.getLogger("app")
    logger.exception("call failed", exc_info=error)
    return "\n".join([str(error), repr(error), repr(vars(error)), with_locals, plain])


def expect_error(texts: list[str], call: Callable[[], Any]) -> None:
    try:
        call()
    except Exception as error:
        texts.append(describe(error))
    else:
        raise AssertionError("expected an error")


def test_every_public_path_keeps_the_key_out(captured: Sink) -> None:
    texts = captured
    with FakeGateway() as gateway:
        gateway.enqueue(
            Reply.error(500, "boom", headers={"retry-after-ms": "1"}),
            Reply.default(),
            Reply.sse([chunk_frame("a", role="assistant"), error_frame("mid-stream failure")], done=False),
            Reply.reset(),
            Reply.default(),
            *[
                Reply.error(status, "code", reason="why", request_id="req_x")
                for status in (400, 401, 402, 403, 404, 422, 429, 503)
            ],
            Reply.hang(),
            Reply.raw(200, b"<html>not json</html>", content_type="text/html"),
        )
        messages: Any = [{"role": "user", "content": "hello"}]
        with AIStats(base_url=gateway.base_url, max_retries=1) as client:
            texts += [repr(client), repr(client.with_options(timeout=3)), str(vars(client))]
            completion = client.chat.completions.create(
                model="openai/gpt-5-nano", messages=messages
            )  # 500, then 200
            texts.append(repr(completion))
            stream = client.chat.completions.create(model="openai/gpt-5-nano", messages=messages, stream=True)
            texts.append(repr(stream))
            expect_error(texts, lambda: list(stream))  # StreamError
            with client.chat.completions.create(
                model="openai/gpt-5-nano", messages=messages, stream=True
            ) as ok:  # reset, then ok
                texts += [repr(ok), repr(ok.get_final_completion())]
            once = client.with_options(max_retries=0)
            for _ in range(8):
                expect_error(
                    texts, lambda: once.chat.completions.create(model="openai/gpt-5-nano", messages=messages)
                )
            expect_error(
                texts,
                lambda: once.chat.completions.create(
                    model="openai/gpt-5-nano", messages=messages, timeout=0.2
                ),
            )
            expect_error(
                texts, lambda: once.chat.completions.create(model="openai/gpt-5-nano", messages=messages)
            )
            expect_error(
                texts,
                lambda: client.chat.completions.create(
                    model="openai/gpt-5-nano", messages=messages, extra_headers={"x": "a\nb"}
                ),
            )

        async def run_async() -> None:
            async with AsyncAIStats(base_url=gateway.base_url) as async_client:
                texts.append(repr(async_client))
                stream = await async_client.chat.completions.create(
                    model="openai/gpt-5-nano", messages=messages, stream=True
                )
                async with stream:
                    texts.append(repr(await stream.get_final_completion()))
                gateway.enqueue(Reply.error(401, "unauthorised"))
                try:
                    await async_client.chat.completions.create(model="openai/gpt-5-nano", messages=messages)
                except AIStatsError as error:
                    texts.append(describe(error))

        asyncio.run(run_async())
    expect_error(texts, lambda: AIStats(base_url="http://remote.example/v1"))
    expect_error(texts, lambda: AIStats(max_retries=-1))
    expect_error(texts, lambda: AIStats(timeout="soon"))  # type: ignore[arg-type]
    expect_error(
        texts,
        lambda: AIStats(base_url="http://127.0.0.1:9/v1", max_retries=0).chat.completions.create(
            model="openai/gpt-5-nano", messages=messages
        ),
    )

    everything = texts.everything()
    assert "Retrying POST" in everything and "Sending POST" in everything  # the logs were captured
    assert "Request body:" in everything  # bodies too, when asked for
    assert everything.count(SECRET) == 0
    assert SECRET[10:] not in everything  # not even a fragment


def test_the_key_is_still_sent(captured: Sink) -> None:
    with FakeGateway(api_key=SECRET) as gateway, AIStats(base_url=gateway.base_url) as client:
        client.chat.completions.create(
            model="openai/gpt-5-nano", messages=[{"role": "user", "content": "hi"}]
        )
        assert gateway.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_transport_errors_drop_the_httpcore_frames_that_hold_raw_headers() -> None:
    request = httpx.Request("POST", "https://gw.example/v1/chat/completions")

    def send_headers(raw_headers: list[tuple[bytes, bytes]]) -> None:  # stands in for httpcore
        raise httpx.WriteError("connection reset while sending headers")

    try:
        try:
            send_headers([(b"authorization", f"Bearer {SECRET}".encode())])
        except httpx.HTTPError as exc:
            raise transport_error(exc, request) from exc
    except APIConnectionError as error:
        text = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    assert "connection reset while sending headers" in text  # the cause is still shown
    assert SECRET not in text


# -- what survives a pickle, what hooks see ----------------------------------------------


def reachable_text(root: object) -> str:
    """Every text reachable from ``root`` through the objects a user can reach: events'
    fields, errors' attributes, causes and contexts, requests' and responses' headers
    (unmasked: ``Headers.raw``), URLs and bodies, containers."""
    seen: set[int] = set()
    texts: list[str] = []
    todo: list[object] = [root]
    while todo:
        obj = todo.pop()
        if obj is None or id(obj) in seen or isinstance(obj, int | float):
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            texts.append(obj)
        elif isinstance(obj, bytes | bytearray):
            texts.append(bytes(obj).decode("latin-1"))
        elif isinstance(obj, httpx.Headers):
            texts.append(repr(obj.raw))
        elif isinstance(obj, httpx.Request):
            todo += [obj.headers, str(obj.url), getattr(obj, "_content", None)]
        elif isinstance(obj, httpx.Response):
            todo += [obj.headers, getattr(obj, "_content", None), getattr(obj, "_request", None)]
        elif isinstance(obj, BaseException):
            todo += [obj.args, obj.__cause__, obj.__context__, vars(obj)]
        elif dataclasses.is_dataclass(obj):
            todo += [getattr(obj, f.name) for f in dataclasses.fields(obj)]
        elif isinstance(obj, Mapping):
            todo += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set):
            todo += list(obj)
        else:
            todo += list(getattr(obj, "__dict__", {}).values())
            todo += [getattr(obj, name, None) for name in getattr(type(obj), "__slots__", ())]
    return "\n".join(texts)


def run_both(mode: str, base_url: str, work: Callable[[Any], Any], **options: Any) -> Any:
    """``work(client)`` through the client of ``mode`` (awaiting it for the async one)."""
    if mode == "sync":
        with AIStats(api_key=SECRET, base_url=base_url, **options) as client:
            return work(client)

    async def run() -> Any:
        async with AsyncAIStats(api_key=SECRET, base_url=base_url, **options) as client:
            return await work(client)

    return asyncio.run(run())


MANAGEMENT = "phaseo_v1_mk_SECRET-4e5f6a7b8c9d"
KEY_1 = {"data": {"id": "key_1", "name": "ci", "status": "active"}}


@pytest.mark.parametrize("management", [False, True])
def test_a_pickled_raw_response_holds_no_credential_and_stays_useful(mode: str, management: bool) -> None:
    with FakeGateway() as gateway:
        if management:  # a management route: the management key is its Bearer credential
            gateway.enqueue(Reply.json(KEY_1), route="/keys/key_1")
        else:
            gateway.enqueue(Reply.default())
        messages: Any = [{"role": "user", "content": "hello"}]
        extra = {"extra_headers": {"Proxy-Authorization": f"Basic {SECRET}", "Cookie": f"s={SECRET}"}}

        def work(client: Any) -> Any:
            if management:
                return client.keys.with_raw_response.retrieve("key_1", **extra)
            return client.chat.completions.with_raw_response.create(
                model="openai/gpt-5-nano", messages=messages, **extra
            )

        raw = run_both(mode, gateway.base_url, work, management_key=MANAGEMENT)
        sent = gateway.requests[0].headers
        used = MANAGEMENT if management else SECRET
        assert sent["authorization"] == f"Bearer {used}" and sent["cookie"] == f"s={SECRET}"
    data = pickle.dumps(raw)
    for key in (SECRET, MANAGEMENT):
        assert key.encode() not in data and key[10:].encode() not in data
        assert key not in reachable_text(raw)  # nor in the live object, once sent
    copy = pickle.loads(data)
    assert copy.status_code == 200 == raw.status_code
    assert copy.headers["content-type"] == raw.headers["content-type"]
    assert copy.retries_taken == raw.retries_taken and copy.elapsed == raw.elapsed
    assert copy.request_id == raw.request_id
    assert repr(copy.parse()) == repr(raw.parse()) and copy.parse() is not raw.parse()
    request = copy.http_response.request
    assert request.method == ("GET" if management else "POST")
    assert "authorization" not in request.headers and "cookie" not in request.headers
    assert "proxy-authorization" not in request.headers and "user-agent" in request.headers


class Everything:
    """Hooks that keep every event of every kind."""

    def __init__(self) -> None:
        self.events: list[Any] = []

    def hooks(self) -> Hooks:
        keep = self.events.append
        return Hooks(on_request=keep, on_response=keep, on_retry=keep, on_stream_end=keep)


def test_nothing_a_hook_receives_holds_the_key(mode: str) -> None:
    seen = Everything()
    with FakeGateway() as gateway:
        gateway.enqueue(
            Reply.error(503, "upstream_error", headers={"retry-after-ms": "1"}),  # retry: status error
            Reply.reset(),  # retry: transport error, with an httpx cause that holds a request
            Reply.sse([chunk_frame("a", role="assistant"), error_frame("mid-stream failure")], done=False),
            Reply.sse([chunk_frame("a", role="assistant")], done=False),  # cut: no [DONE]
            Reply.default(),
        )
        gateway.enqueue(  # a management call, retried
            Reply.error(503, "upstream_error", headers={"retry-after-ms": "1"}),
            Reply.json(KEY_1),
            route="/keys/key_1",
        )
        messages: Any = [{"role": "user", "content": "hello"}]

        def work(client: Any) -> Any:
            if mode == "sync":
                client.keys.retrieve("key_1")
                for _ in range(2):
                    with (
                        contextlib.suppress(APIError),
                        client.chat.completions.create(
                            model="openai/gpt-5-nano", messages=messages, stream=True
                        ) as stream,
                    ):
                        list(stream)
                return client.chat.completions.create(model="openai/gpt-5-nano", messages=messages)

            async def run() -> Any:
                await client.keys.retrieve("key_1")
                for _ in range(2):
                    with contextlib.suppress(APIError):
                        stream = await client.chat.completions.create(
                            model="openai/gpt-5-nano", messages=messages, stream=True
                        )
                        async with stream:
                            [chunk async for chunk in stream]
                return await client.chat.completions.create(model="openai/gpt-5-nano", messages=messages)

            return run()

        credentials = {"Proxy-Authorization": f"Basic {SECRET}", "Cookie": f"s={SECRET}"}
        run_both(
            mode,
            gateway.base_url,
            work,
            max_retries=3,
            hooks=seen.hooks(),
            default_headers=credentials,
            management_key=MANAGEMENT,
        )
        assert all(r.headers["cookie"] == f"s={SECRET}" for r in gateway.requests)  # still sent
        assert gateway.requests[0].headers["authorization"] == f"Bearer {MANAGEMENT}"
    kinds = {type(event) for event in seen.events}
    assert kinds == {RequestEvent, ResponseEvent, RetryEvent, StreamEndEvent}
    retries = [event for event in seen.events if isinstance(event, RetryEvent)]
    assert {type(event.error) for event in retries} >= {APIConnectionError}
    assert any(isinstance(e.error.__cause__, httpx.HTTPError) for e in retries)
    assert retries[0].url.endswith("/keys/key_1")
    ends = [event for event in seen.events if isinstance(event, StreamEndEvent)]
    assert [end.outcome for end in ends] == ["error", "error"] and all(end.error for end in ends)
    text = reachable_text(seen.events)
    assert "user-agent" in text.lower() and "/chat/completions" in text  # the walk reached them
    for key in (SECRET, MANAGEMENT):
        assert key not in text and key[10:] not in text


# -- redaction replaces the key, not a word --------------------------------------------


@pytest.mark.parametrize("mode_", ["sync", "async"])
def test_a_short_key_redacts_only_itself(mode_: str) -> None:
    with FakeGateway() as gateway:
        gateway.enqueue(
            Reply.error(404, "model_not_found", "model 'test-model' is not available to key 'test'")
        )

        def work(client: Any) -> Any:
            call = client.chat.completions.create(
                model="test-model", messages=[{"role": "user", "content": "t"}]
            )
            if mode_ == "sync":
                return call

            async def run() -> Any:
                return await call

            return run()

        with pytest.raises(AIStatsError) as caught:
            run_both_with_key(mode_, gateway.base_url, "test", work)
    message = str(caught.value)
    assert "'test-model'" in message and "key '[redacted]'" in message


def run_both_with_key(mode: str, base_url: str, key: str, work: Callable[[Any], Any]) -> Any:
    if mode == "sync":
        with AIStats(api_key=key, base_url=base_url) as client:
            return work(client)

    async def run() -> Any:
        async with AsyncAIStats(api_key=key, base_url=base_url) as client:
            return await work(client)

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("test", "unknown model 'test-model'", "unknown model 'test-model'"),
        ("test", "testing test_x attest test2", "testing test_x attest test2"),
        ("test", "Bearer test rejected", "Bearer [redacted] rejected"),
        ("test", "key=test&x=1, 'test'.", "key=[redacted]&x=1, '[redacted]'."),
        ("test", "test", "[redacted]"),
        # a plausible key is redacted wherever it appears, even glued to other text
        (SECRET, f"id-{SECRET}-x {SECRET}abc", "id-[redacted]-x [redacted]abc"),
        (SECRET, f"Bearer {SECRET}", "Bearer [redacted]"),
    ],
)
def test_redaction_replaces_the_key_itself(key: str, text: str, expected: str) -> None:
    assert ApiKey(key).scrub(text) == expected


def test_both_keys_are_redacted_from_error_messages() -> None:
    config = ClientConfig.resolve(
        api_key=ApiKey("test"), management_key=ManagementKey(MANAGEMENT), base_url="http://127.0.0.1:9",
        timeout=None, max_retries=0, deadline=None, default_headers=None, app_title=None,
        referer=None, max_retry_after=60.0, allow_insecure_http=None,
    )  # fmt: skip
    text = f"key 'test' and {MANAGEMENT} for test-model"
    assert config.scrub(text) == "key '[redacted]' and [redacted] for test-model"
