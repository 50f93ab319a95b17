"""Non-streamed calls over real loopback HTTP, through both clients: what is sent, what
comes back, every error class, retries, Retry-After, deadlines and timeouts."""

from __future__ import annotations

import email.utils
import logging
import platform
import time
from typing import Any

import pytest

import aistats
from aistats import (
    AIStatsError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from aistats.testing import FakeGateway, Reply, catalogue_model
from aistats_generated.models.gateway_error import GatewayError

from .support import KEY, MESSAGES, complete

FAST = {"retry-after-ms": "1"}  # scripted failures ask for a 1 ms wait, keeping tests quick


# -- what is sent -------------------------------------------------------------------------


def test_headers_sent(mode: str, fake_gateway: FakeGateway) -> None:
    complete(
        mode,
        fake_gateway.base_url,
        client={"app_title": "My App", "referer": "https://app.example", "default_headers": {"x-team": "t1"}},
        extra_headers={"x-call": "c1"},
    )
    headers = fake_gateway.requests[0].headers
    assert headers["authorization"] == f"Bearer {KEY}"
    assert headers["content-type"] == "application/json"
    assert headers["accept"] == "application/json"
    assert headers["x-title"] == "My App"
    assert headers["http-referer"] == "https://app.example"
    assert headers["x-team"] == "t1"
    assert headers["x-call"] == "c1"
    agent = headers["user-agent"]
    assert agent.startswith(f"aistats/{aistats.__version__} ")
    assert f"Python/{platform.python_version()}" in agent


def test_body_is_exactly_what_was_given(mode: str, fake_gateway: FakeGateway) -> None:
    complete(mode, fake_gateway.base_url, model="openai/gpt-5-nano", messages=MESSAGES)
    assert fake_gateway.requests[0].json() == {"model": "openai/gpt-5-nano", "messages": MESSAGES}
    assert fake_gateway.requests[0].path == "/v1/chat/completions"


def test_every_kind_of_argument_is_sent_as_given(mode: str, fake_gateway: FakeGateway) -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "Be brief."},
        {"role": "developer", "content": "New role the spec does not know", "x-extra": 1},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Hi"},
                {"type": "image_url", "image_url": {"url": "https://i.example/a.png"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "content": "42", "tool_call_id": "c1"},
    ]
    fake_gateway.routes.models.append(catalogue_model("unknown/brand-new-model"))  # new to the SDK
    complete(
        mode,
        fake_gateway.base_url,
        model="unknown/brand-new-model",
        messages=messages,
        temperature=0.2,
        reasoning={"effort": "low", "summary": "auto"},
        tool_choice="auto",
        seed=7,
        extra_body={"provider_hint": {"order": ["a"]}, "temperature": 0.5},
    )
    body = fake_gateway.requests[0].json()
    sent: list[dict[str, Any]] = [dict(m) for m in messages]
    del sent[3]["content"]  # the gateway rejects an assistant's null content: it is omitted
    assert body["messages"] == sent
    assert body["model"] == "unknown/brand-new-model"
    assert body["temperature"] == 0.5  # extra_body wins
    assert body["reasoning"] == {"effort": "low", "summary": "auto"}
    assert body["provider_hint"] == {"order": ["a"]}
    assert (body["tool_choice"], body["seed"]) == ("auto", 7)


def test_missing_required_argument_is_a_clear_error(fake_gateway: FakeGateway) -> None:
    from aistats import AIStats

    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
        with pytest.raises(AIStatsError, match="'messages'"):
            client.chat.completions.create(model="openai/gpt-5-nano")  # type: ignore[call-overload]
        with pytest.raises(AIStatsError, match="'model'"):
            client.chat.completions.create(messages=MESSAGES)  # type: ignore[call-overload]
    assert fake_gateway.requests == []


def test_unserialisable_argument_is_a_clear_error(fake_gateway: FakeGateway) -> None:
    from aistats import AIStats

    with (
        AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client,
        pytest.raises(AIStatsError, match="JSON"),
    ):
        client.chat.completions.create(
            model="openai/gpt-5-nano", messages=MESSAGES, extra_body={"x": object()}
        )
    assert fake_gateway.requests == []


def test_response_is_the_generated_model_with_unknown_fields_kept(
    mode: str, fake_gateway: FakeGateway
) -> None:
    body = {
        "id": "req_9",
        "object": "chat.completion",
        "created": 1,
        "model": "openai/gpt-5-nano",
        "provider": "p",
        "system_fingerprint": "fp",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "hi", "refusal": None},
                "finish_reason": "stop",
            }
        ],
        "usage": None,
    }
    fake_gateway.enqueue(Reply.json(body))
    completion = complete(mode, fake_gateway.base_url)
    assert completion.id == "req_9"
    assert completion.choices[0].message.content == "hi"
    assert completion.system_fingerprint == "fp"
    assert completion.to_dict() == body


# -- errors ---------------------------------------------------------------------------------

ERRORS = [
    (400, "validation_error", BadRequestError),
    (401, "unauthorised", AuthenticationError),
    (402, "insufficient_funds", InsufficientFundsError),
    (403, "forbidden", PermissionDeniedError),
    (404, "not_found", NotFoundError),
    (422, "unprocessable", UnprocessableEntityError),
    (429, "key_limit_exceeded", RateLimitError),
    (500, "internal_error", InternalServerError),
    (502, "upstream_error", InternalServerError),
    (503, "unavailable", InternalServerError),
]


@pytest.mark.parametrize(("status", "code", "cls"), ERRORS)
def test_each_status_maps_to_its_error_class(
    mode: str, fake_gateway: FakeGateway, status: int, code: str, cls: type[APIStatusError]
) -> None:
    fake_gateway.enqueue(
        Reply.error(status, code, reason="Top up your balance", request_id="req_77", team_id="t")
    )
    with pytest.raises(cls) as info:
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == code
    assert error.request_id == "req_77"
    assert isinstance(error.body, GatewayError) and error.body.error == code
    said = f"{status} {code}: Top up your balance (request_id=req_77)"
    if status == 402:  # why a balance above the call's cost can still be refused
        said += (
            ". The gateway reserves the largest possible cost of a request up front (prompt and "
            "max_tokens at the model's price): lower max_tokens or top up your balance."
        )
    assert str(error) == said
    assert error.message == str(error)
    assert error.request is not None and error.request.url.path == "/v1/chat/completions"
    assert KEY not in str(error)


def test_html_error_page_gives_the_status_class_and_an_excerpt(mode: str, fake_gateway: FakeGateway) -> None:
    page = (
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1>"
        + b" " * 5000
        + b"</body></html>"
    )
    fake_gateway.enqueue(Reply.raw(502, page, content_type="text/html"))
    with pytest.raises(InternalServerError) as info:
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert info.value.body is None and info.value.code is None
    assert str(info.value).startswith("502 Bad Gateway: <html><head><title>502 Bad Gateway")
    assert len(str(info.value)) < 300


def test_empty_error_body(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.raw(401, b""))
    with pytest.raises(AuthenticationError, match=r"^401 Unauthorized \(empty body\)$"):
        complete(mode, fake_gateway.base_url)
    assert len(fake_gateway.requests) == 1


def test_openai_shaped_error_body(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.json({"error": {"message": "Bad key", "type": "invalid_request_error"}}, status=403)
    )
    with pytest.raises(PermissionDeniedError) as info:
        complete(mode, fake_gateway.base_url)
    assert info.value.code == "invalid_request_error"
    assert "Bad key" in str(info.value)
    assert info.value.body is None  # not a GatewayError: `error` is an object


def test_unknown_status_codes(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.raw(520, b"origin error"))
    with pytest.raises(InternalServerError, match=r"^520"):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    fake_gateway.enqueue(Reply.error(418, "teapot"))
    with pytest.raises(APIStatusError) as info:
        complete(mode, fake_gateway.base_url)
    assert type(info.value) is APIStatusError and info.value.status_code == 418


def test_redirects_are_not_followed(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(
        Reply.raw(307, b"", headers={"location": "https://evil.example/v1/chat/completions"})
    )
    with pytest.raises(APIStatusError) as info:
        complete(mode, fake_gateway.base_url)
    assert info.value.status_code == 307
    assert len(fake_gateway.requests) == 1


@pytest.mark.parametrize(
    "reply",
    [
        Reply.raw(200, b"<html>hello</html>", content_type="text/html"),
        Reply.raw(200, b""),
        Reply.json([1, 2, 3]),
        Reply.json({"id": "x", "choices": []}),
        Reply.json({"id": "x", "created": 1, "model": "openai/gpt-5-nano", "choices": "nope"}),
    ],
    ids=["html", "empty", "array", "missing-fields", "wrong-type"],
)
def test_2xx_body_that_breaks_the_contract(mode: str, fake_gateway: FakeGateway, reply: Reply) -> None:
    fake_gateway.enqueue(reply)
    with pytest.raises(APIResponseValidationError) as info:
        complete(mode, fake_gateway.base_url)
    assert info.value.status_code == 200
    assert len(fake_gateway.requests) == 1  # not retried


# -- retries ----------------------------------------------------------------------------------


def test_500_500_200_returns_after_exactly_three_requests(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(500, "boom", headers=FAST), Reply.error(500, "boom", headers=FAST))
    completion = complete(mode, fake_gateway.base_url)
    assert completion.choices[0].message.content == "Echo: Hello gateway"
    assert len(fake_gateway.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
def test_client_errors_are_never_retried(mode: str, fake_gateway: FakeGateway, status: int) -> None:
    fake_gateway.enqueue(Reply.error(status, "nope", headers={**FAST, "x-should-retry": "true"}))
    with pytest.raises(APIStatusError):
        complete(mode, fake_gateway.base_url, client={"max_retries": 5})
    assert len(fake_gateway.requests) == 1


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_use_every_retry(mode: str, fake_gateway: FakeGateway, status: int) -> None:
    fake_gateway.enqueue(*[Reply.error(status, "busy", headers=FAST)] * 4)
    with pytest.raises(APIStatusError) as info:
        complete(mode, fake_gateway.base_url, client={"max_retries": 3})
    assert info.value.status_code == status
    assert len(fake_gateway.requests) == 4


def test_x_should_retry_header_overrides(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(503, "no", headers={**FAST, "x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        complete(mode, fake_gateway.base_url)
    assert len(fake_gateway.requests) == 1
    fake_gateway.reset()
    fake_gateway.enqueue(Reply.error(418, "yes", headers={**FAST, "x-should-retry": "true"}))
    complete(mode, fake_gateway.base_url)
    assert len(fake_gateway.requests) == 2


def test_disconnect_before_answer_is_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.reset())
    completion = complete(mode, fake_gateway.base_url)
    assert completion.choices[0].message.content
    assert len(fake_gateway.requests) == 2


def test_disconnects_exhaust_retries_as_connection_error(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.reset()] * 2)
    with pytest.raises(APIConnectionError) as info:
        complete(mode, fake_gateway.base_url, client={"max_retries": 1})
    assert not isinstance(info.value, APITimeoutError)
    assert len(fake_gateway.requests) == 2


def test_max_retries_zero_means_one_request(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(500, "boom", headers=FAST))
    with pytest.raises(InternalServerError):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0})
    assert len(fake_gateway.requests) == 1


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after": "1"}, 0.9, 2.5),
        ({"retry-after-ms": "300"}, 0.25, 1.5),
        ("date", 0.5, 3.5),
    ],
    ids=["seconds", "milliseconds", "http-date"],
)
def test_retry_after_is_honoured(
    mode: str, fake_gateway: FakeGateway, headers: dict[str, str] | str, low: float, high: float
) -> None:
    if headers == "date":
        headers = {"retry-after": email.utils.formatdate(time.time() + 2, usegmt=True)}
    assert isinstance(headers, dict)
    fake_gateway.enqueue(Reply.error(429, "slow_down", headers=headers))
    started = time.monotonic()
    complete(mode, fake_gateway.base_url)
    elapsed = time.monotonic() - started
    assert low <= elapsed <= high
    assert len(fake_gateway.requests) == 2


def test_retry_after_beyond_the_cap_is_raised_at_once_with_retry_after(
    mode: str, fake_gateway: FakeGateway
) -> None:
    fake_gateway.enqueue(Reply.error(429, "key_limit_exceeded", headers={"retry-after": "120"}))
    started = time.monotonic()
    with pytest.raises(RateLimitError) as info:
        complete(mode, fake_gateway.base_url)
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 120.0
    assert len(fake_gateway.requests) == 1


def test_cap_is_configurable(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(429, "slow", headers={"retry-after": "1"}))
    with pytest.raises(RateLimitError) as info:
        complete(mode, fake_gateway.base_url, client={"max_retry_after": 0.5})
    assert info.value.retry_after == 1.0


# -- deadlines and timeouts -------------------------------------------------------------------


def test_deadline_stops_a_retry_loop(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.error(503, "unavailable")] * 30)
    started = time.monotonic()
    with pytest.raises((InternalServerError, APITimeoutError)):
        complete(mode, fake_gateway.base_url, client={"max_retries": 20, "deadline": 1})
    assert time.monotonic() - started < 1.5


def test_per_call_deadline_stops_a_hanging_server(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(*[Reply.hang()] * 5)
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=r"timed out|deadline"):
        complete(mode, fake_gateway.base_url, deadline=1)
    assert time.monotonic() - started < 1.6


def test_timeout_bounds_each_attempt_and_is_retried(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.json({}).with_faults(delay=2.0))
    started = time.monotonic()
    completion = complete(mode, fake_gateway.base_url, client={"timeout": 0.3})
    assert time.monotonic() - started < 1.8
    assert completion.choices[0].message.content
    assert len(fake_gateway.requests) == 2


def test_timeout_error_when_retries_run_out(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.hang())
    with pytest.raises(APITimeoutError):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0}, timeout=0.3)


def test_slow_body_beyond_deadline(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.large_completion(20_000).with_faults(drip=(100, 0.05)))
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="deadline"):
        complete(mode, fake_gateway.base_url, client={"max_retries": 0}, deadline=0.5)
    assert time.monotonic() - started < 1.2


# -- secrets ------------------------------------------------------------------------------------


def test_key_never_reaches_logs(
    mode: str, fake_gateway: FakeGateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake_gateway.enqueue(Reply.error(500, "boom", headers=FAST), Reply.error(401, "unauthorised"))
    with pytest.raises(AuthenticationError) as info:
        complete(mode, fake_gateway.base_url)
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "Retrying POST" in text and "status 500" in text
    assert any(r.name == "aistats" and r.levelno == logging.INFO for r in caplog.records)
    assert any(r.name == "aistats" and r.levelno == logging.DEBUG for r in caplog.records)
    assert KEY not in text
    assert KEY not in repr(info.value) and KEY not in str(info.value.__dict__)
