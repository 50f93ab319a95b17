"""Responses, chunks and every exception class survive ``pickle`` and ``copy.deepcopy``
(multiprocessing, task queues): equal to the original, ``to_dict()`` still JSON."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import aistats
from aistats import (
    AIStatsError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    StreamError,
)
from aistats.testing import FakeGateway, Reply, chunk_frame, error_frame
from aistats.types import UNSET, ChatCompletionChunk, ChatCompletionsResponse

from . import test_genapis as genapis
from .support import KEY, complete, stream_all

Copier = Callable[[Any], Any]
COPIERS: dict[str, Copier] = {
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),
    "deepcopy": copy.deepcopy,
}


@pytest.fixture(params=sorted(COPIERS))
def copier(request: pytest.FixtureRequest) -> Copier:
    return COPIERS[str(request.param)]


def test_unset_keeps_its_identity(copier: Copier) -> None:
    assert copier(UNSET) is UNSET
    assert copier([UNSET, {"a": UNSET}]) == [UNSET, {"a": UNSET}]


def test_responses_and_chunks_copy_equal(mode: str, fake_gateway: FakeGateway, copier: Copier) -> None:
    completion = complete(mode, fake_gateway.base_url)
    chunks, final = stream_all(mode, fake_gateway.base_url)
    models: list[ChatCompletionsResponse | ChatCompletionChunk] = [completion, final, *chunks]
    for original in models:
        copied = copier(original)
        assert copied == original
        assert json.dumps(copied.to_dict()) == json.dumps(original.to_dict())


@pytest.mark.parametrize("api", ["messages", "responses"])
def test_responses_messages_their_events_and_finals_copy_equal(mode: str, api: str, copier: Copier) -> None:
    params = genapis.RESPONSES if api == "responses" else genapis.MESSAGES
    with FakeGateway(api_key=genapis.KEY) as gw:
        reply = genapis.call(mode, gw, api, **params)
        streamed = genapis.stream(mode, gw, api, **params)
    for original in [reply, streamed.final, *streamed.events]:
        copied = copier(original)
        assert type(copied) is type(original) and copied == original
        assert json.dumps(copied.to_dict()) == json.dumps(original.to_dict())
    if api == "responses":
        assert copier(reply).output_text == reply.output_text == "Echo: Hello gateway"


# -- exceptions ---------------------------------------------------------------------------------


def _exported_errors() -> list[type[AIStatsError]]:
    found = [getattr(aistats, name) for name in aistats.__all__]
    return [c for c in found if isinstance(c, type) and issubclass(c, AIStatsError)]


def _caught(mode: str, base_url: str, **client: Any) -> AIStatsError:
    with pytest.raises(AIStatsError) as info:
        complete(mode, base_url, client={"max_retries": 0, **client})
    return info.value


def _caught_in_stream(mode: str, base_url: str) -> AIStatsError:
    with pytest.raises(AIStatsError) as info:
        stream_all(mode, base_url, client={"max_retries": 0})
    return info.value


def _real_errors(mode: str, gateway: FakeGateway) -> list[AIStatsError]:
    """Errors as the clients raise them, with real requests, responses and parsed bodies."""
    errors: list[AIStatsError] = []
    for status in (400, 401, 402, 403, 404, 409, 413, 422, 429, 500, 503):
        gateway.enqueue(
            Reply.error(status, "some_code", "some reason", "Something failed.", request_id="req_1")
        )
        errors.append(_caught(mode, gateway.base_url))
    gateway.enqueue(Reply.json({"not": "a completion"}))
    errors.append(_caught(mode, gateway.base_url))
    gateway.enqueue(Reply.sse([chunk_frame("a", role="assistant"), chunk_frame("b"), error_frame("boom")]))
    errors.append(_caught_in_stream(mode, gateway.base_url))
    gateway.enqueue(Reply.hang())
    errors.append(_caught(mode, gateway.base_url, timeout=0.2))
    errors.append(_caught(mode, "http://127.0.0.1:9/v1"))  # nothing listens: connection refused
    with pytest.raises(AIStatsError) as info:
        aistats.AIStats(api_key=KEY, max_retries=-1)
    errors.append(info.value)
    return errors


def _built(cls: type[AIStatsError], real: list[AIStatsError]) -> AIStatsError:
    """An instance of ``cls`` built from the real error nearest to it."""
    status = next(e for e in real if isinstance(e, APIStatusError))
    if issubclass(cls, APIStatusError):
        return cls(
            str(status), response=status.response, body=status.body, code=status.code,
            request_id=status.request_id,
        )  # fmt: skip
    if issubclass(cls, APIResponseValidationError):
        return cls("Not the JSON promised.", response=status.response, request=status.request)
    if issubclass(cls, StreamError):
        stream = next(e for e in real if isinstance(e, StreamError))
        return cls(str(stream), request=stream.request, frame=stream.frame, request_id=stream.request_id)
    if issubclass(cls, APIError):
        return cls("It failed.", request=status.request)
    if issubclass(cls, aistats.FileTooLargeError):
        return cls("Too large to upload.", size=2, limit=1)
    if issubclass(cls, aistats.BudgetExceededError):
        budget = aistats.Budget(usd="0.5")
        budget.add(Decimal("0.75"))
        return cls("Spent.", budget=budget)
    return cls("A usage mistake.")


def _same(copied: Any, original: Any) -> bool:
    if isinstance(original, httpx.Request):
        return (
            isinstance(copied, httpx.Request)
            and (copied.method, copied.url, copied.content)
            == (original.method, original.url, original.content)
            and "authorization" not in copied.headers  # no API key travels in a copy
            and all(copied.headers.get(k) == v for k, v in original.headers.items() if k != "authorization")
        )
    if isinstance(original, httpx.Response):
        return (
            isinstance(copied, httpx.Response)
            and copied.status_code == original.status_code
            and copied.headers == original.headers
            and _same(copied.request, original.request)
        )
    if isinstance(original, aistats.Budget):  # a copy is a snapshot with a lock of its own
        return (
            isinstance(copied, aistats.Budget)
            and copied is not original
            and (copied.usd, copied.spent_usd, copied.calls)
            == (original.usd, original.spent_usd, original.calls)
        )
    return bool(copied == original)


def test_every_exception_class_round_trips(mode: str, fake_gateway: FakeGateway, copier: Copier) -> None:
    real = _real_errors(mode, fake_gateway)
    errors = real + [_built(cls, real) for cls in _exported_errors()]
    for original in errors:
        original.note = "an attribute set after raising"  # type: ignore[attr-defined]
        copied = copier(original)
        assert type(copied) is type(original)
        assert str(copied) == str(original) and copied.args == original.args
        assert copied.__dict__.keys() == original.__dict__.keys()
        for name, value in original.__dict__.items():
            assert _same(getattr(copied, name), value), (type(original).__name__, name)


def test_a_pickled_error_carries_no_api_key(fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.error(429, "rate_limited"))
    error = _caught("sync", fake_gateway.base_url)
    assert isinstance(error, APIConnectionError | APIStatusError)
    # the request was sent with the key, which left it once sent: neither copy holds it
    assert fake_gateway.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert error.request is not None and "authorization" not in error.request.headers
    assert KEY.encode() not in pickle.dumps(error)
